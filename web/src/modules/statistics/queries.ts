/** Query hooks of economic monitoring: reports, the reporting cycle, indicators, cockpit, drill-down, comparison. */
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Page } from "@zoneos/core/platform-api";
import type {
  CheckResult,
  Cockpit,
  Comparison,
  ImportJob,
  Report,
  ReportStatus,
  ReportValues,
} from "@zoneos/core/statistics-api";
import type { IndicatorDefinition, ReportField } from "@zoneos/core/statistics-indicators";
import { useCallback } from "react";
import { api, type QueryParams } from "../../app/api";

export type { Cockpit, Comparison, ImportJob, Report, ReportValues, ReportStatus, CheckResult };

export interface ReportForm {
  enterprise: {
    id: string;
    name: string;
    creditCode: string | null;
    zoneId: string;
    zoneName: string;
    industryCode: string;
    scaleIndustry: boolean;
  };
  month: string;
  deadline: string;
  frozen: boolean;
  report: Report | null;
  previousMonth: ReportValues | null;
  previousYear: ReportValues | null;
  yoyThresholdPct: string;
}

export interface CheckResponse {
  checks: CheckResult[];
  derived: Record<ReportField, string | null>;
}

export interface Revision {
  revision: number;
  values: ReportValues;
  channel: Report["channel"];
  reason: string | null;
  actorName: string | null;
  createdAt: string;
  changed: ReportField[];
}

export interface ReportingStatus {
  zoneId: string;
  month: string;
  deadline: string;
  frozen: boolean;
  frozenAt: string | null;
  frozenByName: string | null;
  expected: number;
  counts: Record<ReportStatus | "missing" | "late", number>;
  missing: {
    enterpriseId: string;
    name: string;
    creditCode: string | null;
    reportedLastMonth: boolean;
    status: ReportStatus | null;
  }[];
  late: { enterpriseId: string; name: string; submittedAt: string }[];
}

export interface IndicatorValues {
  zoneId: string;
  year: number;
  entered: {
    indicatorId: string;
    month: string;
    value: string;
    note: string | null;
    enteredByName: string | null;
    updatedAt: string;
    version: number;
  }[];
  computed: { indicatorId: string; month: string; value: string }[];
  targets: { indicatorId: string; value: string; version: number }[];
}

export interface DrillRow {
  reportId: string;
  enterpriseId: string;
  name: string;
  creditCode: string | null;
  industryCode: string;
  cluster: string | null;
  scaleIndustry: boolean;
  status: ReportStatus;
  value: string | null;
  monthValue: string | null;
  prior: string | null;
  comparable: boolean;
  yoyPct: string | null;
}
export type DrillPage = Page<DrillRow> & { indicatorId: string; field: ReportField; sum: string; priorSum: string };

export interface StatisticsSettings {
  zoneId: string;
  deadlineDay: number;
  yoyThresholdPct: string;
  divergenceTolerancePct: string;
  version: number;
}

const P = "/v1/statistics";

export const keys = {
  catalogue: ["statistics", "catalogue"] as const,
  form: (enterpriseId: string | undefined, month: string) =>
    ["statistics", "form", enterpriseId ?? "own", month] as const,
  reports: (params: QueryParams) => ["statistics", "reports", params] as const,
  revisions: (id: string) => ["statistics", "revisions", id] as const,
  status: (zoneId: string, month: string) => ["statistics", "status", zoneId, month] as const,
  values: (zoneId: string, year: number) => ["statistics", "values", zoneId, year] as const,
  cockpit: (zoneId: string, month: string, focus: string) => ["statistics", "cockpit", zoneId, month, focus] as const,
  drill: (params: QueryParams) => ["statistics", "drill", params] as const,
  comparison: (params: QueryParams) => ["statistics", "comparison", params] as const,
  settings: (zoneId: string) => ["statistics", "settings", zoneId] as const,
  importJob: (id: string) => ["statistics", "import", id] as const,
};

/** The month reports are being filed for now: last month (today's reports describe the month just ended). */
export function reportingMonth(today = new Date()): string {
  const y = today.getFullYear();
  const m = today.getMonth(); // 0-based: this is last month's number
  return m === 0 ? `${y - 1}-12` : `${y}-${String(m).padStart(2, "0")}`;
}

export function useCatalogue() {
  return useQuery({
    queryKey: keys.catalogue,
    queryFn: () => api.get<{ items: IndicatorDefinition[] }>(`${P}/indicators`),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useReportForm(month: string, enterpriseId?: string) {
  return useQuery({
    queryKey: keys.form(enterpriseId, month),
    queryFn: () => api.get<ReportForm>(`${P}/reports/form`, { month, enterpriseId }),
  });
}

export function useReports(params: QueryParams, enabled = true) {
  return useQuery({
    queryKey: keys.reports(params),
    queryFn: () => api.get<Page<Report>>(`${P}/reports`, params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useReport(id: string | null) {
  return useQuery({
    queryKey: ["statistics", "report", id ?? ""],
    queryFn: () => api.get<Report>(`${P}/reports/${id}`),
    enabled: Boolean(id),
  });
}

export function useRevisions(id: string | null) {
  return useQuery({
    queryKey: keys.revisions(id ?? ""),
    queryFn: () => api.get<{ reportId: string; items: Revision[] }>(`${P}/reports/${id}/revisions`),
    enabled: Boolean(id),
  });
}

export function useReportingStatus(zoneId: string | undefined, month: string) {
  return useQuery({
    queryKey: keys.status(zoneId ?? "", month),
    queryFn: () => api.get<ReportingStatus>(`${P}/status`, { zoneId, month }),
    enabled: Boolean(zoneId),
  });
}

export function useSettings(zoneId: string | undefined) {
  return useQuery({
    queryKey: keys.settings(zoneId ?? ""),
    queryFn: () => api.get<StatisticsSettings>(`${P}/settings`, { zoneId }),
    enabled: Boolean(zoneId),
  });
}

export function useIndicatorValues(zoneId: string | undefined, year: number) {
  return useQuery({
    queryKey: keys.values(zoneId ?? "", year),
    queryFn: () => api.get<IndicatorValues>(`${P}/indicator-values`, { zoneId, year }),
    enabled: Boolean(zoneId),
  });
}

export function useCockpit(zoneId: string | undefined, month: string, focus: ReportField = "output") {
  return useQuery({
    queryKey: keys.cockpit(zoneId ?? "", month, focus),
    queryFn: () => api.get<Cockpit>(`${P}/cockpit`, { zoneId, month, focus }),
    placeholderData: keepPreviousData,
    enabled: Boolean(zoneId),
  });
}

export function useDrill(params: QueryParams | null) {
  return useQuery({
    queryKey: keys.drill(params ?? {}),
    queryFn: () => api.get<DrillPage>(`${P}/drill`, params ?? {}),
    placeholderData: keepPreviousData,
    enabled: params !== null,
  });
}

export function useComparison(params: QueryParams, enabled: boolean) {
  return useQuery({
    queryKey: keys.comparison(params),
    queryFn: () => api.get<Comparison>(`${P}/comparison`, params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useImportJob(id: string | null) {
  return useQuery({
    queryKey: keys.importJob(id ?? ""),
    queryFn: () => api.get<ImportJob>(`${P}/imports/${id}`),
    enabled: Boolean(id),
    // Poll while the job runs; stop once it has an outcome.
    refetchInterval: (q) => {
      const s = q.state.data?.status;
      return s === "succeeded" || s === "failed" ? false : 500;
    },
  });
}

/** After a write: every statistics query may show the changed figure (reports, status, cockpit, drill). */
export function useInvalidateStatistics() {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries({ queryKey: ["statistics"] }), [client]);
}

export const statisticsApi = {
  check: (body: { enterpriseId: string; month: string; values: ReportValues }) =>
    api.post<CheckResponse>(`${P}/reports/check`, body),
  save: (body: {
    enterpriseId: string;
    month: string;
    values: ReportValues;
    explanation: string | null;
    submit: boolean;
    version: number | null;
  }) => api.post<Report>(`${P}/reports`, body),
  review: (id: string, body: { decision: "approve" | "return"; reason: string | null; version: number }) =>
    api.post<Report>(`${P}/reports/${id}/review`, body),
  approveAll: (zoneId: string, month: string) =>
    api.post<{ approved: number }>(`${P}/reports/approve-all`, { zoneId, month }),
  correct: (id: string, body: { values: ReportValues; reason: string; version: number }) =>
    api.post<Report>(`${P}/reports/${id}/corrections`, body),
  freeze: (zoneId: string, month: string) => api.post<ReportingStatus>(`${P}/freeze`, { zoneId, month }),
  remind: (zoneId: string, month: string) =>
    api.post<{ enterprises: number; users: number }>(`${P}/reminders`, { zoneId, month }),
  saveSettings: (
    zoneId: string,
    body: { deadlineDay: number; yoyThresholdPct: string; divergenceTolerancePct: string; version: number | null },
  ) => api.put<StatisticsSettings>(`${P}/settings?zoneId=${zoneId}`, body),
  saveValue: (body: {
    zoneId: string;
    indicatorId: string;
    month: string;
    value: string;
    note: string | null;
    version: number | null;
  }) => api.put(`${P}/indicator-values`, body),
  saveTarget: (body: { zoneId: string; year: number; indicatorId: string; value: string; version: number | null }) =>
    api.put(`${P}/targets`, body),
};
