/** A step up the cultivation ladder: only rungs above the current one, on a day not in the future. */
import { RUNGS } from "@zoneos/core/enterprise-scale";
import { Col, DatePicker, Form, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { api } from "../../../../app/api";
import { FormModal } from "../../../../ui/FormModal";
import { useEnterpriseLabels } from "../../labels";
import { useInvalidate } from "../../queries";
import type { Enterprise } from "../../types";
import { fullWidth, iso } from "./formValues";
import { useFactRules } from "./useFactRules";

interface RungValues {
  rung: string;
  reachedOn: Dayjs;
}

export function RungStepModal({ enterprise, onClose }: { enterprise: Enterprise; onClose: () => void }) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const rules = useFactRules();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<RungValues>();
  const higher = RUNGS.slice(RUNGS.indexOf(enterprise.rung) + 1);
  const submit = async (v: RungValues) => {
    await api.post(`/v1/enterprises/${enterprise.id}/rung-steps`, { rung: v.rung, reachedOn: iso(v.reachedOn) });
    await invalidate("enterprises", "cultivation");
  };
  return (
    <FormModal<RungValues>
      title={t("enterprises.rungStep.title")}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      testId="rung-modal"
      initialValues={{ rung: higher[0], reachedOn: dayjs() }}
    >
      <p className="muted">{t("enterprises.rungStep.current", { rung: el.rung(enterprise.rung) })}</p>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="rung" label={t("enterprises.rungStep.to")} rules={[rules.select("rung")]}>
            <Select options={higher.map((r) => ({ value: r, label: el.rung(r) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="reachedOn"
            label={t("enterprises.rungStep.reachedOn")}
            rules={[rules.select("reachedOn", t("enterprises.rungStep.reachedOn"))]}
          >
            <DatePicker style={fullWidth} disabledDate={(d) => d.isAfter(dayjs(), "day")} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
