/**
 * 重点项目: the zone's key projects searched and filtered (stage, tier, category, construction type, level,
 * lead unit, health), with the figures leaders read — total and annual plan, 年度累计 against 序时进度, health
 * and its reasons — as a table or a board of stages. Writers register projects here.
 */
import {
  AppstoreOutlined,
  DownloadOutlined,
  PlusOutlined,
  UnorderedListOutlined,
  UploadOutlined,
} from "@ant-design/icons";
import { App, Button, Dropdown, Input, Segmented, Select } from "antd";
import type { ColumnsType } from "antd/es/table/interface";
import { lazy, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { useCan, useMe } from "../../../app/auth";
import { editColumn } from "../../../ui/editColumn";
import { downloadFile } from "../../../ui/files";
import { DateText } from "../../../ui/format";
import { sortHandler, sortOrderOf, useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { DataTable, FilterBar, FilterItem, TableCard } from "../../../ui/TablePage";
import { useIsMobile } from "../../../ui/useIsMobile";
import { UnitTreeSelect } from "../../platform/units/UnitTreeSelect";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { useProjectLabels } from "../labels";
import { AgainstSchedule, Amount, HealthTag, LevelTags, StageTag } from "../parts";
import { useProjects } from "../queries";
import type { Project } from "../types";
import "../projects.css";
import "../i18n";
import { ListToolbar } from "./ListToolbar";
import type { ProjectList } from "./listTypes";
import { ProjectBoard } from "./ProjectBoard";
import { ProjectCards } from "./ProjectCards";

const ProjectDrawer = lazy(() => import("./ProjectDrawer").then((m) => ({ default: m.ProjectDrawer })));
const InvestmentImportModal = lazy(() =>
  import("./InvestmentImportModal").then((m) => ({ default: m.InvestmentImportModal })),
);
/** 三张清单 kept per project: the task list (milestones) and the responsibility list ("六个一"). */
const EXPORTS = {
  tasks: { path: "/v1/projects/milestones/export", file: "task-list.xlsx" },
  responsibilities: { path: "/v1/projects/responsibilities/export", file: "responsibility-list.xlsx" },
} as const;

const SORTABLE = ["code", "name", "totalInvestmentYuan", "plannedStartOn"];
const FILTERS = [
  "q",
  "zoneId",
  "stage",
  "tier",
  "category",
  "constructionType",
  "level",
  "leadUnitId",
  "health",
] as const;
/** The board shows this many cards at most; its column heads count the whole filtered set (the totals). */
const BOARD_CARDS = 200;

export default function ProjectsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const pl = useProjectLabels();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Project | "new" | null>(null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const board = params.view === "board";
  const zoneId = params.zoneId ?? me.zoneId ?? undefined;
  const { health, ...serverFilters } = Object.fromEntries(FILTERS.map((k) => [k, params[k]])) as Record<
    (typeof FILTERS)[number],
    string | undefined
  >;
  // The toolbar shows the health totals, which the server judges over large sets only when asked.
  const shown = { ...serverFilters, health, healthTotals: "true", sort: params.sort, order: params.order };
  const query = board ? { ...shown, page: 1, pageSize: BOARD_CARDS } : { ...shown, page, pageSize };
  const list = useProjects(query);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter values change with the URL only
  const filterValues = useMemo(() => ({ ...serverFilters, health }), [...FILTERS.map((k) => params[k])]);
  const writable = can("projects:write");
  const canReport = (can("projects:report") || writable) && me.scope !== "region";

  const exportList = async (kind: keyof typeof EXPORTS) => {
    setExporting(true);
    try {
      await downloadFile(
        EXPORTS[kind].path,
        { ...serverFilters, health, sort: params.sort, order: params.order },
        EXPORTS[kind].file,
      );
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setExporting(false);
    }
  };

  const data = list.data as ProjectList | undefined;

  const sortOrder = (key: string) => sortOrderOf(params, key);

  const columns: ColumnsType<Project> = [
    {
      title: t("projects.field.name"),
      dataIndex: "name",
      key: "name",
      fixed: "left",
      sorter: true,
      sortOrder: sortOrder("name"),
      render: (_, p) => (
        <div className="prj-name-cell">
          <Link to={`/projects/${p.id}`} data-testid="project-link">
            {p.name}
          </Link>
          <div className="muted small">
            <span className="mono">{p.code}</span>
            {p.leadUnitName ? ` · ${p.leadUnitName}` : ""}
          </div>
          <LevelTags tags={p.levelTags} />
        </div>
      ),
    },
    {
      title: t("projects.field.stage"),
      dataIndex: "stage",
      key: "stage",
      render: (_, p) => <StageTag project={p} />,
    },
    {
      title: t("projects.field.health"),
      key: "health",
      render: (_, p) => <HealthTag health={p.health} />,
    },
    {
      title: t("projects.field.totalInvestment"),
      dataIndex: "totalInvestmentYuan",
      key: "totalInvestmentYuan",
      align: "right",
      sorter: true,
      sortOrder: sortOrder("totalInvestmentYuan"),
      render: (v: string) => <Amount yuan={v} />,
    },
    {
      title: t("projects.field.annualPlan"),
      dataIndex: "annualPlanYuan",
      key: "annualPlan",
      align: "right",
      render: (v: string | null) => <Amount yuan={v} />,
    },
    {
      title: t("projects.field.ytdAgainstSchedule", { period: pl.against("0", null).period }),
      key: "ytd",
      render: (_, p) =>
        Number(p.ytdInvestmentYuan) === 0 && !p.annualPlanYuan ? (
          <span className="muted">—</span>
        ) : (
          <div className="prj-ytd-cell">
            <Amount yuan={p.ytdInvestmentYuan} />
            <div>
              <AgainstSchedule ytdYuan={p.ytdInvestmentYuan} planYuan={p.annualPlanYuan} compact />
            </div>
          </div>
        ),
    },
    {
      title: t("projects.field.tierCategory"),
      key: "tier",
      render: (_, p) => (
        <div className="nowrap">
          {pl.tier(p.tier)}
          <div className="muted small">
            {pl.category(p.category)} · {pl.constructionType(p.constructionType)}
          </div>
        </div>
      ),
    },
    {
      title: t("projects.field.plannedStartOn"),
      dataIndex: "plannedStartOn",
      key: "plannedStartOn",
      sorter: true,
      sortOrder: sortOrder("plannedStartOn"),
      render: (v: string | null) => (
        <span className="nowrap">
          <DateText value={v} />
        </span>
      ),
    },
  ];
  if (!me.zoneId)
    columns.splice(1, 0, {
      title: t("projects.field.zone"),
      dataIndex: "zoneName",
      key: "zone",
      render: (v: string) => <span className="nowrap">{v}</span>,
    });
  if (writable) columns.push(editColumn<Project>(t, setEditing, "project-edit"));

  return (
    <Page
      title={t("projects.title")}
      subtitle={t("projects.subtitle")}
      testId="page-projects"
      extra={
        <>
          <Segmented
            value={board ? "board" : "list"}
            onChange={(v) => update({ view: v === "board" ? "board" : undefined, page: params.page })}
            options={[
              { value: "list", icon: <UnorderedListOutlined />, label: t("projects.view.list") },
              { value: "board", icon: <AppstoreOutlined />, label: t("projects.view.board") },
            ]}
            data-testid="project-view"
          />
          <Dropdown
            trigger={["click"]}
            menu={{
              items: [
                { key: "tasks", label: t("projects.exports.tasks") },
                { key: "responsibilities", label: t("projects.exports.responsibilities") },
                { type: "divider" },
                { key: "note", label: t("projects.exports.filtered"), disabled: true },
              ],
              onClick: ({ key }) => key in EXPORTS && void exportList(key as keyof typeof EXPORTS),
            }}
          >
            <Button icon={<DownloadOutlined />} loading={exporting} data-testid="project-export">
              {t("projects.exports.button")}
            </Button>
          </Dropdown>
          {canReport && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="investment-import">
              {t("projects.investmentImport.button")}
            </Button>
          )}
          {writable && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing("new")}
              data-testid="project-create"
            >
              {t("projects.create")}
            </Button>
          )}
        </>
      }
    >
      <TableCard
        error={list.error}
        onRetry={() => void list.refetch()}
        filters={
          <FilterBar
            values={filterValues}
            onApply={(v) => {
              const next = v as Record<string, string | undefined>;
              if (next.zoneId !== params.zoneId) next.leadUnitId = undefined;
              update(next);
            }}
          >
            <FilterItem name="q" label={t("common.keyword")} wide>
              <Input allowClear placeholder={t("projects.keywordPlaceholder")} data-testid="filter-q" />
            </FilterItem>
            {!me.zoneId && (
              <FilterItem name="zoneId" label={t("projects.field.zone")}>
                <ZoneSelect allowClear placeholder={t("common.all")} testId="filter-zone" />
              </FilterItem>
            )}
            <FilterItem name="stage" label={t("projects.field.stage")}>
              <Select
                allowClear
                placeholder={t("common.all")}
                options={pl.stageOptions}
                popupMatchSelectWidth={false}
                data-testid="filter-stage"
              />
            </FilterItem>
            <FilterItem name="health" label={t("projects.field.health")}>
              <Select allowClear placeholder={t("common.all")} options={pl.healthOptions} data-testid="filter-health" />
            </FilterItem>
            <FilterItem name="tier" label={t("projects.field.tier")}>
              <Select allowClear placeholder={t("common.all")} options={pl.tierOptions} data-testid="filter-tier" />
            </FilterItem>
            <FilterItem name="category" label={t("projects.field.category")}>
              <Select
                allowClear
                placeholder={t("common.all")}
                options={pl.categoryOptions}
                popupMatchSelectWidth={false}
                data-testid="filter-category"
              />
            </FilterItem>
            <FilterItem name="constructionType" label={t("projects.field.constructionType")}>
              <Select
                allowClear
                placeholder={t("common.all")}
                options={pl.constructionTypeOptions}
                data-testid="filter-construction"
              />
            </FilterItem>
            <FilterItem name="level" label={t("projects.field.levelTags")}>
              <Select allowClear placeholder={t("common.all")} options={pl.levelOptions} data-testid="filter-level" />
            </FilterItem>
            {zoneId && (
              <FilterItem name="leadUnitId" label={t("projects.field.leadUnit")}>
                <UnitTreeSelect zoneId={zoneId} placeholder={t("common.all")} testId="filter-lead-unit" />
              </FilterItem>
            )}
          </FilterBar>
        }
      >
        <ListToolbar totals={data?.totals} params={params} update={update} showStages={!board} />
        {board ? (
          <ProjectBoard projects={data?.items ?? []} totals={data?.totals} loading={list.isFetching} />
        ) : mobile ? (
          <ProjectCards data={data} loading={list.isFetching} onPage={(p, s) => update({ page: p, pageSize: s })} />
        ) : (
          <DataTable<Project>
            rowKey="id"
            columns={columns}
            data={data}
            loading={list.isFetching}
            locale={{ emptyText: t("projects.empty") }}
            onPage={(p, s) => update({ page: p, pageSize: s })}
            onChange={sortHandler(SORTABLE, update)}
          />
        )}
      </TableCard>
      <Suspense fallback={null}>
        {editing && (
          <ProjectDrawer
            project={editing === "new" ? null : editing}
            onClose={() => setEditing(null)}
            onCreated={(p) => navigate(`/projects/${p.id}`)}
          />
        )}
        {importing && <InvestmentImportModal zoneId={params.zoneId} onClose={() => setImporting(false)} />}
      </Suspense>
    </Page>
  );
}
