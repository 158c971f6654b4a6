import type { FormInstance } from "antd";
import { isProblem } from "../app/api";

/**
 * Puts a 400's `errors[]` on the matching form fields (field = top-level property name); returns true
 * when at least one message found its field. Messages for fields not in the form stay in the alert.
 */
export function applyProblemToForm(form: FormInstance, error: unknown): boolean {
  if (!isProblem(error) || error.errors.length === 0) return false;
  const present = new Set(Object.keys(form.getFieldsValue() as Record<string, unknown>));
  const byField = new Map<string, string[]>();
  for (const e of error.errors) {
    const field = e.field.split(/[.[]/)[0] ?? e.field;
    if (!present.has(field)) continue;
    byField.set(field, [...(byField.get(field) ?? []), e.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return byField.size > 0;
}
