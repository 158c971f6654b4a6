/**
 * File transfers the JSON client does not cover: download a generated file (Excel export, template) and
 * upload a raw file body (Excel import). Same session cookie, CSRF header, UI language and problem+json
 * errors as `api`.
 */
import { ProblemError, type QueryParams } from "../app/api";
import { currentLocale, i18n } from "../app/i18n";

function csrfToken(): string | undefined {
  for (const part of document.cookie.split(";")) {
    const p = part.trim();
    if (p.startsWith("zoneos_csrf=")) return decodeURIComponent(p.slice("zoneos_csrf=".length));
  }
  return undefined;
}

function url(path: string, params?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {}))
    if (v !== undefined && v !== null && v !== "") search.set(k, String(v));
  const s = search.toString();
  return `/api${path}${s ? `?${s}` : ""}`;
}

async function problemOf(response: Response): Promise<ProblemError> {
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  return new ProblemError(response.status, body ?? { title: i18n.t("errors.server", { status: response.status }) });
}

async function send(input: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(input, { credentials: "same-origin", ...init });
  } catch {
    throw new ProblemError(0, { code: "network", title: i18n.t("errors.network") });
  }
}

/** The file name a Content-Disposition header names (RFC 5987 `filename*` first). */
function fileName(header: string | null, fallback: string): string {
  const star = header && /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = header && /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/** GET a file and hand it to the browser as a download. */
export async function downloadFile(path: string, params: QueryParams | undefined, fallbackName: string) {
  const response = await send(url(path, params), { headers: { "Accept-Language": currentLocale() } });
  if (!response.ok) throw await problemOf(response);
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = href;
  a.download = fileName(response.headers.get("content-disposition"), fallbackName);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** POST a file as the raw request body; answers the JSON reply or throws the ProblemError. */
export async function uploadFile<T>(path: string, params: QueryParams | undefined, file: Blob, contentType: string) {
  const headers: Record<string, string> = {
    Accept: "application/json, application/problem+json",
    "Accept-Language": currentLocale(),
    "Content-Type": contentType,
  };
  const csrf = csrfToken();
  if (csrf) headers["X-CSRF-Token"] = csrf;
  const response = await send(url(path, params), { method: "POST", headers, body: file });
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as T;
}
