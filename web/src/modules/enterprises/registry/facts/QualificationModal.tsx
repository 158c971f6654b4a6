/** 高新技术企业 validity defaults to three years from issue; listings carry a board and stock code. */
import { Button, Col, DatePicker, Form, Input, Popconfirm, Row, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { api } from "../../../../app/api";
import { FormModal } from "../../../../ui/FormModal";
import { useEnterpriseLabels } from "../../labels";
import { useInvalidate } from "../../queries";
import type { Qualification, QualificationKind } from "../../types";
import { blank, day, fullWidth, iso } from "./formValues";
import { useFactRules } from "./useFactRules";

interface QualValues {
  kind: QualificationKind;
  certificateNo?: string;
  issuedOn?: Dayjs | null;
  expiresOn?: Dayjs | null;
  board?: string | null;
  stockCode?: string;
  tier?: string;
  note?: string;
}

/** 高新技术企业 certificates run three years from issue (the day before the third anniversary). */
export const hitechExpiry = (issued: Dayjs) => issued.add(3, "year").subtract(1, "day");

export function QualificationModal({
  enterpriseId,
  qualification,
  onClose,
}: {
  enterpriseId: string;
  qualification: Qualification | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const rules = useFactRules();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<QualValues>();
  const kind = Form.useWatch("kind", form);
  const listing = kind === "listed" || kind === "listingReserve";
  const certified = kind !== "listed" && kind !== "listingReserve";

  const submit = async (v: QualValues) => {
    const body = {
      kind: v.kind,
      certificateNo: certified ? blank(v.certificateNo) : null,
      issuedOn: iso(v.issuedOn),
      expiresOn: iso(v.expiresOn),
      board: listing ? (v.board ?? null) : null,
      stockCode: listing ? blank(v.stockCode) : null,
      tier: blank(v.tier),
      note: blank(v.note),
    };
    if (qualification) await api.put(`/v1/enterprises/${enterpriseId}/qualifications/${qualification.id}`, body);
    else await api.post(`/v1/enterprises/${enterpriseId}/qualifications`, body);
    await invalidate("enterprises");
  };
  const remove = async () => {
    if (!qualification) return;
    await api.delete(`/v1/enterprises/${enterpriseId}/qualifications/${qualification.id}`);
    await invalidate("enterprises");
    onClose();
  };

  return (
    <FormModal<QualValues>
      title={qualification ? t("enterprises.facts.editQualification") : t("enterprises.facts.addQualification")}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      testId="qualification-modal"
      initialValues={
        qualification
          ? {
              ...qualification,
              certificateNo: qualification.certificateNo ?? undefined,
              issuedOn: day(qualification.issuedOn),
              expiresOn: day(qualification.expiresOn),
              stockCode: qualification.stockCode ?? undefined,
              tier: qualification.tier ?? undefined,
              note: qualification.note ?? undefined,
            }
          : { kind: "hitech" }
      }
      footerExtra={
        qualification ? (
          <Popconfirm title={t("enterprises.facts.deleteQualificationConfirm")} onConfirm={remove}>
            <Button danger type="text">
              {t("common.delete")}
            </Button>
          </Popconfirm>
        ) : undefined
      }
    >
      <Form.Item
        name="kind"
        label={t("enterprises.facts.qualificationKind")}
        rules={[rules.select("kind", t("enterprises.facts.qualificationKind"))]}
      >
        <Select options={el.qualificationOptions} disabled={Boolean(qualification)} data-testid="qualification-kind" />
      </Form.Item>
      <Row gutter={16}>
        {certified && (
          <Col xs={24}>
            <Form.Item
              name="certificateNo"
              label={el.field("certificateNo")}
              rules={kind === "hitech" ? [rules.required("certificateNo"), { max: 60 }] : [{ max: 60 }]}
            >
              <Input maxLength={60} className="mono" placeholder="GR2024410xxxxx" data-testid="qualification-cert" />
            </Form.Item>
          </Col>
        )}
        {listing && (
          <>
            <Col xs={24} sm={12}>
              <Form.Item
                name="board"
                label={el.field("board")}
                rules={kind === "listed" ? [rules.select("board")] : []}
              >
                <Select options={el.boardOptions} allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="stockCode" label={el.field("stockCode")} rules={[{ max: 20 }]}>
                <Input maxLength={20} className="mono" />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24} sm={12}>
          <Form.Item
            name="issuedOn"
            label={listing ? t("enterprises.facts.listedOn") : el.field("issuedOn")}
            rules={kind === "hitech" ? [rules.select("issuedOn")] : []}
          >
            <DatePicker
              style={fullWidth}
              data-testid="qualification-issued"
              onChange={(d) => {
                // The certificate's three years follow the issue date unless the user set the expiry.
                if (d && form.getFieldValue("kind") === "hitech" && !form.isFieldTouched("expiresOn"))
                  form.setFieldValue("expiresOn", hitechExpiry(d));
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="expiresOn"
            label={el.field("expiresOn")}
            dependencies={["issuedOn"]}
            rules={[rules.after("issuedOn")]}
            extra={kind === "hitech" ? t("enterprises.facts.hitechValidity") : undefined}
          >
            <DatePicker style={fullWidth} data-testid="qualification-expires" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="tier" label={el.field("tier")} rules={[{ max: 20 }]}>
            <Input maxLength={20} placeholder={t("enterprises.facts.tierPlaceholder")} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="note" label={el.field("note")} rules={[{ max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
