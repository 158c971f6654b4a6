import { lazy, type ReactNode, Suspense } from "react";
import { Navigate, useLocation, useSearchParams } from "react-router-dom";
import { PageLoading } from "../ui/PageLoading";
import { useCan, useMeQuery, useSessionSync } from "./auth";

const ForbiddenResult = lazy(() => import("../ui/ErrorResult").then((m) => ({ default: m.ForbiddenResult })));

/** Signed-in routes: waits for /auth/me, sends strangers to /login?next=… */
export function RequireAuth({ children }: { children: ReactNode }) {
  useSessionSync();
  const { data, isPending, error } = useMeQuery();
  const location = useLocation();
  if (isPending) return <PageLoading full />;
  if (error) throw error;
  if (!data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
}

/** The login page: a signed-in user goes on to where they were headed. */
export function RequireGuest({ children }: { children: ReactNode }) {
  useSessionSync();
  const { data, isPending } = useMeQuery();
  const [params] = useSearchParams();
  if (isPending) return <PageLoading full />;
  if (data) {
    const next = params.get("next");
    return <Navigate to={next?.startsWith("/") && !next.startsWith("//") ? next : "/"} replace />;
  }
  return children;
}

/** A page that needs a permission shows the 403 page to those without it. */
export function Guard({ permission, children }: { permission: string; children: ReactNode }) {
  const can = useCan();
  if (can(permission)) return children;
  return (
    <Suspense fallback={<PageLoading />}>
      <ForbiddenResult />
    </Suspense>
  );
}
