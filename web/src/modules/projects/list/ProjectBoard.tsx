/**
 * The projects as a board: one column per lifecycle stage, a card per project (swipe sideways on a phone). The
 * column heads state the whole filtered set's count and investment (the server's totals), even when only the
 * first cards are loaded.
 */
import { Card, Spin } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

import { MAIN_STAGES, useProjectLabels } from "../labels";
import { AgainstSchedule, Amount, HealthTag, LevelTags } from "../parts";
import "../supervision-i18n";
import type { Project, ProjectStage } from "../types";
import type { ProjectTotals } from "./listTypes";

export function ProjectBoard({
  projects,
  totals,
  loading,
}: {
  projects: Project[];
  totals: ProjectTotals | undefined;
  loading: boolean;
}) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const byStage = new Map<ProjectStage, Project[]>();
  for (const p of projects) byStage.set(p.stage, [...(byStage.get(p.stage) ?? []), p]);
  const totalOf = new Map(totals?.byStage.map((s) => [s.stage, s]));
  // Paused and ended projects get a column only when there are some.
  const stages = [
    ...MAIN_STAGES,
    ...(["paused", "terminated"] as const).filter((s) => totalOf.has(s) || byStage.has(s)),
  ];
  return (
    <Spin spinning={loading}>
      <div className="prj-board" data-testid="project-board">
        {stages.map((stage) => {
          const items = byStage.get(stage) ?? [];
          const count = totalOf.get(stage)?.count ?? items.length;
          const sum = totalOf.get(stage)?.totalInvestmentYuan;
          return (
            <section
              key={stage}
              className={count === 0 ? "prj-board-col prj-board-col-empty" : "prj-board-col"}
              data-testid={`board-${stage}`}
              aria-label={pl.stage(stage)}
            >
              <header className="prj-board-head">
                <span className="prj-board-title">{pl.stage(stage)}</span>
                <span className="prj-board-count num">{count}</span>
                {count > 0 && sum && (
                  <div className="muted small prj-board-sum">
                    <Amount yuan={sum} />
                  </div>
                )}
                {items.length < count && (
                  <div className="muted small">{t("projectTotals.boardShown", { shown: items.length, count })}</div>
                )}
              </header>
              <div className="prj-board-cards">
                {items.length === 0 ? (
                  <span className="muted small">{t("projects.board.empty")}</span>
                ) : (
                  items.map((p) => (
                    <Card key={p.id} size="small" className="prj-board-card" data-testid="board-card">
                      <Link to={`/projects/${p.id}`} className="prj-board-name">
                        {p.name}
                      </Link>
                      <div className="muted small">
                        <span className="mono">{p.code}</span> · {pl.tier(p.tier)} · {pl.category(p.category)}
                      </div>
                      <LevelTags tags={p.levelTags} />
                      <div className="prj-board-figures">
                        <Amount yuan={p.totalInvestmentYuan} />
                        <HealthTag health={p.health} />
                      </div>
                      {p.annualPlanYuan && (
                        <div className="small">
                          <AgainstSchedule ytdYuan={p.ytdInvestmentYuan} planYuan={p.annualPlanYuan} compact />
                        </div>
                      )}
                      {p.leadUnitName && <div className="muted small prj-board-unit">{p.leadUnitName}</div>}
                    </Card>
                  ))
                )}
              </div>
            </section>
          );
        })}
      </div>
    </Spin>
  );
}
