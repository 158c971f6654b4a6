/**
 * Chinese and English names of the key-project fields, so a refused request names the field ("施工许可证号：…"),
 * not its JSON key. Names the platform or enterprise maps already give (name, zoneId, month, year, …) are
 * theirs.
 */
type Labels = Record<string, { "zh-CN": string; "en-US": string }>;
const l = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });

export const PROJECT_FIELD_LABELS: Labels = {
  // The project record
  enterpriseId: l("建设单位", "Owner enterprise"),
  leadUnitId: l("牵头单位", "Lead unit"),
  category: l("项目类别", "Category"),
  constructionType: l("建设性质", "Construction type"),
  levelTags: l("重点级别", "Priority level"),
  totalInvestmentYuan: l("总投资", "Total investment"),
  buildingAreaM2: l("建筑面积", "Building area"),
  content: l("建设规模及内容", "Scope of works"),
  plannedStartOn: l("计划开工日期", "Planned start"),
  plannedCompletionOn: l("计划竣工日期", "Planned completion"),
  actualStartOn: l("实际开工日期", "Actual start"),
  actualCompletionOn: l("实际竣工日期", "Actual completion"),
  productionOn: l("投产日期", "In production on"),
  expectedOutputYuan: l("预计年产值", "Expected annual output"),
  expectedTaxYuan: l("预计年税收", "Expected annual tax"),
  expectedJobs: l("预计新增就业", "Expected new jobs"),
  lat: l("纬度", "Latitude"),
  lng: l("经度", "Longitude"),
  stage: l("所处阶段", "Stage"),
  team: l("工作班子", "Working team"),
  servicePlan: l("服务计划", "Service plan"),
  phases: l("分期", "Phases"),
  investmentYuan: l("投资额", "Investment"),
  // Lifecycle steps
  date: l("发生日期", "Date"),
  permitNo: l("施工许可证号", "Construction permit no."),
  toleranceNote: l("容缺受理说明", "Tolerance note"),
  reason: l("原因", "Reason"),
  // Investment, milestones, people, weekly reports
  amountYuan: l("完成投资", "Completed investment"),
  plannedYuan: l("计划投资", "Planned investment"),
  plannedOn: l("计划完成日期", "Planned on"),
  actualOn: l("实际完成日期", "Done on"),
  userId: l("人员", "Person"),
  role: l("职责", "Role"),
  weekOf: l("周次", "Week"),
  progress: l("进展情况", "Progress"),
  imageProgressPct: l("形象进度", "Visible progress"),
  problemsFound: l("发现的问题", "Problems found"),
  photos: l("照片", "Photos"),
  // Problems, 会办, 集中开工
  responsibleUnitId: l("责任单位", "Responsible unit"),
  responsiblePerson: l("责任人", "Responsible person"),
  deadline: l("办结时限", "Deadline"),
  resolution: l("办理结果", "Resolution"),
  title: l("标题", "Title"),
  heldOn: l("日期", "Date"),
  chair: l("主持人", "Chair"),
  minutes: l("会议纪要", "Minutes"),
  decisions: l("会办决定", "Decisions"),
  projectIds: l("项目", "Projects"),
  projectId: l("项目", "Project"),
  // 比学赶超
  weights: l("评分权重", "Scoring weights"),
  unitIds: l("单位", "Units"),
  criteria: l("评分指标", "Criteria"),
  scores: l("评分", "Scores"),
  // Health rules and saved views
  milestoneOverdueDays: l("节点逾期天数", "Days a milestone is overdue"),
  investmentShareOfSchedule: l("投资完成占序时进度比例", "Investment as a share of schedule"),
  silentWeeks: l("未报周报周数", "Weeks without a weekly report"),
  filters: l("筛选条件", "Filters"),
  health: l("健康度", "Health"),
};
