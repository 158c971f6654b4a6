/**
 * The enterprise rows behind a clicked figure (GET /statistics/drill): their exact sum is the figure itself, with
 * last year's comparable sum beside; rows page, sort and switch between this year and the same month last year.
 */
import { indicatorById } from "@zoneos/core/statistics-indicators";
import { Drawer, Segmented, Space, Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { QueryError } from "../../../ui/ErrorResult";
import { useLocale } from "../../../ui/format";
import { useDrawerWidth, useIsMobile } from "../../../ui/useIsMobile";
import { fieldUnit, Pct, StatusTag, useFigureFormat } from "../parts";
import { type DrillRow, useDrill } from "../queries";

export interface DrillTarget {
  zoneId: string;
  month: string;
  indicator: string;
  /** What was clicked, for the title (e.g. "制造业", "3月"). */
  label?: string;
  industry?: string;
  cluster?: string;
  group?: "all" | "comparable" | "entering" | "leaving";
  sort?: "value" | "yoy" | "name";
  order?: "asc" | "desc";
}

export function DrillDrawer({ target, onClose }: { target: DrillTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const width = useDrawerWidth(900);
  const mobile = useIsMobile();
  const fmt = useFigureFormat();
  const [page, setPage] = useState(1);
  const [basis, setBasis] = useState<"current" | "prior">("current");
  const [group, setGroup] = useState<DrillTarget["group"]>("all");
  const [sort, setSort] = useState<{ sort: string; order: string }>({ sort: "value", order: "desc" });
  useEffect(() => {
    setPage(1);
    setBasis("current");
    setGroup(target?.group ?? "all");
    setSort({ sort: target?.sort ?? "value", order: target?.order ?? "desc" });
  }, [target]);
  const drill = useDrill(
    target
      ? {
          zoneId: target.zoneId,
          month: target.month,
          indicator: target.indicator,
          industry: target.industry,
          cluster: target.cluster,
          group,
          basis,
          page,
          pageSize: 20,
          ...sort,
        }
      : null,
  );
  const def = target ? indicatorById(target.indicator) : undefined;
  const name = def ? (locale === "zh-CN" ? def.nameZh : def.nameEn) : (target?.indicator ?? "");
  const d = drill.data;
  // Rows carry the report field summed (a count drills into its enterprises' output).
  const unit = d ? fieldUnit(d.field) : (def?.unit ?? "yuan");
  const columns: ColumnsType<DrillRow> = [
    {
      title: t("stat.enterpriseName"),
      key: "name",
      sorter: true,
      sortOrder: sort.sort === "name" ? (sort.order === "asc" ? "ascend" : "descend") : null,
      render: (_, r) => (
        <Link to={`/enterprises/${r.enterpriseId}`} className="stat-name">
          {r.name}
        </Link>
      ),
    },
    {
      title: t("stat.industry"),
      key: "industry",
      render: (_, r) => (
        <span className="nowrap">
          {r.industryCode}
          {r.cluster && <span className="muted small"> · {r.cluster}</span>}
        </span>
      ),
    },
    {
      title: t("stat.cumulative"),
      key: "value",
      align: "right",
      sorter: true,
      sortOrder: sort.sort === "value" ? (sort.order === "asc" ? "ascend" : "descend") : null,
      render: (_, r) => <b className="num nowrap">{fmt(r.value, unit)}</b>,
    },
    {
      title: t("stat.monthValue"),
      key: "monthValue",
      align: "right",
      render: (_, r) => <span className="num nowrap">{fmt(r.monthValue, unit)}</span>,
    },
    {
      title: t("stat.lastYear"),
      key: "prior",
      align: "right",
      render: (_, r) => <span className="num nowrap muted">{fmt(r.prior, unit)}</span>,
    },
    {
      title: t("stat.yoy"),
      key: "yoy",
      align: "right",
      sorter: true,
      sortOrder: sort.sort === "yoy" ? (sort.order === "asc" ? "ascend" : "descend") : null,
      render: (_, r) => <Pct value={r.yoyPct} />,
    },
    {
      title: t("stat.report.status"),
      key: "status",
      render: (_, r) => (
        <Space size={2}>
          <StatusTag status={r.status} />
          {!r.comparable && <Tag>{t("stat.cockpit.notComparable")}</Tag>}
        </Space>
      ),
    },
  ];
  return (
    <Drawer
      open={Boolean(target)}
      onClose={onClose}
      width={width}
      zIndex={1100}
      destroyOnHidden
      title={`${t("stat.cockpit.drillTitle", { indicator: name })}${target?.label ? ` · ${target.label}` : ""}`}
      data-testid="drill-drawer"
    >
      <Space direction="vertical" size={12} style={{ width: "100%" }}>
        <Space wrap>
          <Segmented
            size={mobile ? "small" : "middle"}
            value={group}
            onChange={(v) => {
              setGroup(v as DrillTarget["group"]);
              setPage(1);
            }}
            options={(["all", "comparable", "entering", "leaving"] as const).map((g) => ({
              value: g,
              label: t(`stat.cockpit.group.${g}`),
            }))}
          />
          <Segmented
            size={mobile ? "small" : "middle"}
            value={basis}
            onChange={(v) => {
              setBasis(v as "current" | "prior");
              setPage(1);
            }}
            options={[
              { value: "current", label: t("stat.cockpit.basisCurrent") },
              { value: "prior", label: t("stat.cockpit.basisPrior") },
            ]}
          />
        </Space>
        {d && (
          <div data-testid="drill-sum">
            {t("stat.cockpit.drillSum", {
              sum: fmt(d.sum, unit, { auto: true }),
              prior: fmt(d.priorSum, unit, { auto: true }),
            })}{" "}
            · {t("stat.enterprises", { n: d.total })}
          </div>
        )}
        {drill.error ? <QueryError error={drill.error} /> : null}
        <Table<DrillRow>
          rowKey="reportId"
          size="small"
          columns={columns}
          dataSource={d?.items}
          loading={drill.isFetching}
          scroll={{ x: "max-content" }}
          onChange={(_p, _f, sorter, extra) => {
            if (extra.action !== "sort") return;
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const key = String(s?.columnKey ?? "value");
            setSort({
              sort: key === "name" || key === "yoy" ? key : "value",
              order: s?.order === "ascend" ? "asc" : "desc",
            });
            setPage(1);
          }}
          pagination={
            d
              ? {
                  current: page,
                  pageSize: 20,
                  total: d.total,
                  onChange: setPage,
                  showSizeChanger: false,
                  simple: mobile,
                }
              : false
          }
          data-testid="drill-table"
        />
      </Space>
    </Drawer>
  );
}
