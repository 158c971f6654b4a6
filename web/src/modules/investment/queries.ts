/** Query hooks of the investment-attraction module: leads, 撞单, activities, targets, reviews, contracts, 履约. */
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Activity,
  BehindContract,
  CalendarEntry,
  Conflict,
  Contract,
  Fulfilment,
  FulfilmentRates,
  Funnel,
  Lead,
  LeadSummary,
  Review,
  Target,
  TargetProgress,
  Thresholds,
  TimelineEntry,
} from "@zoneos/core/investment-api";
import type { LeadStage } from "@zoneos/core/investment-stages";
import type { Page } from "@zoneos/core/platform-api";
import { useCallback } from "react";
import { api, type QueryParams } from "../../app/api";

export interface HistoryEntry {
  id: string;
  fromStage: LeadStage | null;
  toStage: LeadStage;
  reason: string | null;
  at: string;
  byName: string | null;
}

export interface DuplicateResult {
  normalisedName: string | null;
  matches: {
    matchedBy: "creditCode" | "name";
    unitId: string;
    unitName: string;
    sameUnit: boolean;
    stage: LeadStage;
    since: string;
    leadId: string | null;
    investorName: string | null;
  }[];
}

const BASE = "/v1/investment";

export const keys = {
  leads: (p: QueryParams) => ["investment", "leads", p] as const,
  lead: (id: string) => ["investment", "lead", id] as const,
  history: (id: string) => ["investment", "history", id] as const,
  timeline: (id: string) => ["investment", "timeline", id] as const,
  duplicates: (p: QueryParams) => ["investment", "duplicates", p] as const,
  summary: (p: QueryParams) => ["investment", "summary", p] as const,
  funnel: (p: QueryParams) => ["investment", "funnel", p] as const,
  conflict: (id: string) => ["investment", "conflict", id] as const,
  activities: (p: QueryParams) => ["investment", "activities", p] as const,
  calendar: (p: QueryParams) => ["investment", "calendar", p] as const,
  targets: (p: QueryParams) => ["investment", "targets", p] as const,
  progress: (p: QueryParams) => ["investment", "progress", p] as const,
  thresholds: (zoneId: string) => ["investment", "thresholds", zoneId] as const,
  reviews: (p: QueryParams) => ["investment", "reviews", p] as const,
  review: (id: string) => ["investment", "review", id] as const,
  contracts: (p: QueryParams) => ["investment", "contracts", p] as const,
  fulfilment: (id: string) => ["investment", "fulfilment", id] as const,
  rates: (p: QueryParams) => ["investment", "rates", p] as const,
  behind: (p: QueryParams) => ["investment", "behind", p] as const,
};

export function useLeads(params: QueryParams, enabled = true) {
  return useQuery({
    queryKey: keys.leads(params),
    queryFn: () => api.get<Page<Lead>>(`${BASE}/leads`, params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useLead(id: string) {
  return useQuery({
    queryKey: keys.lead(id),
    queryFn: () => api.get<Lead>(`${BASE}/leads/${id}`),
    enabled: Boolean(id),
  });
}

export function useLeadHistory(id: string) {
  return useQuery({
    queryKey: keys.history(id),
    queryFn: () => api.get<HistoryEntry[]>(`${BASE}/leads/${id}/history`),
  });
}

export function useLeadTimeline(id: string) {
  return useQuery({
    queryKey: keys.timeline(id),
    queryFn: () => api.get<TimelineEntry[]>(`${BASE}/leads/${id}/timeline`),
  });
}

/** The 撞单 check while the user types: only once there is a name or a full credit code to compare. */
export function useDuplicates(params: { zoneId?: string; name?: string; creditCode?: string; excludeLeadId?: string }) {
  const enabled = Boolean(params.zoneId && ((params.name?.length ?? 0) >= 2 || params.creditCode?.length === 18));
  return useQuery({
    queryKey: keys.duplicates(params),
    queryFn: () => api.get<DuplicateResult>(`${BASE}/leads/duplicates`, params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useLeadSummary(params: QueryParams, enabled = true) {
  return useQuery({
    queryKey: keys.summary(params),
    queryFn: () => api.get<LeadSummary>(`${BASE}/leads/summary`, params),
    enabled,
  });
}

export function useFunnel(params: QueryParams) {
  return useQuery({
    queryKey: keys.funnel(params),
    queryFn: () => api.get<Funnel>(`${BASE}/leads/funnel`, params),
    placeholderData: keepPreviousData,
  });
}

export function useConflict(id: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: keys.conflict(id ?? ""),
    queryFn: () => api.get<Conflict>(`${BASE}/conflicts/${id}`),
    enabled: enabled && Boolean(id),
    retry: false,
  });
}

export function useActivities(params: QueryParams, enabled = true) {
  return useQuery({
    queryKey: keys.activities(params),
    queryFn: () => api.get<Page<Activity>>(`${BASE}/activities`, params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCalendar(params: QueryParams, enabled = true) {
  return useQuery({
    queryKey: keys.calendar(params),
    queryFn: () => api.get<CalendarEntry[]>(`${BASE}/activities/calendar`, params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTargets(params: QueryParams, enabled = true) {
  return useQuery({
    queryKey: keys.targets(params),
    queryFn: () => api.get<Target[]>(`${BASE}/targets`, params),
    enabled,
  });
}

export function useTargetProgress(params: QueryParams, enabled = true) {
  return useQuery({
    queryKey: keys.progress(params),
    queryFn: () => api.get<TargetProgress>(`${BASE}/targets/progress`, params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useThresholds(zoneId: string | undefined) {
  return useQuery({
    queryKey: keys.thresholds(zoneId ?? ""),
    queryFn: () => api.get<Thresholds>(`${BASE}/thresholds/${zoneId}`),
    enabled: Boolean(zoneId),
  });
}

export function useReviews(params: QueryParams, enabled = true) {
  return useQuery({
    queryKey: keys.reviews(params),
    queryFn: () => api.get<Page<Review>>(`${BASE}/reviews`, params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useReview(id: string) {
  return useQuery({
    queryKey: keys.review(id),
    queryFn: () => api.get<Review>(`${BASE}/reviews/${id}`),
    enabled: Boolean(id),
  });
}

export function useContracts(params: QueryParams, enabled = true) {
  return useQuery({
    queryKey: keys.contracts(params),
    queryFn: () => api.get<Page<Contract>>(`${BASE}/contracts`, params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useFulfilment(contractId: string, enabled = true) {
  return useQuery({
    queryKey: keys.fulfilment(contractId),
    queryFn: () => api.get<Fulfilment>(`${BASE}/contracts/${contractId}/fulfilment`),
    enabled: enabled && Boolean(contractId),
  });
}

export function useFulfilmentRates(params: QueryParams) {
  return useQuery({
    queryKey: keys.rates(params),
    queryFn: () => api.get<FulfilmentRates>(`${BASE}/fulfilment`, params),
    placeholderData: keepPreviousData,
  });
}

export function useBehind(params: QueryParams) {
  return useQuery({
    queryKey: keys.behind(params),
    queryFn: () => api.get<BehindContract[]>(`${BASE}/fulfilment/behind`, params),
    placeholderData: keepPreviousData,
  });
}

/** After a write: every investment query refetches (a stage move changes lists, reviews and rates alike). */
export function useInvalidate() {
  const client = useQueryClient();
  return useCallback(
    () =>
      Promise.all(
        ["investment", "projects", "enterprises", "audit"].map((k) => client.invalidateQueries({ queryKey: [k] })),
      ),
    [client],
  );
}

export const investmentApi = {
  base: BASE,
  post: <T>(path: string, body?: unknown) => api.post<T>(`${BASE}${path}`, body),
  put: <T>(path: string, body?: unknown) => api.put<T>(`${BASE}${path}`, body),
  patch: <T>(path: string, body?: unknown) => api.patch<T>(`${BASE}${path}`, body),
  del: <T>(path: string) => api.delete<T>(`${BASE}${path}`),
};
