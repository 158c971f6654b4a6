/**
 * Permissions and data scopes: the vocabulary every module's authorisation speaks.
 * A role grants permissions and one data scope; a user's effective scope is the widest of its roles.
 */
export const DATA_SCOPES = ["all", "region", "zone", "unit", "assigned", "enterprise"] as const;
export type DataScope = (typeof DATA_SCOPES)[number];

/** Wider scopes come first: a smaller index sees more. */
export function widestScope(scopes: readonly DataScope[]): DataScope {
  let best: DataScope = "enterprise";
  for (const s of scopes) if (DATA_SCOPES.indexOf(s) < DATA_SCOPES.indexOf(best)) best = s;
  return best;
}

/** True when a holder of `outer` may hand out a role of scope `inner` (never wider than itself). */
export function scopeCovers(outer: DataScope, inner: DataScope): boolean {
  return DATA_SCOPES.indexOf(outer) <= DATA_SCOPES.indexOf(inner);
}

export const PERMISSIONS = [
  "zones:read",
  "zones:write",
  "units:read",
  "units:write",
  "users:read",
  "users:write",
  "roles:read",
  "roles:write",
  "tokens:manage",
  "audit:read",
  "enterprises:read",
  "enterprises:write",
  "projects:read",
  "projects:write",
  "projects:report",
  /** A zone's project settings: the health rules its projects are judged by. */
  "projects:configure",
  "investment:read",
  "investment:write",
  "statistics:read",
  "statistics:write",
  "statistics:report",
  "services:read",
  "services:write",
  "approvals:read",
  "approvals:write",
  "evaluation:read",
  "evaluation:write",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export interface RoleDefinition {
  code: string;
  nameZh: string;
  nameEn: string;
  scope: DataScope;
  permissions: readonly Permission[];
}

const READ_ALL: Permission[] = PERMISSIONS.filter((p) => p.endsWith(":read"));
const PLATFORM_ADMIN: Permission[] = ["zones:write", "units:write", "users:write", "tokens:manage"];

/** The personas of PRODUCT.md as built-in roles; administrators may add more. */
export const BUILTIN_ROLES: readonly RoleDefinition[] = [
  {
    code: "admin",
    nameZh: "系统管理员",
    nameEn: "System administrator",
    scope: "all",
    permissions: PERMISSIONS,
  },
  {
    code: "zone-admin",
    nameZh: "园区管理员",
    nameEn: "Zone administrator",
    scope: "zone",
    permissions: [...READ_ALL.filter((p) => p !== "roles:read"), "roles:read", ...PLATFORM_ADMIN, "projects:configure"],
  },
  {
    code: "zone-leader",
    nameZh: "管委会领导",
    nameEn: "Zone leader",
    scope: "zone",
    // The committee's head runs its own staff accounts as well as the business.
    permissions: [
      ...READ_ALL,
      "users:write",
      "projects:write",
      "projects:configure",
      "investment:write",
      "evaluation:write",
      // 注册落地 registers the landed investor's enterprise.
      "enterprises:write",
    ],
  },
  {
    code: "investment-officer",
    nameZh: "招商专员",
    nameEn: "Investment officer",
    scope: "unit",
    permissions: [
      "zones:read",
      "units:read",
      "enterprises:read",
      "investment:read",
      "investment:write",
      "projects:read",
    ],
  },
  {
    code: "economy-officer",
    nameZh: "经发专员",
    nameEn: "Economy officer",
    scope: "zone",
    permissions: [
      "zones:read",
      "units:read",
      "enterprises:read",
      "enterprises:write",
      "statistics:read",
      "statistics:write",
      "projects:read",
      "evaluation:read",
    ],
  },
  {
    code: "service-officer",
    nameZh: "企服专员",
    nameEn: "Enterprise service officer",
    scope: "unit",
    permissions: ["zones:read", "units:read", "enterprises:read", "services:read", "services:write"],
  },
  {
    code: "approval-officer",
    nameZh: "审批专员",
    nameEn: "Approval officer",
    scope: "unit",
    permissions: ["zones:read", "units:read", "enterprises:read", "projects:read", "approvals:read", "approvals:write"],
  },
  {
    code: "supervision-officer",
    nameZh: "督查专员",
    nameEn: "Supervision officer",
    scope: "zone",
    permissions: [
      "zones:read",
      "units:read",
      "users:read",
      "projects:read",
      "projects:write",
      "evaluation:read",
      "evaluation:write",
    ],
  },
  {
    code: "project-secretary",
    nameZh: "项目秘书",
    nameEn: "Project secretary",
    scope: "assigned",
    permissions: ["zones:read", "units:read", "projects:read", "projects:report"],
  },
  {
    code: "enterprise-user",
    nameZh: "企业填报员",
    nameEn: "Enterprise reporter",
    scope: "enterprise",
    permissions: ["enterprises:read", "projects:read", "projects:report", "statistics:report", "services:read"],
  },
  {
    code: "supervisor",
    nameZh: "上级督导",
    nameEn: "Regional supervisor",
    scope: "region",
    permissions: [
      "zones:read",
      "units:read",
      "enterprises:read",
      "projects:read",
      // Investment figures reach supervisors as aggregates only, never investor names.
      "investment:read",
      "statistics:read",
      "evaluation:read",
    ],
  },
];
