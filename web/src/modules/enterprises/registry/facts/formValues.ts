/** How the fact forms' field values go to and from the API, and the width their pickers take. */
import dayjs, { type Dayjs } from "dayjs";

export const iso = (d?: Dayjs | null) => (d ? d.format("YYYY-MM-DD") : null);
export const day = (s?: string | null) => (s ? dayjs(s) : null);
export const blank = (s?: string | null) => (s?.trim() ? s.trim() : null);
export const fullWidth = { width: "100%" };
