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
