import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { useEnterpriseLabels } from "../../labels";

/** Validation rules the fact forms share, with messages in the user's language. */
export function useFactRules() {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  return {
    required: (field: string, label = el.field(field)) => ({
      required: true,
      whitespace: true,
      message: t("common.required", { field: label }),
    }),
    select: (field: string, label = el.field(field)) => ({
      required: true,
      message: t("common.selectRequired", { field: label }),
    }),
    /** An end date not before the start date in `startField`. */
    after:
      (startField: string) =>
      ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
        validator: async (_: unknown, end?: Dayjs | null) => {
          const start = getFieldValue(startField) as Dayjs | null | undefined;
          if (end && start && end.isBefore(start, "day")) throw new Error(t("enterprises.facts.endBeforeStart"));
        },
      }),
  };
}
