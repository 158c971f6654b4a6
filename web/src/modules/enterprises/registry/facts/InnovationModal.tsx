/** Patent and talent counts, partners, and the declared revenue (in 万元) of a year. */
import { shiftDecimal, toYuan } from "@zoneos/core/format";
import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { api } from "../../../../app/api";
import { FormModal } from "../../../../ui/FormModal";
import { useInvalidate } from "../../queries";
import type { Enterprise360 } from "../../types";
import { blank, fullWidth } from "./formValues";
import { useFactRules } from "./useFactRules";

interface InnovationValues {
  inventionPatents: number;
  utilityPatents: number;
  designPatents: number;
  validInventionPatents: number;
  highLevelTalents: number;
  partners: string[];
  revenueWan?: string;
  revenueYear?: Dayjs | null;
}

const WAN = /^\d{1,10}(\.\d{1,6})?$/;

export function InnovationModal({ view, onClose }: { view: Enterprise360; onClose: () => void }) {
  const { t } = useTranslation();
  const rules = useFactRules();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<InnovationValues>();
  const i = view.innovation;
  const submit = async (v: InnovationValues) => {
    const revenue = blank(v.revenueWan);
    await api.put(`/v1/enterprises/${view.enterprise.id}/profile`, {
      innovation: {
        inventionPatents: v.inventionPatents ?? 0,
        utilityPatents: v.utilityPatents ?? 0,
        designPatents: v.designPatents ?? 0,
        validInventionPatents: v.validInventionPatents ?? 0,
        highLevelTalents: v.highLevelTalents ?? 0,
        partners: (v.partners ?? []).map((p) => p.trim()).filter(Boolean),
        declaredRevenueYuan: revenue ? toYuan(revenue, "wan") : null,
        declaredRevenueYear: revenue && v.revenueYear ? v.revenueYear.year() : null,
      },
      version: i.version,
    });
    await invalidate("enterprises", "cultivation");
  };
  const count = (name: keyof InnovationValues, label: string) => (
    <Col xs={12} sm={8}>
      <Form.Item name={name} label={label}>
        <InputNumber min={0} max={1_000_000} precision={0} style={fullWidth} />
      </Form.Item>
    </Col>
  );
  return (
    <FormModal<InnovationValues>
      title={t("enterprises.facts.editInnovation")}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      width={640}
      testId="innovation-modal"
      initialValues={{
        ...i,
        revenueWan: i.declaredRevenueYuan ? shiftDecimal(i.declaredRevenueYuan, 4, 6).replace(/\.?0+$/, "") : undefined,
        revenueYear: i.declaredRevenueYear ? dayjs(`${i.declaredRevenueYear}-01-01`) : dayjs().subtract(1, "year"),
      }}
    >
      <Row gutter={16}>
        {count("inventionPatents", t("enterprises.innovation.inventionPatents"))}
        {count("utilityPatents", t("enterprises.innovation.utilityPatents"))}
        {count("designPatents", t("enterprises.innovation.designPatents"))}
        {count("validInventionPatents", t("enterprises.innovation.validInventionPatents"))}
        {count("highLevelTalents", t("enterprises.innovation.highLevelTalents"))}
        <Col xs={24}>
          <Form.Item name="partners" label={t("enterprises.innovation.partners")}>
            <Select
              mode="tags"
              open={false}
              tokenSeparators={[",", "，", "、"]}
              maxCount={50}
              placeholder={t("enterprises.innovation.partnersPlaceholder")}
            />
          </Form.Item>
        </Col>
        <Col xs={14} sm={12}>
          <Form.Item
            name="revenueWan"
            label={t("enterprises.innovation.declaredRevenue")}
            rules={[{ pattern: WAN, message: t("enterprises.moneyInvalid") }]}
            extra={t("enterprises.innovation.declaredRevenueHelp")}
          >
            <Input inputMode="decimal" suffix={t("moneyUnit.wan")} />
          </Form.Item>
        </Col>
        <Col xs={10} sm={12}>
          <Form.Item
            name="revenueYear"
            label={t("enterprises.innovation.revenueYear")}
            dependencies={["revenueWan"]}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, v?: Dayjs | null) => {
                  if (blank(getFieldValue("revenueWan")) && !v) throw new Error(rules.select("year").message);
                },
              }),
            ]}
          >
            <DatePicker picker="year" style={fullWidth} disabledDate={(d) => d.isAfter(dayjs(), "year")} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
