/** The project list's answer: a page of projects and the filtered set's totals (server listProjects). */
import type { Page } from "@zoneos/core/platform-api";
import type { HealthLevel, Project, ProjectStage } from "../types";

export interface ProjectTotals {
  count: number;
  totalInvestmentYuan: string;
  byStage: { stage: ProjectStage; count: number; totalInvestmentYuan: string }[];
  /** Null when the server was not asked for them and the filtered set is large. */
  byHealth: Record<HealthLevel, number> | null;
}

export type ProjectList = Page<Project> & { totals: ProjectTotals };
