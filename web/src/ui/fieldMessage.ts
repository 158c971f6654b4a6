/**
 * A server field message as shown under its own field: the server writes "用户名：已存在相同的用户名" /
 * "Username: Username is already taken" for alerts and toasts; under the field, whose label already says
 * which one, the "label：" / "Label: " in front would read twice. Only one of the given labels is taken
 * off, so a message that merely contains a colon ("含非法字符：I") stays whole. (No imports: the login
 * page uses it without loading the label maps.)
 */
export function stripLabelPrefix(message: string, labels: Iterable<string>): string {
  for (const label of labels) {
    if (!label) continue;
    for (const separator of ["：", ": ", ":"]) {
      const prefix = label + separator;
      if (message.startsWith(prefix) && message.length > prefix.length) return message.slice(prefix.length).trim();
    }
  }
  return message;
}
