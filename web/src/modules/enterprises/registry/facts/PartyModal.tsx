/** The party organisation: add, edit, or remove it. */
import { Button, Col, Form, Input, InputNumber, Popconfirm, Row, Select } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../../../../app/api";
import { FormModal } from "../../../../ui/FormModal";
import { useEnterpriseLabels } from "../../labels";
import { useInvalidate } from "../../queries";
import type { Enterprise360 } from "../../types";
import { blank, fullWidth } from "./formValues";
import { useFactRules } from "./useFactRules";

interface PartyValues {
  form: string;
  members: number;
  secretary?: string;
  instructor?: string;
}

export function PartyModal({ view, onClose }: { view: Enterprise360; onClose: () => void }) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const rules = useFactRules();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<PartyValues>();
  const save = async (party: object | null) => {
    await api.put(`/v1/enterprises/${view.enterprise.id}/profile`, { party, version: view.innovation.version });
    await invalidate("enterprises");
  };
  const submit = (v: PartyValues) =>
    save({ form: v.form, members: v.members ?? 0, secretary: blank(v.secretary), instructor: blank(v.instructor) });
  return (
    <FormModal<PartyValues>
      title={view.party ? t("enterprises.party.edit") : t("enterprises.party.add")}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      testId="party-modal"
      initialValues={
        view.party
          ? {
              ...view.party,
              secretary: view.party.secretary ?? undefined,
              instructor: view.party.instructor ?? undefined,
            }
          : { form: "standalone", members: 3 }
      }
      footerExtra={
        view.party ? (
          <Popconfirm
            title={t("enterprises.party.removeConfirm")}
            onConfirm={async () => {
              await save(null);
              onClose();
            }}
          >
            <Button danger type="text">
              {t("enterprises.party.remove")}
            </Button>
          </Popconfirm>
        ) : undefined
      }
    >
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="form"
            label={t("enterprises.party.form")}
            rules={[rules.select("form", t("enterprises.party.form"))]}
          >
            <Select options={el.partyFormOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="members" label={el.field("members")} rules={[rules.select("members")]}>
            <InputNumber min={0} max={100_000} precision={0} style={fullWidth} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="secretary" label={el.field("secretary")} rules={[{ max: 30 }]}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="instructor" label={el.field("instructor")} rules={[{ max: 30 }]}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
