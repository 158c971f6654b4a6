/** 项目周报: the secretary's weekly reports, newest first, with 形象进度 and photos (tap to enlarge). */
import { CameraOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Image, Progress, Space, Timeline } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { QueryError } from "../../../ui/ErrorResult";
import { DateTimeText } from "../../../ui/format";
import { useProjectLabels } from "../labels";
import { photoUrl, useReports } from "../queries";
import type { Project } from "../types";

export function Reports({ project, canReport }: { project: Project; canReport: boolean }) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const navigate = useNavigate();
  const reports = useReports(project.id);
  if (reports.error) return <QueryError error={reports.error} onRetry={() => void reports.refetch()} />;
  const rows = reports.data ?? [];
  return (
    <Card
      size="small"
      title={t("projects.reports.title")}
      loading={reports.isPending}
      data-testid="project-reports"
      extra={
        canReport ? (
          <Button
            type="link"
            size="small"
            icon={<CameraOutlined />}
            onClick={() => navigate(`/projects/${project.id}/report`)}
          >
            {t("projects.mine.report")}
          </Button>
        ) : undefined
      }
    >
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("projects.reports.empty")} />
      ) : (
        <Timeline
          className="prj-timeline"
          items={rows.map((r) => ({
            key: r.id,
            color: r.problemsFound ? "orange" : "blue",
            children: (
              <div className="prj-report" data-testid="report-item">
                <div className="prj-report-head">
                  <b>
                    {t("projects.reports.week", {
                      from: pl.date(r.weekOf),
                      to: pl.date(dayjs(r.weekOf).add(6, "day").format("YYYY-MM-DD")),
                    })}
                  </b>
                  <span className="muted small">
                    {r.authorName ?? "—"} · <DateTimeText value={r.submittedAt} />
                  </span>
                </div>
                <div className="prj-report-progress">
                  <span className="muted small">{t("projects.reports.imageProgress")}</span>
                  <Progress percent={r.imageProgressPct} size="small" style={{ maxWidth: 320, margin: 0 }} />
                </div>
                <div className="prj-pre">{r.progress}</div>
                {r.problemsFound && (
                  <div className="prj-report-problems">
                    <span className="muted small">{t("projects.reports.problemsFound")}</span>
                    <div className="prj-pre">{r.problemsFound}</div>
                  </div>
                )}
                {r.photoIds.length > 0 && (
                  <Image.PreviewGroup>
                    <Space size={6} wrap className="prj-photos">
                      {r.photoIds.map((f, i) => (
                        <Image
                          key={f}
                          src={photoUrl(project.id, f)}
                          width={88}
                          height={88}
                          alt={t("projects.reports.photoAlt", { n: i + 1 })}
                          className="prj-photo"
                          data-testid="report-photo"
                        />
                      ))}
                    </Space>
                  </Image.PreviewGroup>
                )}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
