/** The menu: one group per module, each entry shown only with its permission. */
import {
  AimOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BranchesOutlined,
  CalendarOutlined,
  CameraOutlined,
  ContainerOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  ExclamationCircleOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FlagOutlined,
  FormOutlined,
  FundProjectionScreenOutlined,
  FunnelPlotOutlined,
  HeartOutlined,
  KeyOutlined,
  LineChartOutlined,
  ProjectOutlined,
  ReadOutlined,
  RiseOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  ShopOutlined,
  SlidersOutlined,
  SolutionOutlined,
  StarOutlined,
  TableOutlined,
  TeamOutlined,
  TrophyOutlined,
} from "@ant-design/icons";
import type { DataScope } from "@zoneos/core/access";
import type { ReactNode } from "react";

export interface MenuEntry {
  path: string;
  /** i18n key under `menu.` */
  label:
    | "home"
    | "zones"
    | "units"
    | "users"
    | "roles"
    | "tokens"
    | "audit"
    | "enterprises"
    | "chains"
    | "cultivation"
    | "projects"
    | "myProjects"
    | "weeklyReport"
    | "problems"
    | "meetings"
    | "bulletins"
    | "batches"
    | "library"
    | "rankings"
    | "raceGroups"
    | "inspections"
    | "healthRules"
    | "myMonthlyReport"
    | "monthlyReports"
    | "cockpit"
    | "comparison"
    | "indicatorValues"
    | "indicatorCatalogue"
    | "leads"
    | "investmentBoard"
    | "investmentAnalytics"
    | "investmentActivities"
    | "reviews"
    | "investmentContracts"
    | "investmentTargets"
    | "fulfilment";
  icon: ReactNode;
  permission?: string;
  /** Scopes the entry means nothing to (an enterprise's own account has no zone-wide chains). */
  hiddenFor?: DataScope[];
}

export interface MenuGroup {
  key: string;
  label: "platform" | "enterpriseGroup" | "projectGroup" | "statisticsGroup" | "investmentGroup";
  icon: ReactNode;
  entries: MenuEntry[];
}

export const HOME: MenuEntry = { path: "/", label: "home", icon: <DashboardOutlined /> };

/** Scopes that see only their own projects: a secretary's assignments, an enterprise's own. */
const OWN_PROJECTS_ONLY: DataScope[] = ["assigned", "enterprise"];

export const MENU: MenuGroup[] = [
  {
    key: "/key-projects",
    label: "projectGroup",
    icon: <FundProjectionScreenOutlined />,
    entries: [
      {
        path: "/projects",
        label: "projects",
        icon: <ProjectOutlined />,
        permission: "projects:read",
        hiddenFor: OWN_PROJECTS_ONLY,
      },
      {
        path: "/my-projects",
        label: "myProjects",
        icon: <SolutionOutlined />,
        permission: "projects:read",
        hiddenFor: ["region"],
      },
      { path: "/report", label: "weeklyReport", icon: <CameraOutlined />, permission: "projects:report" },
      {
        path: "/problems",
        label: "problems",
        icon: <ExclamationCircleOutlined />,
        permission: "projects:read",
        hiddenFor: OWN_PROJECTS_ONLY,
      },
      {
        path: "/meetings",
        label: "meetings",
        icon: <ScheduleOutlined />,
        permission: "projects:read",
        hiddenFor: OWN_PROJECTS_ONLY,
      },
      {
        path: "/bulletins",
        label: "bulletins",
        icon: <FileTextOutlined />,
        permission: "projects:read",
        hiddenFor: OWN_PROJECTS_ONLY,
      },
      {
        path: "/batches",
        label: "batches",
        icon: <FlagOutlined />,
        permission: "projects:read",
        hiddenFor: OWN_PROJECTS_ONLY,
      },
      {
        path: "/library",
        label: "library",
        icon: <BarChartOutlined />,
        permission: "projects:read",
        hiddenFor: OWN_PROJECTS_ONLY,
      },
      {
        path: "/rankings",
        label: "rankings",
        icon: <TrophyOutlined />,
        permission: "projects:read",
        hiddenFor: OWN_PROJECTS_ONLY,
      },
      {
        path: "/inspections",
        label: "inspections",
        icon: <StarOutlined />,
        permission: "projects:read",
        hiddenFor: OWN_PROJECTS_ONLY,
      },
      {
        path: "/race-groups",
        label: "raceGroups",
        icon: <SlidersOutlined />,
        permission: "projects:read",
        hiddenFor: OWN_PROJECTS_ONLY,
      },
      {
        path: "/health-rules",
        label: "healthRules",
        icon: <HeartOutlined />,
        permission: "projects:read",
        hiddenFor: OWN_PROJECTS_ONLY,
      },
    ],
  },
  {
    key: "/statistics",
    label: "statisticsGroup",
    icon: <LineChartOutlined />,
    entries: [
      {
        path: "/statistics/my-report",
        label: "myMonthlyReport",
        icon: <FormOutlined />,
        permission: "statistics:report",
      },
      {
        path: "/statistics/cockpit",
        label: "cockpit",
        icon: <DashboardOutlined />,
        permission: "statistics:read",
        hiddenFor: ["enterprise"],
      },
      {
        path: "/statistics/reports",
        label: "monthlyReports",
        icon: <FileTextOutlined />,
        permission: "statistics:read",
        hiddenFor: ["enterprise", "region"],
      },
      {
        path: "/statistics/comparison",
        label: "comparison",
        icon: <BarChartOutlined />,
        permission: "statistics:read",
        hiddenFor: ["enterprise", "zone", "unit", "assigned"],
      },
      {
        path: "/statistics/indicator-values",
        label: "indicatorValues",
        icon: <TableOutlined />,
        permission: "statistics:read",
        hiddenFor: ["enterprise", "region"],
      },
      {
        path: "/statistics/indicators",
        label: "indicatorCatalogue",
        icon: <ReadOutlined />,
        permission: "statistics:read",
        hiddenFor: ["enterprise"],
      },
    ],
  },
  {
    key: "/investment",
    label: "investmentGroup",
    icon: <AimOutlined />,
    entries: [
      { path: "/investment/leads", label: "leads", icon: <ContainerOutlined />, permission: "investment:read" },
      {
        path: "/investment/board",
        label: "investmentBoard",
        icon: <ProjectOutlined />,
        permission: "investment:read",
        // Cards name investors: only for those who see leads in detail.
        hiddenFor: ["region", "enterprise", "assigned"],
      },
      {
        path: "/investment/analytics",
        label: "investmentAnalytics",
        icon: <FunnelPlotOutlined />,
        permission: "investment:read",
      },
      {
        path: "/investment/activities",
        label: "investmentActivities",
        icon: <CalendarOutlined />,
        permission: "investment:read",
        // Details of the units' own leads; supervisors read the totals on the leads page.
        hiddenFor: ["region", "enterprise", "assigned"],
      },
      {
        path: "/investment/reviews",
        label: "reviews",
        icon: <AuditOutlined />,
        permission: "investment:read",
        // Details of the units' own leads; supervisors read the totals on the leads page.
        hiddenFor: ["region", "enterprise", "assigned"],
      },
      {
        path: "/investment/contracts",
        label: "investmentContracts",
        icon: <FileDoneOutlined />,
        permission: "investment:read",
        // Details of the units' own leads; supervisors read the totals on the leads page.
        hiddenFor: ["region", "enterprise", "assigned"],
      },
      {
        path: "/investment/targets",
        label: "investmentTargets",
        icon: <TrophyOutlined />,
        permission: "investment:read",
      },
      {
        path: "/investment/fulfilment",
        label: "fulfilment",
        icon: <LineChartOutlined />,
        permission: "investment:read",
      },
    ],
  },
  {
    key: "/registry",
    label: "enterpriseGroup",
    icon: <DatabaseOutlined />,
    entries: [
      { path: "/enterprises", label: "enterprises", icon: <ShopOutlined />, permission: "enterprises:read" },
      {
        path: "/chains",
        label: "chains",
        icon: <BranchesOutlined />,
        permission: "enterprises:read",
        hiddenFor: ["enterprise"],
      },
      {
        path: "/cultivation",
        label: "cultivation",
        icon: <RiseOutlined />,
        permission: "enterprises:read",
        hiddenFor: ["enterprise"],
      },
    ],
  },
  {
    key: "/platform",
    label: "platform",
    icon: <SettingOutlined />,
    entries: [
      { path: "/zones", label: "zones", icon: <BankOutlined />, permission: "zones:read" },
      { path: "/units", label: "units", icon: <ApartmentOutlined />, permission: "units:read" },
      { path: "/users", label: "users", icon: <TeamOutlined />, permission: "users:read" },
      { path: "/roles", label: "roles", icon: <SafetyCertificateOutlined />, permission: "roles:read" },
      { path: "/tokens", label: "tokens", icon: <KeyOutlined />, permission: "tokens:manage" },
      { path: "/audit", label: "audit", icon: <AuditOutlined />, permission: "audit:read" },
    ],
  },
];

/** Whether a user with these permissions and this data scope sees the entry. */
export function entryVisible(e: MenuEntry, can: (permission: string) => boolean, scope?: DataScope): boolean {
  return (!e.permission || can(e.permission)) && !(scope && e.hiddenFor?.includes(scope));
}

/** The entries a user may open, in menu order (the home page's quick links use them too). */
export function allowedEntries(can: (permission: string) => boolean, scope?: DataScope): MenuEntry[] {
  return MENU.flatMap((g) => g.entries).filter((e) => entryVisible(e, can, scope));
}
