/** The trailing "操作" column of a list whose rows open an edit form: one icon button per row. */
import { EditOutlined } from "@ant-design/icons";
import { Button, Tooltip } from "antd";
import type { ColumnType } from "antd/es/table/interface";
import type { TFunction } from "i18next";

export function editColumn<T extends { name: string }>(
  t: TFunction,
  onEdit: (row: T) => void,
  testId: string,
): ColumnType<T> {
  return {
    title: t("common.actions"),
    key: "actions",
    fixed: "right",
    render: (_, row) => (
      <Tooltip title={t("common.edit")}>
        <Button
          type="link"
          size="small"
          icon={<EditOutlined />}
          onClick={() => onEdit(row)}
          aria-label={`${t("common.edit")} ${row.name}`}
          data-testid={testId}
        />
      </Tooltip>
    ),
  };
}
