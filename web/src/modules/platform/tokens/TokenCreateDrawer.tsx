/** Create a token; on success the plaintext secret is shown once, with a copy button. */
import { CopyOutlined } from "@ant-design/icons";
import type { CreatedToken } from "@zoneos/core/platform-api";
import { Alert, App, Button, DatePicker, Form, Input, Modal, Select, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { useMe } from "../../../app/auth";
import { FormDrawer } from "../../../ui/FormDrawer";
import { useLabels } from "../../../ui/labels";
import { useInvalidate } from "../queries";
import { useRoleChoices } from "../users/roleOptions";
import { ZoneSelect } from "../ZoneSelect";

interface Values {
  name: string;
  roleCode: string;
  zoneId: string | null;
  expiresOn: Dayjs | null;
}

export function TokenCreateDrawer({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const labels = useLabels();
  const roles = useRoleChoices();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<Values>();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const { message } = App.useApp();

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // no clipboard API (plain http): select the text so Ctrl+C works
      const range = document.createRange();
      const node = document.querySelector("[data-testid=token-secret]");
      if (node) range.selectNodeContents(node);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      document.execCommand("copy");
    }
    void message.success(t("common.copied"));
  };

  const submit = async (v: Values) => {
    const token = await api.post<CreatedToken>("/v1/api-tokens", {
      name: v.name.trim(),
      roleCode: v.roleCode,
      zoneId: v.zoneId ?? null,
      expiresOn: v.expiresOn ? v.expiresOn.format("YYYY-MM-DD") : null,
    });
    setCreated(token);
    await invalidate("tokens");
  };

  if (created) {
    return (
      <Modal
        open
        title={t("tokens.createdTitle")}
        closable={false}
        maskClosable={false}
        keyboard={false}
        footer={
          <Space wrap style={{ justifyContent: "flex-end" }}>
            <Button icon={<CopyOutlined />} onClick={() => void copy(created.token)} data-testid="token-copy">
              {t("tokens.copyToken")}
            </Button>
            <Button type="primary" onClick={onClose} data-testid="token-done">
              {t("tokens.done")}
            </Button>
          </Space>
        }
        data-testid="token-created"
      >
        <Alert type="warning" showIcon message={t("tokens.createdWarning")} style={{ marginBottom: 16 }} />
        <div className="muted" style={{ marginBottom: 4 }}>
          {created.name}
        </div>
        <div className="token-secret" data-testid="token-secret">
          {created.token}
        </div>
      </Modal>
    );
  }

  return (
    <FormDrawer<Values>
      open
      title={t("tokens.create")}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ zoneId: me.zoneId, expiresOn: dayjs().add(1, "year") }}
      successText={false}
      keepOpen
      okText={t("common.create")}
      testId="token-drawer"
    >
      <Form.Item
        name="name"
        label={labels.field("name")}
        rules={[{ required: true, whitespace: true, message: t("common.required", { field: labels.field("name") }) }]}
      >
        <Input maxLength={60} data-testid="token-name" />
      </Form.Item>
      <Form.Item
        name="roleCode"
        label={labels.field("roleCode")}
        rules={[{ required: true, message: t("common.selectRequired", { field: labels.field("roleCode") }) }]}
      >
        <Select options={roles.options} showSearch optionFilterProp="label" data-testid="token-role" />
      </Form.Item>
      <Form.Item name="zoneId" label={labels.field("zoneId")}>
        <ZoneSelect allowClear placeholder={t("tokens.allZones")} testId="token-zone" />
      </Form.Item>
      <Form.Item name="expiresOn" label={labels.field("expiresOn")}>
        <DatePicker
          style={{ width: "100%" }}
          disabledDate={(d) => d.isBefore(dayjs(), "day")}
          placeholder={t("tokens.noExpiry")}
          data-testid="token-expires"
        />
      </Form.Item>
    </FormDrawer>
  );
}
