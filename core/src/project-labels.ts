/**
 * Chinese and English names of the key-project terms, for documents the server writes (Excel lists).
 * The web keeps the same words in its locale files.
 */
import type { MilestoneState } from "./project-milestones.js";

type Labels<K extends string> = Record<K, { "zh-CN": string; "en-US": string }>;
const l = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });

export const STAGE_LABELS: Labels<string> = {
  planning: l("谋划", "Planning"),
  reserve: l("储备", "Reserve"),
  signed: l("签约", "Signed"),
  preparation: l("前期", "Preparation"),
  started: l("开工", "Started"),
  construction: l("在建", "Construction"),
  completed: l("竣工", "Completed"),
  production: l("投产", "Production"),
  effective: l("达效", "Full output"),
  paused: l("暂停", "Paused"),
  terminated: l("终止", "Terminated"),
};

export const CATEGORY_LABELS: Labels<string> = {
  industry: l("产业", "Industrial"),
  infrastructure: l("基础设施", "Infrastructure"),
  publicService: l("公共服务", "Public service"),
  realEstate: l("房地产", "Real estate"),
  shantytown: l("棚户区改造", "Shantytown renewal"),
  transport: l("交通", "Transport"),
};

export const CONSTRUCTION_TYPE_LABELS: Labels<string> = {
  new: l("新开工", "New"),
  continued: l("续建", "Continued"),
  renovation: l("技改", "Technical upgrade"),
  expansion: l("扩能", "Expansion"),
};

export const TIER_LABELS: Labels<string> = {
  mega: l("特大项目", "Mega"),
  large: l("大项目", "Large"),
  small: l("小项目", "Small"),
};

export const PROBLEM_STATUS_LABELS: Labels<string> = {
  pending: l("待交办", "To hand out"),
  inProgress: l("办理中", "In progress"),
  resolved: l("已办结", "Resolved"),
  confirmed: l("已确认", "Confirmed"),
  returned: l("已退回", "Returned"),
};

export const PROBLEM_CATEGORY_LABELS: Labels<string> = {
  land: l("土地", "Land"),
  planning: l("规划", "Planning"),
  environment: l("环保", "Environment"),
  funding: l("资金", "Funding"),
  approval: l("审批", "Approvals"),
  utilities: l("水电气暖", "Utilities"),
  labour: l("用工", "Labour"),
  relocation: l("征迁", "Relocation"),
  other: l("其他", "Other"),
};

export const MEMBER_ROLE_LABELS: Labels<string> = {
  sponsor: l("包保领导", "Sponsoring leader"),
  secretary: l("项目秘书", "Project secretary"),
  liaison: l("联络干部", "Liaison officer"),
};

export const MILESTONE_STATE_LABELS: Labels<MilestoneState> = {
  done: l("按期完成", "Done on time"),
  late: l("逾期完成", "Done late"),
  overdue: l("已逾期", "Overdue"),
  pending: l("未到期", "Not yet due"),
  unplanned: l("未排期", "Not planned"),
};
