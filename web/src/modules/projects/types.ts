/**
 * Shapes of the key-project answers. Core exports the inputs (zod) but not the outputs; these mirror
 * server/src/modules/projects/*-service.ts. Only `import type` from core here: its values pull in zod.
 */
import type {
  CONSTRUCTION_TYPES,
  LEVEL_TAGS,
  MEMBER_ROLES,
  PROJECT_CATEGORIES,
  PROJECT_TIERS,
} from "@zoneos/core/project-api";
import type { HealthFlag, HealthLevel } from "@zoneos/core/project-health";
import type { ProjectStage } from "@zoneos/core/project-lifecycle";
import type { PROBLEM_CATEGORIES, ProblemStatus } from "@zoneos/core/project-problems";

export type { HealthFlag, HealthLevel, ProblemStatus, ProjectStage };
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];
export type ConstructionType = (typeof CONSTRUCTION_TYPES)[number];
export type LevelTag = (typeof LEVEL_TAGS)[number];
export type ProjectTier = (typeof PROJECT_TIERS)[number];
export type MemberRole = (typeof MEMBER_ROLES)[number];
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

export interface Project {
  id: string;
  zoneId: string;
  zoneName: string;
  code: string;
  name: string;
  enterpriseId: string | null;
  enterpriseName: string | null;
  leadUnitId: string | null;
  leadUnitName: string | null;
  category: ProjectCategory;
  constructionType: ConstructionType;
  levelTags: LevelTag[];
  tier: ProjectTier;
  industryCode: string | null;
  totalInvestmentYuan: string;
  landMu: string | null;
  buildingAreaM2: string | null;
  content: string | null;
  plannedStartOn: string | null;
  plannedCompletionOn: string | null;
  actualStartOn: string | null;
  actualCompletionOn: string | null;
  productionOn: string | null;
  expectedOutputYuan: string | null;
  expectedTaxYuan: string | null;
  expectedJobs: number | null;
  lat: number | null;
  lng: number | null;
  stage: ProjectStage;
  pausedFrom: ProjectStage | null;
  leaderName: string | null;
  team: string | null;
  servicePlan: string | null;
  version: number;
  ytdInvestmentYuan: string;
  sinceStartInvestmentYuan: string;
  annualPlanYuan: string | null;
  health: { level: HealthLevel; flags: HealthFlag[] };
}

export interface Transition {
  id: string;
  projectId: string;
  fromStage: ProjectStage;
  toStage: ProjectStage;
  happenedOn: string | null;
  permitNo: string | null;
  toleranceNote: string | null;
  reason: string | null;
  actorId: string | null;
  /** Who recorded the step (null when the account is gone). */
  actorName: string | null;
  at: string;
}

export interface InvestmentMonth {
  month: string;
  amountYuan: string;
  ytdYuan: string;
  sinceStartYuan: string;
}

export interface Investments {
  months: InvestmentMonth[];
  plans: { year: number; plannedYuan: string }[];
}

export interface Milestone {
  id: string;
  projectId: string;
  name: string;
  sort: number;
  plannedOn: string | null;
  actualOn: string | null;
}

/** 分期建设: one phase (一期/二期) of a project. */
export interface Phase {
  id: string;
  projectId: string;
  name: string;
  investmentYuan: string | null;
  plannedStartOn: string | null;
  plannedCompletionOn: string | null;
  actualStartOn: string | null;
  actualCompletionOn: string | null;
  content: string | null;
  sort: number;
  version: number;
}

export interface Attachment {
  id: string;
  projectId: string;
  name: string;
  mime: string;
  size: number;
  note: string | null;
  uploadedBy: string | null;
  uploadedByName: string | null;
  uploadedAt: string;
}

/** What an investment import did (all rows or none: a refusal is a problem with `rows`). */
export interface InvestmentImportResult {
  imported: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

export interface Member {
  userId: string;
  role: MemberRole;
  name: string;
  username: string;
}

export interface Staff {
  id: string;
  name: string;
  unitName: string | null;
}

export interface WeeklyReport {
  id: string;
  weekOf: string;
  progress: string;
  imageProgressPct: number;
  problemsFound: string | null;
  authorName: string | null;
  submittedAt: string;
  version: number;
  photoIds: string[];
}

export interface Problem {
  id: string;
  zoneId: string;
  projectId: string;
  projectName: string;
  category: ProblemCategory;
  description: string;
  raisedOn: string;
  responsibleUnitId: string | null;
  responsibleUnitName: string | null;
  responsibleUnitLeader: string | null;
  responsiblePerson: string | null;
  deadline: string | null;
  status: ProblemStatus;
  resolution: string | null;
  escalated: boolean;
  meetingId: string | null;
  version: number;
  overdue?: boolean;
}

export interface Summons {
  unitId: string;
  unitName: string;
  leaderName: string | null;
  overdue: number;
  oldestDeadline: string;
  problemIds: string[];
}

export interface Meeting {
  id: string;
  zoneId: string;
  title: string;
  heldOn: string;
  chair: string | null;
  minutes: string | null;
  status: "planned" | "held";
  createdBy: string | null;
  version: number;
}

export interface AgendaItem {
  problemId: string;
  projectId: string;
  projectName: string;
  category: ProblemCategory;
  description: string;
  status: ProblemStatus;
  deadline: string | null;
  responsibleUnitName: string | null;
  decision: string | null;
}

export interface MeetingDetail extends Meeting {
  agenda: AgendaItem[];
}

export interface Batch {
  id: string;
  zoneId: string;
  name: string;
  heldOn: string;
  projectCount: number;
  totalInvestmentYuan: string;
  /** The member projects the reader may see, by code. */
  projects: Pick<Project, "id" | "code" | "name" | "stage" | "totalInvestmentYuan" | "actualStartOn">[];
}

export type LibraryGroup = "planning" | "reserve" | "construction" | "production";

export interface LibraryRow {
  year: number;
  group: LibraryGroup | "other";
  count: number;
  totalInvestmentYuan: string;
}

export interface Bulletin {
  id: string;
  zoneId: string;
  zoneName: string;
  month: string;
  generatedAt: string;
  generatedByName: string | null;
  version: number;
  docxFileId: string;
  pdfFileId: string | null;
  docxSize: number | null;
  pdfSize: number | null;
  hasPdf: boolean;
}

interface Rate {
  numerator?: number;
  denominator?: number;
  pct: number | null;
}

/** The figures a bulletin states (server bulletins-summary.ts); the page shows the headline ones. */
export interface BulletinSummary {
  zoneName: string;
  month: string;
  monthNo: number;
  year: number;
  asOf: string;
  period: string;
  projects: number;
  totalInvestmentYuan: string;
  stages: { stage: ProjectStage; count: number; totalInvestmentYuan: string }[];
  started: { count: number; totalInvestmentYuan: string };
  completed: { count: number; totalInvestmentYuan: string };
  investment: {
    monthYuan: string;
    ytdYuan: string;
    planYuan: string | null;
    completionPct: number | null;
    schedulePct: number;
    points: number | null;
  };
  rates: { start: Rate; investment: Rate; onTimeCompletion: Rate; funding: Rate | null };
  redList: {
    projectId: string;
    name: string;
    leadUnitName: string | null;
    completionPct: number | null;
    points: number | null;
  }[];
  blackList: { projectId: string; name: string; level: HealthLevel; flags: HealthFlag[] }[];
  problems: {
    raised: number;
    open: number;
    overdue: number;
    resolved: number;
    confirmed: number;
    escalatedOpen: number;
  };
}

export interface BulletinDetail extends Bulletin {
  summary: BulletinSummary;
  warnings?: string[];
}
