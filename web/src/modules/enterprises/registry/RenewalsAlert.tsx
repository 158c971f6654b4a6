/**
 * Qualifications of the zone expiring within 90 days (高新技术企业 renewals are prepared that far ahead):
 * one line with the count, opened into the list of enterprises to remind.
 */
import { Alert, Button } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { DateText } from "../../../ui/format";
import { useEnterpriseLabels } from "../labels";
import { useRenewals } from "../queries";

export function RenewalsAlert({ zoneId }: { zoneId?: string }) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const renewals = useRenewals(zoneId);
  const [open, setOpen] = useState(false);
  const list = renewals.data ?? [];
  if (list.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="renewals"
      message={t("enterprises.renewals.title", { count: list.length })}
      action={
        <Button size="small" type="link" onClick={() => setOpen((x) => !x)} aria-expanded={open}>
          {open ? t("enterprises.renewals.less") : t("enterprises.renewals.show")}
        </Button>
      }
      description={
        open ? (
          <div className="renewal-list">
            {list.map((r) => (
              <div key={r.qualificationId} className="renewal-row">
                <Link to={`/enterprises/${r.enterpriseId}`}>{r.enterpriseName}</Link>
                <span className="muted">
                  {el.qualification(r.kind)} · {t("enterprises.timeline.validUntil")} <DateText value={r.expiresOn} />
                </span>
              </div>
            ))}
          </div>
        ) : undefined
      }
    />
  );
}
