/** Password hashing (argon2id) and the shared password rules as field errors. */

import { hash, verify } from "@node-rs/argon2";
import { passwordProblems } from "@zoneos/core/password";
import { invalid } from "./errors.js";

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export function verifyPassword(hashed: string, password: string): Promise<boolean> {
  return verify(hashed, password).catch(() => false);
}

/** Refuses a password that breaks the rules, naming the field it came in. */
export function assertPasswordRules(password: string, username: string, field: string): void {
  const problems = passwordProblems(password, username);
  if (problems.length > 0) throw invalid(problems.map((key) => ({ field, key })));
}
