/**
 * Chinese and English names of the platform's terms: enum values and the fields of its records.
 * The server names fields with them in error messages; the web uses them for columns and forms.
 */
import type { DataScope, Permission } from "./access.js";
import { ENTERPRISE_FIELD_LABELS } from "./enterprise-labels.js";
import type { Locale } from "./format.js";
import { INVESTMENT_FIELD_LABELS } from "./investment-labels.js";
import { PROJECT_FIELD_LABELS } from "./project-field-labels.js";

type Labels = Record<string, { "zh-CN": string; "en-US": string }>;

export const ZONE_KIND_LABELS: Labels = {
  hitech: { "zh-CN": "高新区", "en-US": "High-tech zone" },
  econ: { "zh-CN": "经开区", "en-US": "Economic development zone" },
  cluster: { "zh-CN": "产业集聚区", "en-US": "Industrial cluster zone" },
  manufacturing: { "zh-CN": "先进制造业开发区", "en-US": "Advanced manufacturing zone" },
  bonded: { "zh-CN": "综合保税区", "en-US": "Bonded zone" },
  other: { "zh-CN": "其他", "en-US": "Other" },
};

export const ZONE_LEVEL_LABELS: Labels = {
  national: { "zh-CN": "国家级", "en-US": "National" },
  provincial: { "zh-CN": "省级", "en-US": "Provincial" },
  municipal: { "zh-CN": "市级", "en-US": "Municipal" },
};

export const UNIT_KIND_LABELS: Labels = {
  committee: { "zh-CN": "管委会", "en-US": "Management committee" },
  bureau: { "zh-CN": "内设局办", "en-US": "Bureau" },
  town: { "zh-CN": "园镇", "en-US": "Park / town" },
  street: { "zh-CN": "街道", "en-US": "Sub-district" },
  department: { "zh-CN": "县直部门", "en-US": "County department" },
  company: { "zh-CN": "平台公司", "en-US": "Zone company" },
};

export const SCOPE_LABELS: Record<DataScope, { "zh-CN": string; "en-US": string }> = {
  all: { "zh-CN": "全部", "en-US": "All" },
  region: { "zh-CN": "本辖区", "en-US": "Own region" },
  zone: { "zh-CN": "本园区", "en-US": "Own zone" },
  unit: { "zh-CN": "本单位", "en-US": "Own unit" },
  assigned: { "zh-CN": "分管记录", "en-US": "Assigned records" },
  enterprise: { "zh-CN": "本企业", "en-US": "Own enterprise" },
};

const MODULE_LABELS: Labels = {
  zones: { "zh-CN": "园区", "en-US": "Zones" },
  units: { "zh-CN": "组织机构", "en-US": "Units" },
  users: { "zh-CN": "用户", "en-US": "Users" },
  roles: { "zh-CN": "角色", "en-US": "Roles" },
  tokens: { "zh-CN": "接口令牌", "en-US": "API tokens" },
  audit: { "zh-CN": "审计日志", "en-US": "Audit log" },
  enterprises: { "zh-CN": "企业库", "en-US": "Enterprises" },
  projects: { "zh-CN": "重点项目", "en-US": "Key projects" },
  investment: { "zh-CN": "招商引资", "en-US": "Investment" },
  statistics: { "zh-CN": "经济运行", "en-US": "Statistics" },
  services: { "zh-CN": "企业服务", "en-US": "Enterprise services" },
  approvals: { "zh-CN": "行政审批", "en-US": "Approvals" },
  evaluation: { "zh-CN": "考核评价", "en-US": "Evaluation" },
};
const ACTION_LABELS: Labels = {
  read: { "zh-CN": "查看", "en-US": "read" },
  write: { "zh-CN": "维护", "en-US": "write" },
  report: { "zh-CN": "填报", "en-US": "report" },
  configure: { "zh-CN": "配置", "en-US": "configure" },
  manage: { "zh-CN": "管理", "en-US": "manage" },
};

export function permissionLabel(permission: Permission, locale: Locale): string {
  const [module = "", action = ""] = permission.split(":");
  const m = MODULE_LABELS[module]?.[locale] ?? module;
  const a = ACTION_LABELS[action]?.[locale] ?? action;
  return locale === "zh-CN" ? `${m}·${a}` : `${m}: ${a}`;
}

export const FIELD_LABELS: Labels = {
  name: { "zh-CN": "名称", "en-US": "Name" },
  shortName: { "zh-CN": "简称", "en-US": "Short name" },
  kind: { "zh-CN": "类型", "en-US": "Kind" },
  level: { "zh-CN": "级别", "en-US": "Level" },
  regionCode: { "zh-CN": "行政区划", "en-US": "Region" },
  plannedAreaKm2: { "zh-CN": "规划面积", "en-US": "Planned area" },
  builtAreaKm2: { "zh-CN": "建成区面积", "en-US": "Built-up area" },
  leadingIndustries: { "zh-CN": "主导产业", "en-US": "Leading industries" },
  approvedOn: { "zh-CN": "批准设立日期", "en-US": "Approved on" },
  upgradedOn: { "zh-CN": "升级日期", "en-US": "Upgraded on" },
  zoneId: { "zh-CN": "所属园区", "en-US": "Zone" },
  parentId: { "zh-CN": "上级单位", "en-US": "Parent unit" },
  unitId: { "zh-CN": "所属单位", "en-US": "Unit" },
  leaderName: { "zh-CN": "负责人", "en-US": "Head" },
  phone: { "zh-CN": "联系电话", "en-US": "Phone" },
  sort: { "zh-CN": "排序", "en-US": "Order" },
  code: { "zh-CN": "编码", "en-US": "Code" },
  nameZh: { "zh-CN": "中文名称", "en-US": "Chinese name" },
  nameEn: { "zh-CN": "英文名称", "en-US": "English name" },
  scope: { "zh-CN": "数据范围", "en-US": "Data scope" },
  permissions: { "zh-CN": "权限", "en-US": "Permissions" },
  username: { "zh-CN": "用户名", "en-US": "Username" },
  password: { "zh-CN": "密码", "en-US": "Password" },
  currentPassword: { "zh-CN": "当前密码", "en-US": "Current password" },
  newPassword: { "zh-CN": "新密码", "en-US": "New password" },
  roleCodes: { "zh-CN": "角色", "en-US": "Roles" },
  roleCode: { "zh-CN": "角色", "en-US": "Role" },
  status: { "zh-CN": "状态", "en-US": "Status" },
  version: { "zh-CN": "版本", "en-US": "Version" },
  expiresOn: { "zh-CN": "到期日期", "en-US": "Expires on" },
  locale: { "zh-CN": "语言", "en-US": "Language" },
  moneyUnit: { "zh-CN": "金额单位", "en-US": "Money unit" },
  page: { "zh-CN": "页码", "en-US": "Page" },
  pageSize: { "zh-CN": "每页条数", "en-US": "Page size" },
  from: { "zh-CN": "开始时间", "en-US": "From" },
  month: { "zh-CN": "月份", "en-US": "Month" },
  to: { "zh-CN": "结束时间", "en-US": "To" },
};

export function fieldLabel(field: string, locale: Locale): string {
  return (
    (FIELD_LABELS[field] ??
      ENTERPRISE_FIELD_LABELS[field] ??
      PROJECT_FIELD_LABELS[field] ??
      INVESTMENT_FIELD_LABELS[field])?.[locale] ?? field
  );
}
