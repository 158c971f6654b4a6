/** The enterprises API contract: registry, scale flags, qualifications, innovation, party organisation, chains. */
import { z } from "zod";
import { isValidCreditCode } from "./credit-code.js";
import { RUNGS, SCALE_KINDS } from "./enterprise-scale.js";
import { pageQuery } from "./platform-api.js";

export const OWNERSHIPS = [
  "state",
  "collective",
  "private",
  "hkMacauTaiwan",
  "foreign",
  "jointStock",
  "other",
] as const;
export const ENTERPRISE_STATUSES = ["operating", "suspended", "cancelled", "movedOut"] as const;
export const QUALIFICATION_KINDS = [
  "hitech",
  "techSme",
  "innovativeSme",
  "srdiSme",
  "srdiProvincial",
  "littleGiant",
  "gazelle",
  "listed",
  "listingReserve",
] as const;
export const BOARDS = ["shMain", "szMain", "chinext", "star", "bse", "neeq", "hk", "overseas"] as const;
export const PLATFORM_KINDS = [
  "engineeringCenter",
  "techCenter",
  "keyLab",
  "academicianStation",
  "incubator",
  "makerSpace",
] as const;
export const PLATFORM_LEVELS = ["national", "provincial", "municipal"] as const;
export const PARTY_FORMS = ["standalone", "joint", "affiliated", "building"] as const;
export const CHAIN_SEGMENTS = ["upstream", "midstream", "downstream"] as const;

const money = z.string().regex(/^\d{1,14}(\.\d{1,2})?$/, { message: "money" });
const area = z.string().regex(/^\d{1,9}(\.\d{1,2})?$/, { message: "decimal" });
const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);

export const creditCode = z.string().trim().toUpperCase().refine(isValidCreditCode, { message: "creditCode" });
export const industryCode = z.string().regex(/^\d{4}$/, { message: "industryCode" });

export const enterpriseInput = z.object({
  zoneId: z.uuid(),
  creditCode: creditCode.nullable().default(null),
  name: text(100),
  formerNames: z.array(text(100)).max(10).default([]),
  legalRepresentative: optionalText(30),
  registeredCapitalYuan: money.nullable().default(null),
  establishedOn: isoDate.nullable().default(null),
  address: optionalText(200),
  industryCode,
  ownership: z.enum(OWNERSHIPS).default("private"),
  status: z.enum(ENTERPRISE_STATUSES).default("operating"),
  employees: z.number().int().min(0).max(1_000_000).nullable().default(null),
  landMu: area.nullable().default(null),
  contactName: optionalText(30),
  contactPhone: optionalText(30),
  liaisonUserId: z.uuid().nullable().default(null),
  cluster: optionalText(40),
  rung: z.enum(RUNGS).default("enterprise"),
});
/** The rung moves only by a recorded step (POST …/rung-steps), never by an edit. */
export const enterpriseUpdate = enterpriseInput
  .omit({ zoneId: true, rung: true })
  .partial()
  .extend({ version: z.number().int().min(1) });
/** What an enterprise's own account may change. */
export const enterpriseContactUpdate = z.object({
  contactName: optionalText(30).optional(),
  contactPhone: optionalText(30).optional(),
  address: optionalText(200).optional(),
  version: z.number().int().min(1),
});

export const scaleFlag = z.object({
  id: z.uuid(),
  kind: z.enum(SCALE_KINDS),
  startedOn: isoDate,
  endedOn: isoDate.nullable(),
  note: z.string().nullable(),
});
export const scaleFlagInput = z.object({
  kind: z.enum(SCALE_KINDS),
  startedOn: isoDate,
  endedOn: isoDate.nullable().default(null),
  note: optionalText(200),
});

export const qualification = z.object({
  id: z.uuid(),
  kind: z.enum(QUALIFICATION_KINDS),
  certificateNo: z.string().nullable(),
  issuedOn: isoDate.nullable(),
  expiresOn: isoDate.nullable(),
  board: z.enum(BOARDS).nullable(),
  stockCode: z.string().nullable(),
  tier: z.string().nullable(),
  note: z.string().nullable(),
});
export const qualificationInput = z.object({
  kind: z.enum(QUALIFICATION_KINDS),
  certificateNo: optionalText(60),
  issuedOn: isoDate.nullable().default(null),
  expiresOn: isoDate.nullable().default(null),
  board: z.enum(BOARDS).nullable().default(null),
  stockCode: optionalText(20),
  tier: optionalText(20),
  note: optionalText(200),
});

export const rdPlatform = z.object({
  id: z.uuid(),
  kind: z.enum(PLATFORM_KINDS),
  level: z.enum(PLATFORM_LEVELS),
  name: z.string(),
  approvedOn: isoDate.nullable(),
});
export const rdPlatformInput = rdPlatform.omit({ id: true }).extend({
  name: text(100),
  approvedOn: isoDate.nullable().default(null),
});

export const innovation = z.object({
  inventionPatents: z.number().int().min(0),
  utilityPatents: z.number().int().min(0),
  designPatents: z.number().int().min(0),
  validInventionPatents: z.number().int().min(0),
  highLevelTalents: z.number().int().min(0),
  partners: z.array(text(100)).max(50),
});

export const partyOrganisation = z.object({
  form: z.enum(PARTY_FORMS),
  members: z.number().int().min(0).max(100_000),
  secretary: optionalText(30),
  instructor: optionalText(30),
});

export const enterprise = enterpriseInput.extend({
  id: z.uuid(),
  zoneName: z.string(),
  industryName: z.string().nullable(),
  liaisonName: z.string().nullable(),
  scaleKinds: z.array(z.enum(SCALE_KINDS)),
  qualificationKinds: z.array(z.enum(QUALIFICATION_KINDS)),
  version: z.number().int(),
});

export const enterpriseQuery = pageQuery.extend({
  q: z.string().trim().max(40).optional(),
  zoneId: z.uuid().optional(),
  industry: z
    .string()
    .regex(/^[A-Z]$|^\d{2,4}$/)
    .optional(),
  status: z.enum(ENTERPRISE_STATUSES).optional(),
  scale: z.enum([...SCALE_KINDS, "fourAbove"]).optional(),
  qualification: z.enum(QUALIFICATION_KINDS).optional(),
  rung: z.enum(RUNGS).optional(),
  cluster: z.string().max(40).optional(),
  sort: z.enum(["name", "establishedOn", "employees", "landMu"]).default("name"),
});

export const industry = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(["section", "division", "group", "class"]),
  parent: z.string().nullable(),
});
export const industryQuery = z.object({
  q: z.string().trim().max(40).optional(),
  level: z.enum(["section", "division", "group", "class"]).optional(),
  parent: z.string().max(4).optional(),
});

export const chainInput = z.object({ zoneId: z.uuid(), name: text(60), description: optionalText(500) });
export const chainNodeInput = z.object({
  parentId: z.uuid().nullable().default(null),
  name: text(60),
  segment: z.enum(CHAIN_SEGMENTS),
  keyProducts: optionalText(200),
  technologies: optionalText(200),
  sort: z.number().int().min(0).max(999).default(0),
});
export const chainNode = chainNodeInput.extend({
  id: z.uuid(),
  enterpriseCount: z.number().int(),
  enterprises: z.array(z.object({ id: z.uuid(), name: z.string() })),
  gap: z.boolean(),
});
export const chain = z.object({
  id: z.uuid(),
  zoneId: z.uuid(),
  zoneName: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  nodeCount: z.number().int(),
  gapCount: z.number().int(),
  version: z.number().int(),
});
export const chainDetail = chain.extend({ nodes: z.array(chainNode) });

export type Enterprise = z.infer<typeof enterprise>;
export type Industry = z.infer<typeof industry>;
export type Chain = z.infer<typeof chain>;
export type ChainDetail = z.infer<typeof chainDetail>;
