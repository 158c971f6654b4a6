/**
 * The enterprise 360° page: name, credit code, the flags and qualifications in force and key facts on
 * top; then the record, a dated timeline of scale flags, qualifications (validity; 高新技术企业 due for
 * renewal within 90 days) and rung steps; R&D platforms, innovation figures, the party organisation and
 * the chain nodes it sits on. Writers add and correct each part; an enterprise's own account keeps its
 * contacts current.
 */
import {
  ApartmentOutlined,
  DeleteOutlined,
  EditOutlined,
  PhoneOutlined,
  PlusOutlined,
  RiseOutlined,
} from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Dropdown,
  Empty,
  List,
  Popconfirm,
  Row,
  Space,
  Tag,
  Timeline,
} from "antd";
import dayjs from "dayjs";
import { lazy, type ReactNode, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { api } from "../../../app/api";
import { useCan, useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { Area, DateText, Money } from "../../../ui/format";
import { Page } from "../../../ui/Page";
import { PageLoading } from "../../../ui/PageLoading";
import { QUALIFICATION_COLORS, SEGMENT_COLORS, useEnterpriseLabels } from "../labels";
import { useEnterprise360, useInvalidate } from "../queries";
import type { Enterprise360, Qualification, ScaleFlag } from "../types";
import "../enterprises.css";
import "../i18n";

// The forms load when a writer opens one: readers never download them.
const EnterpriseDrawer = lazy(() => import("./EnterpriseDrawer").then((m) => ({ default: m.EnterpriseDrawer })));
const forms = () => import("./FactForms");
const ContactsModal = lazy(() => forms().then((m) => ({ default: m.ContactsModal })));
const InnovationModal = lazy(() => forms().then((m) => ({ default: m.InnovationModal })));
const PartyModal = lazy(() => forms().then((m) => ({ default: m.PartyModal })));
const PlatformModal = lazy(() => forms().then((m) => ({ default: m.PlatformModal })));
const QualificationModal = lazy(() => forms().then((m) => ({ default: m.QualificationModal })));
const RungStepModal = lazy(() => forms().then((m) => ({ default: m.RungStepModal })));
const ScaleFlagModal = lazy(() => forms().then((m) => ({ default: m.ScaleFlagModal })));

type Dialog =
  | { kind: "edit" }
  | { kind: "contacts" }
  | { kind: "flag"; flag: ScaleFlag | null; ending?: boolean }
  | { kind: "qualification"; qualification: Qualification | null }
  | { kind: "platform" }
  | { kind: "innovation" }
  | { kind: "party" }
  | { kind: "rung" }
  | null;

const RENEWAL_DAYS = 90;

/** A qualification's standing today: in force, renewal due (高新 within 90 days of expiry), or expired. */
export function validity(q: Pick<Qualification, "kind" | "expiresOn">, today = dayjs()) {
  if (!q.expiresOn) return "valid" as const;
  const expires = dayjs(q.expiresOn);
  if (expires.isBefore(today, "day")) return "expired" as const;
  if (q.kind === "hitech" && expires.diff(today, "day") <= RENEWAL_DAYS) return "renewalDue" as const;
  return "valid" as const;
}

export default function EnterpriseDetailPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const el = useEnterpriseLabels();
  const view = useEnterprise360(id);
  const [dialog, setDialog] = useState<Dialog>(null);

  if (view.isPending) return <PageLoading />;
  if (view.error || !view.data) return <QueryError error={view.error} onRetry={() => void view.refetch()} />;
  const v = view.data;
  const e = v.enterprise;
  const writable = can("enterprises:write");
  const ownAccount = me.scope === "enterprise";
  const close = () => setDialog(null);

  return (
    <Page
      title={
        <span className="ent-title">
          {e.name}
          {e.status !== "operating" && <Tag>{el.status(e.status)}</Tag>}
        </span>
      }
      subtitle={
        <span className="mono" data-testid="enterprise-credit-code">
          {e.creditCode ?? t("enterprises.noCreditCode")}
        </span>
      }
      crumb={e.name}
      testId="page-enterprise"
      extra={
        <>
          {ownAccount && (
            <Button
              icon={<PhoneOutlined />}
              onClick={() => setDialog({ kind: "contacts" })}
              data-testid="contacts-edit"
            >
              {t("enterprises.contacts.edit")}
            </Button>
          )}
          {writable && (
            <>
              <Dropdown
                trigger={["click"]}
                menu={{
                  items: [
                    { key: "flag", label: t("enterprises.facts.addFlag") },
                    { key: "qualification", label: t("enterprises.facts.addQualification") },
                    { key: "platform", label: t("enterprises.facts.addPlatform") },
                    { key: "rung", label: t("enterprises.rungStep.title"), disabled: e.rung === "listed" },
                  ],
                  onClick: ({ key }) => {
                    if (key === "flag") setDialog({ kind: "flag", flag: null });
                    if (key === "qualification") setDialog({ kind: "qualification", qualification: null });
                    if (key === "platform") setDialog({ kind: "platform" });
                    if (key === "rung") setDialog({ kind: "rung" });
                  },
                }}
              >
                <Button icon={<PlusOutlined />} data-testid="enterprise-add">
                  {t("enterprises.facts.record")}
                </Button>
              </Dropdown>
              <Button
                type="primary"
                icon={<EditOutlined />}
                onClick={() => setDialog({ kind: "edit" })}
                data-testid="enterprise-edit"
              >
                {t("common.edit")}
              </Button>
            </>
          )}
        </>
      }
    >
      <Header view={v} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            <Record view={v} />
            <History view={v} writable={writable} onDialog={setDialog} />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            <Chains view={v} />
            <Innovation view={v} writable={writable} onDialog={setDialog} />
            <Platforms view={v} writable={writable} onDialog={setDialog} />
            <Party view={v} writable={writable} onDialog={setDialog} />
          </Space>
        </Col>
      </Row>
      <Suspense fallback={null}>
        {dialog?.kind === "edit" && <EnterpriseDrawer enterprise={e} onClose={close} />}
        {dialog?.kind === "contacts" && <ContactsModal enterprise={e} onClose={close} />}
        {dialog?.kind === "flag" && (
          <ScaleFlagModal enterpriseId={e.id} flag={dialog.flag} ending={dialog.ending} onClose={close} />
        )}
        {dialog?.kind === "qualification" && (
          <QualificationModal enterpriseId={e.id} qualification={dialog.qualification} onClose={close} />
        )}
        {dialog?.kind === "platform" && <PlatformModal enterpriseId={e.id} onClose={close} />}
        {dialog?.kind === "innovation" && <InnovationModal view={v} onClose={close} />}
        {dialog?.kind === "party" && <PartyModal view={v} onClose={close} />}
        {dialog?.kind === "rung" && <RungStepModal enterprise={e} onClose={close} />}
      </Suspense>
    </Page>
  );
}

/** Tags in force and the figures people ask for first. */
function Header({ view }: { view: Enterprise360 }) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const e = view.enterprise;
  const renewals = view.qualifications.filter((q) => validity(q) === "renewalDue");
  return (
    <Card className="ent-header" data-testid="enterprise-header">
      <Space size={[6, 6]} wrap data-testid="enterprise-tags">
        {e.scaleKinds.length > 0 && (
          <Tag color="red" bordered={false}>
            {el.scale("fourAbove")}
          </Tag>
        )}
        {e.scaleKinds.map((k) => (
          <Tag key={k} color="blue" bordered={false}>
            {el.scale(k)}
          </Tag>
        ))}
        {e.qualificationKinds.map((k) => (
          <Tag key={k} color={QUALIFICATION_COLORS[k]} bordered={false}>
            {el.qualification(k)}
          </Tag>
        ))}
        <Tag bordered={false} icon={<RiseOutlined />}>
          {el.rung(e.rung)}
        </Tag>
        {renewals.map((q) => (
          <Tag key={q.id} color="orange" data-testid="renewal-due">
            {t("enterprises.timeline.renewalDueTag", { name: el.qualification(q.kind) })}
          </Tag>
        ))}
      </Space>
      <div className="ent-facts">
        <Fact label={el.field("industryCode")}>
          <span className="mono">{e.industryCode}</span> {e.industryName}
        </Fact>
        <Fact label={el.field("employees")}>
          <span className="num">{e.employees ?? "—"}</span>
        </Fact>
        <Fact label={el.field("landMu")}>
          <Area value={e.landMu} unit="mu" />
        </Fact>
        <Fact label={el.field("registeredCapitalYuan")}>
          <Money yuan={e.registeredCapitalYuan} />
        </Fact>
        <Fact label={t("enterprises.innovation.validInventionPatents")}>
          <span className="num">{view.innovation.validInventionPatents}</span>
        </Fact>
        <Fact label={t("enterprises.innovation.declaredRevenueShort")}>
          {view.innovation.declaredRevenueYuan ? (
            <>
              <Money yuan={view.innovation.declaredRevenueYuan} />
              <span className="muted small"> ({view.innovation.declaredRevenueYear})</span>
            </>
          ) : (
            "—"
          )}
        </Fact>
      </div>
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="ent-fact">
      <div className="muted small">{label}</div>
      <div className="ent-fact-value">{children}</div>
    </div>
  );
}

function Record({ view }: { view: Enterprise360 }) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const e = view.enterprise;
  return (
    <Card title={t("enterprises.detail.record")} size="small" data-testid="enterprise-record">
      <Descriptions column={{ xs: 1, sm: 2, xl: 2, xxl: 3 }} size="small">
        <Descriptions.Item label={el.field("zoneId")}>{e.zoneName}</Descriptions.Item>
        <Descriptions.Item label={el.field("ownership")}>{el.ownership(e.ownership)}</Descriptions.Item>
        <Descriptions.Item label={el.field("status")}>{el.status(e.status)}</Descriptions.Item>
        <Descriptions.Item label={el.field("legalRepresentative")}>{e.legalRepresentative ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={el.field("establishedOn")}>
          <DateText value={e.establishedOn} />
        </Descriptions.Item>
        <Descriptions.Item label={el.field("cluster")}>{e.cluster ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={el.field("liaisonUserId")}>{e.liaisonName ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={el.field("contactName")}>{e.contactName ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={el.field("contactPhone")}>
          {e.contactPhone ? <a href={`tel:${e.contactPhone}`}>{e.contactPhone}</a> : "—"}
        </Descriptions.Item>
        <Descriptions.Item label={el.field("address")} span="filled">
          {e.address ?? "—"}
        </Descriptions.Item>
        {e.formerNames.length > 0 && (
          <Descriptions.Item label={el.field("formerNames")} span="filled">
            {e.formerNames.join("；")}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

interface Section {
  view: Enterprise360;
  writable: boolean;
  onDialog: (d: Dialog) => void;
}

interface Event {
  key: string;
  date: string;
  color: string;
  body: ReactNode;
  actions?: ReactNode;
}

/** Scale flags, qualifications and rung steps on one dated line, newest first. */
function History({ view, writable, onDialog }: Section) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const events: Event[] = [];
  const today = dayjs().format("YYYY-MM-DD");

  for (const f of view.scaleFlags) {
    const open = !f.endedOn || f.endedOn >= today;
    const actions = writable ? (
      <Space size={0}>
        {open && (
          <Button
            size="small"
            type="link"
            onClick={() => onDialog({ kind: "flag", flag: f, ending: true })}
            data-testid="flag-end"
          >
            {t("enterprises.facts.endFlag")}
          </Button>
        )}
        <Button size="small" type="link" onClick={() => onDialog({ kind: "flag", flag: f })}>
          {t("common.edit")}
        </Button>
      </Space>
    ) : undefined;
    events.push({
      key: `${f.id}-start`,
      date: f.startedOn,
      color: "blue",
      body: (
        <>
          {t("enterprises.timeline.flagStarted", { name: el.scale(f.kind) })}
          {open && (
            <Tag color="blue" bordered={false} style={{ marginInlineStart: 8 }}>
              {t("enterprises.timeline.inForce")}
            </Tag>
          )}
          {f.note && <div className="muted small">{f.note}</div>}
        </>
      ),
      actions,
    });
    if (f.endedOn)
      events.push({
        key: `${f.id}-end`,
        date: f.endedOn,
        color: "gray",
        body: t("enterprises.timeline.flagEnded", { name: el.scale(f.kind) }),
      });
  }

  for (const q of view.qualifications) {
    const state = validity(q);
    const listing = q.kind === "listed" || q.kind === "listingReserve";
    events.push({
      key: q.id,
      date: q.issuedOn ?? "",
      color: state === "expired" ? "gray" : state === "renewalDue" ? "orange" : "green",
      body: (
        <div data-testid="timeline-qualification">
          <Space size={6} wrap>
            <span>
              {listing
                ? t("enterprises.timeline.listed", { name: el.qualification(q.kind) })
                : t("enterprises.timeline.certified", { name: el.qualification(q.kind) })}
            </span>
            {state === "renewalDue" && <Tag color="orange">{t("enterprises.timeline.renewalDue")}</Tag>}
            {state === "expired" && <Tag>{t("enterprises.timeline.expired")}</Tag>}
            {state === "valid" && (
              <Tag color="green" bordered={false}>
                {t("enterprises.timeline.inForce")}
              </Tag>
            )}
          </Space>
          <div className="muted small">
            {[
              q.certificateNo && `${el.field("certificateNo")} ${q.certificateNo}`,
              q.board && `${el.board(q.board)}${q.stockCode ? ` ${q.stockCode}` : ""}`,
              q.tier && `${el.field("tier")} ${q.tier}`,
            ]
              .filter(Boolean)
              .join(" · ")}
            {q.expiresOn && (
              <>
                {q.certificateNo || q.board || q.tier ? " · " : ""}
                {t("enterprises.timeline.validUntil")} <DateText value={q.expiresOn} />
              </>
            )}
          </div>
        </div>
      ),
      actions: writable ? (
        <Button size="small" type="link" onClick={() => onDialog({ kind: "qualification", qualification: q })}>
          {state === "renewalDue" || state === "expired" ? t("enterprises.timeline.renew") : t("common.edit")}
        </Button>
      ) : undefined,
    });
  }

  for (const s of view.rungSteps)
    events.push({
      key: s.id,
      date: s.reachedOn,
      color: "purple",
      body: t("enterprises.timeline.rungStep", { name: el.rung(s.rung) }),
    });

  events.sort((a, b) => (b.date || "0").localeCompare(a.date || "0"));

  return (
    <Card
      title={t("enterprises.detail.history")}
      size="small"
      data-testid="enterprise-history"
      extra={
        writable ? (
          <Space size={0} wrap>
            <Button
              size="small"
              type="link"
              icon={<PlusOutlined />}
              onClick={() => onDialog({ kind: "flag", flag: null })}
              data-testid="flag-add"
            >
              {t("enterprises.facts.flagShort")}
            </Button>
            <Button
              size="small"
              type="link"
              icon={<PlusOutlined />}
              onClick={() => onDialog({ kind: "qualification", qualification: null })}
              data-testid="qualification-add"
            >
              {t("enterprises.facts.qualificationShort")}
            </Button>
          </Space>
        ) : undefined
      }
    >
      {events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("enterprises.timeline.empty")} />
      ) : (
        <Timeline
          className="ent-timeline"
          items={events.map((ev) => ({
            key: ev.key,
            color: ev.color,
            children: (
              <div className="ent-event">
                <div className="ent-event-date muted small">
                  {ev.date ? <DateText value={ev.date} /> : t("enterprises.timeline.undated")}
                </div>
                <div className="ent-event-main">
                  <div className="ent-event-body">{ev.body}</div>
                  {ev.actions && <div className="ent-event-actions">{ev.actions}</div>}
                </div>
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}

function Chains({ view }: { view: Enterprise360 }) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const can = useCan();
  const me = useMe();
  if (view.chainNodes.length === 0 && me.scope === "enterprise") return null;
  return (
    <Card title={t("enterprises.detail.chains")} size="small" data-testid="enterprise-chains">
      {view.chainNodes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("enterprises.detail.noChains")} />
      ) : (
        <List
          size="small"
          dataSource={view.chainNodes}
          renderItem={(n) => (
            <List.Item key={n.nodeId}>
              <Space size={6} wrap>
                <ApartmentOutlined style={{ color: SEGMENT_COLORS[n.segment] }} />
                {can("enterprises:read") && me.scope !== "enterprise" ? (
                  <Link to={`/chains/${n.chainId}?node=${n.nodeId}`} data-testid="enterprise-chain-link">
                    {n.chainName}
                  </Link>
                ) : (
                  n.chainName
                )}
                <span className="muted">›</span>
                <span>{n.nodeName}</span>
                <Tag bordered={false} color={SEGMENT_COLORS[n.segment]}>
                  {el.segment(n.segment)}
                </Tag>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function Innovation({ view, writable, onDialog }: Section) {
  const { t } = useTranslation();
  const i = view.innovation;
  return (
    <Card
      title={t("enterprises.detail.innovation")}
      size="small"
      data-testid="enterprise-innovation"
      extra={
        writable ? (
          <Button size="small" type="link" icon={<EditOutlined />} onClick={() => onDialog({ kind: "innovation" })}>
            {t("common.edit")}
          </Button>
        ) : undefined
      }
    >
      <div className="ent-figures">
        <Figure label={t("enterprises.innovation.inventionPatents")} value={i.inventionPatents} />
        <Figure label={t("enterprises.innovation.validInventionPatents")} value={i.validInventionPatents} />
        <Figure label={t("enterprises.innovation.utilityPatents")} value={i.utilityPatents} />
        <Figure label={t("enterprises.innovation.designPatents")} value={i.designPatents} />
        <Figure label={t("enterprises.innovation.highLevelTalents")} value={i.highLevelTalents} />
      </div>
      <Descriptions column={1} size="small" style={{ marginTop: 12 }}>
        <Descriptions.Item label={t("enterprises.innovation.partners")}>
          {i.partners.length ? i.partners.join("、") : "—"}
        </Descriptions.Item>
        <Descriptions.Item label={t("enterprises.innovation.declaredRevenue")}>
          {i.declaredRevenueYuan ? (
            <span>
              <Money yuan={i.declaredRevenueYuan} />{" "}
              <span className="muted">{t("enterprises.innovation.ofYear", { year: i.declaredRevenueYear })}</span>
            </span>
          ) : (
            "—"
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className="ent-figure">
      <div className="ent-figure-value num">{value}</div>
      <div className="muted small">{label}</div>
    </div>
  );
}

function Platforms({ view, writable, onDialog }: Section) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const remove = async (factId: string) => {
    try {
      await api.delete(`/v1/enterprises/${view.enterprise.id}/rd-platforms/${factId}`);
      void message.success(t("common.deleted"));
      await invalidate("enterprises");
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Card
      title={t("enterprises.detail.platforms")}
      size="small"
      data-testid="enterprise-platforms"
      extra={
        writable ? (
          <Button
            size="small"
            type="link"
            icon={<PlusOutlined />}
            onClick={() => onDialog({ kind: "platform" })}
            data-testid="platform-add"
          >
            {t("common.create")}
          </Button>
        ) : undefined
      }
    >
      {view.rdPlatforms.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("enterprises.detail.noPlatforms")} />
      ) : (
        <List
          size="small"
          dataSource={view.rdPlatforms}
          renderItem={(p) => (
            <List.Item
              key={p.id}
              actions={
                writable
                  ? [
                      <Popconfirm
                        key="del"
                        title={t("enterprises.facts.deletePlatformConfirm")}
                        onConfirm={() => remove(p.id)}
                      >
                        <Button size="small" type="text" icon={<DeleteOutlined />} aria-label={t("common.delete")} />
                      </Popconfirm>,
                    ]
                  : undefined
              }
            >
              <List.Item.Meta
                title={p.name}
                description={
                  <Space size={4} wrap>
                    <Tag
                      bordered={false}
                      color={p.level === "national" ? "red" : p.level === "provincial" ? "blue" : "default"}
                    >
                      {el.platformLevel(p.level)}
                    </Tag>
                    <span>{el.platformKind(p.kind)}</span>
                    {p.approvedOn && (
                      <span className="muted small">
                        · <DateText value={p.approvedOn} />
                      </span>
                    )}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function Party({ view, writable, onDialog }: Section) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const p = view.party;
  return (
    <Card
      title={t("enterprises.detail.party")}
      size="small"
      data-testid="enterprise-party"
      extra={
        writable ? (
          <Button
            size="small"
            type="link"
            icon={p ? <EditOutlined /> : <PlusOutlined />}
            onClick={() => onDialog({ kind: "party" })}
          >
            {p ? t("common.edit") : t("enterprises.party.add")}
          </Button>
        ) : undefined
      }
    >
      {p ? (
        <Descriptions column={{ xs: 1, sm: 2, xl: 1, xxl: 2 }} size="small">
          <Descriptions.Item label={t("enterprises.party.form")}>
            <Tag color="red" bordered={false}>
              {el.partyForm(p.form)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={el.field("members")}>
            <span className="num">{p.members}</span>
          </Descriptions.Item>
          <Descriptions.Item label={el.field("secretary")}>{p.secretary ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={el.field("instructor")}>{p.instructor ?? "—"}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("enterprises.party.none")} />
      )}
    </Card>
  );
}
