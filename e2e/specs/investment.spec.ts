/**
 * Investment attraction end to end, in 确山产业集聚区: 朗陵街道 already pursues an investor; 招商局's officer
 * enters a lead on the same investor under another legal form and is warned of 撞单 at entry, confirms it,
 * moves the lead to 洽谈 (review and signing wait for the leaders), logs a visit; the leader assigns the
 * investor to 招商局; the officer finds 签约 refused with the reason (no passed landing review), opens the
 * review and fills the "四不要" checklist;
 * the leader records a vote and passes the review; the officer signs the contract; the leader registers the
 * enterprise and converts the lead, which opens the new key project; the project is in the projects list
 * with the contract's figures, the contract in the fulfilment view and the lead in the board's 转项目 column.
 */
import { expect, type Page, test } from "@playwright/test";
import { collectErrors, login, logout, openDropdown, pickOption } from "./support/ui.js";

const DESKTOP = { width: 1440, height: 900 };

/** A valid 统一社会信用代码 (GB 32100) whose organisation code is built from `seed`. */
function creditCode(seed: number): string {
  const charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const org8 = String(seed).padStart(8, "0").slice(-8);
  const orgWeights = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...org8].reduce((s, c, i) => s + Number(c) * (orgWeights[i] ?? 0), 0);
  const c = 11 - (sum % 11);
  const first17 = `91411700${org8}${c === 10 ? "X" : c === 11 ? "0" : String(c)}`;
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let total = 0;
  for (let i = 0; i < 17; i++) total += charset.indexOf(first17.charAt(i)) * (weights[i] ?? 0);
  return first17 + charset.charAt((31 - (total % 31)) % 31);
}

/** Calls the API as the signed-in browser user (cookie session plus the CSRF double-submit header). */
async function apiAs<T>(page: Page, method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
  const csrf = (await page.context().cookies()).find((c) => c.name === "zoneos_csrf")?.value ?? "";
  const response = await page.request.fetch(`/api/v1${path}`, {
    method,
    headers: { "x-csrf-token": csrf, "content-type": "application/json" },
    data: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

test("a lead from the 撞单 warning through review and signing to a key project", async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  const run = String(Date.now()).slice(-6);
  const rivalName = `鸿远${run}新材料股份有限公司`;
  const investor = `鸿远${run}新材料有限公司`;
  const project = `鸿远${run}高性能复合材料产业园`;
  const projectCode = `E2E-INV-${run}`;
  let leadUrl = "";

  await test.step("朗陵街道 already pursues the investor (entered by the leader)", async () => {
    await page.setViewportSize(DESKTOP);
    await login(page, "queshan-leader");
    const me = await apiAs<{ zoneId: string }>(page, "GET", "/auth/me");
    const units = await apiAs<{ id: string; name: string }[]>(page, "GET", `/units?zoneId=${me.zoneId}`);
    const langling = units.find((u) => u.name.startsWith("朗陵街道"));
    expect(langling).toBeTruthy();
    await apiAs(page, "POST", "/investment/leads", {
      zoneId: me.zoneId,
      ownerUnitId: langling?.id,
      investorName: rivalName,
      projectName: `${rivalName}新材料项目`,
      intendedInvestmentYuan: "500000000",
      source: "resident",
    });
    await logout(page, "zh-CN");
  });

  await test.step("the officer is warned of 撞单 while typing the investor and must confirm it", async () => {
    await login(page, "queshan-investment");
    await page.goto("/investment/leads");
    await expect(page.getByTestId("page-leads")).toBeVisible();
    await page.getByTestId("lead-create").click();
    const drawer = page.getByTestId("lead-drawer");
    await drawer.getByTestId("lead-investor").fill(investor);
    await expect(drawer.getByTestId("lead-duplicate-warning")).toContainText("朗陵街道");
    await drawer.getByTestId("lead-credit-code").fill("91411700MA44ABCD1X");
    await expect(drawer).toContainText("校验");
    await drawer.getByTestId("lead-credit-code").fill("");
    await drawer.getByTestId("lead-project").fill(project);
    await pickOption(page, "lead-source", "以商招商");
    await drawer.getByTestId("lead-amount").fill("120000");
    await drawer.getByTestId("lead-land").fill("200");
    await drawer.getByTestId("lead-output").fill("300000");
    await drawer.getByTestId("lead-tax").fill("6000");
    await drawer.getByTestId("lead-energy").fill("500");
    await drawer.getByTestId("lead-chain-node").click();
    await openDropdown(page).locator(".ant-select-tree-node-content-wrapper", { hasText: "门框制造" }).click();
    await drawer.getByTestId("form-submit").click();
    await expect(drawer).toContainText("请确认撞单后再提交");
    await drawer.getByTestId("lead-acknowledge").check();
    await drawer.getByTestId("form-submit").click();
    await expect(page.getByTestId("page-lead")).toBeVisible();
    await expect(page.getByTestId("lead-claim")).toContainText("撞单待裁定");
    await expect(page.getByTestId("page-lead")).toContainText("门框制造(制框)");
    leadUrl = new URL(page.url()).pathname;
  });

  await test.step("the officer moves the lead to 洽谈; 签约 is refused with the reason", async () => {
    for (const [move, label] of [
      ["move-contact", "接洽"],
      ["move-inspection", "考察"],
      ["move-negotiation", "洽谈"],
    ] as const) {
      await page.getByTestId(move).click();
      await expect(page.getByTestId("page-lead").getByTestId("lead-stage").first()).toHaveText(label);
    }
    // Contested: neither review nor signing until the leaders decide.
    await expect(page.getByTestId("move-signed")).toBeDisabled();
    await expect(page.getByTestId("move-review")).toBeDisabled();
    await expect(page.getByTestId("lead-refusals")).toContainText("落地审查：撞单待领导裁定");
  });

  await test.step("the officer logs a visit on the lead", async () => {
    await page.getByTestId("tab-activities").click();
    await page.getByTestId("lead-log-activity").locator("button").first().click();
    const drawer = page.getByTestId("activity-drawer");
    await drawer.getByTestId("activity-title").fill(`拜访${investor}总部`);
    await drawer.getByTestId("activity-summary").fill("对方确认选址意向，拟下月来确山考察");
    await drawer.getByTestId("form-submit").click();
    await expect(drawer).toBeHidden();
    await expect(page.getByTestId("lead-activity").first()).toContainText(`拜访${investor}总部`);
    await logout(page, "zh-CN");
  });

  await test.step("the leader assigns the investor to 招商局", async () => {
    await login(page, "queshan-leader");
    await page.goto(leadUrl);
    await page.getByTestId("claim-decide").click();
    const modal = page.getByTestId("claim-decide-modal");
    await modal.getByRole("radio", { name: /^招商局 ·/ }).check();
    await modal.getByTestId("claim-note").fill("招商局首谈并已完成考察，归属招商局");
    await modal.getByTestId("form-submit").click();
    await expect(modal.getByTestId("form-submit")).toBeHidden();
    await expect(page.getByTestId("lead-claim")).toContainText("归属本单位");
    await logout(page, "zh-CN");
  });

  await test.step("the officer opens the landing review and fills the 四不要 checklist", async () => {
    await login(page, "queshan-investment");
    await page.goto(leadUrl);
    await expect(page.getByTestId("move-signed")).toBeDisabled();
    await expect(page.getByTestId("lead-refusals")).toContainText("签约：须经项目落地审查通过后才能签约");
    await page.getByTestId("move-review").click();
    await expect(page.getByTestId("page-review")).toBeVisible();
    for (const item of ["notGreen", "overCapacity", "safetyHazard", "lowContribution"])
      await page.getByTestId(`check-${item}`).getByText("符合").click();
    await page.getByTestId("checklist-save").click();
    await expect(page.getByText("已保存")).toBeVisible();
    await expect(page.getByTestId("review-metrics").getByTestId("metric-pass")).toHaveCount(3);
    await logout(page, "zh-CN");
  });

  await test.step("the leader records a vote and passes the review", async () => {
    await login(page, "queshan-leader");
    await page.goto(leadUrl);
    await page.getByTestId("tab-review").click();
    await page.getByTestId("review-link").first().click();
    await expect(page.getByTestId("decide-passed")).toBeDisabled();
    await page.getByTestId("vote-add").click();
    const vote = page.getByTestId("vote-modal");
    await vote.getByTestId("vote-member").fill("张建军");
    await vote.getByTestId("form-submit").click();
    await expect(vote.getByTestId("form-submit")).toBeHidden();
    await page.getByTestId("decide-passed").click();
    await page.getByTestId("decision-modal").getByTestId("form-submit").click();
    await expect(page.getByTestId("review-decision")).toHaveText("通过");
    await logout(page, "zh-CN");
  });

  await test.step("the officer signs the contract", async () => {
    await login(page, "queshan-investment");
    await page.goto(`${leadUrl}?tab=contracts`);
    await page.getByTestId("contract-create").click();
    const drawer = page.getByTestId("contract-drawer");
    await expect(drawer.getByTestId("contract-amount")).toHaveValue("120000");
    await drawer.getByTestId("form-submit").click();
    await expect(drawer).toBeHidden();
    await expect(page.getByTestId("page-lead").getByTestId("lead-stage").first()).toHaveText("签约");

    await logout(page, "zh-CN");
  });

  await test.step("the leader registers the enterprise and converts the lead, which opens the project", async () => {
    // Registering creates the enterprise and converting creates the project: enterprise and project writers' work.
    await login(page, "queshan-leader");
    await page.goto(`${leadUrl}?tab=contracts`);
    await page.getByTestId("lead-register").click();
    const register = page.getByTestId("register-modal");
    await register.getByTestId("register-credit-code").fill(creditCode(Number(run)));
    await register.getByTestId("register-industry").click();
    await page.keyboard.type("3351");
    await openDropdown(page).getByText(/^3351/).first().click();
    await register.getByTestId("form-submit").click();
    await expect(register.getByTestId("form-submit")).toBeHidden();
    await expect(page.getByTestId("page-lead").getByTestId("lead-stage").first()).toHaveText("注册落地");

    await page.getByTestId("lead-convert").click();
    const convert = page.getByTestId("convert-modal");
    await convert.getByTestId("convert-code").fill(projectCode);
    await convert.getByTestId("form-submit").click();
    await expect(page.getByTestId("page-project")).toBeVisible();
    await expect(page.getByRole("heading", { name: project })).toBeVisible();
    await expect(page.getByTestId("figure-total")).toContainText("120,000");
  });

  await test.step("the project is in the projects list with the contract's total investment", async () => {
    await page.goto(`/projects?q=${projectCode}`);
    const row = page.getByRole("row").filter({ hasText: project });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("120,000");
  });

  await test.step("the fulfilment view lists the contract", async () => {
    await page.goto("/investment/fulfilment");
    const contracts = page.getByTestId("fulfilment-contracts");
    await expect(contracts.getByRole("row").filter({ hasText: investor })).toContainText(project);
    await expect(page.getByTestId("rate-funds")).toBeVisible();
  });

  await test.step("the pipeline board shows the lead in 转项目; refused moves say why", async () => {
    await page.goto(`/investment/board?q=${encodeURIComponent(investor)}`);
    const card = page.getByTestId("board-col-converted").getByTestId("lead-board-card").filter({ hasText: investor });
    await expect(card).toHaveCount(1);
    await expect(card).toContainText(project);
    // A converted lead is final: every other column refuses it, and its menu says why.
    await card.getByTestId("lead-board-card-menu").click();
    const menu = page.locator(".ant-dropdown:not(.ant-dropdown-hidden)");
    await expect(menu.getByRole("menuitem").first()).toHaveAttribute("aria-disabled", "true");
    await expect(menu.getByRole("menuitem").first()).toContainText("线索已结束（已转项目或已流失）");
  });

  expect(errors).toEqual([]);
});
