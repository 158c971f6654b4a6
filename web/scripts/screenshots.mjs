/**
 * Screenshots of every page in zh-CN and en-US at desktop (1440×900) and phone (390×844) size, for a
 * visual check. Needs a running server that serves web/dist with the demo data.
 * Usage: BASE=http://127.0.0.1:3100 node web/scripts/screenshots.mjs [filter]
 * Writes e2e/output/screens/<locale>-<viewport>-<name>.png (playwright-core + /usr/bin/chromium).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const BASE = process.env.BASE ?? "http://127.0.0.1:3100";
const OUT = join(import.meta.dirname, "..", "..", "e2e", "output", "screens");
const filter = process.argv[2];
mkdirSync(OUT, { recursive: true });

const VIEWPORTS = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };
const LOCALES = ["zh-CN", "en-US"];
const T = {
  "zh-CN": { username: "用户名", password: "密码", login: "登录" },
  "en-US": { username: "Username", password: "Password", login: "Sign in" },
};

async function settle(page) {
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await page.waitForTimeout(400);
}

async function login(page, locale, username, password = "zoneos-demo") {
  await page.goto(`${BASE}/login`);
  await page.getByLabel(T[locale].username).fill(username);
  await page.getByLabel(T[locale].password, { exact: true }).fill(password);
  await page.getByRole("button", { name: T[locale].login }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  await settle(page);
}

async function run() {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  const shots = [];
  for (const locale of LOCALES) {
    for (const [vp, viewport] of Object.entries(VIEWPORTS)) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale, timezoneId: "Asia/Shanghai" });
      await context.addInitScript((l) => localStorage.setItem("zoneos.locale", l), locale);
      const page = await context.newPage();
      page.on("pageerror", (e) => console.error(`[${locale} ${vp}] pageerror`, e.message));
      page.on("console", (m) => m.type() === "error" && console.error(`[${locale} ${vp}] console`, m.text()));
      const shot = async (name, fullPage = true) => {
        if (filter && !name.includes(filter)) return;
        const file = join(OUT, `${locale}-${vp}-${name}.png`);
        await page.screenshot({ path: file, fullPage });
        shots.push(file);
      };

      await page.goto(`${BASE}/login`);
      await settle(page);
      await shot("01-login");
      await page.getByLabel(T[locale].username).fill("admin");
      await page.getByLabel(T[locale].password, { exact: true }).fill("wrong-password");
      await page.getByRole("button", { name: T[locale].login }).click();
      await page.getByTestId("login-error").waitFor();
      await shot("02-login-error");

      await login(page, locale, "admin");
      await shot("03-home");
      if (vp === "phone") {
        await page
          .locator(".ant-pro-global-header-collapsed-button")
          .click()
          .catch(() => undefined);
        await page.waitForTimeout(500);
        await shot("04-menu-drawer", false);
        await page.keyboard.press("Escape");
        await page.mouse.click(380, 800);
        await page.waitForTimeout(300);
      }

      await page.goto(`${BASE}/zones`);
      await settle(page);
      await shot("05-zones");
      await page.getByTestId("zone-create").click();
      await settle(page);
      await shot("06-zone-create", false);
      await page.getByRole("button", { name: locale === "zh-CN" ? "保存" : "Save" }).click();
      await page.waitForTimeout(300);
      await shot("07-zone-create-invalid", false);
      await page.goto(`${BASE}/zones`);
      await settle(page);
      await page.getByTestId("zone-link").first().click();
      await settle(page);
      await shot("08-zone-detail");
      const zoneId = page.url().split("/").pop();
      await page.getByTestId("zone-edit").click();
      await settle(page);
      await shot("09-zone-edit", false);

      await page.goto(`${BASE}/units?zoneId=${zoneId}`);
      await settle(page);
      await page.getByTestId("unit-node").nth(1).click();
      await settle(page);
      await shot("10-units");
      await page.getByTestId("unit-edit").click();
      await settle(page);
      await shot("11-unit-edit", false);

      await page.goto(`${BASE}/users`);
      await settle(page);
      await shot("12-users");
      if (vp === "phone") {
        await page.getByTestId("filter-toggle").click();
        await page.waitForTimeout(200);
        await shot("12b-users-filters", false);
      }
      await page.getByTestId("user-create").click();
      await settle(page);
      await page.getByTestId("user-password").fill("abc");
      await page.waitForTimeout(200);
      await shot("13-user-create", false);
      await page.goto(`${BASE}/users`);
      await settle(page);
      await page.getByTestId("user-more").nth(1).click();
      await page.getByTestId("user-reset-password").click();
      await settle(page);
      await shot("14-user-reset-password", false);

      await page.goto(`${BASE}/roles`);
      await settle(page);
      await shot("15-roles");
      await page.getByTestId("role-edit").nth(1).click();
      await settle(page);
      await shot("16-role-edit", false);

      await page.goto(`${BASE}/tokens`);
      await settle(page);
      await page.getByTestId("token-create").click();
      await settle(page);
      await page.getByTestId("token-name").fill(`${locale} ${vp} integration`);
      const pick = async (testId, downs) => {
        await page.getByTestId(testId).click();
        await page.waitForTimeout(400);
        for (let i = 0; i < downs; i++) await page.keyboard.press("ArrowDown");
        await page.keyboard.press("Enter");
        await page.waitForTimeout(400);
      };
      await pick("token-role", 2);
      await pick("token-zone", 0);
      await shot("17-token-create", false);
      await page.getByTestId("form-submit").click();
      await page.getByTestId("token-secret").waitFor();
      await page.waitForTimeout(300);
      await shot("18-token-created", false);
      await page.getByTestId("token-done").click();
      await settle(page);
      await shot("19-tokens");

      await page.goto(`${BASE}/audit`);
      await settle(page);
      await shot("20-audit");
      if (vp === "desktop") {
        await page
          .locator(".ant-table-row-expand-icon")
          .first()
          .click()
          .catch(() => undefined);
        await page.waitForTimeout(300);
        await shot("21-audit-expanded");
      } else {
        await page
          .getByTestId("audit-open")
          .first()
          .click()
          .catch(() => undefined);
        await page.waitForTimeout(500);
        await shot("21-audit-drawer", false);
      }

      await page.goto(`${BASE}/profile`);
      await settle(page);
      await shot("22-profile");

      await page.goto(`${BASE}/no-such-page`);
      await settle(page);
      await shot("23-404");

      // A zone leader: zone-scoped menu, no token management (403).
      await context.clearCookies();
      await login(page, locale, "yucheng-leader");
      await shot("24-leader-home");
      await page.goto(`${BASE}/tokens`);
      await settle(page);
      await shot("25-403");
      await page.goto(`${BASE}/units`);
      await settle(page);
      await shot("26-leader-units");
      await context.close();
    }
  }
  await browser.close();
  console.log(`${shots.length} screenshots in ${OUT}`);
}

run().catch((e) => {
  console.error(e);
  process.exit(1);
});
