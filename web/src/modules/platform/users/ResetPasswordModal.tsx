/** An administrator sets a new password for a user (POST /users/:id/password). */
import type { User } from "@zoneos/core/platform-api";
import { App, Form, Input, Modal } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { applyProblemToForm } from "../../../ui/formProblem";
import { useLabels } from "../../../ui/labels";
import { PasswordRules, usePasswordRule } from "../../../ui/PasswordRules";
import { ProblemAlert } from "../../../ui/ProblemAlert";

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useLabels();
  const [form] = Form.useForm<{ password: string }>();
  const password = Form.useWatch("password", form);
  const rule = usePasswordRule(() => user.username);
  const [error, setError] = useState<unknown>(null);
  const [details, setDetails] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const { password: value } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await api.post(`/v1/users/${user.id}/password`, { password: value });
      void message.success(t("users.resetDone"));
      onClose();
    } catch (e) {
      setDetails(applyProblemToForm(form, e));
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t("users.resetPasswordTitle", { name: user.name })}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={busy}
      okText={t("common.save")}
      destroyOnHidden
      data-testid="reset-password-modal"
    >
      <ProblemAlert error={error} details={details} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={() => void submit().catch(() => undefined)}>
        <Form.Item
          name="password"
          label={labels.field("newPassword")}
          rules={[{ required: true, message: t("password.invalid") }, rule]}
          extra={<PasswordRules password={password} username={user.username} />}
        >
          <Input.Password autoComplete="new-password" data-testid="reset-password-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
