/**
 * 项目落地审查: one review case — the "四不要" checklist with evidence, the zone's quantitative thresholds
 * against the lead's figures (pass / fail each), the committee's votes and opinions, and the decision with
 * its conditions. The decisions the rules refuse are disabled with the reason.
 */
import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from "@ant-design/icons";
import type { Review } from "@zoneos/core/investment-api";
import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  List,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { QueryError } from "../../../ui/ErrorResult";
import { FormModal } from "../../../ui/FormModal";
import { DateText, DateTimeText } from "../../../ui/format";
import { Page } from "../../../ui/Page";
import { PageLoading } from "../../../ui/PageLoading";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { REVIEW_CHECKS, useInvLabels } from "../labels";
import { DECISION_COLORS } from "../leads/LeadReviews";
import { useInvAccess } from "../parts";
import { investmentApi, useInvalidate, useLead, useReview } from "../queries";
import "../investment.css";
import "../i18n";

const FINDING_COLORS = { clear: "green", concern: "gold", violation: "red" } as const;
const VOTE_COLORS = { approve: "green", conditional: "gold", reject: "red", abstain: "default" } as const;

export default function ReviewPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const il = useInvLabels();
  const review = useReview(id);
  if (review.isPending) return <PageLoading />;
  if (review.error || !review.data) return <QueryError error={review.error} onRetry={() => void review.refetch()} />;
  const r = review.data;
  return (
    <Page
      title={
        <span className="prj-title">
          {t("inv.review.case")} ·{" "}
          {r.decision ? (
            <Tag color={DECISION_COLORS[r.decision]} data-testid="review-decision">
              {il.decision(r.decision)}
            </Tag>
          ) : (
            <Tag color="processing" data-testid="review-decision">
              {t("inv.review.pending")}
            </Tag>
          )}
        </span>
      }
      subtitle={
        <span>
          <Link to={`/investment/leads/${r.leadId}?tab=review`} data-testid="review-lead-link">
            {r.investorName}
          </Link>{" "}
          · {r.projectName} · {r.ownerUnitName}
        </span>
      }
      crumb={r.investorName}
      testId="page-review"
    >
      <Checklist review={r} />
      <Metrics review={r} />
      <Votes review={r} />
      <Decision review={r} />
    </Page>
  );
}

interface ChecklistValues {
  meetingOn?: Dayjs | null;
  summary?: string;
  items: { item: string; finding?: string; evidence?: string }[];
}

function Checklist({ review: r }: { review: Review }) {
  const { t } = useTranslation();
  const il = useInvLabels();
  const access = useInvAccess();
  const lead = useLead(r.leadId);
  const invalidate = useInvalidate();
  const { message } = App.useApp();
  const [form] = Form.useForm<ChecklistValues>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const editable = r.status === "open" && access.write && Boolean(lead.data?.canEdit);
  const initial = (): ChecklistValues => ({
    meetingOn: r.meetingOn ? dayjs(r.meetingOn) : null,
    summary: r.summary ?? undefined,
    items: REVIEW_CHECKS.map((item) => {
      const found = r.checklist.find((c) => c.item === item);
      return { item, finding: found?.finding, evidence: found?.evidence ?? undefined };
    }),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the saved review changes
  useEffect(() => form.setFieldsValue(initial()), [r.version]);

  const save = async (v: ChecklistValues) => {
    setBusy(true);
    setError(null);
    try {
      await investmentApi.put(`/reviews/${r.id}/checklist`, {
        // The rows are REVIEW_CHECKS in order; an item left unanswered is not sent (the server says what is missing).
        items: (v.items ?? [])
          .map((i, at) => ({
            item: REVIEW_CHECKS[at],
            finding: i?.finding,
            evidence: i?.evidence?.trim() || null,
            fileId: null,
          }))
          .filter((i) => i.finding),
        meetingOn: v.meetingOn ? v.meetingOn.format("YYYY-MM-DD") : null,
        summary: v.summary?.trim() || null,
        version: r.version,
      });
      await invalidate();
      void message.success(t("common.saved"));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t("inv.review.checklist")} className="inv-card" data-testid="review-checklist">
      <ProblemAlert error={error} style={{ marginBottom: 12 }} />
      <Form<ChecklistValues>
        form={form}
        layout="vertical"
        initialValues={initial()}
        onFinish={save}
        disabled={!editable}
      >
        <Form.List name="items">
          {(fields) =>
            fields.map((f) => {
              const item = REVIEW_CHECKS[f.name] as string;
              return (
                <div
                  key={f.key}
                  className="inv-check-row"
                  style={{ borderBottom: "1px solid #f0f0f0", paddingBottom: 8, marginBottom: 8 }}
                >
                  <div style={{ fontWeight: 600, marginBottom: 4 }}>
                    {f.name + 1}. {t("inv.review.checkPrefix")}
                    {il.check(item)}
                  </div>
                  <Form.Item name={[f.name, "finding"]} style={{ marginBottom: 4 }}>
                    <Radio.Group optionType="button" buttonStyle="solid" data-testid={`check-${item}`}>
                      {il.findingOptions.map((o) => (
                        <Radio.Button key={o.value} value={o.value}>
                          {o.label}
                        </Radio.Button>
                      ))}
                    </Radio.Group>
                  </Form.Item>
                  <Form.Item name={[f.name, "evidence"]} style={{ marginBottom: 0 }}>
                    <Input.TextArea rows={1} autoSize maxLength={2000} placeholder={t("inv.review.evidence")} />
                  </Form.Item>
                </div>
              );
            })
          }
        </Form.List>
        <Space wrap align="start" style={{ width: "100%" }}>
          <Form.Item name="meetingOn" label={t("inv.review.meetingOn")}>
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.Item name="summary" label={t("inv.review.summary")}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        {editable && (
          <Button type="primary" htmlType="submit" loading={busy} data-testid="checklist-save">
            {t("inv.review.saveChecklist")}
          </Button>
        )}
      </Form>
      {!editable && r.checklist.length > 0 && (
        <div style={{ marginTop: 8 }}>
          {r.checklist.map((c) => (
            <Tag key={c.item} color={FINDING_COLORS[c.finding]}>
              {il.check(c.item)}
              {il.sep}
              {il.finding(c.finding)}
            </Tag>
          ))}
        </div>
      )}
    </Card>
  );
}

function Metrics({ review: r }: { review: Review }) {
  const { t } = useTranslation();
  const il = useInvLabels();
  return (
    <Card title={t("inv.review.thresholds")} className="inv-card" data-testid="review-metrics">
      <Table
        size="small"
        rowKey="metric"
        pagination={false}
        scroll={{ x: "max-content" }}
        dataSource={r.metrics}
        columns={[
          { title: t("inv.review.metric"), key: "metric", render: (_, m) => il.metric(m.metric) },
          {
            title: t("inv.review.leadValue"),
            dataIndex: "value",
            align: "right",
            render: (v: string | null) => <span className="num">{v ?? "—"}</span>,
          },
          {
            title: t("inv.review.threshold"),
            key: "threshold",
            align: "right",
            render: (_, m) => (
              <span className="num">
                {m.threshold == null ? t("inv.review.notSet") : `${m.comparator} ${m.threshold}`}
              </span>
            ),
          },
          {
            title: t("inv.review.result"),
            key: "pass",
            render: (_, m) =>
              m.pass === true ? (
                <span className="inv-pass" data-testid="metric-pass">
                  <CheckCircleFilled /> {t("inv.review.pass")}
                </span>
              ) : m.pass === false ? (
                <span className="inv-fail" data-testid="metric-fail">
                  <CloseCircleFilled /> {t("inv.review.fail")}
                </span>
              ) : (
                <span className="muted">
                  <QuestionCircleFilled /> {t("inv.review.unknown")}
                </span>
              ),
          },
        ]}
      />
    </Card>
  );
}

interface VoteValues {
  memberName: string;
  memberTitle?: string;
  vote: string;
  opinion?: string;
}

function Votes({ review: r }: { review: Review }) {
  const { t } = useTranslation();
  const il = useInvLabels();
  const access = useInvAccess();
  const invalidate = useInvalidate();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<VoteValues>();
  const tally: Record<string, number> = {};
  for (const v of r.votes) tally[v.vote] = (tally[v.vote] ?? 0) + 1;
  return (
    <Card
      title={t("inv.review.votes")}
      className="inv-card"
      data-testid="review-votes"
      extra={
        access.leader &&
        r.status === "open" && (
          <Button size="small" type="primary" onClick={() => setAdding(true)} data-testid="vote-add">
            {t("inv.review.addVote")}
          </Button>
        )
      }
    >
      {r.votes.length > 0 && (
        <div style={{ marginBottom: 8 }}>
          {Object.entries(tally).map(([k, n]) => (
            <Tag key={k} color={VOTE_COLORS[k as keyof typeof VOTE_COLORS]}>
              {il.vote(k)} {n}
            </Tag>
          ))}
        </div>
      )}
      <List
        dataSource={r.votes}
        locale={{ emptyText: t("inv.review.noVotes") }}
        renderItem={(v) => (
          <List.Item key={v.id} data-testid="vote">
            <List.Item.Meta
              title={
                <span>
                  {v.memberName}
                  {v.memberTitle ? <span className="muted">（{v.memberTitle}）</span> : null}{" "}
                  <Tag color={VOTE_COLORS[v.vote]}>{il.vote(v.vote)}</Tag>
                </span>
              }
              description={
                <span>
                  {v.opinion && <div style={{ whiteSpace: "pre-wrap", color: "rgba(0,0,0,.75)" }}>{v.opinion}</div>}
                  <DateTimeText value={v.at} />
                </span>
              }
            />
          </List.Item>
        )}
      />
      {adding && (
        <FormModal<VoteValues>
          title={t("inv.review.addVote")}
          form={form}
          onClose={() => setAdding(false)}
          initialValues={{ vote: "approve" }}
          testId="vote-modal"
          onSubmit={async (v) => {
            await investmentApi.post(`/reviews/${r.id}/votes`, {
              memberName: v.memberName.trim(),
              memberUserId: null,
              memberTitle: v.memberTitle?.trim() || null,
              vote: v.vote,
              opinion: v.opinion?.trim() || null,
            });
            await invalidate();
          }}
        >
          <Form.Item
            name="memberName"
            label={t("inv.review.member")}
            rules={[
              { required: true, whitespace: true, message: t("common.required", { field: t("inv.review.member") }) },
            ]}
          >
            <Input maxLength={30} data-testid="vote-member" />
          </Form.Item>
          <Form.Item name="memberTitle" label={t("inv.review.memberTitle")}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="vote" label={t("inv.review.vote")}>
            <Select options={il.voteOptions} data-testid="vote-choice" />
          </Form.Item>
          <Form.Item name="opinion" label={t("inv.review.opinion")}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}

interface DecisionValues {
  decision: string;
  conditions?: string;
  decidedOn: Dayjs;
}

function Decision({ review: r }: { review: Review }) {
  const { t } = useTranslation();
  const il = useInvLabels();
  const access = useInvAccess();
  const invalidate = useInvalidate();
  const [deciding, setDeciding] = useState<string | null>(null);
  const [form] = Form.useForm<DecisionValues>();
  return (
    <Card title={t("inv.review.decision")} className="inv-card" data-testid="review-decision-card">
      {r.decision ? (
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 3 }}
          items={[
            {
              key: "d",
              label: t("inv.review.decision"),
              children: <Tag color={DECISION_COLORS[r.decision]}>{il.decision(r.decision)}</Tag>,
            },
            { key: "on", label: t("inv.review.decidedOn"), children: <DateText value={r.decidedOn} /> },
            { key: "by", label: t("inv.review.decidedBy"), children: r.decidedByName ?? "—" },
            { key: "c", label: t("inv.review.conditions"), span: "filled", children: r.conditions ?? "—" },
          ]}
        />
      ) : access.leader ? (
        <>
          <Space wrap>
            {r.allowedDecisions.map((d) => {
              const button = (
                <Button
                  key={d.decision}
                  type={d.ok && d.decision !== "rejected" ? "primary" : "default"}
                  danger={d.decision === "rejected"}
                  disabled={!d.ok}
                  onClick={() => setDeciding(d.decision)}
                  data-testid={`decide-${d.decision}`}
                >
                  {il.decision(d.decision)}
                </Button>
              );
              return d.ok ? (
                button
              ) : (
                <Tooltip key={d.decision} title={il.refusal(d.refusal)}>
                  <span>{button}</span>
                </Tooltip>
              );
            })}
          </Space>
          <ul className="inv-dup-list muted small" style={{ marginTop: 8 }} data-testid="decision-refusals">
            {r.allowedDecisions
              .filter((d) => !d.ok)
              .map((d) => (
                <li key={d.decision}>
                  {il.decision(d.decision)}
                  {il.sep}
                  {il.refusal(d.refusal)}
                </li>
              ))}
          </ul>
        </>
      ) : (
        <span className="muted">{t("inv.review.awaitingLeaders")}</span>
      )}
      {deciding && (
        <FormModal<DecisionValues>
          title={t("inv.review.decideTitle", { decision: il.decision(deciding) })}
          form={form}
          onClose={() => setDeciding(null)}
          initialValues={{ decision: deciding, decidedOn: dayjs() }}
          testId="decision-modal"
          okDanger={deciding === "rejected"}
          onSubmit={async (v) => {
            await investmentApi.post(`/reviews/${r.id}/decision`, {
              decision: deciding,
              conditions: v.conditions?.trim() || null,
              decidedOn: v.decidedOn.format("YYYY-MM-DD"),
              version: r.version,
            });
            await invalidate();
          }}
        >
          <Form.Item name="decidedOn" label={t("inv.review.decidedOn")} rules={[{ required: true }]}>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item
            name="conditions"
            label={t("inv.review.conditions")}
            rules={
              deciding === "conditional"
                ? [
                    {
                      required: true,
                      whitespace: true,
                      message: t("common.required", { field: t("inv.review.conditions") }),
                    },
                  ]
                : []
            }
          >
            <Input.TextArea rows={3} maxLength={2000} data-testid="decision-conditions" />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
