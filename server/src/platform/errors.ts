/** Application errors and their problem+json rendering (RFC 9457) in the caller's language. */
import type { Locale } from "@zoneos/core/format";
import { fieldLabel } from "@zoneos/core/platform-labels";
import { type MessageKey, message } from "./messages.js";

export interface FieldError {
  field: string;
  message: string;
}

/** A field problem not yet put into words: a message key, or a ready-made text per locale. */
export interface FieldProblem {
  field: string;
  key: MessageKey;
  params?: Record<string, string>;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: MessageKey,
    readonly params: Record<string, string> = {},
    readonly fields: FieldProblem[] = [],
  ) {
    super(code);
  }
}

export const notFound = () => new AppError(404, "notFound");
export const forbidden = () => new AppError(403, "forbidden");
export const conflict = () => new AppError(409, "conflict");
export const invalid = (fields: FieldProblem[]) => new AppError(400, "validation", {}, fields);

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldError[];
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  423: "Locked",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

export function problem(status: number, code: string, detail: string, errors?: FieldError[]): Problem {
  return {
    type: `https://zoneos.dev/problems/${code}`,
    title: TITLES[status] ?? "Error",
    status,
    detail,
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export function renderAppError(error: AppError, locale: Locale): Problem {
  const errors = error.fields.map((f) => ({
    field: f.field,
    message: `${fieldLabel(f.field, locale)}${locale === "zh-CN" ? "：" : ": "}${message(f.key, locale, { field: fieldLabel(f.field, locale), ...f.params })}`,
  }));
  return problem(error.status, error.code, message(error.code, locale, error.params), errors);
}
