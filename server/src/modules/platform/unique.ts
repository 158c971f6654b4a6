/** Uniqueness checked before writing, so the user gets a field error rather than a constraint failure. */
import { and, eq, ne, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { ServiceContext } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";

export async function assertUnique(
  ctx: ServiceContext,
  table: PgTable,
  column: AnyPgColumn,
  value: string,
  field: string,
  exceptId?: string,
  extra?: SQL,
) {
  const idColumn = (table as unknown as { id: AnyPgColumn }).id;
  const where = and(eq(column, value), exceptId ? ne(idColumn, exceptId) : undefined, extra);
  const [hit] = await ctx.db.select({ id: idColumn }).from(table).where(where).limit(1);
  if (hit) throw new AppError(400, "validation", {}, [{ field, key: "duplicate" }]);
}
