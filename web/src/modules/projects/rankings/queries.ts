/**
 * 比学赶超 queries and answer shapes (server ranking-service.ts): rankings and their trend, 赛区, the zone's
 * weights, 点评 / 观摩 inspections and their results.
 */
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  INSPECTION_KINDS,
  InspectionCriterion,
  RACE_GROUP_KINDS,
  RankingMetric,
  RankingWeights,
} from "@zoneos/core/project-ranking";
import { useCallback } from "react";
import { api } from "../../../app/api";
import type { HealthLevel } from "../types";

export type RankingBy = "unit" | "group";
export type RaceGroupKind = (typeof RACE_GROUP_KINDS)[number];
export type InspectionKind = (typeof INSPECTION_KINDS)[number];
export type { InspectionCriterion, RankingMetric, RankingWeights };

export interface RankingEntry {
  entityId: string;
  name: string;
  projects: number;
  ytdYuan: string;
  planYuan: string;
  newStarts: number;
  metrics: Record<RankingMetric, number | null>;
  score: number | null;
  rank: number | null;
  redList: boolean;
  bottom: boolean;
  consecutiveBottom: number;
  escalate: boolean;
  lagging: number;
  severe: number;
  laggingProjects: { projectId: string; name: string; level: HealthLevel; reasons: string[] }[];
}

export interface Ranking {
  zoneId: string;
  month: string;
  by: RankingBy;
  weights: RankingWeights;
  entries: RankingEntry[];
  redList: string[];
  bottomList: string[];
}

export interface RankingTrend {
  months: string[];
  series: { entityId: string; name: string; points: { month: string; score: number | null; rank: number | null }[] }[];
}

export interface RaceGroup {
  id: string;
  zoneId: string;
  name: string;
  kind: RaceGroupKind;
  sort: number;
  units: { id: string; name: string }[];
}

export interface RankingConfig {
  zoneId: string;
  weights: RankingWeights;
  version: number;
  isDefault: boolean;
}

export interface Inspection {
  id: string;
  zoneId: string;
  kind: InspectionKind;
  title: string;
  heldOn: string;
  criteria: InspectionCriterion[];
  status: "open" | "closed";
  createdBy: string | null;
}

export interface InspectionResults {
  inspection: Inspection;
  results: { projectId: string; projectName: string; judges: number; score: number | null; rank: number | null }[];
}

export const rankingKeys = {
  ranking: (p: { zoneId?: string; month: string; by: RankingBy }) => ["rankings", "month", p] as const,
  trend: (p: { zoneId?: string; month: string; by: RankingBy }) => ["rankings", "trend", p] as const,
  groups: (zoneId?: string) => ["rankings", "groups", zoneId ?? "all"] as const,
  config: (zoneId?: string) => ["rankings", "config", zoneId ?? ""] as const,
  inspections: (zoneId?: string) => ["inspections", "list", zoneId ?? "all"] as const,
  results: (id: string) => ["inspections", "results", id] as const,
};

export function useRanking(p: { zoneId?: string; month: string; by: RankingBy }) {
  return useQuery({
    queryKey: rankingKeys.ranking(p),
    queryFn: () => api.get<Ranking>("/v1/rankings", p),
    enabled: Boolean(p.zoneId),
    placeholderData: keepPreviousData,
  });
}

export function useRankingTrend(p: { zoneId?: string; month: string; by: RankingBy }) {
  return useQuery({
    queryKey: rankingKeys.trend(p),
    queryFn: () => api.get<RankingTrend>("/v1/rankings/trend", p),
    enabled: Boolean(p.zoneId),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useRaceGroups(zoneId?: string) {
  return useQuery({
    queryKey: rankingKeys.groups(zoneId),
    queryFn: () => api.get<RaceGroup[]>("/v1/race-groups", { zoneId }),
    enabled: Boolean(zoneId),
  });
}

export function useRankingConfig(zoneId?: string) {
  return useQuery({
    queryKey: rankingKeys.config(zoneId),
    queryFn: () => api.get<RankingConfig>("/v1/ranking-config", { zoneId }),
    enabled: Boolean(zoneId),
  });
}

export function useInspections(zoneId?: string) {
  return useQuery({
    queryKey: rankingKeys.inspections(zoneId),
    queryFn: () => api.get<Inspection[]>("/v1/inspections", { zoneId }),
  });
}

export function useInspectionResults(id: string) {
  return useQuery({
    queryKey: rankingKeys.results(id),
    queryFn: () => api.get<InspectionResults>(`/v1/inspections/${id}/results`),
    enabled: Boolean(id),
  });
}

/** After a write: rankings, 赛区 and inspections all feed each other, so all of them refetch (and the audit log). */
export function useRefreshRankings() {
  const client = useQueryClient();
  return useCallback(
    () => Promise.all(["rankings", "inspections", "audit"].map((k) => client.invalidateQueries({ queryKey: [k] }))),
    [client],
  );
}

/** The month before the current one, "YYYY-MM": the last month with complete figures. */
export function lastMonth(today = new Date()): string {
  const d = new Date(Date.UTC(today.getFullYear(), today.getMonth() - 1, 1));
  return d.toISOString().slice(0, 7);
}
