/** Queries of a zone's health rules and of the user's saved project-list views (server settings-routes.ts). */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { HealthRules } from "@zoneos/core/project-health";
import { useCallback } from "react";
import { api } from "../../../app/api";

export interface ZoneHealthRules extends HealthRules {
  zoneId: string;
  version: number;
  isDefault: boolean;
  defaults: HealthRules;
  updatedAt: string | null;
  updatedByName: string | null;
}

export interface SavedView {
  id: string;
  name: string;
  filters: Record<string, string>;
  createdAt: string;
}

export const settingsKeys = {
  healthRules: (zoneId?: string) => ["projects", "health-rules", zoneId ?? ""] as const,
  views: ["projects", "views"] as const,
};

export function useHealthRules(zoneId?: string) {
  return useQuery({
    queryKey: settingsKeys.healthRules(zoneId),
    queryFn: () => api.get<ZoneHealthRules>("/v1/projects/health-rules", { zoneId }),
    enabled: Boolean(zoneId),
  });
}

export function useSavedViews() {
  return useQuery({
    queryKey: settingsKeys.views,
    queryFn: () => api.get<SavedView[]>("/v1/projects/views"),
    staleTime: 60_000,
  });
}

/** After saving rules: every project figure (list, detail, rankings) may change. */
export function useRefreshAfterRules() {
  const client = useQueryClient();
  return useCallback(
    () => Promise.all(["projects", "rankings", "audit"].map((k) => client.invalidateQueries({ queryKey: [k] }))),
    [client],
  );
}
