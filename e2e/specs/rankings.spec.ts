/**
 * 比学赶超 and the project settings end to end, in 虞城高新区: the leader reads the month's ranking of units and
 * of 赛区 (红榜, 黑榜, bars, trend), opens a 季度点评, scores a project and closes it; changes the zone's health
 * rules (a supervisor only reads them) and puts them back; filters the project list by health from its totals,
 * saves the filters as a view and picks it again; opens an enterprise's projects tab. Screenshots go to
 * e2e/output/screens/e2e-rk-*.png.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { collectErrors, fitsViewportWidth, login, logout, openDropdown, pickOption } from "./support/ui.js";

const SCREENS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "output", "screens");
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENS, `e2e-rk-${name}.png`) });

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

test("rankings, inspections, health rules and saved views", async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  const run = String(Date.now()).slice(-6);

  await test.step("the month's ranking of units, then of 赛区", async () => {
    await page.setViewportSize(DESKTOP);
    await login(page, "yucheng-leader");
    await page.goto("/rankings?month=2026-10");
    await expect(page.getByTestId("page-rankings")).toBeVisible();
    await expect(page.getByTestId("ranking-red").getByTestId("ranking-list-item")).toHaveCount(3);
    await expect(page.getByTestId("ranking-black").getByTestId("ranking-list-item").first()).toBeVisible();
    await expect(page.getByTestId("ranking-bars").locator("canvas")).toBeVisible();
    await expect(page.getByTestId("ranking-trend").locator("canvas")).toBeVisible();
    await expect(page.getByTestId("ranking-table")).toContainText("稍岗镇");
    await shot(page, "01-units");
    await page.getByTestId("ranking-by").getByText("按赛区").click();
    await expect(page).toHaveURL(/by=group/);
    await expect(page.getByTestId("ranking-table")).toContainText("园镇赛区");
    await shot(page, "02-groups");
  });

  await test.step("a 季度点评 is opened, a project scored, the scoring closed", async () => {
    await page.goto("/inspections");
    await expect(page.getByTestId("inspections-table")).toContainText("2026年上半年重点项目观摩");
    await page.getByTestId("inspection-create").click();
    const form = page.getByTestId("inspection-form");
    await expect(form.getByTestId("criteria-sum")).toContainText("100");
    await form.getByTestId("inspection-title").fill(`E2E第四季度项目点评${run}`);
    await form.getByTestId("form-submit").click();
    await expect(page.getByTestId("page-inspection")).toBeVisible();
    await expect(page.getByRole("heading", { name: `E2E第四季度项目点评${run}` })).toBeVisible();
    await page.getByTestId("score-project").click();
    await page.keyboard.type("科迪");
    await openDropdown(page).getByText("科迪80万吨液态奶项目", { exact: false }).first().click();
    const scores: [string, string][] = [
      ["c1", "90"],
      ["c2", "80"],
      ["c3", "70"],
      ["c4", "60"],
    ];
    for (const [key, value] of scores) await page.getByTestId(`score-${key}`).fill(value);
    await page.getByTestId("score-submit").click();
    // 90·0.4 + 80·0.3 + 70·0.15 + 60·0.15 = 79.5
    await expect(page.getByTestId("inspection-results-table")).toContainText("科迪80万吨液态奶项目");
    await expect(page.getByTestId("inspection-results-table")).toContainText("79.50");
    await shot(page, "03-inspection");
    await page.getByTestId("inspection-close").click();
    await page.getByTestId("inspection-close-confirm").click();
    await expect(page.getByTestId("page-inspection")).toContainText("已结束");
    await expect(page.getByTestId("inspection-score-card")).toHaveCount(0);
  });

  await test.step("the leader tightens the overdue-milestone rule, then restores the defaults", async () => {
    await page.goto("/health-rules");
    await expect(page.getByTestId("health-rules-version")).toContainText("默认");
    const lagging = page.getByTestId("rule-milestoneOverdueDays-lagging");
    await lagging.fill("90");
    await page.getByTestId("health-rules-save").click();
    // Lagging after 90 days but severe after 60 is refused before it leaves the page.
    await expect(page.getByTestId("rule-milestoneOverdueDays")).toContainText("严重滞后阈值不能比滞后阈值更宽松");
    await lagging.fill("5");
    await page.getByTestId("health-rules-save").click();
    await expect(page.getByTestId("health-rules-version")).toContainText("第 1 版");
    await shot(page, "04-health-rules");
    await page.getByTestId("health-rules-defaults").click();
    await page.getByTestId("health-rules-save").click();
    await expect(page.getByTestId("health-rules-version")).toContainText("第 2 版");
  });

  await test.step("the list filters by health from its totals and keeps the filters as a view", async () => {
    await page.goto("/projects");
    await expect(page.getByTestId("project-totals")).toContainText("个项目");
    await page.getByTestId("total-health-severe").click();
    await expect(page).toHaveURL(/health=severe/);
    await expect(page.getByTestId("health-tag").first()).toHaveAttribute("data-level", "severe");
    await page.getByTestId("view-save").click();
    await page.getByTestId("view-name").fill(`严重滞后项目${run}`);
    await page.getByTestId("form-submit").click();
    await expect(page.getByTestId("save-view-form")).toBeHidden();
    await page.goto("/projects");
    await expect(page).not.toHaveURL(/health=/);
    await pickOption(page, "view-select", `严重滞后项目${run}`);
    await expect(page).toHaveURL(/health=severe/);
    await shot(page, "05-saved-view");
  });

  await test.step("an enterprise's projects tab", async () => {
    await page.goto("/enterprises?q=科迪");
    await page.getByRole("link", { name: "河南科迪乳业股份有限公司" }).first().click();
    await page.getByRole("tab", { name: /项目/ }).click();
    await expect(page.getByTestId("enterprise-projects")).toContainText("科迪80万吨液态奶项目");
    await logout(page, "zh-CN");
  });

  await test.step("a supervisor reads the rules and the ranking on a phone", async () => {
    await page.setViewportSize(PHONE);
    await login(page, "shangqiu-supervisor");
    await page.goto("/health-rules");
    await page.getByTestId("page-health-rules").locator(".ant-select").first().click();
    await openDropdown(page).getByText("虞城", { exact: false }).first().click();
    await expect(page.getByTestId("rule-silentWeeks-lagging")).toBeDisabled();
    expect(await fitsViewportWidth(page)).toBe(true);
    await page.goto("/rankings");
    await page.getByTestId("page-rankings").locator(".ant-select").first().click();
    await openDropdown(page).getByText("虞城", { exact: false }).first().click();
    await expect(page.getByTestId("ranking-table")).toBeVisible();
    expect(await fitsViewportWidth(page)).toBe(true);
    await shot(page, "06-phone");
  });

  expect(errors).toEqual([]);
});
