/** One demo enterprise as the build passes grow it, before it becomes table rows, and what the passes ask of it. */
import { isScaleCandidate, type Rung, type ScaleKind, sectionOf } from "@zoneos/core/enterprise-scale";
import {
  type Board,
  DEMO_REVENUE_YEAR,
  type Ownership,
  type PartyForm,
  type PlatformKind,
  type PlatformLevel,
  type QualificationKind,
} from "../enterprises-data.js";

export interface DemoQualification {
  kind: QualificationKind;
  certificateNo: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
  board: Board | null;
  stockCode: string | null;
  tier: string | null;
  note: string | null;
}

export interface DemoEnterprise {
  zone: string;
  name: string;
  formerNames: string[];
  creditCode: string | null;
  industry: string;
  cluster: string | null;
  ownership: Ownership;
  status: "operating" | "cancelled" | "movedOut";
  established: string;
  capitalWan: number | null;
  employees: number | null;
  landMu: number | null;
  legal: string | null;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  rung: Rung;
  liaison: string | null;
  account: string | null;
  flags: { kind: ScaleKind; startedOn: string; endedOn: string | null; note: string | null }[];
  quals: DemoQualification[];
  platforms: { kind: PlatformKind; level: PlatformLevel; name: string; approvedOn: string | null }[];
  innovation: { invention: number; validInvention: number; utility: number; design: number; talents: number };
  partners: string[];
  revenueWan: number | null;
  party: { form: PartyForm; members: number; secretary: string | null; instructor: string | null } | null;
  steps: { rung: Rung; reachedOn: string }[];
  nodes: string[];
  /** Which part of the plan produced it; steers the later passes. */
  slot: "named" | "above" | "four" | "candidate" | "individual" | "rest" | "closed";
}

/** Shared state of one build: credit-code and certificate sequences run over all zones. */
export interface Build {
  seq: number;
  certs: Map<string, number>;
}

export const isIndustrial = (code: string) => ["B", "C", "D"].includes(sectionOf(code) ?? "");

export function isCandidate(e: DemoEnterprise): boolean {
  return (
    e.status === "operating" &&
    e.rung === "enterprise" &&
    e.revenueWan !== null &&
    isScaleCandidate(e.industry, DEMO_REVENUE_YEAR, String(e.revenueWan * 10_000))
  );
}
