/** Query hooks of the platform module: one place for the keys and endpoints the pages share. */

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ApiToken, AuditEntry, Page, Region, Role, Unit, User, Zone } from "@zoneos/core/platform-api";
import { useCallback } from "react";
import { api, type QueryParams } from "../../app/api";

export const keys = {
  regions: (params: QueryParams) => ["regions", params] as const,
  zones: (params: QueryParams) => ["zones", "list", params] as const,
  zone: (id: string) => ["zones", "one", id] as const,
  units: (zoneId: string | undefined) => ["units", zoneId ?? "all"] as const,
  users: (params: QueryParams) => ["users", "list", params] as const,
  roles: ["roles"] as const,
  tokens: (params: QueryParams) => ["tokens", params] as const,
  audit: (params: QueryParams) => ["audit", params] as const,
};

export function useRegions(params: QueryParams, enabled = true) {
  return useQuery({
    queryKey: keys.regions(params),
    queryFn: () => api.get<Region[]>("/v1/regions", params),
    staleTime: 60 * 60_000,
    enabled,
  });
}

export function useZones(params: QueryParams, enabled = true) {
  return useQuery({
    queryKey: keys.zones(params),
    queryFn: () => api.get<Page<Zone>>("/v1/zones", params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useZone(id: string | undefined | null) {
  return useQuery({
    queryKey: keys.zone(id ?? ""),
    queryFn: () => api.get<Zone>(`/v1/zones/${id}`),
    enabled: Boolean(id),
  });
}

export function useUnits(zoneId: string | undefined | null, enabled = true) {
  return useQuery({
    queryKey: keys.units(zoneId ?? undefined),
    queryFn: () => api.get<Unit[]>("/v1/units", { zoneId }),
    enabled: enabled && Boolean(zoneId),
  });
}

export function useUsers(params: QueryParams) {
  return useQuery({
    queryKey: keys.users(params),
    queryFn: () => api.get<Page<User>>("/v1/users", params),
    placeholderData: keepPreviousData,
  });
}

export function useRoles(enabled = true) {
  return useQuery({
    queryKey: keys.roles,
    queryFn: () => api.get<Role[]>("/v1/roles"),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useTokens(params: QueryParams) {
  return useQuery({
    queryKey: keys.tokens(params),
    queryFn: () => api.get<Page<ApiToken>>("/v1/api-tokens", params),
    placeholderData: keepPreviousData,
  });
}

export function useAudit(params: QueryParams) {
  return useQuery({
    queryKey: keys.audit(params),
    queryFn: () => api.get<Page<AuditEntry>>("/v1/audit", params),
    placeholderData: keepPreviousData,
  });
}

/** After a write: refetch every list and record of the given kinds (and the audit log). */
export function useInvalidate() {
  const client = useQueryClient();
  return useCallback(
    (...kinds: ("zones" | "units" | "users" | "roles" | "tokens" | "me")[]) =>
      Promise.all([...kinds, "audit"].map((k) => client.invalidateQueries({ queryKey: [k] }))),
    [client],
  );
}
