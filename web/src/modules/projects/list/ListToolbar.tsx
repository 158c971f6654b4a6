/**
 * Above the project list: the filtered set's totals (count, investment, by health and by stage — tags that
 * filter on a click) and the user's saved views (pick one, save the filters in force, delete one).
 */
import { DeleteOutlined, SaveOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { App, Button, Form, Input, Modal, Select, Space, Tag, Tooltip } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { FormModal } from "../../../ui/FormModal";
import { HEALTH_COLORS, HEALTH_LEVELS, STAGE_COLORS, useProjectLabels } from "../labels";
import { type SavedView, settingsKeys, useSavedViews } from "../settings/queries";
import type { ProjectStage } from "../types";
import type { ProjectTotals } from "./listTypes";
import "../supervision.css";
import "../supervision-i18n";
import { useWholeMoney } from "../wholeMoney";

/** Core PROJECT_VIEW_KEYS (its module carries zod): the list parameters a view keeps. */
export const VIEW_KEYS = [
  "q",
  "zoneId",
  "stage",
  "tier",
  "category",
  "constructionType",
  "leadUnitId",
  "level",
  "health",
  "sort",
  "order",
  "view",
] as const;

type Params = Record<string, string | undefined>;
type Update = (patch: Record<string, string | undefined>) => void;

const viewOf = (params: Params) =>
  Object.fromEntries(VIEW_KEYS.flatMap((k) => (params[k] ? [[k, params[k] as string]] : []))) as Record<string, string>;

const sameFilters = (a: Record<string, string>, b: Record<string, string>) =>
  VIEW_KEYS.every((k) => (a[k] ?? "") === (b[k] ?? ""));

function useDescribe() {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  return (filters: Record<string, string>) =>
    VIEW_KEYS.flatMap((k) => {
      const v = filters[k];
      if (!v || k === "order") return [];
      switch (k) {
        case "stage":
          return [`${t("projects.field.stage")}：${pl.stage(v as ProjectStage)}`];
        case "health":
          return [`${t("projects.field.health")}：${pl.health(v as (typeof HEALTH_LEVELS)[number])}`];
        case "tier":
          return [`${t("projects.field.tier")}：${pl.tier(v as never)}`];
        case "category":
          return [`${t("projects.field.category")}：${pl.category(v as never)}`];
        case "constructionType":
          return [`${t("projects.field.constructionType")}：${pl.constructionType(v as never)}`];
        case "level":
          return [`${t("projects.field.levelTags")}：${pl.level(v as never)}`];
        case "q":
          return [`${t("common.keyword")}：${v}`];
        case "zoneId":
          return [t("projects.field.zone")];
        case "leadUnitId":
          return [t("projects.field.leadUnit")];
        case "view":
          return [t("projects.view.board")];
        case "sort":
          return [];
      }
      return [];
    });
}

function SaveViewModal({ filters, onClose }: { filters: Record<string, string>; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const describe = useDescribe();
  const [form] = Form.useForm<{ name: string }>();
  const parts = describe(filters);
  return (
    <FormModal
      title={t("projectViews.saveTitle")}
      form={form}
      onClose={onClose}
      width={480}
      onSubmit={async (v) => {
        await api.post("/v1/projects/views", { name: v.name, filters });
        await client.invalidateQueries({ queryKey: settingsKeys.views });
      }}
      testId="save-view-form"
    >
      <div className="muted small" style={{ marginBottom: 12 }}>
        {t("projectViews.saveHelp")}
      </div>
      <Form.Item
        name="name"
        label={t("projectViews.name")}
        rules={[{ required: true, whitespace: true, message: t("common.required", { field: t("projectViews.name") }) }]}
      >
        <Input maxLength={40} placeholder={t("projectViews.namePlaceholder")} data-testid="view-name" />
      </Form.Item>
      <div className="small">
        <span className="muted">{t("projectViews.filtersNow")}：</span>
        {parts.length === 0 ? (
          t("projectViews.noFilters")
        ) : (
          <Space size={[4, 4]} wrap>
            {parts.map((p) => (
              <Tag key={p}>{p}</Tag>
            ))}
          </Space>
        )}
      </div>
    </FormModal>
  );
}

function SavedViews({ params, update }: { params: Params; update: Update }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const views = useSavedViews();
  const [saving, setSaving] = useState(false);
  const current = viewOf(params);
  const active = views.data?.find((v) => sameFilters(v.filters, current));

  const apply = (view: SavedView) =>
    update(Object.fromEntries(VIEW_KEYS.map((k) => [k, view.filters[k]])) as Record<string, string | undefined>);

  const remove = (view: SavedView) =>
    Modal.confirm({
      title: t("projectViews.delete", { name: view.name }),
      okButtonProps: { danger: true },
      okText: t("common.delete"),
      onOk: async () => {
        await api.delete(`/v1/projects/views/${view.id}`);
        await client.invalidateQueries({ queryKey: settingsKeys.views });
        void message.success(t("projectViews.deleted"));
      },
    });

  return (
    <div className="pv-views">
      <Select
        value={active?.id ?? null}
        placeholder={t("projectViews.placeholder")}
        style={{ minWidth: 180 }}
        popupMatchSelectWidth={false}
        loading={views.isPending}
        notFoundContent={<span className="muted small">{t("projectViews.none")}</span>}
        options={(views.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
        optionRender={(o) => {
          const view = views.data?.find((v) => v.id === o.value);
          return (
            <div className="pv-view-option">
              <span>{o.label}</span>
              {view && (
                <Tooltip title={t("projectViews.delete", { name: view.name })}>
                  <Button
                    type="text"
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t("projectViews.delete", { name: view.name })}
                    onClick={(e) => {
                      e.stopPropagation();
                      remove(view);
                    }}
                    data-testid="view-delete"
                  />
                </Tooltip>
              )}
            </div>
          );
        }}
        onChange={(id: string) => {
          const view = views.data?.find((v) => v.id === id);
          if (view) apply(view);
        }}
        aria-label={t("projectViews.label")}
        data-testid="view-select"
      />
      <Button icon={<SaveOutlined />} onClick={() => setSaving(true)} data-testid="view-save">
        {t("projectViews.save")}
      </Button>
      {saving && <SaveViewModal filters={current} onClose={() => setSaving(false)} />}
    </div>
  );
}

export function ListToolbar({
  totals,
  params,
  update,
  showStages,
}: {
  totals: ProjectTotals | undefined;
  params: Params;
  update: Update;
  /** The board shows the stages as its columns; the list shows them here. */
  showStages: boolean;
}) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const money = useWholeMoney();
  const toggle = (key: "health" | "stage", value: string) =>
    update({ [key]: params[key] === value ? undefined : value });
  return (
    <div className="pv-toolbar" data-testid="project-toolbar">
      <div className="pv-totals" data-testid="project-totals">
        {totals && (
          <>
            <b>{t("projectTotals.count", { count: totals.count })}</b>
            <span className="muted">
              · {t("projectTotals.investment", { amount: money(totals.totalInvestmentYuan) })}
            </span>
            {HEALTH_LEVELS.map((level) => (
              <Tag
                key={level}
                color={HEALTH_COLORS[level]}
                className={params.health === level ? "pv-active" : undefined}
                onClick={() => toggle("health", level)}
                data-testid={`total-health-${level}`}
              >
                {pl.health(level)} {totals.byHealth?.[level] ?? ""}
              </Tag>
            ))}
            {showStages &&
              totals.byStage.map((s) => (
                <Tag
                  key={s.stage}
                  color={STAGE_COLORS[s.stage]}
                  bordered={false}
                  className={params.stage === s.stage ? "pv-active" : undefined}
                  onClick={() => toggle("stage", s.stage)}
                  data-testid={`total-stage-${s.stage}`}
                >
                  {pl.stage(s.stage)} {s.count}
                </Tag>
              ))}
          </>
        )}
      </div>
      <SavedViews params={params} update={update} />
    </div>
  );
}
