/**
 * The words and tables of a 月通报, laid out once as blocks; the Word and PDF renderers only draw them, so both
 * documents say the same thing. Layout follows a government 通报: centred title, number line, 一、二、… sections.
 */
import { formatDate, formatMoney } from "@zoneos/core/format";
import type { HealthLevel } from "@zoneos/core/project-health";
import type { ProjectStage } from "@zoneos/core/project-lifecycle";
import { PROJECT_STAGES } from "@zoneos/core/project-lifecycle";
import type { BulletinSummary } from "./bulletins-summary.js";

export interface Column {
  title: string;
  /** Relative width. */
  width: number;
  align?: "left" | "center" | "right";
}

export type Block =
  | { kind: "heading" | "subheading" | "paragraph" | "note"; text: string }
  | { kind: "table"; columns: Column[]; rows: string[][]; totalRow?: boolean };

export interface BulletinDocument {
  /** The title in one line, and split where the document breaks it. */
  title: string;
  titleLines: [string, string];
  number: string;
  issuer: string;
  dateLine: string;
  blocks: Block[];
}

const STAGE_LABELS: Record<ProjectStage, string> = {
  planning: "谋划",
  reserve: "储备",
  signed: "签约",
  preparation: "前期",
  started: "开工",
  construction: "在建",
  completed: "竣工",
  production: "投产",
  effective: "达效",
  paused: "暂停",
  terminated: "终止",
};
const LEVEL_LABELS: Record<HealthLevel, string> = { normal: "正常", lagging: "滞后", severe: "严重滞后" };

const wan = (yuan: string) => formatMoney(yuan, "wan");
/** Table cells carry the unit in the column title. */
const wanCell = (yuan: string) => formatMoney(yuan, "wan").replace(/万元$/, "");
const pct = (value: number | null) => (value === null ? "—" : `${value.toFixed(2)}%`);
const points = (value: number | null) => {
  if (value === null) return "—";
  const text = Math.abs(value).toFixed(2);
  return text === "0.00" ? text : `${value > 0 ? "+" : "-"}${text}`;
};
const monthDay = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const unitName = (name: string | null) => name ?? "未明确牵头单位";

export function bulletinFileName(s: Pick<BulletinSummary, "zoneName" | "year" | "monthNo">, ext: "docx" | "pdf") {
  return `${s.zoneName}重点项目通报-${s.year}年${s.monthNo}月.${ext}`;
}

function overview(s: BulletinSummary, at: string): Block[] {
  const stages = PROJECT_STAGES.flatMap((stage) => s.stages.filter((r) => r.stage === stage));
  const text =
    s.projects === 0
      ? `截至${at}，全区尚无纳入调度的重点项目。`
      : `截至${at}，全区纳入调度的重点项目共${s.projects}个，总投资${wan(s.totalInvestmentYuan)}。其中${stages
          .map((r) => `${STAGE_LABELS[r.stage]}${r.count}个`)
          .join("、")}。`;
  return [
    { kind: "heading", text: "一、总体情况" },
    { kind: "paragraph", text },
    {
      kind: "table",
      columns: [
        { title: "项目阶段", width: 2, align: "center" },
        { title: "项目数（个）", width: 2, align: "right" },
        { title: "总投资（万元）", width: 3, align: "right" },
      ],
      rows: [
        ...stages.map((r) => [STAGE_LABELS[r.stage], String(r.count), wanCell(r.totalInvestmentYuan)]),
        ["合计", String(s.projects), wanCell(s.totalInvestmentYuan)],
      ],
      totalRow: true,
    },
  ];
}

function startsAndCompletions(s: BulletinSummary): Block[] {
  const { started, completed } = s;
  const startPart = started.count
    ? `新开工项目${started.count}个，总投资${wan(started.totalInvestmentYuan)}`
    : "无新开工项目";
  const donePart = completed.count
    ? `竣工项目${completed.count}个，总投资${wan(completed.totalInvestmentYuan)}`
    : "无竣工项目";
  const rows = [
    ...started.projects.map((r) => [
      "开工",
      r.name,
      unitName(r.leadUnitName),
      monthDay(r.on),
      wanCell(r.totalInvestmentYuan),
    ]),
    ...completed.projects.map((r) => [
      "竣工",
      r.name,
      unitName(r.leadUnitName),
      monthDay(r.on),
      wanCell(r.totalInvestmentYuan),
    ]),
  ];
  return [
    { kind: "heading", text: "二、项目开工竣工" },
    { kind: "paragraph", text: `${s.monthNo}月，全区${startPart}；${donePart}。` },
    ...(rows.length
      ? [
          {
            kind: "table" as const,
            columns: [
              { title: "类别", width: 1.2, align: "center" as const },
              { title: "项目名称", width: 5 },
              { title: "牵头单位", width: 3 },
              { title: "日期", width: 1.8, align: "center" as const },
              { title: "总投资（万元）", width: 2.4, align: "right" as const },
            ],
            rows,
          },
        ]
      : []),
  ];
}

function investment(s: BulletinSummary): Block[] {
  const inv = s.investment;
  const head = `${s.monthNo}月，全区重点项目完成投资${wan(inv.monthYuan)}；${s.period}累计完成投资${wan(inv.ytdYuan)}`;
  const tail =
    inv.completionPct === null
      ? "；年度计划投资尚未下达，暂无法计算完成率。"
      : `，占年度计划投资${wan(inv.planYuan)}的${pct(inv.completionPct)}，序时进度为${pct(inv.schedulePct)}，${inv.againstSchedule}。`;
  return [
    { kind: "heading", text: "三、投资完成情况" },
    { kind: "paragraph", text: head + tail },
  ];
}

function fourRates(s: BulletinSummary, at: string): Block[] {
  const { start, onTimeCompletion } = s.rates;
  const inv = s.investment;
  return [
    { kind: "heading", text: "四、“四率”指标" },
    {
      kind: "table",
      columns: [
        { title: "指标", width: 2, align: "center" },
        { title: "计算口径", width: 5 },
        { title: "完成情况", width: 4 },
        { title: "比率", width: 2.4, align: "right" },
      ],
      rows: [
        [
          "开工率",
          `计划于${at}前开工的项目中已开工的比例`,
          `已开工${start.numerator}个／计划开工${start.denominator}个`,
          pct(start.pct),
        ],
        [
          "投资完成率",
          `${s.period}累计完成投资÷年度计划投资`,
          `${wanCell(inv.ytdYuan)}／${wanCell(inv.planYuan)}万元${inv.againstSchedule ? `，${inv.againstSchedule}` : ""}`,
          pct(inv.completionPct),
        ],
        ["资金到位率", "到位资金÷合同投资总额", "由招商引资模块统计", "—"],
        [
          "按期竣工率",
          `计划于${at}前竣工的项目中按期竣工的比例`,
          `按期竣工${onTimeCompletion.numerator}个／计划竣工${onTimeCompletion.denominator}个`,
          pct(onTimeCompletion.pct),
        ],
      ],
    },
    {
      kind: "note",
      text: "注：资金到位率由招商引资模块按合同项目统计，本通报不列示；开工率、按期竣工率不含往年已开工（竣工）的续建项目和已终止项目。",
    },
  ];
}

function ranking(s: BulletinSummary): Block[] {
  if (s.units.length === 0)
    return [
      { kind: "heading", text: "五、各单位排名" },
      { kind: "paragraph", text: "暂无纳入调度的项目，不作排名。" },
    ];
  return [
    { kind: "heading", text: "五、各单位排名" },
    { kind: "paragraph", text: "按牵头单位所负责项目的年度计划投资完成率排名如下：" },
    {
      kind: "table",
      columns: [
        { title: "排名", width: 1.3, align: "center" },
        { title: "牵头单位", width: 4 },
        { title: "项目数", width: 1.3, align: "right" },
        { title: "年度计划投资（万元）", width: 2.6, align: "right" },
        { title: `${s.period}完成投资（万元）`, width: 2.6, align: "right" },
        { title: "完成率", width: 2, align: "right" },
        { title: "较序时进度（百分点）", width: 2, align: "right" },
      ],
      rows: s.units.map((u) => [
        String(u.rank),
        unitName(u.unitName),
        String(u.projects),
        wanCell(u.planYuan),
        wanCell(u.ytdYuan),
        pct(u.completionPct),
        points(u.points),
      ]),
    },
  ];
}

function lists(s: BulletinSummary, at: string): Block[] {
  const severe = s.blackList.filter((r) => r.level === "severe").length;
  return [
    { kind: "heading", text: "六、红榜 / 黑榜" },
    { kind: "subheading", text: "（一）红榜（年度计划投资完成率前10名）" },
    s.redList.length === 0
      ? { kind: "paragraph", text: "暂无下达年度计划投资的项目。" }
      : {
          kind: "table",
          columns: [
            { title: "序号", width: 1.2, align: "center" },
            { title: "项目名称", width: 5 },
            { title: "牵头单位", width: 3 },
            { title: "年度计划（万元）", width: 2.4, align: "right" },
            { title: "累计完成（万元）", width: 2.4, align: "right" },
            { title: "完成率", width: 2, align: "right" },
            { title: "较序时进度（百分点）", width: 2, align: "right" },
          ],
          rows: s.redList.map((r) => [
            String(r.rank),
            r.name,
            unitName(r.leadUnitName),
            wanCell(r.planYuan),
            wanCell(r.ytdYuan),
            pct(r.completionPct),
            points(r.points),
          ]),
        },
    { kind: "subheading", text: "（二）黑榜（进度滞后项目）" },
    {
      kind: "paragraph",
      text: s.blackList.length
        ? `截至${at}，进度滞后项目${s.blackList.length}个，其中严重滞后${severe}个：`
        : `截至${at}，无进度滞后项目。`,
    },
    ...(s.blackList.length
      ? [
          {
            kind: "table" as const,
            columns: [
              { title: "序号", width: 1, align: "center" as const },
              { title: "项目名称", width: 4.5 },
              { title: "牵头单位", width: 3 },
              { title: "状态", width: 1.8, align: "center" as const },
              { title: "滞后原因", width: 7 },
            ],
            rows: s.blackList.map((r, i) => [
              String(i + 1),
              r.name,
              unitName(r.leadUnitName),
              LEVEL_LABELS[r.level],
              r.reasons.join("；"),
            ]),
          },
        ]
      : []),
  ];
}

function problems(s: BulletinSummary, at: string): Block[] {
  const p = s.problems;
  const blocks: Block[] = [
    { kind: "heading", text: "七、问题办理" },
    {
      kind: "paragraph",
      text:
        `${s.monthNo}月，全区新发现项目问题${p.raised}个，办结${p.resolved}个，确认销号${p.confirmed}个。` +
        `截至${at}，未办结问题${p.open}个，其中逾期${p.overdue}个；提请会办尚未办结的问题${p.escalatedOpen}个${p.escalatedOpen ? "：" : "。"}`,
    },
  ];
  if (p.escalatedList.length)
    blocks.push({
      kind: "table",
      columns: [
        { title: "序号", width: 1.2, align: "center" },
        { title: "项目名称", width: 3.5 },
        { title: "问题", width: 6 },
        { title: "责任单位", width: 3 },
        { title: "办理时限", width: 3, align: "center" },
        { title: "逾期天数", width: 1.6, align: "right" },
      ],
      rows: p.escalatedList.map((r, i) => [
        String(i + 1),
        r.projectName,
        r.description,
        r.unitName ?? "—",
        r.deadline ? formatDate(r.deadline) : "—",
        r.daysOverdue ? String(r.daysOverdue) : "—",
      ]),
    });
  if (p.escalatedOpen > p.escalatedList.length)
    blocks.push({ kind: "note", text: `注：仅列时限最早的${p.escalatedList.length}个问题。` });
  return blocks;
}

const REQUIREMENTS = [
  "（一）各牵头单位要对照年度投资计划和节点计划，倒排工期、挂图作战，欠序时进度的项目要查明原因、加快推进，确保完成年度目标任务。",
  "（二）列入黑榜的项目，牵头单位要在5个工作日内向管委会报送整改措施，明确责任人和完成时限；连续两个月列入黑榜的，由管委会约谈牵头单位主要负责人。",
  "（三）项目秘书要按周报送项目进展；问题清单实行交办、督办、销号闭环管理，逾期未办结的问题纳入约谈名单。",
];

export function bulletinDocument(s: BulletinSummary, generatedOn: string): BulletinDocument {
  const monthEnd = new Date(Date.UTC(s.year, s.monthNo, 0)).toISOString().slice(0, 10);
  const at = s.asOf === monthEnd ? `${s.year}年${s.monthNo}月底` : formatDate(s.asOf);
  const titleLines: [string, string] = [`${s.zoneName}重点项目建设情况通报`, `（${s.year}年${s.monthNo}月）`];
  return {
    title: titleLines.join(""),
    titleLines,
    number: `${s.zoneShortName}项目通〔${s.year}〕${s.monthNo}号`,
    issuer: s.issuer,
    dateLine: formatDate(generatedOn),
    blocks: [
      ...overview(s, at),
      ...startsAndCompletions(s),
      ...investment(s),
      ...fourRates(s, at),
      ...ranking(s),
      ...lists(s, at),
      ...problems(s, at),
      { kind: "heading", text: "八、下步工作要求" },
      ...REQUIREMENTS.map((text) => ({ kind: "paragraph" as const, text })),
    ],
  };
}
