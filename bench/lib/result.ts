/** One row of the results table; metrics carry the figures budgets are checked against. */
import type { Scale } from "./scale.js";
import type { Running } from "./server.js";

export interface CaseResult {
  id: string;
  title: string;
  status: "ok" | "skipped" | "failed";
  note?: string;
  medianMs?: number;
  p95Ms?: number;
  throughput?: string;
  ratios?: string;
  metrics: Record<string, number>;
}

export interface BenchContext {
  scale: Scale;
  databaseUrl: string;
  server: Running;
  /** Sequential runs for latency percentiles and seconds of load for throughput. */
  runs: number;
  loadSeconds: number;
  /** Whether a case was asked for (--only). */
  wanted: (id: string) => boolean;
}

export const skipped = (id: string, title: string, why: string): CaseResult => ({
  id,
  title,
  status: "skipped",
  note: why,
  metrics: {},
});

export const failed = (id: string, title: string, error: unknown): CaseResult => ({
  id,
  title,
  status: "failed",
  note: (error instanceof Error ? error.message : String(error)).split("\n").slice(0, 3).join(" "),
  metrics: {},
});
