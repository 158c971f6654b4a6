/** Small pieces every page of the module shows: stage tags, amounts, who may see details, the zone in use. */
import type { LeadStage } from "@zoneos/core/investment-stages";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useCan, useMe } from "../../app/auth";
import { Money } from "../../ui/format";
import { STAGE_COLORS, useInvLabels } from "./labels";

export function StageTag({ stage, heldFrom }: { stage: LeadStage; heldFrom?: LeadStage | null }) {
  const { t } = useTranslation();
  const il = useInvLabels();
  const label =
    (stage === "onHold" || stage === "lost") && heldFrom
      ? t("inv.stageFrom", { stage: il.stage(stage), from: il.stage(heldFrom) })
      : il.stage(stage);
  return (
    <Tag color={STAGE_COLORS[stage]} bordered={false} className="nowrap" data-testid="lead-stage">
      {label}
    </Tag>
  );
}

export function Amount({ yuan }: { yuan: string | null | undefined }) {
  return yuan == null ? <span className="muted">—</span> : <Money yuan={yuan} />;
}

/** What the caller may do in the module: mirrors the server's rules (server/src/modules/investment/access.ts). */
export function useInvAccess() {
  const me = useMe();
  const can = useCan();
  const read = can("investment:read");
  const write = can("investment:write");
  const leader = read && (me.scope === "all" || (me.scope === "zone" && write));
  return {
    read,
    write: write && (leader || me.scope === "unit"),
    leader,
    /** Sees investors by name (own unit's, or the zone's for leaders); others get aggregates only. */
    details: leader || (read && me.scope === "unit"),
    zoneId: me.zoneId ?? undefined,
    /** 注册落地 of a new company goes through the enterprise registry, 转项目 through the projects module. */
    registerNew: can("enterprises:write"),
    convert: can("projects:write"),
  };
}

export function Figure({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="inv-figure" data-testid={testId}>
      <div className="inv-figure-label">{label}</div>
      <div className="inv-figure-value">{children}</div>
    </div>
  );
}

/** A percentage, one decimal, or a dash. */
export function Pct({ value, testId }: { value: number | null | undefined; testId?: string }) {
  return (
    <span className="num" data-testid={testId}>
      {value == null ? "—" : `${value.toFixed(1)}%`}
    </span>
  );
}

/** Years offered by the year pickers: five back from the current one. */
export function recentYears(): number[] {
  const y = new Date().getFullYear();
  return [y, y - 1, y - 2, y - 3, y - 4];
}
