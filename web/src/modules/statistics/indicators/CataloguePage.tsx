/** 指标目录: every indicator's definition, unit, period, source and aggregation rule, as the API serves it. */
import type { IndicatorDefinition } from "@zoneos/core/statistics-indicators";
import { Card, Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { QueryError } from "../../../ui/ErrorResult";
import { useLocale } from "../../../ui/format";
import { Page } from "../../../ui/Page";
import { useFieldName, useUnitLabel } from "../parts";
import { useCatalogue } from "../queries";
import "../statistics.css";
import "../i18n";

const SOURCE_COLORS: Record<string, string> = { computed: "blue", entered: "green", imported: "purple" };

export default function CataloguePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const catalogue = useCatalogue();
  const unitLabel = useUnitLabel();
  const fieldName = useFieldName();
  const zh = locale === "zh-CN";
  const columns: ColumnsType<IndicatorDefinition> = [
    {
      title: t("stat.catalogue.name"),
      key: "name",
      fixed: "left",
      render: (_, d) => (
        <div style={{ minWidth: 140 }}>
          <b>{zh ? d.nameZh : d.nameEn}</b>
          <div className="muted small mono">{d.id}</div>
        </div>
      ),
    },
    {
      title: t("stat.catalogue.definition"),
      key: "definition",
      render: (_, d) => <div style={{ minWidth: 260, maxWidth: 420 }}>{zh ? d.definitionZh : d.definitionEn}</div>,
    },
    {
      title: t("stat.catalogue.unit"),
      key: "unit",
      render: (_, d) => (
        <span className="nowrap">{d.unit === "count" ? (zh ? "家/户" : "count") : unitLabel(d.unit)}</span>
      ),
    },
    { title: t("stat.catalogue.period"), key: "period", render: (_, d) => t(`stat.period.${d.period}`) },
    {
      title: t("stat.catalogue.source"),
      key: "source",
      render: (_, d) => <Tag color={SOURCE_COLORS[d.source]}>{t(`stat.source.${d.source}`)}</Tag>,
    },
    {
      title: t("stat.catalogue.aggregation"),
      key: "aggregation",
      render: (_, d) => (
        <div style={{ minWidth: 180 }}>
          {t(`stat.aggregation.${d.aggregation}`)}
          {d.field && <div className="muted small">{fieldName(d.field)}</div>}
          {d.scope && <div className="muted small">{t(`stat.scope.${d.scope}`)}</div>}
        </div>
      ),
    },
    {
      title: t("stat.catalogue.targetable"),
      key: "targetable",
      align: "center",
      render: (_, d) => (d.targetable ? "✓" : ""),
    },
  ];
  return (
    <Page title={t("stat.catalogue.title")} subtitle={t("stat.catalogue.subtitle")} testId="catalogue-page">
      {catalogue.error ? <QueryError error={catalogue.error} /> : null}
      <Card className="table-card" styles={{ body: { padding: 0 } }}>
        <Table<IndicatorDefinition>
          rowKey="id"
          columns={columns}
          dataSource={catalogue.data?.items}
          loading={catalogue.isPending}
          pagination={false}
          scroll={{ x: "max-content" }}
          data-testid="catalogue-table"
        />
      </Card>
    </Page>
  );
}
