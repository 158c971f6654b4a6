/**
 * Economic monitoring end to end in 虞城高新区: the enterprise's own account fills November with an output far
 * above last year's (a 同比 warning) and can submit only with an explanation; the 经发局 returns it with a reason,
 * the enterprise resubmits and the 经发局 approves it and reads its revision history; the leader opens the
 * cockpit for October and clicks 规上工业总产值 down to the enterprise rows whose sum is the card's figure; the
 * city supervisor compares the region's zones, ranked. Then the 经发局 downloads November's template, fills it
 * with one negative cell (refused, naming its sheet, row and column), fixes and imports it, approves, freezes the
 * month and corrects a frozen report, which becomes a new revision. Screenshots go to
 * e2e/output/screens/e2e-st-*.png.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { collectErrors, login, logout } from "./support/ui.js";

const SCREENS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "output", "screens");
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENS, `e2e-st-${name}.png`), fullPage: true });

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const MONTH = "2026-11";
const FIELDS = ["output", "revenue", "profit", "tax", "electricity", "employees", "exportValue", "energy"] as const;
type Values = Record<(typeof FIELDS)[number], string | null>;
type Report = { id: string; enterpriseName: string; creditCode: string; values: Values };
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Yuan → the 万元 text the form takes (4 decimals are whole yuan). */
function wan(yuan: bigint): string {
  const whole = yuan / 10000n;
  const rest = (yuan % 10000n).toString().padStart(4, "0").replace(/0+$/, "");
  return rest ? `${whole}.${rest}` : String(whole);
}

/** November figures: every 累计 a little above October's, output 80 % above last November's (a warning). */
function november(previousMonth: Values, previousYear: Values): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of FIELDS) {
    const prev = previousMonth[f] ?? "0";
    const [int = "0", frac = ""] = prev.split(".");
    const base = BigInt(int);
    if (f === "output") out[f] = wan((BigInt((previousYear.output ?? prev).split(".")[0] ?? "0") * 18n) / 10n);
    else if (f === "employees") out[f] = int;
    else if (f === "electricity") out[f] = String((base * 108n) / 100n);
    else if (f === "energy") out[f] = `${(base * 108n) / 100n}${frac ? `.${frac.slice(0, 3)}` : ""}`;
    else out[f] = wan((base * 108n) / 100n);
  }
  return out;
}

test("monthly report, review, cockpit drill-down and zone comparison", async ({ page }) => {
  test.setTimeout(240_000);
  const errors = collectErrors(page);

  await test.step("the enterprise fills November; the 同比 warning needs an explanation", async () => {
    await page.setViewportSize(DESKTOP);
    await login(page, "yucheng-enterprise");
    const form = await (await page.request.get(`/api/v1/statistics/reports/form?month=${MONTH}`)).json();
    const values = november(form.previousMonth, form.previousYear);
    await page.goto(`/statistics/my-report?month=${MONTH}`);
    // The enterprise's menu offers its own report and nothing zone-wide of the module.
    await expect(page.getByTestId("menu-statistics/my-report")).toBeVisible();
    await expect(page.getByTestId("menu-statistics/cockpit")).toHaveCount(0);
    await expect(page.getByTestId("menu-statistics/reports")).toHaveCount(0);
    await expect(page.getByTestId("report-form-page")).toContainText(form.enterprise.name);
    for (const f of FIELDS) await page.getByTestId(`report-${f}`).fill(values[f] ?? "");
    await expect(page.getByTestId("check-yoyBeyondThreshold")).toBeVisible();
    await expect(page.getByTestId("report-submit")).toBeDisabled();
    await page.getByTestId("report-explanation").fill("新生产线 10 月投产，产能翻番");
    await expect(page.getByTestId("report-submit")).toBeEnabled();
    await shot(page, "01-form");
    await page.getByTestId("report-submit").click();
    await expect(page.getByTestId("report-status").getByTestId("status-submitted")).toBeVisible();
    await expect(page.getByTestId("report-submit")).toHaveCount(0);
    await logout(page, "zh-CN");
  });

  await test.step("the 经发局 returns it with a reason", async () => {
    await login(page, "yucheng-economy");
    await page.goto(`/statistics/reports?month=${MONTH}&tab=submitted`);
    const row = page.getByTestId("reports-table").locator("tr", { hasText: "河南科迪乳业股份有限公司" });
    await expect(row).toBeVisible();
    await row.getByTestId("report-return").click();
    await page.getByTestId("return-reason").fill("请核实工业总产值，与用电量增幅不匹配");
    // antd spaces a two-character label ("退 回"): the dialog's primary button is the one.
    await page.getByTestId("return-modal").locator(".ant-modal-footer .ant-btn-primary").click();
    await expect(row).toHaveCount(0);
    await logout(page, "zh-CN");
  });

  await test.step("the enterprise reads the reason and resubmits", async () => {
    await login(page, "yucheng-enterprise");
    await page.goto(`/statistics/my-report?month=${MONTH}`);
    await expect(page.getByTestId("report-returned")).toContainText("请核实工业总产值");
    await page.getByTestId("report-explanation").fill("新生产线 10 月投产，产能翻番；用电由自备光伏补充");
    await expect(page.getByTestId("report-submit")).toBeEnabled();
    await page.getByTestId("report-submit").click();
    await expect(page.getByTestId("report-status").getByTestId("status-submitted")).toBeVisible();
    await logout(page, "zh-CN");
  });

  await test.step("the 经发局 approves it and reads its revisions", async () => {
    await login(page, "yucheng-economy");
    await page.goto(`/statistics/reports?month=${MONTH}&tab=submitted`);
    const row = page.getByTestId("reports-table").locator("tr", { hasText: "河南科迪乳业股份有限公司" });
    await row.getByTestId("report-approve").click();
    await expect(row).toHaveCount(0);
    await page.goto(`/statistics/reports?month=${MONTH}&tab=approved`);
    await page.getByTestId("reports-table").getByText("河南科迪乳业股份有限公司").click();
    await expect(page.getByTestId("report-drawer").getByTestId("status-approved")).toBeVisible();
    await page.getByTestId("drawer-revisions").click();
    await expect(page.getByTestId("revision-item").first()).toBeVisible();
    await shot(page, "02-revisions");
    // Leaving the page closes the drawers that cover the header.
    await page.goto("/");
    await logout(page, "zh-CN");
  });

  await test.step("the leader clicks a KPI down to its enterprises", async () => {
    await login(page, "yucheng-leader");
    await page.goto("/statistics/cockpit?month=2026-10");
    const card = page.getByTestId("kpi-industrialOutput");
    await expect(card).toBeVisible();
    await expect(page.getByTestId("cockpit-trend").locator("canvas")).toBeVisible();
    const figure = (await page.getByTestId("kpi-value-industrialOutput").innerText()).trim();
    await page.getByTestId("kpi-value-industrialOutput").click();
    const drawer = page.getByTestId("drill-drawer");
    await expect(drawer.getByTestId("drill-sum")).toContainText(figure);
    await expect(drawer.getByTestId("drill-table").locator("tbody tr.ant-table-row").first()).toBeVisible();
    await shot(page, "03-drill");
    await page.keyboard.press("Escape");
    await page.setViewportSize(PHONE);
    await expect(card).toBeVisible();
    await shot(page, "04-cockpit-phone");
    await page.setViewportSize(DESKTOP);
    await logout(page, "zh-CN");
  });

  await test.step("the city supervisor compares the region's zones, ranked", async () => {
    await login(page, "shangqiu-supervisor");
    await page.goto("/statistics/comparison?month=2026-10");
    const table = page.getByTestId("comparison-table");
    await expect(table.getByTestId("comparison-zone").first()).toBeVisible();
    await expect(table.locator("tbody tr.ant-table-row").first()).toContainText("1");
    await expect(table.getByTestId("sparkline").first()).toBeVisible();
    await shot(page, "05-comparison");
    await logout(page, "zh-CN");
    await login(page, "henan-supervisor");
    await page.goto("/statistics/comparison?month=2026-10&rankBy=yoy");
    await expect(page.getByTestId("comparison-table").getByTestId("comparison-zone")).toHaveCount(3);
  });

  expect(errors).toEqual([]);
});

/** A 累计 text (yuan, kWh or tce) as the template's cell: money in 万元, everything else as it is. */
function cell(field: (typeof FIELDS)[number], text: string): string {
  if (field !== "output" && field !== "revenue" && field !== "profit" && field !== "tax" && field !== "exportValue")
    return text;
  const negative = text.startsWith("-");
  const [int = "0", frac = ""] = (negative ? text.slice(1) : text).split(".");
  const digits = int.padStart(5, "0");
  const wanText = `${digits.slice(0, -4).replace(/^0+(?=\d)/, "")}.${digits.slice(-4)}${frac}`.replace(/\.?0+$/, "");
  return `${negative ? "-" : ""}${wanText || "0"}`;
}

/** November's 累计 from October's: every non-negative flow about 10 % higher (never below October), staff kept. */
function nextMonth(field: (typeof FIELDS)[number], october: string | null): string {
  if (october === null) return "";
  if (field === "employees" || october.startsWith("-")) return cell(field, october);
  const whole = BigInt(october.split(".")[0] ?? "0");
  return cell(field, String(((whole + 1n) * 11n) / 10n));
}

test("the 经发局 imports a template with a bad cell, fixes it, approves, freezes and corrects", async ({ page }) => {
  test.setTimeout(240_000);
  const errors = collectErrors(page);
  await page.setViewportSize(DESKTOP);
  await login(page, "yucheng-economy");
  const zoneId = (await (await page.request.get("/api/v1/auth/me")).json()).zoneId as string;
  const list = await (
    await page.request.get(`/api/v1/statistics/reports?zoneId=${zoneId}&month=2026-10&status=approved&pageSize=200`)
  ).json();
  const october = new Map<string, Report>(list.items.map((r: Report) => [r.creditCode, r]));
  let workbook: ExcelJS.Workbook | undefined;
  const filled: { row: number; name: string; values: Values }[] = [];

  await test.step("downloads November's template and uploads it with a negative output: refused, with its cell", async () => {
    await page.goto(`/statistics/reports?month=${MONTH}`);
    await page.getByTestId("reports-import").click();
    const modal = page.getByTestId("import-modal");
    const download = page.waitForEvent("download");
    await modal.getByTestId("import-template").click();
    const file = await download;
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await file.path());
    const ws = workbook.getWorksheet("月报") as ExcelJS.Worksheet;
    // Three enterprises approved for October and not yet filed for November report through the file.
    for (let r = 2; r <= ws.rowCount && filled.length < 3; r++) {
      const row = ws.getRow(r);
      const prior = october.get(String(row.getCell(1).value));
      if (!prior || row.getCell(4).value !== null) continue;
      FIELDS.forEach((f, k) => {
        row.getCell(4 + k).value = nextMonth(f, prior.values[f]) || null;
      });
      row.getCell(4 + FIELDS.length).value = "四季度订单集中交付";
      filled.push({ row: r, name: prior.enterpriseName, values: prior.values });
    }
    expect(filled).toHaveLength(3);
    const bad = filled[1] as (typeof filled)[number];
    ws.getRow(bad.row).getCell(4).value = -5;
    await modal.locator("input[type=file]").setInputFiles({
      name: `月报-${MONTH}.xlsx`,
      mimeType: XLSX,
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    const refused = modal.getByTestId("import-errors");
    await expect(refused).toBeVisible({ timeout: 30_000 });
    const line = refused.locator("tbody tr.ant-table-row");
    await expect(line).toHaveCount(1);
    await expect(line.locator("td").nth(0)).toHaveText("月报");
    await expect(line.locator("td").nth(1)).toHaveText(String(bad.row));
    await expect(line.locator("td").nth(2)).toHaveText("D");
    await expect(line).toContainText("不能为负数");
    await shot(page, "06-import-refused");
  });

  await test.step("fixes the cell and imports the file", async () => {
    const ws = (workbook as ExcelJS.Workbook).getWorksheet("月报") as ExcelJS.Worksheet;
    const bad = filled[1] as (typeof filled)[number];
    ws.getRow(bad.row).getCell(4).value = nextMonth("output", bad.values.output);
    const modal = page.getByTestId("import-modal");
    await modal.locator("input[type=file]").setInputFiles({
      name: `月报-${MONTH}-改.xlsx`,
      mimeType: XLSX,
      buffer: Buffer.from(await (workbook as ExcelJS.Workbook).xlsx.writeBuffer()),
    });
    await expect(modal.getByTestId("import-ok")).toContainText("3", { timeout: 30_000 });
    await expect(modal.getByTestId("import-errors")).toHaveCount(0);
    await shot(page, "07-import-ok");
    await modal.locator(".ant-modal-footer .ant-btn").click();
    await page.goto(`/statistics/reports?month=${MONTH}&tab=submitted`);
    for (const f of filled) await expect(page.getByTestId("reports-table")).toContainText(f.name);
  });

  await test.step("approves the month's reports and freezes the month", async () => {
    await page.getByTestId("reports-approve-all").click();
    await page.locator(".ant-modal-confirm .ant-btn-primary").click();
    await expect(page.getByTestId("reports-table").locator("tbody tr.ant-table-row")).toHaveCount(0);
    await page.getByTestId("reports-freeze").click();
    await page.locator(".ant-modal-confirm .ant-btn-primary").click();
    await expect(page.getByTestId("reports-frozen")).toBeVisible();
    await expect(page.getByTestId("reports-import")).toBeDisabled();
  });

  await test.step("corrects a frozen report with a reason; the history shows the new revision", async () => {
    const target = filled[0] as (typeof filled)[number];
    const nov = await (
      await page.request.get(
        `/api/v1/statistics/reports?zoneId=${zoneId}&month=${MONTH}&q=${encodeURIComponent(target.name)}`,
      )
    ).json();
    const id = (nov.items as Report[]).find((r) => r.enterpriseName === target.name)?.id;
    const before = (await (await page.request.get(`/api/v1/statistics/reports/${id}/revisions`)).json()).items.length;
    await page.goto(`/statistics/reports?month=${MONTH}&tab=approved`);
    await page.getByTestId("reports-table").getByText(target.name).click();
    const drawer = page.getByTestId("report-drawer");
    await drawer.getByTestId("drawer-correct").click();
    const staff = String(BigInt(target.values.employees ?? "0") + 3n);
    await drawer.getByTestId("correct-employees").fill(staff);
    await drawer.getByTestId("correct-reason").fill("统计局核定期末从业人员含劳务派遣 3 人");
    await drawer.getByTestId("correct-save").click();
    await expect(drawer.getByTestId("drawer-correct")).toBeVisible();
    await drawer.getByTestId("drawer-revisions").click();
    const items = page.getByTestId("revisions-drawer").getByTestId("revision-item");
    await expect(items).toHaveCount(before + 1);
    await expect(items.first()).toContainText("统计局核定期末从业人员含劳务派遣 3 人");
    await shot(page, "08-correction");
    await page.goto("/");
    await logout(page, "zh-CN");
  });

  expect(errors).toEqual([]);
});
