/**
 * Economic monitoring end to end in 虞城高新区: the enterprise's own account fills November with an output far
 * above last year's (a 同比 warning) and can submit only with an explanation; the 经发局 returns it with a reason,
 * the enterprise resubmits and the 经发局 approves it and reads its revision history; the leader opens the
 * cockpit for October and clicks 规上工业总产值 down to the enterprise rows whose sum is the card's figure; the
 * city supervisor compares the region's zones, ranked. Screenshots go to e2e/output/screens/e2e-st-*.png.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { collectErrors, login, logout } from "./support/ui.js";

const SCREENS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "output", "screens");
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENS, `e2e-st-${name}.png`), fullPage: true });

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const MONTH = "2026-11";
const FIELDS = ["output", "revenue", "profit", "tax", "electricity", "employees", "exportValue", "energy"] as const;
type Values = Record<(typeof FIELDS)[number], string | null>;

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
