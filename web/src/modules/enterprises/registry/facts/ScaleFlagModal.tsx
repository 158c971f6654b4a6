import { Button, Col, DatePicker, Form, Input, Popconfirm, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { api } from "../../../../app/api";
import { FormModal } from "../../../../ui/FormModal";
import { useEnterpriseLabels } from "../../labels";
import { useInvalidate } from "../../queries";
import type { ScaleFlag } from "../../types";
import { blank, fullWidth, iso } from "./formValues";
import { useFactRules } from "./useFactRules";

interface FlagValues {
  kind: string;
  startedOn: Dayjs;
  endedOn?: Dayjs | null;
  note?: string;
}

/** Add a 规上/限上/资质 flag, or edit one (`ending` opens it to set the end date). */
export function ScaleFlagModal({
  enterpriseId,
  flag,
  ending,
  onClose,
}: {
  enterpriseId: string;
  flag: ScaleFlag | null;
  ending?: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const rules = useFactRules();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<FlagValues>();
  const submit = async (v: FlagValues) => {
    const body = { kind: v.kind, startedOn: iso(v.startedOn), endedOn: iso(v.endedOn), note: blank(v.note) };
    if (flag) await api.put(`/v1/enterprises/${enterpriseId}/scale-flags/${flag.id}`, body);
    else await api.post(`/v1/enterprises/${enterpriseId}/scale-flags`, body);
    await invalidate("enterprises");
  };
  const remove = async () => {
    if (!flag) return;
    await api.delete(`/v1/enterprises/${enterpriseId}/scale-flags/${flag.id}`);
    await invalidate("enterprises");
    onClose();
  };
  return (
    <FormModal<FlagValues>
      title={
        flag
          ? ending
            ? t("enterprises.facts.endFlag")
            : t("enterprises.facts.editFlag")
          : t("enterprises.facts.addFlag")
      }
      form={form}
      onClose={onClose}
      onSubmit={submit}
      testId="flag-modal"
      initialValues={
        flag
          ? {
              kind: flag.kind,
              startedOn: dayjs(flag.startedOn),
              endedOn: flag.endedOn ? dayjs(flag.endedOn) : ending ? dayjs() : null,
              note: flag.note ?? undefined,
            }
          : { startedOn: dayjs().startOf("year") }
      }
      footerExtra={
        flag && !ending ? (
          <Popconfirm title={t("enterprises.facts.deleteFlagConfirm")} onConfirm={remove}>
            <Button danger type="text">
              {t("enterprises.facts.deleteMistake")}
            </Button>
          </Popconfirm>
        ) : undefined
      }
    >
      <Form.Item
        name="kind"
        label={t("enterprises.facts.flagKind")}
        rules={[rules.select("kind", t("enterprises.facts.flagKind"))]}
      >
        <Select options={el.scaleOptions} disabled={Boolean(flag)} data-testid="flag-kind" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="startedOn" label={el.field("startedOn")} rules={[rules.select("startedOn")]}>
            <DatePicker style={fullWidth} disabled={ending} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="endedOn"
            label={el.field("endedOn")}
            dependencies={["startedOn"]}
            rules={[rules.after("startedOn")]}
            extra={ending ? undefined : t("enterprises.facts.endedHelp")}
          >
            <DatePicker style={fullWidth} autoFocus={ending} data-testid="flag-ended" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label={el.field("note")} rules={[{ max: 200 }]}>
        <Input maxLength={200} placeholder={t("enterprises.facts.flagNotePlaceholder")} />
      </Form.Item>
    </FormModal>
  );
}
