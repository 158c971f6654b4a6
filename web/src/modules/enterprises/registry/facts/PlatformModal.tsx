import { Col, DatePicker, Form, Input, Row, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { api } from "../../../../app/api";
import { FormModal } from "../../../../ui/FormModal";
import { useEnterpriseLabels } from "../../labels";
import { useInvalidate } from "../../queries";
import { fullWidth, iso } from "./formValues";
import { useFactRules } from "./useFactRules";

interface PlatformValues {
  kind: string;
  level: string;
  name: string;
  approvedOn?: Dayjs | null;
}

/** Record an R&D platform the enterprise runs: name, kind, level and approval date. */
export function PlatformModal({ enterpriseId, onClose }: { enterpriseId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const rules = useFactRules();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<PlatformValues>();
  const submit = async (v: PlatformValues) => {
    await api.post(`/v1/enterprises/${enterpriseId}/rd-platforms`, {
      kind: v.kind,
      level: v.level,
      name: v.name.trim(),
      approvedOn: iso(v.approvedOn),
    });
    await invalidate("enterprises");
  };
  return (
    <FormModal<PlatformValues>
      title={t("enterprises.facts.addPlatform")}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      successText={t("common.created")}
      testId="platform-modal"
      initialValues={{ level: "municipal" }}
    >
      <Form.Item
        name="name"
        label={t("enterprises.facts.platformName")}
        rules={[rules.required("name", t("enterprises.facts.platformName")), { max: 100 }]}
      >
        <Input maxLength={100} data-testid="platform-name" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="kind"
            label={t("enterprises.facts.platformKind")}
            rules={[rules.select("kind", t("enterprises.facts.platformKind"))]}
          >
            <Select options={el.platformKindOptions} data-testid="platform-kind" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="level"
            label={t("enterprises.facts.platformLevel")}
            rules={[rules.select("level", t("enterprises.facts.platformLevel"))]}
          >
            <Select options={el.platformLevelOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="approvedOn" label={t("enterprises.facts.approvedOn")}>
            <DatePicker style={fullWidth} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
