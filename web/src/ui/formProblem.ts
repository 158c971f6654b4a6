import { fieldLabel } from "@zoneos/core/platform-labels";
import type { FormInstance } from "antd";
import { isProblem } from "../app/api";
import { stripLabelPrefix } from "./fieldMessage";

/** A server field message without the field's label in front, in either language (see stripLabelPrefix). */
export function fieldMessage(field: string, message: string): string {
  const top = field.split(/[.[]/)[0] ?? field;
  const names = [field, top].flatMap((f) => [fieldLabel(f, "zh-CN"), fieldLabel(f, "en-US"), f]);
  return stripLabelPrefix(message, names);
}

/**
 * Puts a 400's `errors[]` on the matching form fields (field = top-level property name), each without
 * its label prefix. Returns the messages, in full, that found no field in this form: the caller shows
 * them in its alert.
 */
export function applyProblemToForm(form: FormInstance, error: unknown): string[] {
  if (!isProblem(error) || error.errors.length === 0) return [];
  const present = new Set(Object.keys(form.getFieldsValue() as Record<string, unknown>));
  const byField = new Map<string, string[]>();
  const elsewhere: string[] = [];
  for (const e of error.errors) {
    const field = e.field.split(/[.[]/)[0] ?? e.field;
    if (!present.has(field)) {
      elsewhere.push(e.message);
      continue;
    }
    byField.set(field, [...(byField.get(field) ?? []), fieldMessage(e.field, e.message)]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return elsewhere;
}
