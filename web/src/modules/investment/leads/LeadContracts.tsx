/**
 * A lead's agreements (框架协议 / 正式合同 / 补充协议) with their promises, and under each its fulfilment:
 * promised against delivered. The landing actions sit here too: 注册落地 after signing, then 转项目.
 */
import { BankOutlined, EditOutlined, PlusOutlined, ProjectOutlined } from "@ant-design/icons";
import type { Contract, Lead } from "@zoneos/core/investment-api";
import { Button, Card, Collapse, Descriptions, Empty, Space, Tag } from "antd";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { QueryError } from "../../../ui/ErrorResult";
import { DateText } from "../../../ui/format";
import { FulfilmentPanel } from "../contracts/FulfilmentPanel";
import { useInvLabels } from "../labels";
import { Amount, useInvAccess } from "../parts";
import { useContracts } from "../queries";
import type { StageAction } from "./StageBar";

const ContractDrawer = lazy(() => import("../contracts/ContractDrawer").then((m) => ({ default: m.ContractDrawer })));

export function LeadContracts({
  lead,
  writable,
  onAction,
}: {
  lead: Lead;
  writable: boolean;
  onAction: (a: StageAction) => void;
}) {
  const { t } = useTranslation();
  const il = useInvLabels();
  const list = useContracts({ leadId: lead.id, pageSize: 100 });
  const [editing, setEditing] = useState<Contract | "new" | null>(null);
  const items = list.data?.items ?? [];
  const signed = ["signed", "registered", "converted"].includes(lead.stage);
  const canContract = writable && (lead.stage === "review" || signed);
  const canRegister = writable && lead.stage === "signed" && !lead.enterpriseId;
  const access = useInvAccess();
  const canConvert = writable && access.convert && lead.stage === "registered" && !lead.projectId;

  return (
    <div data-testid="lead-contracts">
      {writable && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={!canContract}
            onClick={() => setEditing("new")}
            data-testid="contract-create"
          >
            {t("inv.contract.create")}
          </Button>
          {canRegister && (
            <Button icon={<BankOutlined />} onClick={() => onAction("register")} data-testid="lead-register">
              {il.stage("registered")}
            </Button>
          )}
          {canConvert && (
            <Button icon={<ProjectOutlined />} onClick={() => onAction("convert")} data-testid="lead-convert">
              {il.stage("converted")}
            </Button>
          )}
          {!canContract && <span className="muted small">{il.refusal("needsPassedReview")}</span>}
          {lead.stage === "registered" && !lead.projectId && !access.convert && (
            <span className="muted small">{t("inv.landing.convertNeedsRight")}</span>
          )}
        </Space>
      )}
      {list.error ? <QueryError error={list.error} /> : null}
      {!list.isPending && items.length === 0 ? (
        <Empty description={t("inv.contract.none")} />
      ) : (
        items.map((c) => (
          <Card
            key={c.id}
            size="small"
            className="inv-card"
            data-testid="contract-card"
            title={
              <span>
                <Tag color={c.kind === "formal" ? "gold" : c.kind === "framework" ? "blue" : "default"}>
                  {il.contractKind(c.kind)}
                </Tag>
                {c.title}
              </span>
            }
            extra={
              writable && (
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(c)}>
                  {t("common.edit")}
                </Button>
              )
            }
          >
            <ContractFacts contract={c} />
            {c.kind !== "supplementary" && (
              <Collapse
                ghost
                style={{ marginTop: 8 }}
                items={[
                  {
                    key: "f",
                    label: <b>{t("inv.fulfilment.title")}</b>,
                    children: <FulfilmentPanel contractId={c.id} writable={writable} />,
                  },
                ]}
              />
            )}
          </Card>
        ))
      )}
      <Suspense fallback={null}>
        {editing && (
          <ContractDrawer
            lead={lead}
            contract={editing === "new" ? null : editing}
            contracts={items}
            onClose={() => setEditing(null)}
          />
        )}
      </Suspense>
    </div>
  );
}

export function ContractFacts({ contract: c }: { contract: Contract }) {
  const { t } = useTranslation();
  const il = useInvLabels();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, lg: 3 }}
      items={[
        { key: "code", label: t("inv.contract.code"), children: c.code ? <span className="mono">{c.code}</span> : "—" },
        { key: "signed", label: t("inv.contract.signedOn"), children: <DateText value={c.signedOn} /> },
        { key: "amount", label: t("inv.contract.amount"), children: <Amount yuan={c.amountYuan} /> },
        { key: "start", label: t("inv.contract.promisedStart"), children: <DateText value={c.promisedStartOn} /> },
        {
          key: "prod",
          label: t("inv.contract.promisedProduction"),
          children: <DateText value={c.promisedProductionOn} />,
        },
        { key: "land", label: t("inv.contract.land"), children: c.landMu ? `${c.landMu} ${t("inv.unit.mu")}` : "—" },
        { key: "output", label: t("inv.contract.promisedOutput"), children: <Amount yuan={c.promisedOutputYuan} /> },
        { key: "tax", label: t("inv.contract.promisedTax"), children: <Amount yuan={c.promisedTaxYuan} /> },
        { key: "jobs", label: t("inv.contract.promisedJobs"), children: c.promisedJobs ?? "—" },
        {
          key: "schedule",
          label: t("inv.contract.schedule"),
          span: "filled",
          children:
            c.schedule.length === 0 ? (
              "—"
            ) : (
              <ul className="inv-plain-list">
                {c.schedule.map((s) => (
                  <li key={s.dueOn}>
                    <DateText value={s.dueOn} />
                    {il.sep}
                    <Amount yuan={s.amountYuan} />
                  </li>
                ))}
              </ul>
            ),
        },
        {
          key: "incentives",
          label: t("inv.contract.incentives"),
          span: "filled",
          children:
            c.incentives.length === 0 ? (
              "—"
            ) : (
              <ul className="inv-plain-list">
                {c.incentives.map((i) => (
                  <li key={`${i.kind}-${i.description}`}>
                    <Tag bordered={false}>{il.incentive(i.kind)}</Tag>
                    {i.description} {i.amountYuan ? <Amount yuan={i.amountYuan} /> : null}
                  </li>
                ))}
              </ul>
            ),
        },
        {
          key: "clawback",
          label: t("inv.contract.clawback"),
          span: "filled",
          children: <div style={{ whiteSpace: "pre-wrap" }}>{c.clawback ?? "—"}</div>,
        },
        {
          key: "signatories",
          label: t("inv.contract.signatories"),
          span: "filled",
          children: [c.investorSignatory, c.ourSignatory].filter(Boolean).join(" / ") || "—",
        },
      ]}
    />
  );
}
