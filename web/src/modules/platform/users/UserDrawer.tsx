/**
 * Create a user (username, name, phone, zone, unit, roles, region for region-scoped roles, initial
 * password) or edit one (name, phone, unit, roles, status; username and zone stay).
 */
import type { User } from "@zoneos/core/platform-api";
import { Col, Form, Input, Radio, Row, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { useMe } from "../../../app/auth";
import { changedFields, FormDrawer, mergeLatest } from "../../../ui/FormDrawer";
import { useLabels } from "../../../ui/labels";
import { PasswordRules, usePasswordRule } from "../../../ui/PasswordRules";
import { useInvalidate } from "../queries";
import { UnitTreeSelect } from "../units/UnitTreeSelect";
import { ZoneSelect } from "../ZoneSelect";
import { RegionCascader } from "../zones/RegionCascader";
import { useRoleChoices } from "./roleOptions";

interface Values {
  username: string;
  name: string;
  phone: string | null;
  zoneId: string | null;
  unitId: string | null;
  regionCode: string | null;
  roleCodes: string[];
  status: User["status"];
  password: string;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,31}$/;
const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

const toValues = (u: User): Partial<Values> => ({
  username: u.username,
  name: u.name,
  phone: u.phone,
  zoneId: u.zoneId,
  unitId: u.unitId,
  regionCode: u.regionCode,
  roleCodes: u.roleCodes,
  status: u.status,
});

export function UserDrawer({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const labels = useLabels();
  const invalidate = useInvalidate();
  const roles = useRoleChoices();
  const [form] = Form.useForm<Values>();
  const [record, setRecord] = useState(user);
  const zoneId = Form.useWatch("zoneId", form);
  const password = Form.useWatch("password", form);
  const username = Form.useWatch("username", form);
  const roleCodes = Form.useWatch("roleCodes", form);
  const passwordRule = usePasswordRule(() => form.getFieldValue("username") as string | undefined);
  const needsRegion = (roleCodes ?? []).some((c) => roles.scopeOf(c) === "region");
  const editing = Boolean(user);

  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t("common.required", { field: labels.field(field) }),
  });

  const submit = async (v: Values) => {
    const phone = v.phone?.trim() ? v.phone.trim() : null;
    if (record) {
      const body = { name: v.name.trim(), phone, unitId: v.unitId ?? null, roleCodes: v.roleCodes, status: v.status };
      const original = {
        name: record.name,
        phone: record.phone,
        unitId: record.unitId,
        roleCodes: record.roleCodes,
        status: record.status,
      };
      await api.patch<User>(`/v1/users/${record.id}`, { ...changedFields(body, original), version: record.version });
    } else {
      await api.post<User>("/v1/users", {
        username: v.username.trim(),
        name: v.name.trim(),
        phone,
        zoneId: v.zoneId ?? null,
        unitId: v.unitId ?? null,
        regionCode: needsRegion ? (v.regionCode ?? null) : null,
        roleCodes: v.roleCodes,
        password: v.password,
      });
    }
    await invalidate("users", "zones", "units", "roles");
  };

  const reload = async () => {
    if (!record) return;
    const latest = await api.get<User>(`/v1/users/${record.id}`);
    setRecord(latest);
    mergeLatest(form, toValues(latest));
  };

  return (
    <FormDrawer<Values>
      open
      title={user ? `${t("users.edit")} · ${user.name}` : t("users.create")}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      onReload={reload}
      initialValues={user ? toValues(user) : { zoneId: me.zoneId, roleCodes: [], status: "active" }}
      successText={user ? t("common.saved") : t("common.created")}
      width={640}
      testId="user-drawer"
    >
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="username"
            label={labels.field("username")}
            extra={editing ? undefined : t("users.usernameHelp")}
            rules={editing ? [] : [required("username"), { pattern: USERNAME, message: t("users.usernameInvalid") }]}
          >
            <Input disabled={editing} autoComplete="off" autoCapitalize="none" data-testid="user-username" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="name"
            label={t("users.name")}
            rules={[
              { required: true, whitespace: true, message: t("common.required", { field: t("users.name") }) },
              { max: 30 },
            ]}
          >
            <Input maxLength={30} data-testid="user-name" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="phone"
            label={labels.field("phone")}
            rules={[{ pattern: PHONE, message: t("users.phoneInvalid") }]}
          >
            <Input inputMode="tel" maxLength={20} data-testid="user-phone" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="zoneId" label={labels.field("zoneId")}>
            <ZoneSelect
              disabled={editing}
              allowClear
              onChange={() => form.setFieldValue("unitId", null)}
              testId="user-zone"
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="unitId" label={labels.field("unitId")}>
            <UnitTreeSelect
              zoneId={zoneId}
              placeholder={zoneId ? undefined : t("users.pickZoneFirst")}
              testId="user-unit"
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name="roleCodes"
            label={labels.field("roleCodes")}
            rules={[
              {
                required: true,
                type: "array",
                min: 1,
                message: t("common.selectRequired", { field: labels.field("roleCodes") }),
              },
            ]}
          >
            <Select
              mode="multiple"
              options={roles.options}
              maxCount={8}
              optionFilterProp="label"
              data-testid="user-roles"
            />
          </Form.Item>
        </Col>
        {!editing && needsRegion && (
          <Col xs={24}>
            <Form.Item name="regionCode" label={labels.field("regionCode")} extra={t("users.regionHelp")}>
              <RegionCascader placeholder={t("zones.regionPlaceholder")} />
            </Form.Item>
          </Col>
        )}
        {editing && (
          <Col xs={24}>
            <Form.Item name="status" label={labels.field("status")}>
              <Radio.Group
                optionType="button"
                options={(["active", "disabled"] as const).map((s) => ({
                  value: s,
                  label: t(`users.statusLabel.${s}`),
                }))}
              />
            </Form.Item>
          </Col>
        )}
        {!editing && (
          <Col xs={24}>
            <Form.Item
              name="password"
              label={t("users.initialPassword")}
              rules={[
                { required: true, message: t("common.required", { field: t("users.initialPassword") }) },
                passwordRule,
              ]}
              extra={<PasswordRules password={password} username={username} />}
            >
              <Input.Password autoComplete="new-password" data-testid="user-password" />
            </Form.Item>
          </Col>
        )}
      </Row>
    </FormDrawer>
  );
}
