/** The zone's reporting settings: the deadline day and the thresholds of the 同比 and power/output checks. */
import { Form, Input, InputNumber } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../ui/FormModal";
import { statisticsApi, useInvalidateStatistics, useSettings } from "../queries";

interface Values {
  deadlineDay: number;
  yoyThresholdPct: string;
  divergenceTolerancePct: string;
}

const PCT = /^\d{1,3}(\.\d{1,2})?$/;

export function SettingsModal({ zoneId, onClose }: { zoneId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const settings = useSettings(zoneId);
  const invalidate = useInvalidateStatistics();
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);
  return (
    <FormModal<Values>
      title={t("stat.reports.settings")}
      form={form}
      onClose={onClose}
      onSubmit={async (v) => {
        await statisticsApi.saveSettings(zoneId, {
          deadlineDay: v.deadlineDay,
          yoyThresholdPct: v.yoyThresholdPct.trim(),
          divergenceTolerancePct: v.divergenceTolerancePct.trim(),
          version: settings.data?.version ?? null,
        });
        await invalidate();
      }}
      testId="settings-modal"
    >
      <Form.Item
        name="deadlineDay"
        label={t("stat.reports.deadlineDay")}
        extra={t("stat.reports.deadlineDayHelp")}
        rules={[{ required: true }]}
      >
        <InputNumber min={1} max={28} precision={0} />
      </Form.Item>
      <Form.Item
        name="yoyThresholdPct"
        label={t("stat.reports.yoyThreshold")}
        rules={[{ required: true, pattern: PCT }]}
      >
        <Input inputMode="decimal" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="divergenceTolerancePct"
        label={t("stat.reports.divergence")}
        rules={[{ required: true, pattern: PCT }]}
      >
        <Input inputMode="decimal" style={{ width: 160 }} />
      </Form.Item>
    </FormModal>
  );
}
