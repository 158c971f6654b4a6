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
    /** Machine-readable facts added to the problem document (e.g. lockedUntil). */
    readonly extensions: Record<string, unknown> = {},
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

const TITLES: Record<number, Record<Locale, string>> = {
  400: { "zh-CN": "请求有误", "en-US": "Bad Request" },
  401: { "zh-CN": "未登录", "en-US": "Unauthorized" },
  403: { "zh-CN": "无权操作", "en-US": "Forbidden" },
  404: { "zh-CN": "未找到", "en-US": "Not Found" },
  409: { "zh-CN": "数据冲突", "en-US": "Conflict" },
  415: { "zh-CN": "文件类型不支持", "en-US": "Unsupported Media Type" },
  423: { "zh-CN": "账户已锁定", "en-US": "Locked" },
  429: { "zh-CN": "请求过于频繁", "en-US": "Too Many Requests" },
  500: { "zh-CN": "服务器错误", "en-US": "Internal Server Error" },
  503: { "zh-CN": "服务暂不可用", "en-US": "Service Unavailable" },
};

export function problem(
  status: number,
  code: string,
  detail: string,
  errors?: FieldError[],
  locale: Locale = "zh-CN",
): Problem {
  return {
    type: `https://zoneos.dev/problems/${code}`,
    title: TITLES[status]?.[locale] ?? "Error",
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
  return {
    ...problem(error.status, error.code, message(error.code, locale, error.params), errors, locale),
    ...error.extensions,
  };
}
