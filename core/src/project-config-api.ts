/**
 * Contracts of a zone's project settings and a user's saved project lists: the health rules a zone judges its
 * projects by (versioned; version 0 is the defaults) and named filter sets of the project list.
 */
import { z } from "zod";
import { projectQuery } from "./project-api.js";
import { misorderedRules } from "./project-health.js";

const days = z.number().int().min(1).max(730);
const weeks = z.number().int().min(1).max(52);
/** A share of the time-proportional plan, 0.01–1 with two decimals (the web shows it as a percentage). */
const share = z.number().min(0.01).max(1).multipleOf(0.01);

/** Each pair is [滞后, 严重滞后]. Flat, so a refused field is named by its rule. */
export const healthRulesInput = z
  .object({
    milestoneOverdueDays: z.tuple([days, days]),
    investmentShareOfSchedule: z.tuple([share, share]),
    silentWeeks: z.tuple([weeks, weeks]),
    version: z.number().int().min(0),
  })
  .superRefine((rules, ctx) => {
    for (const key of misorderedRules(rules)) ctx.addIssue({ code: "custom", path: [key], message: "thresholdOrder" });
  });

/** The project-list parameters a saved view keeps: the filters, the sort and list-or-board. */
export const PROJECT_VIEW_KEYS = [
  "q",
  "zoneId",
  "stage",
  "tier",
  "category",
  "constructionType",
  "leadUnitId",
  "level",
  "health",
  "sort",
  "order",
  "view",
] as const;
export type ProjectViewKey = (typeof PROJECT_VIEW_KEYS)[number];

/** A view's values are the list's URL parameters as they stand; each must be one GET /projects accepts. */
export const projectViewFilters = z
  .partialRecord(z.enum(PROJECT_VIEW_KEYS), z.string().trim().min(1).max(60))
  .superRefine((filters, ctx) => {
    const { view, ...query } = filters;
    if (view !== undefined && view !== "board") ctx.addIssue({ code: "custom", path: ["view"], message: "viewKind" });
    const parsed = projectQuery.safeParse(query);
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });

export const projectViewInput = z.object({
  name: z.string().trim().min(1).max(40),
  filters: projectViewFilters,
});

/** How many saved views one user keeps: a dropdown, not a library. */
export const MAX_PROJECT_VIEWS = 30;
