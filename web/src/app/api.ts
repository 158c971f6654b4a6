/**
 * The HTTP client: JSON over fetch with cookies, the CSRF double-submit header on every mutation,
 * Accept-Language from the UI, and problem+json errors turned into `ProblemError`.
 */
import { currentLocale, i18n } from "./i18n";

export interface FieldProblem {
  field: string;
  message: string;
}

export class ProblemError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldProblem[];
  /** The whole problem document, for extension members such as `lockedUntil`. */
  readonly body: Record<string, unknown>;

  constructor(status: number, body: Record<string, unknown>) {
    const title = typeof body.title === "string" ? body.title : "";
    const detail = typeof body.detail === "string" ? body.detail : "";
    super(detail || title || `HTTP ${status}`);
    this.name = "ProblemError";
    this.status = status;
    this.code = typeof body.code === "string" ? body.code : "";
    this.title = title;
    this.detail = detail;
    this.errors = Array.isArray(body.errors)
      ? body.errors.filter(
          (e): e is FieldProblem =>
            typeof e === "object" && e !== null && typeof e.field === "string" && typeof e.message === "string",
        )
      : [];
    this.body = body;
  }

  get isConflict() {
    return this.status === 409 && (this.code === "conflict" || this.code === "");
  }
}

export function isProblem(error: unknown, status?: number): error is ProblemError {
  return error instanceof ProblemError && (status === undefined || error.status === status);
}

type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

function queryString(params?: QueryParams): string {
  if (!params) return "";
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : "";
}

function cookie(name: string): string | undefined {
  const prefix = `${name}=`;
  for (const part of document.cookie.split(";")) {
    const p = part.trim();
    if (p.startsWith(prefix)) return decodeURIComponent(p.slice(prefix.length));
  }
  return undefined;
}

type UnauthorizedListener = () => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();
/** Called when a request answers 401: the session is gone, the shell sends the user to login. */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

const QUIET_401 = ["/v1/auth/login", "/v1/auth/me", "/v1/auth/password"];

async function request<T>(method: string, path: string, body?: unknown, params?: QueryParams): Promise<T> {
  const headers: Record<string, string> = {
    Accept: "application/json, application/problem+json",
    "Accept-Language": currentLocale(),
  };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && method !== "HEAD") {
    const csrf = cookie("zoneos_csrf");
    if (csrf) headers["X-CSRF-Token"] = csrf;
  }
  let response: Response;
  try {
    response = await fetch(`/api${path}${queryString(params)}`, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ProblemError(0, { code: "network", title: i18n.t("errors.network") });
  }
  if (response.status === 204) return undefined as T;
  const type = response.headers.get("content-type") ?? "";
  const data: unknown = type.includes("json") ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    const problem =
      data && typeof data === "object"
        ? (data as Record<string, unknown>)
        : { title: i18n.t("errors.server", { status: response.status }) };
    if (!problem.title && !problem.detail) problem.title = i18n.t("errors.server", { status: response.status });
    const error = new ProblemError(response.status, problem);
    if (response.status === 401 && !QUIET_401.includes(path)) for (const l of unauthorizedListeners) l();
    throw error;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, params?: QueryParams) => request<T>("GET", path, undefined, params),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, body),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, body),
  delete: <T>(path: string, params?: QueryParams) => request<T>("DELETE", path, undefined, params),
};
