/** A page's frame: breadcrumbs (from the route handles), title, subtitle and actions, then content. */
import { Breadcrumb, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useMatches } from "react-router-dom";
import type { RouteHandle } from "../app/router";

interface Props {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Buttons on the right of the title (wrap under it on a phone). */
  extra?: ReactNode;
  /** Replaces the last breadcrumb's label, e.g. with the record's name. */
  crumb?: string;
  children: ReactNode;
  testId?: string;
}

function useCrumbs(last?: string) {
  const { t } = useTranslation();
  const matches = useMatches();
  const items: { key: string; title: ReactNode }[] = [];
  const handled = matches.filter((m) => (m.handle as RouteHandle | undefined)?.crumb);
  if (handled.length === 0) return items;
  items.push({ key: "home", title: <Link to="/">{t("menu.home")}</Link> });
  handled.forEach((m, i) => {
    const handle = m.handle as RouteHandle;
    if (handle.group) items.push({ key: `g-${m.id}`, title: t(handle.group as "menu.platform") });
    const isLast = i === handled.length - 1;
    const label = isLast && last ? last : t(handle.crumb as "menu.home");
    items.push({ key: m.id, title: isLast ? label : <Link to={m.pathname}>{label}</Link> });
  });
  return items;
}

export function Page({ title, subtitle, extra, crumb, children, testId }: Props) {
  const crumbs = useCrumbs(crumb);
  return (
    <div className="page" data-testid={testId}>
      {crumbs.length > 0 && <Breadcrumb className="page-crumbs" items={crumbs} />}
      <div className="page-head">
        <div className="page-title">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
        </div>
        {extra && <div className="page-extra">{extra}</div>}
      </div>
      {children}
    </div>
  );
}
