/**
 * The project's record and its "六个一" responsibility: 区级领导, 牵头单位, 工作班子, the people assigned
 * (包保领导, 项目秘书, 联络干部 — added from the zone's staff, removed with a confirmation) and the service plan;
 * under the record, its phases (分期建设).
 */
import { DeleteOutlined, PlusOutlined, UserOutlined } from "@ant-design/icons";
import { App, Button, Card, Col, Descriptions, Form, Popconfirm, Row, Select, Space, Tag } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { FormModal } from "../../../ui/FormModal";
import { Area, DateText, Money } from "../../../ui/format";
import { MEMBER_ROLES, useProjectLabels } from "../labels";
import { LevelTags } from "../parts";
import { StaffSelect } from "../pickers";
import { useInvalidate, useMembers } from "../queries";
import type { Member, MemberRole, Project } from "../types";
import { Phases } from "./Phases";

export function Overview({ project: p, writable }: { project: Project; writable: boolean }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Space direction="vertical" size={16} style={{ width: "100%" }}>
          <Facts project={p} />
          <Phases project={p} writable={writable} />
        </Space>
      </Col>
      <Col xs={24} xl={10}>
        <Responsibility project={p} writable={writable} />
      </Col>
    </Row>
  );
}

function Facts({ project: p }: { project: Project }) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  return (
    <Card size="small" title={t("projects.detail.facts")} data-testid="project-facts">
      <Descriptions column={{ xs: 1, sm: 2, md: 2, lg: 2, xl: 2, xxl: 2 }} size="small">
        <Descriptions.Item label={t("projects.field.code")}>
          <span className="mono">{p.code}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("projects.field.zone")}>{p.zoneName}</Descriptions.Item>
        <Descriptions.Item label={t("projects.field.enterprise")}>{p.enterpriseName ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("projects.field.category")}>{pl.category(p.category)}</Descriptions.Item>
        <Descriptions.Item label={t("projects.field.constructionType")}>
          {pl.constructionType(p.constructionType)}
        </Descriptions.Item>
        <Descriptions.Item label={t("projects.field.tier")}>{pl.tier(p.tier)}</Descriptions.Item>
        <Descriptions.Item label={t("projects.field.levelTags")}>
          {p.levelTags.length ? <LevelTags tags={p.levelTags} /> : "—"}
        </Descriptions.Item>
        <Descriptions.Item label={t("projects.field.industryCode")}>
          <span className="mono">{p.industryCode ?? "—"}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("projects.field.totalInvestment")}>
          <Money yuan={p.totalInvestmentYuan} />
        </Descriptions.Item>
        <Descriptions.Item label={t("projects.field.landMu")}>
          <Area value={p.landMu} unit="mu" />
        </Descriptions.Item>
        <Descriptions.Item label={t("projects.field.buildingArea")}>
          {p.buildingAreaM2 ? <span className="num">{Number(p.buildingAreaM2).toLocaleString()} m²</span> : "—"}
        </Descriptions.Item>
        <Descriptions.Item label={t("projects.field.plannedStartOn")}>
          <DateText value={p.plannedStartOn} />
        </Descriptions.Item>
        <Descriptions.Item label={t("projects.field.plannedCompletionOn")}>
          <DateText value={p.plannedCompletionOn} />
        </Descriptions.Item>
        <Descriptions.Item label={t("projects.field.actualStartOn")}>
          <DateText value={p.actualStartOn} />
        </Descriptions.Item>
        <Descriptions.Item label={t("projects.field.actualCompletionOn")}>
          <DateText value={p.actualCompletionOn} />
        </Descriptions.Item>
        <Descriptions.Item label={t("projects.field.productionOn")}>
          <DateText value={p.productionOn} />
        </Descriptions.Item>
        <Descriptions.Item label={t("projects.field.expectedOutput")}>
          <Money yuan={p.expectedOutputYuan} />
        </Descriptions.Item>
        <Descriptions.Item label={t("projects.field.expectedTax")}>
          <Money yuan={p.expectedTaxYuan} />
        </Descriptions.Item>
        <Descriptions.Item label={t("projects.field.expectedJobs")}>
          {p.expectedJobs == null ? "—" : <span className="num">{p.expectedJobs}</span>}
        </Descriptions.Item>
        <Descriptions.Item label={t("projects.field.content")} span="filled">
          <span className="prj-pre">{p.content ?? "—"}</span>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function Responsibility({ project: p, writable }: { project: Project; writable: boolean }) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const { message } = App.useApp();
  const members = useMembers(p.id);
  const invalidate = useInvalidate();
  const [adding, setAdding] = useState(false);
  const byRole = useMemo(() => {
    const map = new Map<MemberRole, Member[]>();
    for (const m of members.data ?? []) map.set(m.role, [...(map.get(m.role) ?? []), m]);
    return map;
  }, [members.data]);

  const remove = async (m: Member) => {
    try {
      await api.delete(`/v1/projects/${p.id}/members`, { userId: m.userId, role: m.role });
      void message.success(t("projects.members.removed"));
      await invalidate("projects");
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Card
      size="small"
      title={t("projects.detail.responsibility")}
      data-testid="project-responsibility"
      extra={
        writable ? (
          <Button
            size="small"
            type="link"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="member-add"
          >
            {t("projects.members.add")}
          </Button>
        ) : undefined
      }
    >
      <Descriptions column={1} size="small" className="prj-six">
        <Descriptions.Item label={t("projects.field.leaderName")}>{p.leaderName ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("projects.field.leadUnit")}>{p.leadUnitName ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("projects.field.team")}>{p.team ?? "—"}</Descriptions.Item>
        {MEMBER_ROLES.map((role) => (
          <Descriptions.Item key={role} label={pl.role(role)}>
            {byRole.has(role) ? (
              <Space size={[4, 4]} wrap>
                {(byRole.get(role) ?? []).map((m) => (
                  <Tag key={m.userId} icon={<UserOutlined />} className="prj-member" data-testid={`member-${role}`}>
                    {m.name}
                    {writable && (
                      <Popconfirm
                        title={t("projects.members.removeConfirm", { name: m.name, role: pl.role(role) })}
                        onConfirm={() => remove(m)}
                      >
                        <Button
                          type="text"
                          size="small"
                          icon={<DeleteOutlined />}
                          aria-label={`${t("projects.members.remove")} ${m.name}`}
                          className="prj-member-remove"
                          data-testid="member-remove"
                        />
                      </Popconfirm>
                    )}
                  </Tag>
                ))}
              </Space>
            ) : (
              <span className="muted">{members.isPending ? "…" : t("projects.members.noneInRole")}</span>
            )}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t("projects.field.servicePlan")}>
          <span className="prj-pre">{p.servicePlan ?? "—"}</span>
        </Descriptions.Item>
      </Descriptions>
      {adding && (
        <MemberModal
          project={p}
          taken={new Set((members.data ?? []).map((m) => `${m.userId}/${m.role}`))}
          onClose={() => setAdding(false)}
        />
      )}
    </Card>
  );
}

function MemberModal({ project, taken, onClose }: { project: Project; taken: Set<string>; onClose: () => void }) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<{ role: MemberRole; userId: string }>();
  const role = Form.useWatch("role", form) ?? "secretary";
  const exclude = useMemo(
    () => new Set([...taken].filter((k) => k.endsWith(`/${role}`)).map((k) => k.split("/")[0] ?? "")),
    [taken, role],
  );
  return (
    <FormModal
      title={t("projects.members.add")}
      form={form}
      onClose={onClose}
      initialValues={{ role: "secretary" }}
      onSubmit={async (v) => {
        await api.put(`/v1/projects/${project.id}/members`, v);
        await invalidate("projects");
      }}
      successText={t("projects.members.added")}
      testId="member-modal"
      width={480}
    >
      <Form.Item name="role" label={t("projects.members.role")} rules={[{ required: true }]}>
        <Select options={pl.roleOptions} data-testid="member-role" />
      </Form.Item>
      <Form.Item
        name="userId"
        label={t("projects.members.person")}
        rules={[{ required: true, message: t("common.selectRequired", { field: t("projects.members.person") }) }]}
      >
        <StaffSelect zoneId={project.zoneId} exclude={exclude} testId="member-user" />
      </Form.Item>
    </FormModal>
  );
}
