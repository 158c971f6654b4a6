/** Server-side messages in both languages; `{name}` placeholders are filled from params. */
import type { Locale } from "@zoneos/core/format";
import { INVESTMENT_MESSAGES } from "@zoneos/core/investment-labels";

const MESSAGES = {
  validation: {
    "zh-CN": "提交的数据有误，请检查标出的字段",
    "en-US": "Some fields are invalid; see the marked fields",
  },
  unauthenticated: { "zh-CN": "请先登录", "en-US": "Please sign in" },
  forbidden: { "zh-CN": "您没有执行此操作的权限", "en-US": "You are not allowed to do this" },
  notFound: { "zh-CN": "记录不存在或您无权查看", "en-US": "Not found, or not visible to you" },
  conflict: {
    "zh-CN": "该记录已被他人修改，请刷新后重试（您的修改未保存）",
    "en-US": "Someone else changed this record; reload and try again (your changes were not saved)",
  },
  csrf: { "zh-CN": "安全校验失败，请刷新页面后重试", "en-US": "Security check failed; reload the page and try again" },
  badCredentials: { "zh-CN": "用户名或密码错误", "en-US": "Wrong username or password" },
  locked: {
    "zh-CN": "连续登录失败次数过多，账户已锁定至 {until}，请稍后再试或联系管理员解锁",
    "en-US": "Too many failed sign-ins: the account is locked until {until}; try later or ask an administrator",
  },
  disabled: { "zh-CN": "账户已停用，请联系管理员", "en-US": "This account is disabled; contact an administrator" },
  sessionExpired: { "zh-CN": "登录已过期，请重新登录", "en-US": "Your session has expired; please sign in again" },
  wrongCurrentPassword: { "zh-CN": "当前密码不正确", "en-US": "The current password is wrong" },
  tooShort: { "zh-CN": "至少 10 个字符", "en-US": "at least 10 characters" },
  tooLong: { "zh-CN": "不能超过 128 个字符", "en-US": "at most 128 characters" },
  needsVariety: {
    "zh-CN": "需包含大写字母、小写字母、数字、符号中的至少三类",
    "en-US": "use at least three of: upper case, lower case, digits, symbols",
  },
  containsUsername: { "zh-CN": "不能包含用户名", "en-US": "must not contain the username" },
  duplicate: { "zh-CN": "已存在相同的{field}", "en-US": "{field} is already taken" },
  unknownRole: { "zh-CN": "角色 {code} 不存在", "en-US": "Role {code} does not exist" },
  roleTooWide: {
    "zh-CN": "不能授予数据范围大于自身的角色 {code}",
    "en-US": "You cannot grant role {code}: its data scope is wider than yours",
  },
  unitNotInZone: { "zh-CN": "所选单位不属于该园区", "en-US": "The unit does not belong to that zone" },
  zoneRequired: { "zh-CN": "该角色需要指定所属园区", "en-US": "This role needs a zone" },
  regionRequired: { "zh-CN": "上级督导需要指定辖区", "en-US": "A supervisor needs a region" },
  unitRequired: { "zh-CN": "该角色需要指定所属单位", "en-US": "This role needs a unit" },
  unknownRegion: { "zh-CN": "行政区划代码 {code} 不存在", "en-US": "Region code {code} does not exist" },
  unitHasChildren: {
    "zh-CN": "该单位下还有下级单位或用户，不能删除",
    "en-US": "This unit still has sub-units or users and cannot be deleted",
  },
  parentCycle: { "zh-CN": "上级单位不能是自身或其下级", "en-US": "A unit cannot be placed under itself" },
  builtinRole: { "zh-CN": "内置角色的编码和数据范围不可修改", "en-US": "A built-in role's scope cannot be changed" },
  selfDisable: { "zh-CN": "不能停用自己的账户", "en-US": "You cannot disable your own account" },
  tokenRevoked: { "zh-CN": "令牌已撤销", "en-US": "The token is already revoked" },
  unknownIndustry: {
    "zh-CN": "行业代码 {code} 不是 GB/T 4754-2017 的小类代码",
    "en-US": "{code} is not a GB/T 4754-2017 class code",
  },
  creditCodeRequired: {
    "zh-CN": "除个体工商户外，企业必须填写统一社会信用代码",
    "en-US": "Every enterprise except an individual business needs a credit code",
  },
  endBeforeStart: { "zh-CN": "不能早于开始日期", "en-US": "cannot be before the start date" },
  boardRequired: { "zh-CN": "上市企业需填写上市板块", "en-US": "a listed enterprise needs its board" },
  rungNotHigher: {
    "zh-CN": "只能升到比当前更高的培育梯次",
    "en-US": "an enterprise can only move up to a higher rung",
  },
  badWorkbook: {
    "zh-CN": "无法读取该文件，请上传 .xlsx 格式的 Excel 文件",
    "en-US": "Cannot read the file; upload an .xlsx workbook",
  },
  tooManyRows: { "zh-CN": "单次最多导入 20000 行", "en-US": "At most 20,000 rows per import" },
  importRefused: {
    "zh-CN": "文件中有 {n} 处错误，全部未导入；请按行号修正后重新上传",
    "en-US": "{n} problems in the file; nothing was imported. Fix the listed rows and upload again",
  },
  transitionNotAllowed: {
    "zh-CN": "当前阶段不能转入该阶段",
    "en-US": "the project cannot move to that stage from its current one",
  },
  transitionNeedsDate: { "zh-CN": "请填写发生日期", "en-US": "give the date it happened" },
  transitionNeedsPermitOrTolerance: {
    "zh-CN": "开工需填写施工许可证号，或填写容缺受理说明",
    "en-US": "a start needs the construction permit number or a tolerance (容缺) note",
  },
  transitionNeedsReason: { "zh-CN": "暂停或终止需说明原因", "en-US": "pausing or ending needs a reason" },
  transitionDateInFuture: { "zh-CN": "日期不能晚于今天", "en-US": "the date cannot be in the future" },
  transitionTerminal: {
    "zh-CN": "项目已终止或已达效，不能再变更阶段",
    "en-US": "the project has ended; its stage is final",
  },
  badImage: { "zh-CN": "无法识别该图片", "en-US": "The image cannot be read" },
  badFileType: {
    "zh-CN": "不支持的文件类型，请上传图片、PDF、Excel 或 Word 文件",
    "en-US": "Unsupported file type: upload an image, PDF, Excel or Word file",
  },
  fileTooLarge: { "zh-CN": "文件不能超过 {mb}MB", "en-US": "Files may be at most {mb} MB" },
  fileMissing: { "zh-CN": "请选择要上传的文件", "en-US": "choose a file to upload" },
  deadlinePast: { "zh-CN": "办结时限不能早于今天", "en-US": "the deadline cannot be in the past" },
  phasesExceedTotal: {
    "zh-CN": "各期投资合计 {sum}，超过项目总投资 {total}",
    "en-US": "the phases add up to {sum}, more than the project's total of {total}",
  },
  tooManyPhotos: { "zh-CN": "每次周报最多上传 9 张照片", "en-US": "At most 9 photos per weekly report" },
  pdfFontMissing: {
    "zh-CN":
      "服务器缺少中文字体，无法生成 PDF（Word 版不受影响）。请管理员安装 fonts-noto-cjk 或设置 ZONEOS_CJK_FONT 后重新生成通报",
    "en-US":
      "The server has no CJK font, so the PDF cannot be made (the Word version is unaffected). Install fonts-noto-cjk or set ZONEOS_CJK_FONT, then generate the bulletin again",
  },
  bulletinMonthInFuture: {
    "zh-CN": "不能生成尚未开始月份的通报",
    "en-US": "cannot generate a bulletin for a month that has not begun",
  },
  tooManyViews: {
    "zh-CN": "每人最多保存 {max} 个视图，请先删除不用的视图",
    "en-US": "At most {max} saved views each; delete one you no longer use first",
  },
  periodFrozen: {
    "zh-CN": "{month} 已冻结（已上报），如需修改请由经发局提交更正并说明原因",
    "en-US": "{month} is frozen (reported upward); the economy bureau can file a correction with its reason",
  },
  reportApproved: {
    "zh-CN": "该月报已审核通过，如需修改请由经发局提交更正并说明原因",
    "en-US": "This report is approved; the economy bureau can file a correction with its reason",
  },
  reportChecksFailed: {
    "zh-CN": "月报未通过校验：{n} 项错误，请修正后再提交",
    "en-US": "The report fails {n} checks; correct it and submit again",
  },
  explanationRequired: {
    "zh-CN": "月报有 {n} 项预警，请填写情况说明后再提交",
    "en-US": "The report raises {n} warnings; add an explanation to submit it",
  },
  reviewNotPending: {
    "zh-CN": "只有已提交、待审核的月报可以审核",
    "en-US": "Only a submitted report awaiting review can be reviewed",
  },
  enterpriseRequired: { "zh-CN": "请选择企业", "en-US": "choose the enterprise" },
  returnReasonRequired: { "zh-CN": "退回须填写原因", "en-US": "returning a report needs a reason" },
  reportMonthInFuture: { "zh-CN": "不能填报尚未开始的月份", "en-US": "cannot report a month that has not begun" },
  freezePending: {
    "zh-CN": "还有 {n} 份已提交的月报未审核，审核后才能冻结",
    "en-US": "{n} submitted reports still await review; review them before freezing",
  },
  alreadyFrozen: { "zh-CN": "该月已冻结", "en-US": "This month is already frozen" },
  tooManyDecimals: { "zh-CN": "最多 {n} 位小数", "en-US": "at most {n} decimals" },
  correctionUnchanged: {
    "zh-CN": "更正后的数值与当前一致，无需更正",
    "en-US": "The corrected figures equal the current ones; nothing to correct",
  },
  correctionNeedsReport: {
    "zh-CN": "只能更正已提交或已通过的月报",
    "en-US": "Only a submitted or approved report can be corrected",
  },
  importTooLarge: { "zh-CN": "单次最多导入 {max} 行", "en-US": "At most {max} rows per import" },
  indicatorNotTargetable: { "zh-CN": "该指标不设年度目标", "en-US": "this indicator takes no annual target" },
  unknownIndicator: { "zh-CN": "指标 {id} 不存在", "en-US": "There is no indicator {id}" },
  internal: { "zh-CN": "服务器内部错误，请稍后重试", "en-US": "Internal server error; please try again" },
  tooMany: { "zh-CN": "请求过于频繁，请稍后再试", "en-US": "Too many requests; please slow down" },
  ...INVESTMENT_MESSAGES,
} as const;

export type MessageKey = keyof typeof MESSAGES;

export function message(key: MessageKey, locale: Locale, params: Record<string, string> = {}): string {
  return MESSAGES[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);
}

/** Picks zh-CN unless the caller prefers English (Accept-Language or the user's setting). */
export function localeFrom(acceptLanguage: string | undefined, preferred?: string | null): Locale {
  if (preferred === "en-US" || preferred === "zh-CN") return preferred;
  if (!acceptLanguage) return "zh-CN";
  const first = acceptLanguage.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en-US" : "zh-CN";
}
