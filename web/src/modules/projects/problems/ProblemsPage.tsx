/**
 * 问题清单 zone-wide (status, category, responsible unit, overdue only, escalated) with overdue rows in red,
 * and the 约谈名单: units with overdue problems and their heads, worst first.
 */
import { DownloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Select, Table, Tabs, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { downloadFile } from "../../../ui/files";
import { DateText } from "../../../ui/format";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { FilterBar, FilterItem, TableCard } from "../../../ui/TablePage";
import { UnitTreeSelect } from "../../platform/units/UnitTreeSelect";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { currentMonth, daysBetween, useProjectLabels } from "../labels";
import { useProblems, useSummons } from "../queries";
import type { Summons } from "../types";
import "../projects.css";
import "../i18n";
import { ProblemTable } from "./ProblemTable";

const FILTERS = ["zoneId", "status", "category", "responsibleUnitId", "overdue", "escalated"] as const;

export default function ProblemsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { params, update } = useListParams();
  const tab = params.tab === "summons" ? "summons" : "list";
  return (
    <Page
      title={t("projects.problems.title")}
      subtitle={t("projects.problems.subtitle")}
      testId="page-problems"
      extra={tab === "list" ? <ExportButton filters={Object.fromEntries(FILTERS.map((k) => [k, params[k]]))} /> : null}
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => update({ tab: k === "list" ? undefined : k })}
        className="prj-page-tabs"
        items={[
          { key: "list", label: t("projects.problems.tabList"), children: <ProblemList /> },
          {
            key: "summons",
            label: <span data-testid="tab-summons">{t("projects.problems.tabSummons")}</span>,
            children: <SummonsList zoneId={params.zoneId ?? me.zoneId ?? undefined} />,
          },
        ]}
      />
    </Page>
  );
}

/** 问题清单 as Excel, for what the filters show. */
function ExportButton({ filters }: { filters: Record<string, string | undefined> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadFile("/v1/problems/export", filters, "problem-list.xlsx");
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={run} data-testid="problem-export">
      {t("projects.exports.problems")}
    </Button>
  );
}

function ProblemList() {
  const { t } = useTranslation();
  const me = useMe();
  const pl = useProjectLabels();
  const { params, page, pageSize, update } = useListParams();
  const zoneId = params.zoneId ?? me.zoneId ?? undefined;
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params[k]]));
  const list = useProblems({ ...filters, page, pageSize });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter values change with the URL only
  const values = useMemo(() => filters, [...FILTERS.map((k) => params[k])]);
  const yesNo = [
    { value: "true", label: t("common.yes") },
    { value: "false", label: t("common.no") },
  ];
  return (
    <TableCard
      error={list.error}
      onRetry={() => void list.refetch()}
      filters={
        <FilterBar
          values={values}
          textFields={[]}
          onApply={(v) => {
            const next = v as Record<string, string | undefined>;
            if (next.zoneId !== params.zoneId) next.responsibleUnitId = undefined;
            update(next);
          }}
        >
          {!me.zoneId && (
            <FilterItem name="zoneId" label={t("projects.field.zone")}>
              <ZoneSelect allowClear placeholder={t("common.all")} testId="filter-zone" />
            </FilterItem>
          )}
          <FilterItem name="status" label={t("projects.problems.status")}>
            <Select
              allowClear
              placeholder={t("common.all")}
              options={pl.problemStatusOptions}
              data-testid="filter-status"
            />
          </FilterItem>
          <FilterItem name="overdue" label={t("projects.problems.overdueFilter")}>
            <Select
              allowClear
              placeholder={t("common.all")}
              options={[{ value: "true", label: t("projects.problems.onlyOverdue") }]}
              data-testid="filter-overdue"
            />
          </FilterItem>
          <FilterItem name="category" label={t("projects.problems.category")}>
            <Select
              allowClear
              placeholder={t("common.all")}
              options={pl.problemCategoryOptions}
              data-testid="filter-category"
            />
          </FilterItem>
          {zoneId && (
            <FilterItem name="responsibleUnitId" label={t("projects.problems.responsibleUnit")}>
              <UnitTreeSelect zoneId={zoneId} placeholder={t("common.all")} testId="filter-unit" />
            </FilterItem>
          )}
          <FilterItem name="escalated" label={t("projects.problems.escalatedFilter")}>
            <Select allowClear placeholder={t("common.all")} options={yesNo} data-testid="filter-escalated" />
          </FilterItem>
        </FilterBar>
      }
    >
      <ProblemTable
        data={list.data}
        loading={list.isFetching}
        showProject
        onPage={(p, s) => update({ page: p, pageSize: s })}
      />
    </TableCard>
  );
}

function SummonsList({ zoneId }: { zoneId?: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const { params, update } = useListParams();
  const summons = useSummons(zoneId);
  const { today } = currentMonth();
  const columns: ColumnsType<Summons> = [
    {
      title: t("projects.summons.unit"),
      dataIndex: "unitName",
      key: "unit",
      render: (v: string) => <b className="prj-unit-cell">{v}</b>,
    },
    {
      title: t("projects.summons.leader"),
      dataIndex: "leaderName",
      key: "leader",
      render: (v: string | null) => <span className="nowrap">{v ?? t("projects.summons.noLeader")}</span>,
    },
    {
      title: t("projects.summons.overdue"),
      dataIndex: "overdue",
      key: "overdue",
      align: "right",
      render: (v: number) => (
        <Tag color="red" className="num">
          {v}
        </Tag>
      ),
    },
    {
      title: t("projects.summons.oldest"),
      dataIndex: "oldestDeadline",
      key: "oldest",
      render: (v: string) => (
        <div className="nowrap">
          <DateText value={v} />
          <div className="prj-behind small">{t("projects.problems.overdueDays", { days: daysBetween(v, today) })}</div>
        </div>
      ),
    },
    {
      title: t("common.actions"),
      key: "actions",
      render: (_, s) => (
        <Button
          type="link"
          size="small"
          onClick={() => update({ tab: undefined, responsibleUnitId: s.unitId, overdue: "true", status: undefined })}
          data-testid="summons-view"
        >
          {t("projects.summons.view")}
        </Button>
      ),
    },
  ];
  return (
    <Card className="table-card" styles={{ body: { padding: 0 } }} data-testid="summons">
      {!me.zoneId && (
        <div className="table-card-filters" style={{ paddingBottom: 16 }}>
          <ZoneSelect
            value={params.zoneId}
            onChange={(z) => update({ zoneId: z })}
            placeholder={t("projects.pickZone")}
            style={{ maxWidth: 320 }}
          />
        </div>
      )}
      <Alert type="info" showIcon banner message={t("projects.summons.note")} />
      {summons.error ? (
        <div style={{ margin: 16 }}>
          <QueryError error={summons.error} onRetry={() => void summons.refetch()} />
        </div>
      ) : (
        <Table<Summons>
          rowKey="unitId"
          columns={columns}
          dataSource={summons.data ?? []}
          loading={summons.isFetching}
          pagination={false}
          scroll={{ x: "max-content" }}
          locale={{ emptyText: zoneId ? t("projects.summons.empty") : t("projects.pickZone") }}
        />
      )}
    </Card>
  );
}
