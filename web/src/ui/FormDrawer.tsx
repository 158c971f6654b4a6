/**
 * A create/edit form in a drawer (the whole screen on a phone): submit with a spinner, server field
 * errors on their fields, the problem's detail above the form, and for a 409 a "reload" that keeps
 * what the user typed.
 */
import { App, Button, Drawer, Form, type FormInstance, Space } from "antd";
import { type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { isProblem } from "../app/api";
import { applyProblemToForm } from "./formProblem";
import { ProblemAlert } from "./ProblemAlert";
import { useDrawerWidth } from "./useIsMobile";

interface Props<V> {
  open: boolean;
  title: ReactNode;
  form: FormInstance<V>;
  onClose: () => void;
  /** Resolves when saved; throws the ProblemError otherwise. */
  onSubmit: (values: V) => Promise<unknown>;
  /** For a 409: fetch the latest record (the drawer keeps the fields the user touched). */
  onReload?: () => Promise<void> | void;
  initialValues?: Partial<V>;
  width?: number;
  okText?: string;
  successText?: string | false;
  /** Stay open after a successful submit (the caller shows what comes next). */
  keepOpen?: boolean;
  testId?: string;
  children: ReactNode;
}

export function FormDrawer<V extends object>({
  open,
  title,
  form,
  onClose,
  onSubmit,
  onReload,
  initialValues,
  width = 560,
  okText,
  successText,
  keepOpen,
  testId,
  children,
}: Props<V>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const drawerWidth = useDrawerWidth(width);
  const [error, setError] = useState<unknown>(null);
  const [details, setDetails] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setError(null);
    setDetails([]);
    // The Form remounts on open with this record's initialValues; drop what the last opening left.
    form.resetFields();
  }, [open, form]);

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
      if (!keepOpen) onClose();
    } catch (e) {
      setDetails(applyProblemToForm(form, e));
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const conflict = isProblem(error) && error.isConflict;
  return (
    <Drawer
      open={open}
      title={title}
      width={drawerWidth}
      onClose={onClose}
      destroyOnHidden
      data-testid={testId}
      footer={
        <Space style={{ display: "flex", justifyContent: "flex-end" }}>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button type="primary" loading={busy} onClick={submit} data-testid="form-submit">
            {okText ?? t("common.save")}
          </Button>
        </Space>
      }
    >
      <ProblemAlert
        error={error}
        details={details}
        style={{ marginBottom: 16 }}
        onRetry={
          conflict && onReload
            ? async () => {
                await onReload();
                setError(null);
              }
            : undefined
        }
      />
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={submit} scrollToFirstError>
        {children}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Drawer>
  );
}

/** Values the user changed from `original`: the body of a PATCH (plus the version it read). */
export function changedFields<T extends object>(values: T, original: object): Partial<T> {
  const out: Partial<T> = {};
  const before = original as Record<string, unknown>;
  for (const [k, v] of Object.entries(values)) {
    if (JSON.stringify(v ?? null) !== JSON.stringify(before[k] ?? null)) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/** For a 409 reload: the latest record's values, except those the user touched. */
export function mergeLatest<V extends object>(form: FormInstance<V>, latest: Record<string, unknown>) {
  const current = form.getFieldsValue() as Record<string, unknown>;
  const next: Record<string, unknown> = {};
  for (const key of Object.keys(current)) next[key] = form.isFieldTouched(key as never) ? current[key] : latest[key];
  form.setFieldsValue(next as Parameters<FormInstance<V>["setFieldsValue"]>[0]);
}
