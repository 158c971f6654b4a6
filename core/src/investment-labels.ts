/** Chinese and English names of the investment module's terms, for pages, exports and refusal messages. */
type Labels = Record<string, { "zh-CN": string; "en-US": string }>;
const l = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });

export const LEAD_STAGE_LABELS: Labels = {
  clue: l("线索", "Lead"),
  contact: l("接洽", "Contacted"),
  inspection: l("考察", "Site visit"),
  negotiation: l("洽谈", "Negotiation"),
  review: l("落地审查", "Landing review"),
  signed: l("签约", "Signed"),
  registered: l("注册落地", "Registered"),
  converted: l("转项目", "Became a project"),
  onHold: l("暂缓", "On hold"),
  lost: l("流失", "Lost"),
};

export const LEAD_SOURCE_LABELS: Labels = {
  businessReferral: l("以商招商", "Investor referral"),
  resident: l("驻地招商", "Resident office"),
  entrusted: l("委托招商", "Commissioned agent"),
  exhibition: l("展会", "Trade fair"),
  platform: l("平台", "Platform"),
  professional: l("专业招商", "Professional team"),
  other: l("其他", "Other"),
};

export const INVESTOR_SIZE_LABELS: Labels = {
  large: l("大型", "Large"),
  medium: l("中型", "Medium"),
  small: l("小型", "Small"),
  micro: l("微型", "Micro"),
};

export const ACTIVITY_KIND_LABELS: Labels = {
  visit: l("拜访", "Visit"),
  reception: l("接待客商", "Reception"),
  call: l("电话/视频", "Call"),
  trip: l("外出招商", "Outbound trip"),
  event: l("推介会", "Promotion event"),
};

export const ACTIVITY_RELATION_LABELS: Labels = {
  about: l("相关", "About"),
  met: l("洽谈对象", "Met"),
  produced: l("新获线索", "Produced"),
};

export const REVIEW_CHECK_LABELS: Labels = {
  notGreen: l("不符合绿色发展要求", "Not green"),
  overCapacity: l("产能过剩", "Over-capacity"),
  safetyHazard: l("严重安全隐患", "Serious safety hazard"),
  lowContribution: l("税收/就业贡献小", "Small tax/jobs contribution"),
};

export const CHECK_FINDING_LABELS: Labels = {
  clear: l("符合", "Clear"),
  concern: l("存疑", "Concern"),
  violation: l("触及", "Violation"),
};

export const REVIEW_VOTE_LABELS: Labels = {
  approve: l("同意", "Approve"),
  conditional: l("有条件同意", "Approve with conditions"),
  reject: l("不同意", "Reject"),
  abstain: l("弃权", "Abstain"),
};

export const REVIEW_DECISION_LABELS: Labels = {
  passed: l("通过", "Passed"),
  conditional: l("有条件通过", "Passed with conditions"),
  rejected: l("不通过", "Rejected"),
};

export const REVIEW_METRIC_LABELS: Labels = {
  investmentIntensity: l("投资强度（万元/亩）", "Investment intensity (10k yuan/mu)"),
  taxPerMu: l("亩均税收（万元/亩·年）", "Tax per mu (10k yuan/mu/yr)"),
  energyPerOutput: l("能耗（吨标煤/万元产值）", "Energy (tce per 10k yuan output)"),
};

export const CONTRACT_KIND_LABELS: Labels = {
  framework: l("框架协议", "Framework agreement"),
  formal: l("正式合同", "Formal contract"),
  supplementary: l("补充协议", "Supplementary agreement"),
};

export const INCENTIVE_KIND_LABELS: Labels = {
  land: l("土地", "Land"),
  tax: l("税收", "Tax"),
  subsidy: l("奖补", "Subsidy"),
  other: l("其他", "Other"),
};

export const CLAIM_STATUS_LABELS: Labels = {
  contested: l("撞单待裁定", "Contested"),
  owner: l("归属本单位", "Owner"),
  yielded: l("已让渡", "Yielded"),
};

export const TARGET_METRIC_LABELS: Labels = {
  signedProjects: l("签约项目数", "Signed projects"),
  signedAmountYuan: l("签约金额", "Signed amount"),
  largeProjects: l("亿元以上项目", "Projects ≥ 100m yuan"),
  fundsInPlaceYuan: l("到位资金", "Funds in place"),
  startedProjects: l("开工项目数", "Projects started"),
};

export const BEHIND_REASON_LABELS: Labels = {
  investmentBehind: l("资金到位滞后", "Investment behind schedule"),
  startOverdue: l("超时限未开工", "Start overdue"),
  productionOverdue: l("超期未投产", "Production overdue"),
  outputBehind: l("产值未达约定", "Output below promise"),
  taxBehind: l("税收未达约定", "Tax below promise"),
  jobsBehind: l("就业未达约定", "Jobs below promise"),
};

/** Why a pipeline move or a review decision is refused: what the board and the review page show. */
const REFUSALS = {
  notAllowed: l("不能从当前阶段直接移到该阶段", "This move is not allowed from the current stage"),
  terminal: l("线索已结束（已转项目或已流失）", "The lead is closed (converted or lost)"),
  needsReason: l("暂缓或流失须说明原因", "Putting on hold or losing a lead needs a reason"),
  needsPassedReview: l("须经项目落地审查通过后才能签约", "Signing needs a passed landing review"),
  reviewRejected: l("落地审查未通过，不能签约", "The landing review rejected this lead"),
  needsContract: l("请先录入框架协议或正式合同", "Record a framework or formal contract first"),
  needsEnterprise: l("请先注册或关联落地企业", "Register or link the landed enterprise first"),
  needsProject: l("请通过“转项目”生成项目", "Use “convert to project” to create the project"),
  claimContested: l("撞单待领导裁定，暂不能进入落地审查", "Contested by another unit: awaiting the leaders' decision"),
  claimYielded: l("该客商已裁定归属其他单位", "The leaders assigned this investor to another unit"),
  checklistIncomplete: l("“四不要”审查清单未填写完整", "The “four noes” checklist is incomplete"),
  fourNoViolation: l("触及“四不要”，只能不通过", "A “four noes” violation: only rejection is possible"),
  concernsNeedConditions: l("审查清单有存疑项，只能有条件通过", "Concerns on the checklist: pass with conditions"),
  thresholdFailed: l("未达园区准入指标，只能有条件通过", "Below the zone's thresholds: pass with conditions"),
  thresholdUnknown: l("缺少计算准入指标所需的数据", "Figures needed for the thresholds are missing"),
  needsVotes: l("须先录入审查委员会表决意见", "Record the committee's votes first"),
  majorityAgainst: l("多数委员不同意", "The majority voted against"),
  needsConditions: l("有条件通过须写明条件", "State the conditions"),
  alreadyDecided: l("该审查已作出决定", "This review is already decided"),
} as const;
export type InvestmentRefusal = keyof typeof REFUSALS;
export const INVESTMENT_REFUSAL_LABELS: Record<InvestmentRefusal, { "zh-CN": string; "en-US": string }> = REFUSALS;

/** Other problems the investment service reports. */
const PROBLEMS = {
  leadDuplicate: l(
    "该客商已由 {units} 跟进（撞单）。确认仍要录入时将提交园区领导裁定归属",
    "{units} already pursue this investor. Confirm to enter it anyway; the zone's leaders will decide who owns it",
  ),
  unknownChainNode: l("所选产业链环节不属于该园区", "The chain node does not belong to this zone"),
  officerNotInUnit: l("招商专员须属于该园区", "The officer must belong to this zone"),
  notZoneLeader: l("仅园区领导可以执行此操作", "Only the zone's leaders may do this"),
  reviewAlreadyOpen: l("该线索已有进行中的落地审查", "This lead already has an open landing review"),
  reviewNeedsStage: l("线索须处于洽谈或落地审查阶段", "The lead must be in negotiation or landing review"),
  reviewDecided: l("该审查已作出决定，不能再修改", "This review is decided and can no longer change"),
  supplementaryNeedsParent: l(
    "补充协议须指明所补充的合同",
    "A supplementary agreement must name the contract it amends",
  ),
  parentNotOfLead: l("所补充的合同不属于该线索", "That contract belongs to another lead"),
  contractClosedLead: l("已暂缓或流失的线索不能签约", "A lead on hold or lost cannot sign"),
  scheduleExceedsAmount: l(
    "分期到位合计 {sum}，超过合同金额 {total}",
    "The instalments add up to {sum}, more than the contract's {total}",
  ),
  productionBeforeStart: l("投产日期不能早于开工日期", "Production cannot come before the start"),
  alreadyRegistered: l("该线索已关联落地企业", "This lead already has its enterprise"),
  alreadyConverted: l("该线索已转为项目", "This lead has already become a project"),
  needsFormalContract: l("转项目需要已签约的合同", "Converting needs a signed contract"),
  enterpriseIndustryRequired: l("新注册企业需要 4 位行业小类代码", "A new enterprise needs a 4-digit industry class"),
  conflictDecided: l("该撞单已裁定", "This conflict is already decided"),
  leadNotInConflict: l("所选线索不在该撞单中", "That lead is not part of this conflict"),
  rangeTooLong: l("日期范围不能超过 366 天", "The date range may span at most 366 days"),
  endBeforeStartDate: l("结束日期不能早于开始日期", "The end cannot be before the start"),
  leadNotVisible: l("所选线索不存在或无权关联", "That lead does not exist or cannot be linked by you"),
} as const;

function prefixed<T extends Record<string, unknown>>(o: T): { [K in keyof T & string as `investment.${K}`]: T[K] } {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [`investment.${k}`, v])) as never;
}

/** Server messages of the module, spread into the platform's message table. */
export const INVESTMENT_MESSAGES = { ...prefixed(REFUSALS), ...prefixed(PROBLEMS) };

/** Field names for error messages and forms. */
export const INVESTMENT_FIELD_LABELS: Labels = {
  ownerUnitId: l("负责单位", "Owner unit"),
  ownerUserId: l("招商专员", "Officer"),
  investorName: l("客商名称", "Investor"),
  investorCreditCode: l("客商统一社会信用代码", "Investor's credit code"),
  investorHq: l("总部所在地", "Headquarters"),
  investorIndustry: l("客商所属行业", "Investor's industry"),
  investorSize: l("企业规模", "Size"),
  projectName: l("项目名称", "Project"),
  projectContent: l("项目内容", "Project content"),
  chainNodeId: l("产业链环节", "Chain node"),
  intendedInvestmentYuan: l("意向投资额", "Intended investment"),
  expectedEnergyTce: l("年综合能耗（吨标煤）", "Annual energy (tce)"),
  source: l("线索来源", "Source"),
  stage: l("阶段", "Stage"),
  reason: l("原因", "Reason"),
  review: l("落地审查", "Landing review"),
  contract: l("合同", "Contract"),
  enterprise: l("落地企业", "Enterprise"),
  project: l("项目", "Project"),
  claim: l("撞单", "Contest"),
  startsOn: l("开始日期", "Starts"),
  endsOn: l("结束日期", "Ends"),
  leads: l("关联线索", "Linked leads"),
  decision: l("审查结论", "Decision"),
  conditions: l("通过条件", "Conditions"),
  items: l("审查清单", "Checklist"),
  parentContractId: l("所补充的合同", "Amended contract"),
  schedule: l("分期到位计划", "Investment schedule"),
  promisedProductionOn: l("承诺投产日期", "Promised production"),
  signedOn: l("签约日期", "Signed on"),
  amountYuan: l("金额", "Amount"),
  ownerLeadId: l("归属线索", "Owning lead"),
};
