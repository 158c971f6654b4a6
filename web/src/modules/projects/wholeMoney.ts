/** Money for a headline figure, as the `Amount` part shows it: whole 万元 (or 元), 亿元 to two places. */
import { formatMoney } from "@zoneos/core/format";
import { useCallback } from "react";
import { useMoneyUnit } from "../../app/auth";
import { useLocale } from "../../ui/format";

export function useWholeMoney() {
  const unit = useMoneyUnit();
  const locale = useLocale();
  return useCallback(
    (yuan: string | null | undefined) => formatMoney(yuan, unit, locale, unit === "yi" ? 2 : 0),
    [unit, locale],
  );
}
