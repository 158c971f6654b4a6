/**
 * The enterprise 360° page: name, credit code, the flags and qualifications in force and key facts on
 * top; then the record, a dated timeline of scale flags, qualifications (validity; 高新技术企业 due for
 * renewal within 90 days) and rung steps; R&D platforms, innovation figures, the party organisation and
 * the chain nodes it sits on. Writers add and correct each part; an enterprise's own account keeps its
 * contacts current.
 */
import { Col, Row, Space, Tabs, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { useCan, useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { PageLoading } from "../../../ui/PageLoading";
import type { ProjectList } from "../../projects/list/listTypes";
import { useProjects } from "../../projects/queries";
import { useEnterpriseLabels } from "../labels";
import { useEnterprise360 } from "../queries";
import { ChainsCard } from "./detail/ChainsCard";
import { EnterpriseHeader } from "./detail/EnterpriseHeader";
import { type Dialog, FactDialogs } from "./detail/FactDialogs";
import { HistoryTimeline } from "./detail/HistoryTimeline";
import { InnovationCard } from "./detail/InnovationCard";
import { PageActions } from "./detail/PageActions";
import { PartyCard } from "./detail/PartyCard";
import { PlatformsCard } from "./detail/PlatformsCard";
import { ProjectsTab } from "./detail/ProjectsTab";
import { RecordCard } from "./detail/RecordCard";
import "../enterprises.css";
import "../i18n";
import "../../projects/supervision-i18n";

export default function EnterpriseDetailPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const el = useEnterpriseLabels();
  const view = useEnterprise360(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { params, update } = useListParams();
  // Projects need their own permission (企服专员 reads enterprises, not projects).
  const seesProjects = can("projects:read");
  const projectPage = Number(params.projectPage) || 1;
  const projects = useProjects({ enterpriseId: id, page: projectPage, pageSize: 10 }, seesProjects && Boolean(id));
  const projectList = projects.data as ProjectList | undefined;

  if (view.isPending) return <PageLoading />;
  if (view.error || !view.data) return <QueryError error={view.error} onRetry={() => void view.refetch()} />;
  const v = view.data;
  const e = v.enterprise;
  const writable = can("enterprises:write");
  const ownAccount = me.scope === "enterprise";
  const close = () => setDialog(null);
  const overview = (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={15}>
        <Space direction="vertical" size={16} style={{ width: "100%" }}>
          <RecordCard view={v} />
          <HistoryTimeline view={v} writable={writable} onDialog={setDialog} />
        </Space>
      </Col>
      <Col xs={24} xl={9}>
        <Space direction="vertical" size={16} style={{ width: "100%" }}>
          <ChainsCard view={v} />
          <InnovationCard view={v} writable={writable} onDialog={setDialog} />
          <PlatformsCard view={v} writable={writable} onDialog={setDialog} />
          <PartyCard view={v} writable={writable} onDialog={setDialog} />
        </Space>
      </Col>
    </Row>
  );

  return (
    <Page
      title={
        <span className="ent-title">
          {e.name}
          {e.status !== "operating" && <Tag>{el.status(e.status)}</Tag>}
        </span>
      }
      subtitle={
        <span className="mono" data-testid="enterprise-credit-code">
          {e.creditCode ?? t("enterprises.noCreditCode")}
        </span>
      }
      crumb={e.name}
      testId="page-enterprise"
      extra={<PageActions enterprise={e} ownAccount={ownAccount} writable={writable} onDialog={setDialog} />}
    >
      <EnterpriseHeader view={v} />
      {seesProjects ? (
        <Tabs
          activeKey={params.tab === "projects" ? "projects" : "overview"}
          onChange={(k) => update({ tab: k === "projects" ? "projects" : undefined })}
          items={[
            { key: "overview", label: t("enterpriseProjects.overview"), children: overview },
            {
              key: "projects",
              label: `${t("enterpriseProjects.tab")}${projectList ? ` ${projectList.total}` : ""}`,
              children: (
                <ProjectsTab
                  data={projectList}
                  loading={projects.isFetching}
                  onPage={(p) => update({ tab: "projects", projectPage: p })}
                />
              ),
            },
          ]}
          data-testid="enterprise-tabs"
        />
      ) : (
        overview
      )}
      <FactDialogs dialog={dialog} view={v} onClose={close} />
    </Page>
  );
}
