/** The 403 and 404 pages, and `QueryError` which picks one of them (or an alert) for a failed query. */
import { Button, Result } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { isProblem } from "../app/api";
import { ProblemAlert } from "./ProblemAlert";

export function ForbiddenResult() {
  const { t } = useTranslation();
  return (
    <div data-testid="page-403">
      <Result
        status="403"
        title={t("errors.forbiddenTitle")}
        subTitle={t("errors.forbidden")}
        extra={
          <Link to="/">
            <Button type="primary">{t("errors.goHome")}</Button>
          </Link>
        }
      />
    </div>
  );
}

export function NotFoundResult() {
  const { t } = useTranslation();
  return (
    <div data-testid="page-404">
      <Result
        status="404"
        title={t("errors.notFoundTitle")}
        subTitle={t("errors.notFound")}
        extra={
          <Link to="/">
            <Button type="primary">{t("errors.goHome")}</Button>
          </Link>
        }
      />
    </div>
  );
}

/** 403 → the 403 page, 404 → the 404 page, anything else → an alert with a retry. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (isProblem(error, 403)) return <ForbiddenResult />;
  if (isProblem(error, 404)) return <NotFoundResult />;
  return <ProblemAlert error={error} onRetry={onRetry} />;
}
