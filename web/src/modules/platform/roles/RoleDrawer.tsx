/** Create or edit a role: names, data scope and permissions grouped by module. */
import { PERMISSIONS } from "@zoneos/core/access";
import type { Role } from "@zoneos/core/platform-api";
import { Alert, Checkbox, Col, Form, Input, Row, Select } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { changedFields, FormDrawer, mergeLatest } from "../../../ui/FormDrawer";
import { useLabels } from "../../../ui/labels";
import { useInvalidate } from "../queries";

interface Values {
  code: string;
  nameZh: string;
  nameEn: string;
  scope: string;
  permissions: string[];
}

const CODE = /^[a-z][a-z0-9-]{1,39}$/;

const MODULES = [...new Set(PERMISSIONS.map((p) => p.split(":")[0] ?? p))].map((module) => ({
  module,
  permissions: PERMISSIONS.filter((p) => p.startsWith(`${module}:`)),
}));

/** Checkboxes of all permissions, one bordered group per module with its own select-all. */
function PermissionPicker({ value = [], onChange }: { value?: string[]; onChange?: (v: string[]) => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const chosen = new Set(value);
  const set = (perms: readonly string[], on: boolean) => {
    const next = new Set(chosen);
    for (const p of perms) on ? next.add(p) : next.delete(p);
    onChange?.(PERMISSIONS.filter((p) => next.has(p)));
  };
  return (
    <div data-testid="permission-picker">
      <div className="muted" style={{ marginBottom: 8 }}>
        {t("roles.permissionsCount", { count: value.length, total: PERMISSIONS.length })}
      </div>
      <Row gutter={[8, 0]}>
        {MODULES.map(({ module, permissions }) => {
          const count = permissions.filter((p) => chosen.has(p)).length;
          const first = permissions[0] ?? module;
          return (
            <Col key={module} xs={24} sm={12}>
              <div className="perm-group">
                <div className="perm-group-head">
                  <span>{labels.permissionParts(first).module}</span>
                  <Checkbox
                    checked={count === permissions.length}
                    indeterminate={count > 0 && count < permissions.length}
                    onChange={(e) => set(permissions, e.target.checked)}
                  >
                    <span className="muted">{t("roles.selectAll")}</span>
                  </Checkbox>
                </div>
                {permissions.map((p) => (
                  <Checkbox
                    key={p}
                    checked={chosen.has(p)}
                    onChange={(e) => set([p], e.target.checked)}
                    data-testid={`perm-${p}`}
                  >
                    {labels.permissionParts(p).action}
                  </Checkbox>
                ))}
              </div>
            </Col>
          );
        })}
      </Row>
    </div>
  );
}

const toValues = (r: Role): Values => ({
  code: r.code,
  nameZh: r.nameZh,
  nameEn: r.nameEn,
  scope: r.scope,
  permissions: r.permissions,
});

export function RoleDrawer({ role, onClose }: { role: Role | null; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<Values>();
  const [record, setRecord] = useState(role);
  const initial = useMemo(() => (role ? toValues(role) : { permissions: [], scope: "zone" }), [role]);
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t("common.required", { field: labels.field(field) }),
  });

  const submit = async (v: Values) => {
    const body = { nameZh: v.nameZh.trim(), nameEn: v.nameEn.trim(), scope: v.scope, permissions: v.permissions };
    if (record)
      await api.patch<Role>(`/v1/roles/${record.id}`, {
        ...changedFields(body, toValues(record)),
        version: record.version,
      });
    else await api.post<Role>("/v1/roles", { ...body, code: v.code.trim() });
    await invalidate("roles", "me");
  };

  const reload = async () => {
    if (!record) return;
    const latest = (await api.get<Role[]>("/v1/roles")).find((r) => r.id === record.id);
    if (!latest) return;
    setRecord(latest);
    mergeLatest(form, toValues(latest) as unknown as Record<string, unknown>);
  };

  return (
    <FormDrawer<Values>
      open
      title={role ? `${t("roles.edit")} · ${labels.locale === "zh-CN" ? role.nameZh : role.nameEn}` : t("roles.create")}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      onReload={reload}
      initialValues={initial}
      successText={role ? t("common.saved") : t("common.created")}
      width={720}
      testId="role-drawer"
    >
      {role?.builtin && <Alert type="info" showIcon message={t("roles.builtinHint")} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="code"
            label={labels.field("code")}
            extra={role ? undefined : t("roles.codeHelp")}
            rules={role ? [] : [required("code"), { pattern: CODE, message: t("roles.codeInvalid") }]}
          >
            <Input disabled={Boolean(role)} autoCapitalize="none" data-testid="role-code" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="scope" label={labels.field("scope")} rules={[{ required: true }]}>
            <Select options={labels.scopeOptions} data-testid="role-scope" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="nameZh" label={labels.field("nameZh")} rules={[required("nameZh"), { max: 30 }]}>
            <Input maxLength={30} data-testid="role-name-zh" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="nameEn" label={labels.field("nameEn")} rules={[required("nameEn"), { max: 60 }]}>
            <Input maxLength={60} data-testid="role-name-en" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="permissions" label={labels.field("permissions")}>
            <PermissionPicker />
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}
