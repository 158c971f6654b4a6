/**
 * The list-page pattern: a filter bar (selects apply at once, the keyword on Enter or 查询), a
 * server-paginated table that scrolls sideways on a phone, and the load error if any.
 */

import { FilterOutlined } from "@ant-design/icons";
import type { Page as ApiPage } from "@zoneos/core/platform-api";
import { Badge, Button, Card, Form, Space, Table, type TableProps } from "antd";
import type { ReactNode } from "react";
import { Children, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isProblem } from "../app/api";
import { QueryError } from "./ErrorResult";
import { useIsMobile } from "./useIsMobile";

type FilterValues = Record<string, unknown>;

interface FilterBarProps {
  values: FilterValues;
  onApply: (values: FilterValues) => void;
  /** Fields applied on submit only (typed text); every other field applies as it changes. */
  textFields?: string[];
  children: ReactNode;
}

export function FilterBar({ values, onApply, textFields = ["q"], children }: FilterBarProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterValues>();
  const mobile = useIsMobile();
  const [expanded, setExpanded] = useState(false);
  const collapsible = mobile && Children.count(children) > 1;
  // Active filters hidden behind the toggle (all but the first), counted on its badge.
  const hiddenActive = Object.entries(values)
    .slice(1)
    .filter(([, v]) => v !== undefined && v !== null && v !== "").length;
  // Follow the URL (back button, links, reset) field by field: only the fields whose value there
  // changed are written, so text typed but not yet applied survives another filter's change.
  const synced = useRef<FilterValues>({});
  useEffect(() => {
    const before = synced.current;
    synced.current = values;
    const changed = Object.keys({ ...before, ...values }).filter((k) => !sameValue(before[k], values[k]));
    if (changed.length > 0) form.setFields(changed.map((name) => ({ name, value: values[name], errors: [] })));
  }, [form, values]);
  return (
    <Form
      form={form}
      layout="vertical"
      className={collapsible && !expanded ? "filter-bar filter-bar-collapsed" : "filter-bar"}
      role="search"
      onFinish={onApply}
      onValuesChange={(changed) => {
        if (Object.keys(changed).some((k) => !textFields.includes(k))) onApply(form.getFieldsValue());
      }}
    >
      <div className="filter-bar-row">
        {children}
        <div className="filter-actions">
          <Form.Item>
            <Space>
              {collapsible && (
                <Badge count={expanded ? 0 : hiddenActive} size="small">
                  <Button
                    icon={<FilterOutlined />}
                    onClick={() => setExpanded((x) => !x)}
                    aria-expanded={expanded}
                    data-testid="filter-toggle"
                  >
                    {t("common.filters")}
                  </Button>
                </Badge>
              )}
              <Button type="primary" htmlType="submit" data-testid="filter-search">
                {t("common.search")}
              </Button>
              <Button
                data-testid="filter-reset"
                onClick={() => {
                  const empty = Object.fromEntries(Object.keys(form.getFieldsValue()).map((k) => [k, undefined]));
                  form.setFieldsValue(empty);
                  onApply(empty);
                }}
              >
                {t("common.reset")}
              </Button>
            </Space>
          </Form.Item>
        </div>
      </div>
    </Form>
  );
}

/** Filter values compare by content (a date range is a new array of new dayjs objects each time). */
function sameValue(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => v === undefined || v === null || v === "";
  if (empty(a) && empty(b)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** One filter field in the bar: full width on a phone, sharing the row on a desktop. */
export function FilterItem({
  name,
  label,
  children,
  wide,
}: {
  name: string;
  label: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <div className={wide ? "filter-item filter-item-wide" : "filter-item"}>
      <Form.Item name={name} label={label}>
        {children}
      </Form.Item>
    </div>
  );
}

type DataTableProps<T> = Omit<TableProps<T>, "dataSource" | "pagination"> & {
  data?: ApiPage<T> | T[];
  onPage?: (page: number, pageSize: number) => void;
};

export function DataTable<T extends object>({ data, onPage, columns, ...rest }: DataTableProps<T>) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  // On a phone a right-fixed action column would leave no room to scroll the rest.
  const shown = mobile ? columns?.map((c) => (c.fixed === "right" ? { ...c, fixed: undefined } : c)) : columns;
  const paged = data && !Array.isArray(data) ? data : undefined;
  return (
    <Table<T>
      columns={shown}
      size={mobile ? "small" : "middle"}
      scroll={{ x: "max-content" }}
      dataSource={paged ? paged.items : (data as T[] | undefined)}
      pagination={
        paged
          ? {
              current: paged.page,
              pageSize: paged.pageSize,
              total: paged.total,
              showSizeChanger: !mobile,
              simple: mobile,
              showTotal: mobile ? undefined : (total) => t("common.total", { total }),
              onChange: onPage,
            }
          : false
      }
      {...rest}
    />
  );
}

interface TablePageProps {
  filters?: ReactNode;
  error?: unknown;
  onRetry?: () => void;
  children: ReactNode;
}

/** Filters and table in one card; a failed load shows above the table (403/404 as their pages). */
export function TableCard({ filters, error, onRetry, children }: TablePageProps) {
  if (isProblem(error, 403) || isProblem(error, 404)) return <QueryError error={error} />;
  return (
    <Card className="table-card" styles={{ body: { padding: 0 } }}>
      {filters && <div className="table-card-filters">{filters}</div>}
      {error ? (
        <div style={{ margin: 16 }}>
          <QueryError error={error} onRetry={onRetry} />
        </div>
      ) : null}
      {children}
    </Card>
  );
}
