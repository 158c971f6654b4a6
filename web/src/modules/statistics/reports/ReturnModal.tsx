/** 退回: send a submitted report back to its enterprise with the reason it will read. */
import { Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../ui/FormModal";
import { type Report, statisticsApi, useInvalidateStatistics } from "../queries";

export function ReturnModal({ report, onClose }: { report: Report; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const invalidate = useInvalidateStatistics();
  return (
    <FormModal<{ reason: string }>
      title={t("stat.reports.returnTitle", { name: report.enterpriseName })}
      form={form}
      onClose={onClose}
      okText={t("stat.reports.reviewReturn")}
      okDanger
      successText={t("stat.reports.returned")}
      onSubmit={async (v) => {
        await statisticsApi.review(report.id, { decision: "return", reason: v.reason.trim(), version: report.version });
        await invalidate();
      }}
      testId="return-modal"
    >
      <Form.Item
        name="reason"
        label={t("stat.returnReason")}
        rules={[{ required: true, whitespace: true, message: t("stat.reports.returnReasonRequired") }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={500} data-testid="return-reason" />
      </Form.Item>
    </FormModal>
  );
}
