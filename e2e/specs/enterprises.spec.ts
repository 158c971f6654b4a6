/**
 * The enterprise registry end to end, as the economy officer of 虞城高新区: a wrong credit code is refused
 * with the reason, a right one registers the enterprise; it is certified 高新技术企业, placed on a chain node
 * (the node leaves the gap list) and its 360° page shows all of it. Screenshots of each step go to
 * e2e/output/screens/e2e-ent-*.png.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";

const SCREENS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "output", "screens");
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENS, `e2e-ent-${name}.png`) });

const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** A valid 统一社会信用代码 (GB 32100) of a company registered in 虞城县, from an 8-digit organisation number. */
function creditCode(org8: string): string {
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(org8[i]) * (ORG_WEIGHTS[i] ?? 0);
  const c = 11 - (s % 11);
  const first17 = `91411425${org8}${c === 10 ? "X" : c === 11 ? "0" : String(c)}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return first17 + CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** The same code with its check character replaced: the last step of the check fails. */
function withWrongCheck(code: string): string {
  const last = code.charAt(17);
  return code.slice(0, 17) + (last === "0" ? "1" : "0");
}

async function login(page: Page) {
  await page.goto("/login");
  await page.getByTestId("login-username").fill("yucheng-economy");
  await page.getByTestId("login-password").fill("zoneos-demo");
  await page.getByTestId("login-submit").click();
  await expect(page.getByTestId("header-user")).toBeVisible();
}

test("register an enterprise, certify it, place it on a chain, see its 360° page", async ({ page }) => {
  const run = String(Date.now()).slice(-6);
  const org8 = `7${run}${Math.floor(Math.random() * 10)}`;
  const code = creditCode(org8);
  const name = `虞城县测试纺织${run}有限公司`;
  const chainName = `纺织服装产业链 E2E ${run}`;
  const nodeName = `棉纺纱 ${run}`;

  await login(page);
  await page.getByTestId("menu-enterprises").click();
  await expect(page.getByTestId("page-enterprises")).toBeVisible();
  await expect(page.getByTestId("overview-enterprises")).toBeVisible();

  // A wrong credit code: the field says why and nothing is saved.
  await page.getByTestId("enterprise-create").click();
  const drawer = page.getByTestId("enterprise-drawer");
  await drawer.getByTestId("enterprise-name").fill(name);
  await drawer.getByTestId("enterprise-credit-code").fill(withWrongCheck(code));
  await expect(drawer.getByText("第 18 位校验码不符")).toBeVisible();
  await drawer.getByTestId("enterprise-credit-code").fill(code.slice(0, 12));
  await expect(drawer.getByText("应为 18 位，当前 12 位")).toBeVisible();
  await drawer.getByTestId("enterprise-credit-code").fill(`${code.slice(0, 17)}I`);
  await expect(drawer.getByText(/含非法字符：I/)).toBeVisible();
  await drawer.getByTestId("form-submit").click();
  await expect(drawer).toBeVisible();
  await expect(page).toHaveURL(/\/enterprises(\?.*)?$/);
  await shot(page, "01-wrong-code");

  // The right code, an industry class from the picker's search, and the enterprise is registered.
  await drawer.getByTestId("enterprise-credit-code").fill(code.toLowerCase());
  await expect(drawer.getByTestId("enterprise-credit-code")).toHaveValue(code);
  await expect(drawer.getByText("校验通过")).toBeVisible();
  await drawer.getByTestId("enterprise-industry").click();
  await page.keyboard.type("1711");
  await page.locator(".ant-select-tree-title", { hasText: "1711 棉纺纱加工" }).click();
  await drawer.getByLabel("从业人员").fill("120");
  await drawer.getByLabel("占地面积").fill("35.5");
  await shot(page, "02-right-code");
  await drawer.getByTestId("form-submit").click();
  await expect(page.getByTestId("page-enterprise")).toBeVisible();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByTestId("enterprise-credit-code")).toHaveText(code);
  await expect(page.getByTestId("enterprise-header")).toContainText("1711 棉纺纱加工");
  const enterpriseUrl = page.url();

  // 高新技术企业: certificate number and issue date; the expiry follows (three years).
  await page.getByTestId("qualification-add").click();
  const qualification = page.getByTestId("qualification-modal");
  await expect(qualification.getByTestId("qualification-kind")).toContainText("高新技术企业");
  await qualification.getByTestId("qualification-cert").fill(`GR2024410${run}`);
  await qualification.getByTestId("qualification-issued").fill("2024-12-20");
  await qualification.getByTestId("qualification-issued").press("Tab");
  await expect(qualification.getByTestId("qualification-expires")).toHaveValue("2027-12-19");
  await shot(page, "03-hitech");
  await qualification.getByTestId("form-submit").click();
  await expect(qualification).toBeHidden();
  await expect(page.getByTestId("enterprise-tags")).toContainText("高新技术企业");
  await expect(page.getByTestId("timeline-qualification")).toContainText("认定为高新技术企业");
  await expect(page.getByTestId("timeline-qualification")).toContainText("2027年12月19日");

  // A chain with one node and no enterprise on it: a gap.
  await page.getByTestId("menu-chains").click();
  await expect(page.getByTestId("page-chains")).toBeVisible();
  await page.getByTestId("chain-create").click();
  await page.getByTestId("chain-name").fill(chainName);
  await page.getByTestId("chain-modal").getByTestId("form-submit").click();
  await expect(page.getByTestId("page-chain")).toBeVisible();
  await expect(page.getByRole("heading", { name: chainName })).toBeVisible();
  await page.getByTestId("chain-add-root").click();
  const nodeModal = page.getByTestId("node-modal");
  await nodeModal.getByTestId("node-name-input").fill(nodeName);
  await nodeModal.getByTestId("form-submit").click();
  await expect(nodeModal).toBeHidden();
  const gaps = page.getByTestId("chain-gaps");
  await expect(gaps.getByTestId("gap-count")).toHaveText("1");
  await expect(gaps.getByTestId("gap-item")).toContainText(nodeName);
  await expect(page.getByTestId("chain-graph")).toBeVisible();
  await shot(page, "04-gap");

  // Place the enterprise on the node: the gap list empties.
  await gaps.getByTestId("gap-item").filter({ hasText: nodeName }).click();
  const panel = page.getByTestId("node-panel");
  await expect(panel.getByTestId("node-name")).toHaveText(nodeName);
  await panel.getByTestId("enterprise-picker").click();
  await page.keyboard.type(`纺织${run}`);
  await page.locator(".ant-select-item-option", { hasText: name }).click();
  await panel.getByTestId("node-enterprise-add").click();
  await expect(panel.getByTestId("node-enterprise")).toHaveText(name);
  await expect(gaps.getByTestId("gap-count")).toHaveText("0");
  await expect(gaps.getByTestId("gap-item")).toHaveCount(0);
  await shot(page, "05-placed");

  // Its 360° page: the qualification, the chain node, the record.
  await panel.getByTestId("node-enterprise").click();
  await expect(page).toHaveURL(enterpriseUrl);
  await expect(page.getByTestId("enterprise-tags")).toContainText("高新技术企业");
  await expect(page.getByTestId("enterprise-chains")).toContainText(chainName);
  await expect(page.getByTestId("enterprise-chains")).toContainText(nodeName);
  await expect(page.getByTestId("enterprise-header")).toContainText("35.5亩");
  await shot(page, "06-360");

  // The registry finds it by its credit code and by name.
  await page.goto(`/enterprises?q=${code.slice(0, 12)}`);
  await expect(page.getByTestId("enterprise-link").filter({ hasText: name })).toBeVisible();
  await page.goto(`/enterprises?q=${encodeURIComponent(`纺织${run}`)}&qualification=hitech`);
  await expect(page.getByTestId("enterprise-link")).toHaveText([name]);
});
