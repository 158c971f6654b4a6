import dayjs from "dayjs";
import type { Qualification } from "../../types";

const RENEWAL_DAYS = 90;

/** A qualification's standing today: in force, renewal due (高新 within 90 days of expiry), or expired. */
export function validity(q: Pick<Qualification, "kind" | "expiresOn">, today = dayjs()) {
  if (!q.expiresOn) return "valid" as const;
  const expires = dayjs(q.expiresOn);
  if (expires.isBefore(today, "day")) return "expired" as const;
  if (q.kind === "hitech" && expires.diff(today, "day") <= RENEWAL_DAYS) return "renewalDue" as const;
  return "valid" as const;
}
