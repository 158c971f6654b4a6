/** Password rules: shared by the server (which enforces) and the web (which explains before submit). */
export const PASSWORD_MIN_LENGTH = 10;

export type PasswordProblem = "tooShort" | "tooLong" | "needsVariety" | "containsUsername";

/** At least 10 characters from at least three of: lower case, upper case, digits, other. */
export function passwordProblems(password: string, username?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push("tooShort");
  if (password.length > 128) problems.push("tooLong");
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((r) => r.test(password)).length;
  if (classes < 3) problems.push("needsVariety");
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase()))
    problems.push("containsUsername");
  return problems;
}

export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_LOCK_MINUTES = 15;
