/**
 * The 经发局's Excel import of a zone-month: streamed parse, validation in memory against the registry and the
 * neighbouring months, then one transaction of multi-row upserts (with their revisions), one audit entry and a
 * set-based rollup recomputation. All-or-nothing: any row error refuses the file. Progress is kept per job.
 */
import { Readable } from "node:stream";
import type { ImportJob, ReportValues } from "@zoneos/core/statistics-api";
import { hasErrors, needsExplanation, runChecks } from "@zoneos/core/statistics-checks";
import { REPORT_FIELDS } from "@zoneos/core/statistics-indicators";
import { addMonths, priorYearMonth } from "@zoneos/core/statistics-math";
import { eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { audit } from "../../platform/audit.js";
import type { ServiceContext } from "../../platform/context.js";
import { AppError, invalid, notFound } from "../../platform/errors.js";
import { assertZoneWritable } from "../../platform/zone-access.js";
import { assertBureau } from "./access.js";
import { type EnterpriseFacts, enterpriseFacts } from "./registry-source.js";
import { type CellProblem, COLUMNS, cellText, columnLetter, parseFigure, SHEET } from "./report-workbook.js";
import { COLUMN, lockZone, recomputeRollups } from "./rollups.js";
import { frozenPeriod, zoneSettings } from "./settings.js";
import { importJobs } from "./tables.js";
import { COUNTED, currentMonth, deadlineOf, monthDate, rows, sameValues } from "./values.js";

export const MAX_IMPORT_ROWS = 200_000;
const MAX_LISTED_ERRORS = 200;
const CHUNK = 5_000;

interface ParsedRow {
  row: number;
  creditCode: string | null;
  name: string | null;
  values: ReportValues;
  explanation: string | null;
}

type RowError = ImportJob["errors"][number];

/** Live progress of running jobs (the database row carries the final state). */
const live = new Map<string, ImportJob>();

function rowError(row: number, colIndex: number, problem: CellProblem): RowError {
  const c = COLUMNS[colIndex];
  return {
    sheet: SHEET,
    row,
    column: columnLetter(colIndex),
    messageZh: `${c?.zh ?? ""}：${problem.zh}`,
    messageEn: `${c?.en ?? ""}: ${problem.en}`,
  };
}

function update(job: ImportJob, patch: Partial<ImportJob>) {
  Object.assign(job, patch);
}

/** Streams the workbook's rows; reports parse progress by bytes read. */
async function parseWorkbook(buffer: Buffer, job: ImportJob, errors: RowError[]): Promise<ParsedRow[]> {
  let read = 0;
  const source = Readable.from(
    (function* () {
      for (let at = 0; at < buffer.length; at += 256 * 1024) {
        read = Math.min(buffer.length, at + 256 * 1024);
        job.progressPct = Math.floor((read / buffer.length) * 40);
        yield buffer.subarray(at, at + 256 * 1024);
      }
    })(),
  );
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  const parsed: ParsedRow[] = [];
  let found = false;
  for await (const sheet of reader) {
    let isReport: boolean | null = null;
    for await (const row of sheet) {
      const cells = row.values as unknown[];
      if (isReport === null) {
        const head = COLUMNS.map((_, i) => cellText(cells[i + 1]) ?? "");
        isReport = head[0] === COLUMNS[0]?.zh || head[0] === COLUMNS[0]?.en;
        if (isReport && !found) {
          found = true;
          COLUMNS.forEach((c, i) => {
            if (head[i] !== c.zh && head[i] !== c.en)
              errors.push(rowError(1, i, { zh: `表头应为“${c.zh}”`, en: `the header should read "${c.en}"` }));
          });
        }
        continue;
      }
      if (!isReport) break;
      if (parsed.length >= MAX_IMPORT_ROWS) throw new AppError(400, "importTooLarge", { max: String(MAX_IMPORT_ROWS) });
      const text = (i: number) => cellText(cells[i + 1]);
      const values = {} as Record<string, string | null>;
      REPORT_FIELDS.forEach((f, k) => {
        const raw = text(3 + k);
        if (raw === null) {
          values[f] = null;
          return;
        }
        const result = parseFigure(f, raw);
        if ("problem" in result) {
          errors.push(rowError(row.number, 3 + k, result.problem));
          values[f] = null;
        } else values[f] = result.value;
      });
      parsed.push({
        row: row.number,
        creditCode: text(0)?.toUpperCase() ?? null,
        name: text(1),
        values: values as ReportValues,
        explanation: text(3 + REPORT_FIELDS.length),
      });
      job.processedRows = parsed.length;
    }
    if (found) break;
  }
  if (!found)
    errors.push(rowError(1, 0, { zh: `未找到“${SHEET}”工作表的表头`, en: `no "${SHEET}" sheet header found` }));
  return parsed;
}

interface Existing {
  enterprise_id: string;
  m: string;
  status: string;
  [column: string]: string | null;
}

function existingValues(r: Existing): ReportValues {
  return Object.fromEntries(
    REPORT_FIELDS.map((f) => {
      const v = r[COLUMN[f]];
      return [
        f,
        v === null || v === undefined
          ? null
          : String(v)
              .replace(/(\.\d*?)0+$/, "$1")
              .replace(/\.$/, ""),
      ];
    }),
  ) as ReportValues;
}

interface Accepted {
  ent: EnterpriseFacts;
  values: ReportValues;
  explanation: string | null;
}

/** Row rules: a known enterprise of the zone, once per file, figures passing the checks, not an approved report. */
async function validate(ctx: ServiceContext, zoneId: string, month: string, parsed: ParsedRow[], errors: RowError[]) {
  const zone = await enterpriseFacts(ctx.db, sql`e.zone_id = ${zoneId}`, month);
  const byCode = new Map(zone.filter((e) => e.creditCode).map((e) => [e.creditCode as string, e]));
  const byName = new Map(zone.map((e) => [e.name, e]));
  const months = [month, addMonths(month, -1), priorYearMonth(month)].map(monthDate);
  const existing = await rows<Existing>(
    ctx.db,
    sql`select enterprise_id, to_char(month, 'YYYY-MM') as m, status,
        ${sql.raw(REPORT_FIELDS.map((f) => `${COLUMN[f]}::text as ${COLUMN[f]}`).join(", "))}
      from statistics_reports where zone_id = ${zoneId} and month = any(${`{${months.join(",")}}`}::date[])`,
  );
  const at = new Map(existing.map((r) => [`${r.enterprise_id}|${r.m}`, r]));
  const counted = (r: Existing | undefined) =>
    r && (COUNTED as string[]).includes(r.status) ? existingValues(r) : null;
  const settings = await zoneSettings(ctx.db, zoneId);
  const seen = new Map<string, number>();
  const accepted: Accepted[] = [];
  const explanationCol = 3 + REPORT_FIELDS.length;
  for (const p of parsed) {
    if (REPORT_FIELDS.every((f) => p.values[f] === null)) continue; // not reporting through this file
    const ent = p.creditCode ? byCode.get(p.creditCode) : p.name ? byName.get(p.name) : undefined;
    if (!ent) {
      errors.push(
        rowError(p.row, p.creditCode ? 0 : 1, { zh: "本园区无此企业", en: "no such enterprise in this zone" }),
      );
      continue;
    }
    const first = seen.get(ent.id);
    if (first !== undefined) {
      errors.push(rowError(p.row, 0, { zh: `与第${first}行重复`, en: `repeats row ${first}` }));
      continue;
    }
    seen.set(ent.id, p.row);
    const current = at.get(`${ent.id}|${month}`);
    if (current?.status === "approved") {
      if (!sameValues(existingValues(current), p.values))
        errors.push(
          rowError(p.row, 0, {
            zh: "该企业本月月报已审核通过，修改请逐户提交更正",
            en: "this month's report is approved; change it by a correction",
          }),
        );
      continue;
    }
    const checks = runChecks({
      month,
      values: p.values,
      previousMonth: counted(at.get(`${ent.id}|${addMonths(month, -1)}`)),
      latestEarlier: null,
      previousYear: counted(at.get(`${ent.id}|${priorYearMonth(month)}`)),
      settings,
    });
    for (const c of checks.filter((c) => c.severity === "error"))
      errors.push(
        rowError(p.row, 3 + REPORT_FIELDS.indexOf(c.field ?? "output"), { zh: c.messageZh, en: c.messageEn }),
      );
    if (!hasErrors(checks) && needsExplanation(checks) && !p.explanation)
      errors.push(
        rowError(p.row, explanationCol, {
          zh: `须说明：${checks.map((c) => c.messageZh).join("；")}`,
          en: `needs an explanation: ${checks.map((c) => c.messageEn).join("; ")}`,
        }),
      );
    accepted.push({ ent, values: p.values, explanation: p.explanation });
  }
  return accepted;
}

/** A PostgreSQL array literal of text (quoted) or plain values; null elements as NULL. */
function arrayLiteral(values: readonly (string | null)[], quote: boolean): string {
  return `{${values
    .map((v) => (v === null ? "NULL" : quote ? `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"` : v))
    .join(",")}}`;
}

async function write(ctx: ServiceContext, job: ImportJob, zoneId: string, month: string, accepted: Accepted[]) {
  const settings = await zoneSettings(ctx.db, zoneId);
  const late = ctx.now > deadlineOf(month, settings.deadlineDay).endsAt;
  const figureCols = REPORT_FIELDS.map((f) => COLUMN[f]);
  await ctx.db.transaction(async (tx) => {
    await lockZone(tx, zoneId);
    if (await frozenPeriod(tx, zoneId, month)) throw new AppError(409, "periodFrozen", { month });
    for (let at = 0; at < accepted.length; at += CHUNK) {
      const chunk = accepted.slice(at, at + CHUNK);
      const arrays = [
        sql`${arrayLiteral(
          chunk.map((a) => a.ent.id),
          false,
        )}::uuid[]`,
        ...REPORT_FIELDS.map((f) =>
          f === "employees"
            ? sql`${arrayLiteral(
                chunk.map((a) => a.values[f]),
                false,
              )}::int[]`
            : sql`${arrayLiteral(
                chunk.map((a) => a.values[f]),
                false,
              )}::numeric[]`,
        ),
        sql`${arrayLiteral(
          chunk.map((a) => a.explanation),
          true,
        )}::text[]`,
        sql`${arrayLiteral(
          chunk.map((a) => a.ent.industryCode),
          true,
        )}::text[]`,
        sql`${arrayLiteral(
          chunk.map((a) => a.ent.cluster),
          true,
        )}::text[]`,
        sql`${arrayLiteral(
          chunk.map((a) => (a.ent.scaleIndustry ? "t" : "f")),
          false,
        )}::boolean[]`,
      ];
      const cols = figureCols.join(", ");
      const updates = figureCols.map((c) => `${c} = excluded.${c}`).join(", ");
      await tx.execute(sql`
        with input as (
          select * from unnest(${sql.join(arrays, sql`, `)})
            as t(enterprise_id, ${sql.raw(cols)}, explanation, industry_code, cluster, scale_industry)),
        up as (
          insert into statistics_reports (zone_id, enterprise_id, month, status, channel, ${sql.raw(cols)},
            industry_code, division, cluster, scale_industry, explanation, revision, late, submitted_at, submitted_by,
            version, created_at, updated_at)
          select ${zoneId}::uuid, enterprise_id, ${monthDate(month)}::date, 'submitted', 'import', ${sql.raw(cols)},
            industry_code, left(industry_code, 2), cluster, scale_industry, explanation, 1, ${late}, ${ctx.now}::timestamptz,
            ${ctx.actor.userId}::uuid, 1, ${ctx.now}::timestamptz, ${ctx.now}::timestamptz
          from input
          on conflict (zone_id, enterprise_id, month) do update set status = 'submitted', channel = 'import',
            ${sql.raw(updates)}, industry_code = excluded.industry_code, division = excluded.division,
            cluster = excluded.cluster, scale_industry = excluded.scale_industry, explanation = excluded.explanation,
            revision = statistics_reports.revision + 1, late = statistics_reports.late or excluded.late,
            submitted_at = excluded.submitted_at, submitted_by = excluded.submitted_by, return_reason = null,
            reviewed_at = null, reviewed_by = null, version = statistics_reports.version + 1,
            updated_at = excluded.updated_at
          returning id, zone_id, revision, ${sql.raw(cols)})
        insert into statistics_report_revisions (zone_id, report_id, revision, ${sql.raw(cols)}, channel, actor_id,
          actor_name, created_at)
        select zone_id, id, revision, ${sql.raw(cols)}, 'import', ${ctx.actor.userId}::uuid, ${ctx.actor.name},
          ${ctx.now}::timestamptz from up`);
      update(job, {
        written: Math.min(accepted.length, at + CHUNK),
        progressPct: 50 + Math.floor(((at + chunk.length) / accepted.length) * 45),
      });
    }
    await recomputeRollups(tx, zoneId, [month]);
    await audit(tx, ctx, {
      entity: "statisticsImport",
      entityId: job.id,
      action: "import",
      zoneId,
      changes: { month: { before: null, after: month }, rows: { before: null, after: accepted.length } },
    });
  });
}

async function persist(ctx: ServiceContext, job: ImportJob) {
  await ctx.db
    .update(importJobs)
    .set({
      status: job.status,
      totalRows: job.totalRows,
      processedRows: job.processedRows,
      written: job.written,
      errors: job.errors,
      errorCount: job.errorCount,
      finishedAt: job.finishedAt ? new Date(job.finishedAt) : null,
    })
    .where(eq(importJobs.id, job.id));
}

async function run(ctx: ServiceContext, job: ImportJob, zoneId: string, month: string, buffer: Buffer) {
  const errors: RowError[] = [];
  try {
    const parsed = await parseWorkbook(buffer, job, errors);
    update(job, { status: "validating", totalRows: parsed.length, processedRows: parsed.length, progressPct: 40 });
    const accepted = errors.length === 0 ? await validate(ctx, zoneId, month, parsed, errors) : [];
    if (errors.length > 0) {
      errors.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
      update(job, { status: "failed", errors: errors.slice(0, MAX_LISTED_ERRORS), errorCount: errors.length });
    } else {
      update(job, { status: "writing", progressPct: 50 });
      await write(ctx, job, zoneId, month, accepted);
      // A large import changes the table's shape: refresh the planner's statistics (PGlite has no autovacuum).
      if (accepted.length >= 1_000) await ctx.db.execute(sql`analyze statistics_reports`);
      update(job, { status: "succeeded", written: accepted.length, progressPct: 100 });
    }
  } catch (error) {
    const known = error instanceof AppError;
    update(job, {
      status: "failed",
      errorCount: 1,
      errors: [
        {
          sheet: SHEET,
          row: 0,
          column: "",
          messageZh: known ? `导入被拒绝（${error.code}）` : "无法读取该文件，请上传 .xlsx 格式的 Excel 文件",
          messageEn: known ? `import refused (${error.code})` : "Cannot read the file; upload an .xlsx workbook",
        },
      ],
    });
  }
  update(job, { finishedAt: new Date().toISOString() });
  await persist(ctx, job);
  live.delete(job.id);
  return job;
}

/** Starts an import job; `wait` answers once it has finished. */
export async function startImport(ctx: ServiceContext, zoneId: string, month: string, buffer: Buffer, wait: boolean) {
  assertBureau(ctx);
  await assertZoneWritable(ctx, zoneId);
  if (month > currentMonth(ctx.now)) throw invalid([{ field: "month", key: "reportMonthInFuture" }]);
  if (await frozenPeriod(ctx.db, zoneId, month)) throw new AppError(409, "periodFrozen", { month });
  const [row] = await ctx.db
    .insert(importJobs)
    .values({ zoneId, month: monthDate(month), status: "parsing", createdBy: ctx.actor.userId, createdAt: ctx.now })
    .returning();
  if (!row) throw new Error("import job not created");
  const job: ImportJob = {
    id: row.id,
    zoneId,
    month,
    status: "parsing",
    totalRows: 0,
    processedRows: 0,
    progressPct: 0,
    written: 0,
    errors: [],
    errorCount: 0,
    createdAt: row.createdAt.toISOString(),
    finishedAt: null,
  };
  live.set(job.id, job);
  const done = run(ctx, job, zoneId, month, buffer);
  if (wait) return { job: await done, finished: true };
  done.catch(() => undefined);
  return { job: { ...job }, finished: false };
}

export async function getImportJob(ctx: ServiceContext, id: string): Promise<ImportJob> {
  assertBureau(ctx);
  const running = live.get(id);
  const [row] = await ctx.db.select().from(importJobs).where(eq(importJobs.id, id));
  if (!row) throw notFound();
  await assertZoneWritable(ctx, row.zoneId);
  if (running) return { ...running };
  return {
    id: row.id,
    zoneId: row.zoneId,
    month: row.month.slice(0, 7),
    status: row.status,
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    progressPct: row.status === "succeeded" ? 100 : row.status === "failed" ? 100 : 0,
    written: row.written,
    errors: row.errors as RowError[],
    errorCount: row.errorCount,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
