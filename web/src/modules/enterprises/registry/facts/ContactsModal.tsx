import { Col, Form, Input, Row } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../../../../app/api";
import { FormModal } from "../../../../ui/FormModal";
import { useEnterpriseLabels } from "../../labels";
import { useInvalidate } from "../../queries";
import type { Enterprise } from "../../types";
import { blank } from "./formValues";

interface ContactValues {
  contactName?: string;
  contactPhone?: string;
  address?: string;
}

/** What an enterprise's own account may change: contact person, phone, address. */
export function ContactsModal({ enterprise, onClose }: { enterprise: Enterprise; onClose: () => void }) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<ContactValues>();
  const submit = async (v: ContactValues) => {
    await api.patch(`/v1/enterprises/${enterprise.id}/contacts`, {
      contactName: blank(v.contactName),
      contactPhone: blank(v.contactPhone),
      address: blank(v.address),
      version: enterprise.version,
    });
    await invalidate("enterprises");
  };
  return (
    <FormModal<ContactValues>
      title={t("enterprises.contacts.title")}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      testId="contacts-modal"
      initialValues={{
        contactName: enterprise.contactName ?? undefined,
        contactPhone: enterprise.contactPhone ?? undefined,
        address: enterprise.address ?? undefined,
      }}
    >
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="contactName" label={el.field("contactName")} rules={[{ max: 30 }]}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="contactPhone"
            label={el.field("contactPhone")}
            rules={[{ pattern: /^[\d\s()+-]{7,20}$/, message: t("enterprises.phoneInvalid") }]}
          >
            <Input inputMode="tel" maxLength={20} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="address" label={el.field("address")} rules={[{ max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
