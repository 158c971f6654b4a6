/** Query hooks of the key-projects module (projects, records, reports, problems, meetings, bulletins). */
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Page } from "@zoneos/core/platform-api";
import { useCallback } from "react";
import { api, ProblemError, type QueryParams } from "../../app/api";
import { currentLocale, i18n } from "../../app/i18n";
import type {
  Attachment,
  Batch,
  Bulletin,
  BulletinDetail,
  Investments,
  LibraryRow,
  Meeting,
  MeetingDetail,
  Member,
  Milestone,
  Phase,
  Problem,
  Project,
  Staff,
  Summons,
  Transition,
  WeeklyReport,
} from "./types";

export const keys = {
  projects: (params: QueryParams) => ["projects", "list", params] as const,
  project: (id: string) => ["projects", "one", id] as const,
  transitions: (id: string) => ["projects", "transitions", id] as const,
  investments: (id: string) => ["projects", "investments", id] as const,
  milestones: (id: string) => ["projects", "milestones", id] as const,
  members: (id: string) => ["projects", "members", id] as const,
  phases: (id: string) => ["projects", "phases", id] as const,
  attachments: (id: string) => ["projects", "attachments", id] as const,
  reports: (id: string) => ["projects", "reports", id] as const,
  problems: (params: QueryParams) => ["problems", "list", params] as const,
  summons: (zoneId: string) => ["problems", "summons", zoneId] as const,
  meetings: (zoneId?: string) => ["meetings", "list", zoneId ?? "all"] as const,
  meeting: (id: string) => ["meetings", "one", id] as const,
  batches: (zoneId?: string) => ["batches", "list", zoneId ?? "all"] as const,
  library: (params: QueryParams) => ["projects", "library", params] as const,
  bulletins: (params: QueryParams) => ["bulletins", "list", params] as const,
  bulletin: (id: string) => ["bulletins", "one", id] as const,
};

export function useProjects(params: QueryParams, enabled = true) {
  return useQuery({
    queryKey: keys.projects(params),
    queryFn: () => api.get<Page<Project>>("/v1/projects", params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useProject(id: string) {
  return useQuery({
    queryKey: keys.project(id),
    queryFn: () => api.get<Project>(`/v1/projects/${id}`),
    enabled: Boolean(id),
  });
}

export function useTransitions(id: string) {
  return useQuery({
    queryKey: keys.transitions(id),
    queryFn: () => api.get<Transition[]>(`/v1/projects/${id}/transitions`),
  });
}

export function useInvestments(id: string) {
  return useQuery({
    queryKey: keys.investments(id),
    queryFn: () => api.get<Investments>(`/v1/projects/${id}/investments`),
  });
}

export function useMilestones(id: string) {
  return useQuery({
    queryKey: keys.milestones(id),
    queryFn: () => api.get<Milestone[]>(`/v1/projects/${id}/milestones`),
  });
}

export function useMembers(id: string) {
  return useQuery({
    queryKey: keys.members(id),
    queryFn: () => api.get<Member[]>(`/v1/projects/${id}/members`),
  });
}

export function usePhases(id: string) {
  return useQuery({
    queryKey: keys.phases(id),
    queryFn: () => api.get<Phase[]>(`/v1/projects/${id}/phases`),
  });
}

export function useAttachments(id: string) {
  return useQuery({
    queryKey: keys.attachments(id),
    queryFn: () => api.get<Attachment[]>(`/v1/projects/${id}/attachments`),
  });
}

export function useReports(id: string) {
  return useQuery({
    queryKey: keys.reports(id),
    queryFn: () => api.get<WeeklyReport[]>(`/v1/projects/${id}/reports`),
  });
}

/** A zone's staff by name, for the member picker (GET /staff: projects:write or users:read). */
export function useStaff(zoneId: string | null | undefined, q: string, enabled: boolean) {
  return useQuery({
    queryKey: ["staff", zoneId ?? "", q],
    queryFn: () => api.get<Staff[]>("/v1/staff", { zoneId, q: q || undefined }),
    placeholderData: keepPreviousData,
    enabled: enabled && Boolean(zoneId),
  });
}

export function useProblems(params: QueryParams, enabled = true) {
  return useQuery({
    queryKey: keys.problems(params),
    queryFn: () => api.get<Page<Problem>>("/v1/problems", params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useSummons(zoneId: string | undefined) {
  return useQuery({
    queryKey: keys.summons(zoneId ?? ""),
    queryFn: () => api.get<Summons[]>("/v1/problems/summons", { zoneId }),
    enabled: Boolean(zoneId),
  });
}

export function useMeetings(zoneId?: string) {
  return useQuery({
    queryKey: keys.meetings(zoneId),
    queryFn: () => api.get<Meeting[]>("/v1/meetings", { zoneId }),
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: keys.meeting(id),
    queryFn: () => api.get<MeetingDetail>(`/v1/meetings/${id}`),
    enabled: Boolean(id),
  });
}

export function useBatches(zoneId?: string) {
  return useQuery({
    queryKey: keys.batches(zoneId),
    queryFn: () => api.get<Batch[]>("/v1/batches", { zoneId }),
  });
}

export function useLibrary(params: { zoneId?: string; fromYear: number; years: number }) {
  return useQuery({
    queryKey: keys.library(params),
    queryFn: () => api.get<LibraryRow[]>("/v1/projects-library", params),
    enabled: Boolean(params.zoneId),
    placeholderData: keepPreviousData,
  });
}

export function useBulletins(params: QueryParams) {
  return useQuery({
    queryKey: keys.bulletins(params),
    queryFn: () => api.get<Page<Bulletin>>("/v1/bulletins", params),
    placeholderData: keepPreviousData,
  });
}

export function useBulletin(id: string | null) {
  return useQuery({
    queryKey: keys.bulletin(id ?? ""),
    queryFn: () => api.get<BulletinDetail>(`/v1/bulletins/${id}`),
    enabled: Boolean(id),
  });
}

/** After a write: refetch the module's lists and records of the given kinds (and the audit log). */
export function useInvalidate() {
  const client = useQueryClient();
  return useCallback(
    (...kinds: ("projects" | "problems" | "meetings" | "batches" | "bulletins")[]) =>
      Promise.all([...kinds, "audit"].map((k) => client.invalidateQueries({ queryKey: [k] }))),
    [client],
  );
}

function csrfToken(): string | undefined {
  for (const part of document.cookie.split(";")) {
    const p = part.trim();
    if (p.startsWith("zoneos_csrf=")) return decodeURIComponent(p.slice("zoneos_csrf=".length));
  }
  return undefined;
}

/**
 * POST multipart/form-data (the weekly report with its photos): the browser sets the boundary; the
 * session cookie, the CSRF header and the UI language go along as with `api`.
 */
export async function postForm<T>(path: string, body: FormData): Promise<T> {
  const headers: Record<string, string> = {
    Accept: "application/json, application/problem+json",
    "Accept-Language": currentLocale(),
  };
  const csrf = csrfToken();
  if (csrf) headers["X-CSRF-Token"] = csrf;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { method: "POST", headers, body, credentials: "same-origin" });
  } catch {
    throw new ProblemError(0, { code: "network", title: i18n.t("errors.network") });
  }
  const data = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const problem =
      data && typeof data === "object"
        ? (data as Record<string, unknown>)
        : { title: i18n.t("errors.server", { status: response.status }) };
    throw new ProblemError(response.status, problem);
  }
  return data as T;
}

/** The URL of an attachment: a plain link downloads it with the session cookie. */
export const attachmentUrl = (projectId: string, id: string) => `/api/v1/projects/${projectId}/attachments/${id}`;

/** The URL of a report photo (an <img> sends the session cookie by itself). */
export const photoUrl = (projectId: string, fileId: string) => `/api/v1/projects/${projectId}/photos/${fileId}`;
