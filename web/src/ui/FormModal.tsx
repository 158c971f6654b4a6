/**
 * A short form in a dialog (FormDrawer's little sibling, for records of a few fields): submit with a
 * spinner, server field errors on their fields, the problem's detail above the form, 409 advice.
 */
import { App, type ButtonProps, Form, type FormInstance, Modal } from "antd";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { applyProblemToForm } from "./formProblem";
import { ProblemAlert } from "./ProblemAlert";

interface Props<V> {
  title: ReactNode;
  form: FormInstance<V>;
  onClose: () => void;
  /** Resolves when saved; throws the ProblemError otherwise. */
  onSubmit: (values: V) => Promise<unknown>;
  initialValues?: Partial<V>;
  okText?: string;
  okDanger?: boolean;
  successText?: string | false;
  width?: number;
  /** Extra buttons left of cancel/ok (e.g. delete). */
  footerExtra?: ReactNode;
  testId?: string;
  children: ReactNode;
}

export function FormModal<V extends object>({
  title,
  form,
  onClose,
  onSubmit,
  initialValues,
  okText,
  okDanger,
  successText,
  width = 560,
  footerExtra,
  testId,
  children,
}: Props<V>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>(null);
  const [details, setDetails] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
      if (successText !== false) void message.success(successText ?? t("common.saved"));
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
      title={title}
      width={width}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={okText ?? t("common.save")}
      okButtonProps={{ danger: okDanger, "data-testid": "form-submit" } as ButtonProps}
      confirmLoading={busy}
      destroyOnHidden
      maskClosable={false}
      data-testid={testId}
      footer={(_, { OkBtn, CancelBtn }) => (
        <div style={{ display: "flex", justifyContent: "space-between", gap: 8, flexWrap: "wrap" }}>
          <div>{footerExtra}</div>
          <div style={{ display: "flex", gap: 8, marginInlineStart: "auto" }}>
            <CancelBtn />
            <OkBtn />
          </div>
        </div>
      )}
    >
      <ProblemAlert error={error} details={details} style={{ marginBottom: 16 }} />
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={() => void submit()}>
        {children}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
