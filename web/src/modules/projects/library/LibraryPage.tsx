/**
 * 项目库 (策划一批、储备一批、建设一批、投产一批): the zone's projects by stage group and planned start year, as
 * stacked bars (count or total investment; lazy ECharts) and the same figures as a table.
 */
import { Card, Empty, InputNumber, Segmented, Space, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";

import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { useIsMobile } from "../../../ui/useIsMobile";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { Amount } from "../parts";
import { useLibrary } from "../queries";
import type { LibraryGroup } from "../types";
import "../projects.css";
import "../i18n";

const LibraryChart = lazy(() => import("./LibraryChart"));
export const GROUPS: LibraryGroup[] = ["planning", "reserve", "construction", "production"];
const YEARS = 5;

interface Row {
  year: number;
  cells: Record<LibraryGroup, { count: number; total: number }>;
}

export default function LibraryPage() {
  const { t } = useTranslation();
  const me = useMe();
  const mobile = useIsMobile();
  const { params, update } = useListParams();
  const zoneId = params.zoneId ?? me.zoneId ?? undefined;
  const fromYear = Number(params.fromYear) || dayjs().year() - 2;
  const measure = params.measure === "investment" ? "investment" : "count";
  const library = useLibrary({ zoneId, fromYear, years: YEARS });

  const rows = useMemo((): Row[] => {
    const out: Row[] = [];
    for (let y = fromYear; y < fromYear + YEARS; y++) {
      const cells = Object.fromEntries(GROUPS.map((g) => [g, { count: 0, total: 0 }])) as Row["cells"];
      for (const r of library.data ?? [])
        if (r.year === y && r.group !== "other") {
          cells[r.group].count += r.count;
          cells[r.group].total += Number(r.totalInvestmentYuan);
        }
      out.push({ year: y, cells });
    }
    return out;
  }, [library.data, fromYear]);
  const empty = rows.every((r) => GROUPS.every((g) => r.cells[g].count === 0));

  const columns: ColumnsType<Row> = [
    { title: t("projects.library.yearCol"), dataIndex: "year", key: "year", render: (y: number) => <b>{y}</b> },
    ...GROUPS.map((g) => ({
      title: t(`projects.library.group.${g}`),
      key: g,
      align: "right" as const,
      render: (_: unknown, r: Row) => (
        <div className="nowrap">
          <span className="num">{r.cells[g].count}</span>
          {r.cells[g].count > 0 && (
            <div className="muted small">
              <Amount yuan={r.cells[g].total.toFixed(2)} />
            </div>
          )}
        </div>
      ),
    })),
  ];

  return (
    <Page title={t("projects.library.title")} subtitle={t("projects.library.subtitle")} testId="page-library">
      <Card size="small">
        <Space wrap size={[16, 8]}>
          {!me.zoneId && (
            <ZoneSelect
              value={params.zoneId}
              onChange={(z) => update({ zoneId: z })}
              placeholder={t("projects.pickZone")}
              style={{ minWidth: 240 }}
            />
          )}
          <span>
            {t("projects.library.fromYear")}{" "}
            <InputNumber
              min={2000}
              max={2100}
              value={fromYear}
              onChange={(v) => v && update({ fromYear: v })}
              style={{ width: 96 }}
              data-testid="library-from"
            />{" "}
            <span className="muted">– {fromYear + YEARS - 1}</span>
          </span>
          <Segmented
            value={measure}
            onChange={(v) => update({ measure: v === "investment" ? "investment" : undefined })}
            options={[
              { value: "count", label: t("projects.library.measureCount") },
              { value: "investment", label: t("projects.library.measureInvestment") },
            ]}
            data-testid="library-measure"
          />
        </Space>
        <div className="muted small" style={{ marginTop: 8 }}>
          {t("projects.library.note")}
        </div>
      </Card>
      {library.error ? (
        <QueryError error={library.error} onRetry={() => void library.refetch()} />
      ) : (
        <Card size="small" title={t("projects.library.chartTitle")} data-testid="library-card">
          {!zoneId ? (
            <Empty description={t("projects.pickZone")} />
          ) : empty && !library.isFetching ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("projects.library.empty")} />
          ) : (
            <Suspense fallback={<div className="prj-chart-placeholder" aria-busy="true" />}>
              <LibraryChart
                years={rows.map((r) => r.year)}
                series={GROUPS.map((g) => ({
                  group: g,
                  values: rows.map((r) => (measure === "count" ? r.cells[g].count : r.cells[g].total)),
                }))}
                measure={measure}
                compact={mobile}
              />
            </Suspense>
          )}
          <Table<Row>
            rowKey="year"
            size="small"
            columns={columns}
            dataSource={rows}
            pagination={false}
            loading={library.isFetching}
            scroll={{ x: "max-content" }}
            style={{ marginTop: 16 }}
            data-testid="library-table"
          />
        </Card>
      )}
    </Page>
  );
}
