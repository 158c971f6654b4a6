/** Query hooks of the enterprises module (registry, 360°, overview, chains, cultivation). */
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Page, User } from "@zoneos/core/platform-api";
import { useCallback } from "react";
import { api, type QueryParams } from "../../app/api";
import type {
  Candidate,
  Chain,
  ChainDetail,
  Enterprise,
  Enterprise360,
  Industry,
  Overview,
  Renewal,
  RungProgress,
} from "./types";

export const keys = {
  industries: (params: QueryParams) => ["industries", params] as const,
  enterprises: (params: QueryParams) => ["enterprises", "list", params] as const,
  enterprise360: (id: string) => ["enterprises", "360", id] as const,
  overview: (params: QueryParams) => ["enterprises", "overview", params] as const,
  chains: (zoneId: string | undefined) => ["chains", "list", zoneId ?? "all"] as const,
  chain: (id: string) => ["chains", "one", id] as const,
  progress: (zoneId: string, year: number) => ["cultivation", "progress", zoneId, year] as const,
  candidates: (params: QueryParams) => ["cultivation", "candidates", params] as const,
};

export function useIndustries(params: QueryParams, enabled = true) {
  return useQuery({
    queryKey: keys.industries(params),
    queryFn: () => api.get<Industry[]>("/v1/industries", params),
    staleTime: 60 * 60_000,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useEnterprises(params: QueryParams, enabled = true) {
  return useQuery({
    queryKey: keys.enterprises(params),
    queryFn: () => api.get<Page<Enterprise>>("/v1/enterprises", params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Active accounts of a zone, searched by name (needs users:read). */
export function useZoneStaff(zoneId: string | null | undefined, q: string, enabled: boolean) {
  const params = { zoneId, q: q || undefined, status: "active", pageSize: 50, sort: "name" };
  return useQuery({
    queryKey: ["users", "list", params],
    queryFn: () => api.get<Page<User>>("/v1/users", params),
    placeholderData: keepPreviousData,
    enabled: enabled && Boolean(zoneId),
  });
}

export function useEnterprise360(id: string) {
  return useQuery({
    queryKey: keys.enterprise360(id),
    queryFn: () => api.get<Enterprise360>(`/v1/enterprises/${id}/360`),
    enabled: Boolean(id),
  });
}

export function useOverview(params: QueryParams) {
  return useQuery({
    queryKey: keys.overview(params),
    queryFn: () => api.get<Overview>("/v1/enterprises/overview", params),
    placeholderData: keepPreviousData,
  });
}

export function useRenewals(zoneId: string | undefined, days = 90) {
  return useQuery({
    queryKey: ["enterprises", "renewals", zoneId ?? "all", days] as const,
    queryFn: () => api.get<Renewal[]>("/v1/enterprises/renewals", { zoneId, days }),
  });
}

export function useChains(zoneId: string | undefined) {
  return useQuery({
    queryKey: keys.chains(zoneId),
    queryFn: () => api.get<Chain[]>("/v1/chains", { zoneId }),
  });
}

export function useChain(id: string) {
  return useQuery({
    queryKey: keys.chain(id),
    queryFn: () => api.get<ChainDetail>(`/v1/chains/${id}`),
    enabled: Boolean(id),
  });
}

export function useCultivationProgress(zoneId: string | undefined, year: number) {
  return useQuery({
    queryKey: keys.progress(zoneId ?? "", year),
    queryFn: () => api.get<RungProgress[]>("/v1/cultivation/progress", { zoneId, year }),
    enabled: Boolean(zoneId),
    placeholderData: keepPreviousData,
  });
}

export function useCandidates(params: { zoneId?: string; year: number; rung: string; band?: number }) {
  return useQuery({
    queryKey: keys.candidates(params),
    queryFn: () => api.get<Candidate[]>("/v1/cultivation/candidates", params),
    enabled: Boolean(params.zoneId),
    placeholderData: keepPreviousData,
  });
}

/** After a write: refetch the registry's lists, records and figures of the given kinds (and the audit log). */
export function useInvalidate() {
  const client = useQueryClient();
  return useCallback(
    (...kinds: ("enterprises" | "chains" | "cultivation")[]) =>
      Promise.all([...kinds, "audit"].map((k) => client.invalidateQueries({ queryKey: [k] }))),
    [client],
  );
}
