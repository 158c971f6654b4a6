/**
 * Shapes of the enterprise answers core does not export as types (the 360° view, the overview, the
 * cultivation rows). They mirror server/src/modules/enterprises/*-service.ts.
 */
import type { Enterprise } from "@zoneos/core/enterprise-api";
import type { Rung, ScaleKind } from "@zoneos/core/enterprise-scale";

export type { Chain, ChainDetail, Enterprise, Industry } from "@zoneos/core/enterprise-api";
export type { Rung, ScaleKind };

export type QualificationKind =
  | "hitech"
  | "techSme"
  | "innovativeSme"
  | "srdiSme"
  | "srdiProvincial"
  | "littleGiant"
  | "gazelle"
  | "listed"
  | "listingReserve";
export type Board = "shMain" | "szMain" | "chinext" | "star" | "bse" | "neeq" | "hk" | "overseas";
export type PlatformKind =
  | "engineeringCenter"
  | "techCenter"
  | "keyLab"
  | "academicianStation"
  | "incubator"
  | "makerSpace";
export type PlatformLevel = "national" | "provincial" | "municipal";
export type PartyForm = "standalone" | "joint" | "affiliated" | "building";
export type Segment = "upstream" | "midstream" | "downstream";

export interface ScaleFlag {
  id: string;
  kind: ScaleKind;
  startedOn: string;
  endedOn: string | null;
  note: string | null;
}

export interface Qualification {
  id: string;
  kind: QualificationKind;
  certificateNo: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
  board: Board | null;
  stockCode: string | null;
  tier: string | null;
  note: string | null;
}

export interface RdPlatform {
  id: string;
  kind: PlatformKind;
  level: PlatformLevel;
  name: string;
  approvedOn: string | null;
}

export interface Innovation {
  inventionPatents: number;
  utilityPatents: number;
  designPatents: number;
  validInventionPatents: number;
  highLevelTalents: number;
  partners: string[];
  declaredRevenueYuan: string | null;
  declaredRevenueYear: number | null;
  /** The profile row's version (0 while none exists): PUT /profile sends it back. */
  version: number;
}

export interface Party {
  form: PartyForm;
  members: number;
  secretary: string | null;
  instructor: string | null;
}

export interface Enterprise360 {
  enterprise: Enterprise;
  scaleFlags: ScaleFlag[];
  qualifications: Qualification[];
  rdPlatforms: RdPlatform[];
  innovation: Innovation;
  party: Party | null;
  rungSteps: { id: string; rung: Rung; reachedOn: string }[];
  chainNodes: { chainId: string; chainName: string; nodeId: string; nodeName: string; segment: Segment }[];
}

export interface Overview {
  asOf: string;
  enterprises: number;
  fourAbove: number;
  aboveScaleIndustry: number;
  hitech: number;
  srdi: number;
  listed: number;
  provincialPlatforms: number;
  validInventionPatents: number;
  party: {
    standalone: number;
    joint: number;
    affiliated: number;
    building: number;
    members: number;
    instructors: number;
  };
}

/** GET /enterprises/renewals: qualifications expiring within the given days. */
export interface Renewal {
  enterpriseId: string;
  enterpriseName: string;
  qualificationId: string;
  kind: QualificationKind;
  certificateNo: string | null;
  expiresOn: string;
}

export interface RungProgress {
  rung: Rung;
  target: number | null;
  reached: number;
  version: number;
}

export interface Candidate {
  id: string;
  name: string;
  rung: Rung;
  industryCode: string;
  revenueYuan: string | null;
  reason: { code: "nearThreshold"; share: number; thresholdYuan: string } | { code: "ladder"; from: Rung };
}
