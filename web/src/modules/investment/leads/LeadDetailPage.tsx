/**
 * One lead: the investor and the project idea with its figures, the pipeline bar with the moves allowed now,
 * the 撞单 claim (and the leaders' arbitration), then tabs — activities, landing review, contracts with
 * their fulfilment, the stage history and the whole timeline. The tab is in the URL.
 */
import { EditOutlined } from "@ant-design/icons";
import type { Lead } from "@zoneos/core/investment-api";
import { Button, Card, Descriptions, Empty, Tabs, Tag, Timeline } from "antd";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { QueryError } from "../../../ui/ErrorResult";
import { DateText, DateTimeText } from "../../../ui/format";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { PageLoading } from "../../../ui/PageLoading";
import { useInvLabels } from "../labels";
import { Amount, Figure, StageTag, useInvAccess } from "../parts";
import { useLead, useLeadHistory, useLeadTimeline } from "../queries";
import "../investment.css";
import "../i18n";
import { ClaimCard } from "./ClaimCard";
import { LeadActivities } from "./LeadActivities";
import { LeadContracts } from "./LeadContracts";
import { LeadReviews } from "./LeadReviews";
import { type StageAction, StageBar } from "./StageBar";

const LeadDrawer = lazy(() => import("./LeadDrawer").then((m) => ({ default: m.LeadDrawer })));
const ContractDrawer = lazy(() => import("../contracts/ContractDrawer").then((m) => ({ default: m.ContractDrawer })));
const RegisterModal = lazy(() => import("../contracts/LandingModals").then((m) => ({ default: m.RegisterModal })));
const ConvertModal = lazy(() => import("../contracts/LandingModals").then((m) => ({ default: m.ConvertModal })));

const TABS = ["overview", "activities", "review", "contracts", "history", "timeline"] as const;
type Tab = (typeof TABS)[number];

export default function LeadDetailPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const access = useInvAccess();
  const navigate = useNavigate();
  const { params, update } = useListParams();
  const lead = useLead(id);
  const [editing, setEditing] = useState(false);
  const [action, setAction] = useState<StageAction | null>(null);

  if (lead.isPending) return <PageLoading />;
  if (lead.error || !lead.data) return <QueryError error={lead.error} onRetry={() => void lead.refetch()} />;
  const l = lead.data;
  const writable = access.write && l.canEdit;
  const tab: Tab = TABS.includes(params.tab as Tab) ? (params.tab as Tab) : "overview";

  return (
    <Page
      title={
        <span className="prj-title">
          {l.investorName} <StageTag stage={l.stage} heldFrom={l.heldFrom} />
        </span>
      }
      subtitle={`${l.projectName} · ${l.ownerUnitName}${l.ownerUserName ? ` · ${l.ownerUserName}` : ""}`}
      crumb={l.investorName}
      testId="page-lead"
      extra={
        writable && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="lead-edit">
            {t("common.edit")}
          </Button>
        )
      }
    >
      <Header lead={l} />
      <StageBar lead={l} writable={writable} onAction={setAction} />
      {l.claim && <ClaimCard lead={l} />}
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={(k) => update({ tab: k === "overview" ? undefined : k })}
          destroyOnHidden
          items={[
            { key: "overview", label: t("inv.detail.tab.overview"), children: <Overview lead={l} /> },
            {
              key: "activities",
              label: <span data-testid="tab-activities">{t("inv.detail.tab.activities")}</span>,
              children: <LeadActivities lead={l} writable={access.write} />,
            },
            {
              key: "review",
              label: <span data-testid="tab-review">{t("inv.detail.tab.review")}</span>,
              children: <LeadReviews lead={l} writable={writable} />,
            },
            {
              key: "contracts",
              label: <span data-testid="tab-contracts">{t("inv.detail.tab.contracts")}</span>,
              children: <LeadContracts lead={l} writable={writable} onAction={setAction} />,
            },
            { key: "history", label: t("inv.detail.tab.history"), children: <History id={l.id} /> },
            { key: "timeline", label: t("inv.detail.tab.timeline"), children: <LeadTimeline id={l.id} /> },
          ]}
        />
      </Card>
      <Suspense fallback={null}>
        {editing && <LeadDrawer lead={l} onClose={() => setEditing(false)} />}
        {action === "contract" && <ContractDrawer lead={l} contract={null} onClose={() => setAction(null)} />}
        {action === "register" && <RegisterModal lead={l} onClose={() => setAction(null)} />}
        {action === "convert" && (
          <ConvertModal
            lead={l}
            onClose={() => setAction(null)}
            onConverted={(projectId) => navigate(`/projects/${projectId}`)}
          />
        )}
      </Suspense>
    </Page>
  );
}

function Header({ lead: l }: { lead: Lead }) {
  const { t } = useTranslation();
  const il = useInvLabels();
  return (
    <Card className="inv-card" data-testid="lead-header">
      <div className="inv-figures">
        <Figure label={t("inv.lead.intended")} testId="figure-intended">
          <Amount yuan={l.intendedInvestmentYuan} />
        </Figure>
        <Figure label={t("inv.lead.landMu")}>{l.landMu ? `${l.landMu} ${t("inv.unit.mu")}` : "—"}</Figure>
        <Figure label={t("inv.lead.output")}>
          <Amount yuan={l.expectedOutputYuan} />
        </Figure>
        <Figure label={t("inv.lead.tax")}>
          <Amount yuan={l.expectedTaxYuan} />
        </Figure>
        <Figure label={t("inv.lead.jobs")}>{l.expectedJobs ?? "—"}</Figure>
        <Figure label={t("inv.lead.signed")} testId="figure-signed">
          {l.signedAmountYuan ? (
            <>
              <Amount yuan={l.signedAmountYuan} />
              <div className="muted small">
                <DateText value={l.signedOn} />
              </div>
            </>
          ) : (
            <span className="muted">—</span>
          )}
        </Figure>
      </div>
      {(l.enterpriseId || l.projectId) && (
        <div style={{ marginTop: 12 }}>
          {l.enterpriseId && (
            <Tag color="lime">
              {t("inv.lead.enterprise")}
              {il.sep}
              <Link to={`/enterprises/${l.enterpriseId}`}>{l.enterpriseName}</Link>
            </Tag>
          )}
          {l.projectId && (
            <Tag color="green">
              {t("inv.lead.projectLink")}
              {il.sep}
              <Link to={`/projects/${l.projectId}`} data-testid="lead-project-link">
                {l.linkedProjectName}
              </Link>
            </Tag>
          )}
        </div>
      )}
    </Card>
  );
}

function Overview({ lead: l }: { lead: Lead }) {
  const { t } = useTranslation();
  const il = useInvLabels();
  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2, lg: 3 }}
        title={t("inv.lead.sectionInvestor")}
        items={[
          { key: "name", label: t("inv.lead.investor"), children: l.investorName },
          {
            key: "code",
            label: t("inv.lead.creditCode"),
            children: l.investorForeign ? (
              t("inv.lead.foreign")
            ) : (
              <span className="mono">{l.investorCreditCode ?? "—"}</span>
            ),
          },
          { key: "hq", label: t("inv.lead.hq"), children: l.investorHq ?? "—" },
          { key: "ind", label: t("inv.lead.investorIndustry"), children: l.investorIndustry ?? "—" },
          { key: "size", label: t("inv.lead.size"), children: il.size(l.investorSize) },
          { key: "listed", label: t("inv.lead.listed"), children: l.investorListed ? t("common.yes") : t("common.no") },
          {
            key: "contacts",
            label: t("inv.lead.contacts"),
            span: "filled",
            children:
              l.contacts.length === 0
                ? "—"
                : l.contacts.map((c) => (
                    <div key={`${c.name}-${c.phone ?? ""}`}>
                      {c.name}
                      {c.title ? `（${c.title}）` : ""} {c.phone ? <span className="mono">{c.phone}</span> : null}
                    </div>
                  )),
          },
        ]}
      />
      <Descriptions
        size="small"
        bordered
        style={{ marginTop: 16 }}
        column={{ xs: 1, sm: 2, lg: 3 }}
        title={t("inv.lead.sectionProject")}
        items={[
          { key: "project", label: t("inv.lead.project"), children: l.projectName },
          {
            key: "industry",
            label: t("inv.lead.industry"),
            children: l.industryCode ? `${l.industryCode} ${l.industryName ?? ""}` : "—",
          },
          { key: "chain", label: t("inv.lead.chainNode"), children: l.chainNodeName ?? "—" },
          { key: "source", label: t("inv.lead.source"), children: il.source(l.source) },
          { key: "sourceNote", label: t("inv.lead.sourceNote"), children: l.sourceNote ?? "—" },
          { key: "first", label: t("inv.lead.firstContact"), children: <DateText value={l.firstContactOn} /> },
          {
            key: "energy",
            label: t("inv.lead.energy"),
            children: l.expectedEnergyTce ? `${l.expectedEnergyTce} ${t("inv.unit.tce")}` : "—",
          },
          { key: "zone", label: t("inv.zone"), children: l.zoneName },
          { key: "created", label: t("inv.lead.createdAt"), children: <DateTimeText value={l.createdAt} /> },
          {
            key: "content",
            label: t("inv.lead.content"),
            span: "filled",
            children: <div style={{ whiteSpace: "pre-wrap" }}>{l.projectContent ?? "—"}</div>,
          },
        ]}
      />
    </>
  );
}

function History({ id }: { id: string }) {
  const { t } = useTranslation();
  const il = useInvLabels();
  const history = useLeadHistory(id);
  if (history.error) return <QueryError error={history.error} />;
  if (!history.isPending && (history.data ?? []).length === 0) return <Empty />;
  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={(history.data ?? []).map((h) => ({
        key: h.id,
        color: h.toStage === "lost" ? "red" : h.toStage === "onHold" ? "orange" : "blue",
        children: (
          <div data-testid="history-entry">
            <div>
              {h.fromStage ? `${il.stage(h.fromStage)} → ` : ""}
              <b>{il.stage(h.toStage)}</b>
            </div>
            {h.reason && <div className="small">{h.reason}</div>}
            <div className="muted small">
              <DateTimeText value={h.at} /> {h.byName ?? t("inv.system")}
            </div>
          </div>
        ),
      }))}
    />
  );
}

const TIMELINE_COLORS: Record<string, string> = {
  stage: "blue",
  activity: "cyan",
  review: "purple",
  contract: "gold",
  claim: "red",
};

function LeadTimeline({ id }: { id: string }) {
  const { t } = useTranslation();
  const timeline = useLeadTimeline(id);
  if (timeline.error) return <QueryError error={timeline.error} />;
  if (!timeline.isPending && (timeline.data ?? []).length === 0) return <Empty />;
  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={(timeline.data ?? []).map((e) => ({
        key: `${e.kind}-${e.refId}-${e.at}`,
        color: TIMELINE_COLORS[e.kind] ?? "gray",
        children: (
          <div>
            <Tag bordered={false}>{t(`inv.timeline.${e.kind}`)}</Tag>
            {e.title}
            {e.detail && <div className="small muted">{e.detail}</div>}
            <div className="muted small">
              <DateTimeText value={e.at} />
            </div>
          </div>
        ),
      }))}
    />
  );
}
