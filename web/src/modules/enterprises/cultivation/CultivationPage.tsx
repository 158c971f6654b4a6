/**
 * 梯次培育: per zone and year, each step of the ladder (个转企 → 小升规 → 规改股 → 股上市) with its target and
 * the steps reached, targets editable; and per step the candidates computed from the data, each with the
 * reason it is on the list (e.g. revenue at 92.5 % of the 规上 line).
 */
import { CheckOutlined, EditOutlined, RiseOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { formatMoney } from "@zoneos/core/format";
import {
  App,
  Button,
  Card,
  Col,
  Empty,
  InputNumber,
  Progress,
  Row,
  Segmented,
  Select,
  Space,
  Tag,
  Typography,
} from "antd";
import type { ColumnsType } from "antd/es/table/interface";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api } from "../../../app/api";
import { useCan, useMe, useMoneyUnit } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { Money } from "../../../ui/format";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { DataTable, TableCard } from "../../../ui/TablePage";
import { useIsMobile } from "../../../ui/useIsMobile";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { useEnterpriseLabels } from "../labels";
import { keys, useCandidates, useCultivationProgress } from "../queries";
import type { Candidate, Rung, RungProgress } from "../types";
import "../enterprises.css";
import "../i18n";

const STEPS = ["enterprise", "aboveScale", "jointStock", "listed"] as const;
const BANDS = [0.1, 0.2, 0.3];

export default function CultivationPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { params, update } = useListParams();
  const thisYear = dayjs().year();
  const year = Number(params.year) || thisYear;
  const zoneId = params.zoneId ?? me.zoneId ?? undefined;
  const rung = (STEPS as readonly string[]).includes(params.rung ?? "") ? (params.rung as Rung) : "aboveScale";
  const band = BANDS.includes(Number(params.band)) ? Number(params.band) : 0.2;
  const progress = useCultivationProgress(zoneId, year);

  return (
    <Page
      title={t("cultivation.title")}
      subtitle={t("cultivation.subtitle")}
      testId="page-cultivation"
      extra={
        <Space wrap>
          {!me.zoneId && (
            <ZoneSelect
              value={zoneId}
              onChange={(z) => update({ zoneId: z })}
              placeholder={t("cultivation.pickZone")}
              style={{ minWidth: 220 }}
              testId="cultivation-zone"
            />
          )}
          <Select
            value={year}
            onChange={(y) => update({ year: y === thisYear ? undefined : y })}
            options={Array.from({ length: 6 }, (_, i) => thisYear + 1 - i).map((y) => ({
              value: y,
              label: t("cultivation.year", { year: y }),
            }))}
            style={{ width: 120 }}
            data-testid="cultivation-year"
          />
        </Space>
      }
    >
      {!zoneId ? (
        <Card>
          <Empty description={t("cultivation.pickZone")} />
        </Card>
      ) : progress.error ? (
        <QueryError error={progress.error} onRetry={() => void progress.refetch()} />
      ) : (
        <>
          <Row gutter={[16, 16]} data-testid="cultivation-progress">
            {STEPS.map((r) => (
              <Col key={r} xs={12} xl={6}>
                <StepCard
                  zoneId={zoneId}
                  year={year}
                  row={progress.data?.find((p) => p.rung === r)}
                  rung={r}
                  active={r === rung}
                  onOpen={() => update({ rung: r === "aboveScale" ? undefined : r })}
                />
              </Col>
            ))}
          </Row>
          <Candidates
            key={`${rung}-${band}`}
            zoneId={zoneId}
            year={year}
            rung={rung}
            band={band}
            onBand={(b) => update({ band: b === 0.2 ? undefined : b })}
            onRung={(r) => update({ rung: r === "aboveScale" ? undefined : r })}
          />
        </>
      )}
    </Page>
  );
}

function StepCard({
  zoneId,
  year,
  rung,
  row,
  active,
  onOpen,
}: {
  zoneId: string;
  year: number;
  rung: Rung;
  row?: RungProgress;
  active: boolean;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const can = useCan();
  const { message } = App.useApp();
  const client = useQueryClient();
  const mobile = useIsMobile();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const target = row?.target ?? null;
  const reached = row?.reached ?? 0;
  const percent = target ? Math.min(100, Math.round((reached / target) * 100)) : 0;
  const writable = can("enterprises:write");

  const save = async () => {
    if (value === null) return;
    setBusy(true);
    try {
      const next = await api.put<RungProgress[]>("/v1/cultivation/targets", {
        zoneId,
        year,
        rung,
        target: value,
        version: row?.version ?? 0,
      });
      client.setQueryData(keys.progress(zoneId, year), next);
      void client.invalidateQueries({ queryKey: ["audit"] });
      void message.success(t("common.saved"));
      setEditing(false);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      size="small"
      hoverable
      className={active ? "rung-card rung-card-active" : "rung-card"}
      onClick={onOpen}
      data-testid={`rung-${rung}`}
      title={
        <Space size={6}>
          <RiseOutlined />
          {t(`cultivation.step.${rung as "enterprise"}`)}
        </Space>
      }
      extra={mobile ? undefined : <span className="muted small">→ {el.rung(rung)}</span>}
    >
      <div className="rung-figures">
        <span className="rung-reached num" data-testid="rung-reached">
          {reached}
        </span>
        <span className="muted"> / </span>
        {editing ? (
          // biome-ignore lint/a11y/noStaticElementInteractions: stops the card's click while editing
          // biome-ignore lint/a11y/useKeyWithClickEvents: as above
          <span onClick={(e) => e.stopPropagation()}>
            <Space.Compact size="small">
              <InputNumber
                autoFocus
                min={0}
                max={100_000}
                precision={0}
                value={value}
                onChange={(v) => setValue(v)}
                onPressEnter={() => void save()}
                style={{ width: 90 }}
                aria-label={t("cultivation.target")}
                data-testid="rung-target-input"
              />
              <Button
                type="primary"
                icon={<CheckOutlined />}
                loading={busy}
                onClick={() => void save()}
                aria-label={t("common.save")}
                data-testid="rung-target-save"
              />
            </Space.Compact>
          </span>
        ) : (
          <span className="num rung-target" data-testid="rung-target">
            {target ?? "—"}
          </span>
        )}
        {!editing && writable && (
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            aria-label={t("cultivation.editTarget")}
            onClick={(e) => {
              e.stopPropagation();
              setValue(target);
              setEditing(true);
            }}
            data-testid="rung-target-edit"
          />
        )}
      </div>
      <div className="muted small">{t("cultivation.reachedOfTarget", { year })}</div>
      <Progress
        percent={percent}
        status={target && reached >= target ? "success" : "active"}
        showInfo={Boolean(target)}
        size="small"
        style={{ marginTop: 8, marginBottom: 0 }}
      />
      {!target && <div className="muted small">{t("cultivation.noTarget")}</div>}
    </Card>
  );
}

function Candidates({
  zoneId,
  year,
  rung,
  band,
  onBand,
  onRung,
}: {
  zoneId: string;
  year: number;
  rung: Rung;
  band: number;
  onBand: (b: number) => void;
  onRung: (r: Rung) => void;
}) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const mobile = useIsMobile();
  const unit = useMoneyUnit();
  const candidates = useCandidates({ zoneId, year, rung, band: rung === "aboveScale" ? band : undefined });
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const all = candidates.data ?? [];
  const current = Math.min(page.page, Math.max(1, Math.ceil(all.length / page.pageSize)));
  const money = (yuan: string) => formatMoney(yuan, unit, el.locale, unit === "wan" ? 0 : 2);

  const reason = (c: Candidate) =>
    c.reason.code === "nearThreshold"
      ? t("cultivation.reason.nearThreshold", {
          revenue: c.revenueYuan ? money(c.revenueYuan) : "—",
          share: (c.reason.share * 100).toFixed(1),
          threshold: money(c.reason.thresholdYuan),
        })
      : t("cultivation.reason.ladder", { from: el.rung(c.reason.from), to: el.rung(rung) });

  const columns: ColumnsType<Candidate> = [
    {
      title: t("enterprises.name"),
      dataIndex: "name",
      key: "name",
      render: (_, c) => (
        <div className="ent-name-cell">
          <Link to={`/enterprises/${c.id}`} data-testid="candidate-link">
            {c.name}
          </Link>
          {/* On a phone the reason sits under the name: the reason column would be off-screen. */}
          {mobile && <div className="muted small">{reason(c)}</div>}
        </div>
      ),
    },
    {
      title: el.field("industryCode"),
      dataIndex: "industryCode",
      key: "industry",
      render: (v: string) => <span className="mono">{v}</span>,
    },
    {
      title: t("cultivation.revenue"),
      dataIndex: "revenueYuan",
      key: "revenue",
      align: "right",
      render: (v: string | null) => <Money yuan={v} digits={unit === "wan" ? 0 : 2} />,
    },
    {
      title: t("cultivation.reasonTitle"),
      key: "reason",
      render: (_, c) => (
        <Space size={6} align="start">
          {c.reason.code === "nearThreshold" && (
            <Progress
              type="circle"
              size={22}
              percent={Math.round(c.reason.share * 100)}
              showInfo={false}
              strokeColor="#fa8c16"
            />
          )}
          <span data-testid="candidate-reason">{reason(c)}</span>
        </Space>
      ),
    },
  ];

  return (
    <TableCard
      error={candidates.error}
      onRetry={() => void candidates.refetch()}
      filters={
        <div className="candidates-head">
          <div>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t("cultivation.candidates")}
              {mobile && <span className="muted"> · {t(`cultivation.step.${rung as "enterprise"}`)}</span>}
              <Tag style={{ marginInlineStart: 8 }} data-testid="candidate-count">
                {candidates.data?.length ?? 0}
              </Tag>
            </Typography.Title>
            <Typography.Text type="secondary" className="small">
              {t(`cultivation.candidatesHelp.${rung as "enterprise"}`)}
            </Typography.Text>
          </div>
          <Space wrap>
            {/* On a phone the step cards above switch the list; four segments would not fit. */}
            {!mobile && (
              <Segmented
                value={rung}
                onChange={(v) => onRung(v as Rung)}
                options={STEPS.map((r) => ({ value: r, label: t(`cultivation.step.${r}`) }))}
                data-testid="candidate-rung"
              />
            )}
            {rung === "aboveScale" && (
              <Space size={4}>
                <span className="muted small">{t("cultivation.band")}</span>
                <Select
                  size="middle"
                  value={band}
                  onChange={onBand}
                  options={BANDS.map((b) => ({ value: b, label: t("cultivation.bandOption", { percent: b * 100 }) }))}
                  style={{ width: 150 }}
                  popupMatchSelectWidth={false}
                  data-testid="candidate-band"
                />
              </Space>
            )}
          </Space>
        </div>
      }
    >
      <DataTable<Candidate>
        rowKey="id"
        columns={mobile ? columns.filter((c) => c.key === "name" || c.key === "revenue") : columns}
        data={{
          items: all.slice((current - 1) * page.pageSize, current * page.pageSize),
          total: all.length,
          page: current,
          pageSize: page.pageSize,
        }}
        onPage={(p, size) => setPage({ page: p, pageSize: size })}
        loading={candidates.isFetching}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("cultivation.noCandidates")} />,
        }}
      />
    </TableCard>
  );
}
