/**
 * Routes. Every page is lazy so the login page ships without the layout, tables and forms; each route
 * names the permission it needs (403 page otherwise) and its breadcrumb label (`handle.crumb`).
 */
import { type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { createBrowserRouter, Outlet } from "react-router-dom";
import { PageLoading } from "../ui/PageLoading";
import { RouteError } from "./ErrorBoundary";
import { Guard, RequireAuth, RequireGuest } from "./guards";

export interface RouteHandle {
  /** i18n key of this route's breadcrumb. */
  crumb?: string;
  /** i18n key of the menu group the route sits in (a breadcrumb without a link). */
  group?: string;
}

const Shell = lazy(() => import("./Shell"));
const LoginPage = lazy(() => import("../modules/platform/LoginPage"));
const HomePage = lazy(() => import("../modules/platform/HomePage"));
const ZonesPage = lazy(() => import("../modules/platform/zones/ZonesPage"));
const ZoneDetailPage = lazy(() => import("../modules/platform/zones/ZoneDetailPage"));
const UnitsPage = lazy(() => import("../modules/platform/units/UnitsPage"));
const UsersPage = lazy(() => import("../modules/platform/users/UsersPage"));
const RolesPage = lazy(() => import("../modules/platform/roles/RolesPage"));
const TokensPage = lazy(() => import("../modules/platform/tokens/TokensPage"));
const AuditPage = lazy(() => import("../modules/platform/audit/AuditPage"));
const ProfilePage = lazy(() => import("../modules/platform/ProfilePage"));
const EnterprisesPage = lazy(() => import("../modules/enterprises/registry/EnterprisesPage"));
const EnterpriseDetailPage = lazy(() => import("../modules/enterprises/registry/EnterpriseDetailPage"));
const ChainsPage = lazy(() => import("../modules/enterprises/chains/ChainsPage"));
const ChainDetailPage = lazy(() => import("../modules/enterprises/chains/ChainDetailPage"));
const CultivationPage = lazy(() => import("../modules/enterprises/cultivation/CultivationPage"));
const ProjectsPage = lazy(() => import("../modules/projects/list/ProjectsPage"));
const MyProjectsPage = lazy(() => import("../modules/projects/list/MyProjectsPage"));
const ReportPickPage = lazy(() =>
  import("../modules/projects/list/MyProjectsPage").then((m) => ({ default: m.ReportPickPage })),
);
const ProjectDetailPage = lazy(() => import("../modules/projects/detail/ProjectDetailPage"));
const WeeklyReportPage = lazy(() => import("../modules/projects/report/WeeklyReportPage"));
const ProblemsPage = lazy(() => import("../modules/projects/problems/ProblemsPage"));
const MeetingsPage = lazy(() => import("../modules/projects/meetings/MeetingsPage"));
const MeetingPage = lazy(() => import("../modules/projects/meetings/MeetingPage"));
const BulletinsPage = lazy(() => import("../modules/projects/bulletins/BulletinsPage"));
const BatchesPage = lazy(() => import("../modules/projects/batches/BatchesPage"));
const LibraryPage = lazy(() => import("../modules/projects/library/LibraryPage"));
const RankingsPage = lazy(() => import("../modules/projects/rankings/RankingsPage"));
const RaceGroupsPage = lazy(() => import("../modules/projects/rankings/RaceGroupsPage"));
const InspectionsPage = lazy(() => import("../modules/projects/inspections/InspectionsPage"));
const InspectionPage = lazy(() => import("../modules/projects/inspections/InspectionPage"));
const HealthRulesPage = lazy(() => import("../modules/projects/settings/HealthRulesPage"));
const ReportFormPage = lazy(() => import("../modules/statistics/report/ReportFormPage"));
const StatReportsPage = lazy(() => import("../modules/statistics/reports/ReportsPage"));
const CockpitPage = lazy(() => import("../modules/statistics/cockpit/CockpitPage"));
const ComparisonPage = lazy(() => import("../modules/statistics/comparison/ComparisonPage"));
const IndicatorValuesPage = lazy(() => import("../modules/statistics/indicators/IndicatorValuesPage"));
const CataloguePage = lazy(() => import("../modules/statistics/indicators/CataloguePage"));
const LeadsPage = lazy(() => import("../modules/investment/leads/LeadsPage"));
const LeadDetailPage = lazy(() => import("../modules/investment/leads/LeadDetailPage"));
const ActivitiesPage = lazy(() => import("../modules/investment/activities/ActivitiesPage"));
const ReviewsPage = lazy(() => import("../modules/investment/reviews/ReviewsPage"));
const ReviewPage = lazy(() => import("../modules/investment/reviews/ReviewPage"));
const ContractsPage = lazy(() => import("../modules/investment/contracts/ContractsPage"));
const TargetsPage = lazy(() => import("../modules/investment/targets/TargetsPage"));
const FulfilmentPage = lazy(() => import("../modules/investment/contracts/FulfilmentPage"));
const BoardPage = lazy(() => import("../modules/investment/board/BoardPage"));
const AnalyticsPage = lazy(() => import("../modules/investment/analytics/AnalyticsPage"));
const NotFoundPage = lazy(() => import("./NotFoundPage"));

function page(Page: ComponentType, permission?: string): ReactNode {
  const body = (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
  return permission ? <Guard permission={permission}>{body}</Guard> : body;
}

const PLATFORM = "menu.platform";
const ENTERPRISES = "menu.enterpriseGroup";
const PROJECTS = "menu.projectGroup";
const INVESTMENT = "menu.investmentGroup";
const STATISTICS = "menu.statisticsGroup";

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      {
        path: "/login",
        element: (
          <RequireGuest>
            <Suspense fallback={<PageLoading full />}>
              <LoginPage />
            </Suspense>
          </RequireGuest>
        ),
      },
      {
        path: "/",
        element: (
          <RequireAuth>
            <Suspense fallback={<PageLoading full />}>
              <Shell />
            </Suspense>
          </RequireAuth>
        ),
        children: [
          { index: true, element: page(HomePage) },
          {
            path: "enterprises",
            handle: { crumb: "menu.enterprises", group: ENTERPRISES } satisfies RouteHandle,
            element: <Outlet />,
            children: [
              { index: true, element: page(EnterprisesPage, "enterprises:read") },
              {
                path: ":id",
                handle: { crumb: "menu.enterpriseDetail" } satisfies RouteHandle,
                element: page(EnterpriseDetailPage, "enterprises:read"),
              },
            ],
          },
          {
            path: "chains",
            handle: { crumb: "menu.chains", group: ENTERPRISES } satisfies RouteHandle,
            element: <Outlet />,
            children: [
              { index: true, element: page(ChainsPage, "enterprises:read") },
              {
                path: ":id",
                handle: { crumb: "menu.chainDetail" } satisfies RouteHandle,
                element: page(ChainDetailPage, "enterprises:read"),
              },
            ],
          },
          {
            path: "cultivation",
            handle: { crumb: "menu.cultivation", group: ENTERPRISES } satisfies RouteHandle,
            element: page(CultivationPage, "enterprises:read"),
          },
          {
            path: "projects",
            handle: { crumb: "menu.projects", group: PROJECTS } satisfies RouteHandle,
            element: <Outlet />,
            children: [
              { index: true, element: page(ProjectsPage, "projects:read") },
              {
                path: ":id",
                handle: { crumb: "menu.projectDetail" } satisfies RouteHandle,
                element: <Outlet />,
                children: [
                  { index: true, element: page(ProjectDetailPage, "projects:read") },
                  {
                    path: "report",
                    handle: { crumb: "menu.reportForm" } satisfies RouteHandle,
                    element: page(WeeklyReportPage, "projects:read"),
                  },
                ],
              },
            ],
          },
          {
            path: "my-projects",
            handle: { crumb: "menu.myProjects", group: PROJECTS } satisfies RouteHandle,
            element: page(MyProjectsPage, "projects:read"),
          },
          {
            path: "report",
            handle: { crumb: "menu.weeklyReport", group: PROJECTS } satisfies RouteHandle,
            element: page(ReportPickPage, "projects:report"),
          },
          {
            path: "problems",
            handle: { crumb: "menu.problems", group: PROJECTS } satisfies RouteHandle,
            element: page(ProblemsPage, "projects:read"),
          },
          {
            path: "meetings",
            handle: { crumb: "menu.meetings", group: PROJECTS } satisfies RouteHandle,
            element: <Outlet />,
            children: [
              { index: true, element: page(MeetingsPage, "projects:read") },
              {
                path: ":id",
                handle: { crumb: "menu.meetingDetail" } satisfies RouteHandle,
                element: page(MeetingPage, "projects:read"),
              },
            ],
          },
          {
            path: "bulletins",
            handle: { crumb: "menu.bulletins", group: PROJECTS } satisfies RouteHandle,
            element: page(BulletinsPage, "projects:read"),
          },
          {
            path: "batches",
            handle: { crumb: "menu.batches", group: PROJECTS } satisfies RouteHandle,
            element: page(BatchesPage, "projects:read"),
          },
          {
            path: "library",
            handle: { crumb: "menu.library", group: PROJECTS } satisfies RouteHandle,
            element: page(LibraryPage, "projects:read"),
          },
          {
            path: "rankings",
            handle: { crumb: "menu.rankings", group: PROJECTS } satisfies RouteHandle,
            element: page(RankingsPage, "projects:read"),
          },
          {
            path: "race-groups",
            handle: { crumb: "menu.raceGroups", group: PROJECTS } satisfies RouteHandle,
            element: page(RaceGroupsPage, "projects:read"),
          },
          {
            path: "inspections",
            handle: { crumb: "menu.inspections", group: PROJECTS } satisfies RouteHandle,
            element: <Outlet />,
            children: [
              { index: true, element: page(InspectionsPage, "projects:read") },
              {
                path: ":id",
                handle: { crumb: "menu.inspectionDetail" } satisfies RouteHandle,
                element: page(InspectionPage, "projects:read"),
              },
            ],
          },
          {
            path: "health-rules",
            handle: { crumb: "menu.healthRules", group: PROJECTS } satisfies RouteHandle,
            element: page(HealthRulesPage, "projects:read"),
          },
          {
            path: "statistics",
            element: <Outlet />,
            children: [
              {
                path: "my-report",
                handle: { crumb: "menu.myMonthlyReport", group: STATISTICS } satisfies RouteHandle,
                element: page(ReportFormPage, "statistics:report"),
              },
              {
                path: "reports",
                handle: { crumb: "menu.monthlyReports", group: STATISTICS } satisfies RouteHandle,
                element: page(StatReportsPage, "statistics:read"),
              },
              {
                path: "fill",
                handle: { crumb: "menu.myMonthlyReport", group: STATISTICS } satisfies RouteHandle,
                element: page(ReportFormPage, "statistics:write"),
              },
              {
                path: "cockpit",
                handle: { crumb: "menu.cockpit", group: STATISTICS } satisfies RouteHandle,
                element: page(CockpitPage, "statistics:read"),
              },
              {
                path: "comparison",
                handle: { crumb: "menu.comparison", group: STATISTICS } satisfies RouteHandle,
                element: page(ComparisonPage, "statistics:read"),
              },
              {
                path: "indicator-values",
                handle: { crumb: "menu.indicatorValues", group: STATISTICS } satisfies RouteHandle,
                element: page(IndicatorValuesPage, "statistics:read"),
              },
              {
                path: "indicators",
                handle: { crumb: "menu.indicatorCatalogue", group: STATISTICS } satisfies RouteHandle,
                element: page(CataloguePage, "statistics:read"),
              },
            ],
          },
          {
            path: "investment",
            element: <Outlet />,
            children: [
              {
                path: "leads",
                handle: { crumb: "menu.leads", group: INVESTMENT } satisfies RouteHandle,
                element: <Outlet />,
                children: [
                  { index: true, element: page(LeadsPage, "investment:read") },
                  {
                    path: ":id",
                    handle: { crumb: "menu.leadDetail" } satisfies RouteHandle,
                    element: page(LeadDetailPage, "investment:read"),
                  },
                ],
              },
              {
                path: "board",
                handle: { crumb: "menu.investmentBoard", group: INVESTMENT } satisfies RouteHandle,
                element: page(BoardPage, "investment:read"),
              },
              {
                path: "analytics",
                handle: { crumb: "menu.investmentAnalytics", group: INVESTMENT } satisfies RouteHandle,
                element: page(AnalyticsPage, "investment:read"),
              },
              {
                path: "activities",
                handle: { crumb: "menu.investmentActivities", group: INVESTMENT } satisfies RouteHandle,
                element: page(ActivitiesPage, "investment:read"),
              },
              {
                path: "reviews",
                handle: { crumb: "menu.reviews", group: INVESTMENT } satisfies RouteHandle,
                element: <Outlet />,
                children: [
                  { index: true, element: page(ReviewsPage, "investment:read") },
                  {
                    path: ":id",
                    handle: { crumb: "menu.reviewDetail" } satisfies RouteHandle,
                    element: page(ReviewPage, "investment:read"),
                  },
                ],
              },
              {
                path: "contracts",
                handle: { crumb: "menu.investmentContracts", group: INVESTMENT } satisfies RouteHandle,
                element: page(ContractsPage, "investment:read"),
              },
              {
                path: "targets",
                handle: { crumb: "menu.investmentTargets", group: INVESTMENT } satisfies RouteHandle,
                element: page(TargetsPage, "investment:read"),
              },
              {
                path: "fulfilment",
                handle: { crumb: "menu.fulfilment", group: INVESTMENT } satisfies RouteHandle,
                element: page(FulfilmentPage, "investment:read"),
              },
            ],
          },
          {
            path: "zones",
            handle: { crumb: "menu.zones", group: PLATFORM } satisfies RouteHandle,
            element: <Outlet />,
            children: [
              { index: true, element: page(ZonesPage, "zones:read") },
              {
                path: ":id",
                handle: { crumb: "menu.zoneDetail" } satisfies RouteHandle,
                element: page(ZoneDetailPage, "zones:read"),
              },
            ],
          },
          {
            path: "units",
            handle: { crumb: "menu.units", group: PLATFORM } satisfies RouteHandle,
            element: page(UnitsPage, "units:read"),
          },
          {
            path: "users",
            handle: { crumb: "menu.users", group: PLATFORM } satisfies RouteHandle,
            element: page(UsersPage, "users:read"),
          },
          {
            path: "roles",
            handle: { crumb: "menu.roles", group: PLATFORM } satisfies RouteHandle,
            element: page(RolesPage, "roles:read"),
          },
          {
            path: "tokens",
            handle: { crumb: "menu.tokens", group: PLATFORM } satisfies RouteHandle,
            element: page(TokensPage, "tokens:manage"),
          },
          {
            path: "audit",
            handle: { crumb: "menu.audit", group: PLATFORM } satisfies RouteHandle,
            element: page(AuditPage, "audit:read"),
          },
          {
            path: "profile",
            handle: { crumb: "menu.profile" } satisfies RouteHandle,
            element: page(ProfilePage),
          },
          { path: "*", element: page(NotFoundPage) },
        ],
      },
    ],
  },
]);
