/** Raise a problem on a project: category, what is wrong, the unit and person to solve it, and by when. */
import { Col, DatePicker, Form, Input, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { FormModal } from "../../../ui/FormModal";
import { UnitTreeSelect } from "../../platform/units/UnitTreeSelect";
import { useProjectLabels } from "../labels";
import { useInvalidate } from "../queries";
import type { Project } from "../types";

interface Values {
  category: string;
  description: string;
  responsibleUnitId?: string | null;
  responsiblePerson?: string;
  deadline?: Dayjs | null;
}

export function RaiseProblemModal({ project, onClose }: { project: Project; onClose: () => void }) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      title={t("projects.problems.raiseTitle", { name: project.name })}
      form={form}
      onClose={onClose}
      initialValues={{ category: "approval", deadline: dayjs().add(15, "day") }}
      onSubmit={async (v) => {
        await api.post(`/v1/projects/${project.id}/problems`, {
          category: v.category,
          description: v.description.trim(),
          responsibleUnitId: v.responsibleUnitId ?? null,
          responsiblePerson: v.responsiblePerson?.trim() || null,
          deadline: v.deadline ? v.deadline.format("YYYY-MM-DD") : null,
        });
        await invalidate("problems", "projects");
      }}
      okText={t("projects.problems.raise")}
      successText={t("projects.problems.raised")}
      testId="problem-modal"
    >
      <Form.Item name="category" label={t("projects.problems.category")} rules={[{ required: true }]}>
        <Select options={pl.problemCategoryOptions} data-testid="problem-category" />
      </Form.Item>
      <Form.Item
        name="description"
        label={t("projects.problems.description")}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t("common.required", { field: t("projects.problems.description") }),
          },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={2000}
          placeholder={t("projects.problems.descriptionPlaceholder")}
          data-testid="problem-description"
        />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={14}>
          <Form.Item name="responsibleUnitId" label={t("projects.problems.responsibleUnit")}>
            <UnitTreeSelect zoneId={project.zoneId} testId="problem-unit" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item name="responsiblePerson" label={t("projects.problems.responsiblePerson")}>
            <Input maxLength={30} data-testid="problem-person" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="deadline" label={t("projects.problems.deadline")}>
        <DatePicker style={{ width: "100%" }} data-testid="problem-deadline" />
      </Form.Item>
    </FormModal>
  );
}
