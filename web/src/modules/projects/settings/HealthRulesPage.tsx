/**
 * 健康度规则: the zone's thresholds for 滞后 and 严重滞后 (overdue milestone, investment against 序时进度, silent
 * weeks), each explained, with the defaults beside them. Zone leaders and administrators (projects:configure)
 * save them; everyone else reads what their projects are judged by.
 */
import { Alert, App, Button, Card, Col, Empty, Form, InputNumber, Row, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, isProblem } from "../../../app/api";
import { useCan, useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { formatTimestamp, useLocale } from "../../../ui/format";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { PageLoading } from "../../../ui/PageLoading";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { useHealthRules, useRefreshAfterRules, type ZoneHealthRules } from "./queries";
import "../projects.css";
import "../supervision.css";
import "../i18n";
import "../supervision-i18n";

type RuleKey = "milestoneOverdueDays" | "investmentShareOfSchedule" | "silentWeeks";
const RULES: RuleKey[] = ["milestoneOverdueDays", "investmentShareOfSchedule", "silentWeeks"];

/** The form holds what people type: days, percentages and weeks, as [滞后, 严重滞后]. */
type Values = Record<RuleKey, [number, number]>;

const toForm = (r: ZoneHealthRules | Values): Values => ({
  milestoneOverdueDays: [...r.milestoneOverdueDays],
  investmentShareOfSchedule: [
    Math.round(r.investmentShareOfSchedule[0] * 100),
    Math.round(r.investmentShareOfSchedule[1] * 100),
  ],
  silentWeeks: [...r.silentWeeks],
});

/** A larger number is worse for days and weeks, a smaller one for the investment share. */
const severeFirst = (key: RuleKey, [lagging, severe]: [number, number]) =>
  key === "investmentShareOfSchedule" ? severe > lagging : severe < lagging;

export default function HealthRulesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const { message } = App.useApp();
  const locale = useLocale();
  const { params, update } = useListParams();
  const zoneId = params.zoneId ?? me.zoneId ?? undefined;
  const rules = useHealthRules(zoneId);
  const refresh = useRefreshAfterRules();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const writable = can("projects:configure") && me.scope !== "region";

  useEffect(() => {
    if (rules.data) form.setFieldsValue(toForm(rules.data));
  }, [rules.data, form]);

  const unit = (key: RuleKey) =>
    key === "milestoneOverdueDays"
      ? t("healthRules.days")
      : key === "silentWeeks"
        ? t("healthRules.weeks")
        : t("healthRules.percent");

  const save = async () => {
    const current = rules.data;
    if (!current || !zoneId) return;
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.put(`/v1/projects/health-rules?zoneId=${zoneId}`, {
        milestoneOverdueDays: values.milestoneOverdueDays,
        investmentShareOfSchedule: values.investmentShareOfSchedule.map((v) => v / 100),
        silentWeeks: values.silentWeeks,
        version: current.version,
      });
      void message.success(t("common.saved"));
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const body = () => {
    if (!zoneId) return <Empty description={t("race.pickZone")} />;
    if (rules.isPending) return <PageLoading />;
    if (rules.error || !rules.data) return <QueryError error={rules.error} onRetry={() => void rules.refetch()} />;
    const r = rules.data;
    const defaults = toForm({ ...r, ...r.defaults });
    return (
      <Form form={form} layout="vertical" disabled={!writable} requiredMark={false} data-testid="health-rules-form">
        <Space direction="vertical" size={16} style={{ width: "100%" }}>
          <Alert
            type={r.isDefault ? "info" : "success"}
            showIcon
            data-testid="health-rules-version"
            message={
              r.isDefault
                ? t("healthRules.defaults")
                : t("healthRules.version", {
                    version: r.version,
                    name: r.updatedByName ?? "—",
                    at: formatTimestamp(r.updatedAt, locale),
                  })
            }
          />
          {!writable && <Alert type="warning" showIcon message={t("healthRules.readOnly")} />}
          <ProblemAlert
            error={error}
            details={isProblem(error) ? error.errors.map((e) => e.message) : undefined}
            onRetry={isProblem(error) && error.isConflict ? () => void rules.refetch() : undefined}
          />
          <Row gutter={[16, 16]}>
            {RULES.map((key) => (
              <Col xs={24} lg={8} key={key}>
                <Card
                  size="small"
                  title={t(`healthRules.rule.${key}.title`)}
                  className="hr-card"
                  data-testid={`rule-${key}`}
                >
                  <Typography.Paragraph type="secondary" className="small">
                    {t(`healthRules.rule.${key}.help`)}
                  </Typography.Paragraph>
                  <Row gutter={12}>
                    {(["lagging", "severe"] as const).map((level, i) => (
                      <Col span={12} key={level}>
                        <Form.Item
                          label={<span className={`hr-level hr-level-${level}`}>{t(`healthRules.${level}`)}</span>}
                          name={[key, i]}
                          dependencies={[[key, i === 0 ? 1 : 0]]}
                          rules={[
                            { required: true, message: t("common.required", { field: t(`healthRules.${level}`) }) },
                            ({ getFieldValue }) => ({
                              validator: () => {
                                const pair = getFieldValue(key) as [number, number] | undefined;
                                return pair && i === 1 && severeFirst(key, pair)
                                  ? Promise.reject(new Error(t("healthRules.orderLagging")))
                                  : Promise.resolve();
                              },
                            }),
                          ]}
                        >
                          <InputNumber
                            min={1}
                            max={key === "investmentShareOfSchedule" ? 100 : key === "silentWeeks" ? 52 : 730}
                            precision={0}
                            addonAfter={unit(key)}
                            style={{ width: "100%" }}
                            data-testid={`rule-${key}-${level}`}
                          />
                        </Form.Item>
                      </Col>
                    ))}
                  </Row>
                  <div className="muted small">
                    {t("healthRules.defaultValue", {
                      lagging: `${defaults[key][0]} ${unit(key)}`,
                      severe: `${defaults[key][1]} ${unit(key)}`,
                    })}
                  </div>
                </Card>
              </Col>
            ))}
          </Row>
          {writable && (
            <Space wrap>
              <Button type="primary" loading={busy} onClick={() => void save()} data-testid="health-rules-save">
                {t("common.save")}
              </Button>
              <Button onClick={() => form.setFieldsValue(defaults)} data-testid="health-rules-defaults">
                {t("healthRules.restoreDefaults")}
              </Button>
            </Space>
          )}
          <Card size="small" title={t("healthRules.how")}>
            <ol className="hr-how">
              {(t("healthRules.howItems", { returnObjects: true }) as string[]).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ol>
          </Card>
        </Space>
      </Form>
    );
  };

  return (
    <Page title={t("healthRules.title")} subtitle={t("healthRules.subtitle")} testId="page-health-rules">
      {!me.zoneId && (
        <div style={{ paddingBottom: 16, maxWidth: 320 }}>
          <ZoneSelect value={params.zoneId} onChange={(z) => update({ zoneId: z })} placeholder={t("race.pickZone")} />
        </div>
      )}
      {body()}
    </Page>
  );
}
