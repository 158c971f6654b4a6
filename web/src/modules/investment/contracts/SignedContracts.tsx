/**
 * The contracts the fulfilment figures are computed over, newest first, each linking to its lead's contracts
 * tab where promised and delivered sit side by side; those falling behind carry a tag.
 */
import type { Contract } from "@zoneos/core/investment-api";
import { Card, Table, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { DateText } from "../../../ui/format";
import { useInvLabels } from "../labels";
import { Amount } from "../parts";
import { useContracts } from "../queries";

export function SignedContracts({
  zoneId,
  year,
  behindIds,
}: {
  zoneId?: string;
  year?: number;
  behindIds: Set<string>;
}) {
  const { t } = useTranslation();
  const il = useInvLabels();
  const [page, setPage] = useState(1);
  const list = useContracts({ zoneId, year, page, pageSize: 10, sort: "signedOn", order: "desc" });
  return (
    <Card className="inv-card" title={t("inv.fulfilment.contractsTitle")} data-testid="fulfilment-contracts">
      <Table<Contract>
        size="small"
        rowKey="id"
        loading={list.isPending}
        scroll={{ x: "max-content" }}
        dataSource={list.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: 10,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: setPage,
        }}
        columns={[
          {
            title: t("inv.lead.investor"),
            key: "investor",
            fixed: "left",
            render: (_, c) => (
              <div style={{ minWidth: 160, maxWidth: 300 }}>
                <Link to={`/investment/leads/${c.leadId}?tab=contracts`} data-testid="fulfilment-contract-link">
                  {c.investorName}
                </Link>
                <div className="muted small">{c.projectName}</div>
              </div>
            ),
          },
          {
            title: t("inv.fulfilment.contractKind"),
            key: "kind",
            render: (_, c) => <span className="nowrap">{il.contractKind(c.kind)}</span>,
          },
          {
            title: t("inv.lead.ownerUnit"),
            dataIndex: "unitName",
            render: (v: string) => <span className="nowrap">{v}</span>,
          },
          {
            title: t("inv.fulfilment.signedOn"),
            dataIndex: "signedOn",
            render: (v: string) => <DateText value={v} />,
          },
          {
            title: t("inv.fulfilment.contracted"),
            dataIndex: "amountYuan",
            align: "right",
            render: (v: string) => <Amount yuan={v} />,
          },
          {
            title: t("inv.fulfilment.status"),
            key: "status",
            render: (_, c) =>
              behindIds.has(c.id) ? (
                <Tag color="red">{t("inv.fulfilment.behindTag")}</Tag>
              ) : (
                <Tag color="green">{t("inv.fulfilment.onTrack")}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
