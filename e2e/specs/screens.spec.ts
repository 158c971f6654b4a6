/**
 * A screenshot tour of the platform pages for a visual check: zh-CN and en-US at desktop (1440×900) and
 * phone (390×844) size, full-page PNGs in e2e/output/screens/<locale>-<desktop|phone>-<nn>-<page>.png.
 * One browser context (one test) per language and size; the administrator signs in once, the zone
 * leader at the end for the 403 page. Each shot waits until the page's data is in and nothing spins.
 */
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Locator, type Page, test } from "@playwright/test";
import {
  collectErrors,
  login,
  logout,
  switchLanguage,
  TEXT,
  trackRequests,
  type UiLocale,
  waitForSettled,
} from "./support/ui.js";

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "output", "screens");
const LOCALES: UiLocale[] = ["zh-CN", "en-US"];
const SIZES = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
const YUCHENG = "虞城县高新技术产业开发区";

/** The first table row, or the table's empty state when the list has none. */
const tableReady = (page: Page): Locator => page.locator(".ant-table-row, .ant-table-placeholder .ant-empty").first();

for (const locale of LOCALES) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test.describe(`${locale} ${size}`, () => {
      test.use({ locale, viewport, deviceScaleFactor: 1 });

      test(`screenshots of every platform page (${locale}, ${size})`, async ({ page }) => {
        const prefix = `${locale}-${size}-`;
        mkdirSync(OUT, { recursive: true });
        for (const f of readdirSync(OUT)) if (f.startsWith(prefix)) rmSync(path.join(OUT, f));
        const errors = collectErrors(page);
        trackRequests(page);

        const shot = async (nn: string, name: string, ready: Locator) => {
          await waitForSettled(page, ready);
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          await page.screenshot({
            path: path.join(OUT, `${prefix}${nn}-${name}.png`),
            fullPage: true,
            animations: "disabled",
          });
        };
        const visit = async (nn: string, name: string, url: string, ready: Locator) => {
          await page.goto(url);
          await shot(nn, name, ready);
        };

        await page.goto("/login");
        if (locale === "en-US") await page.getByTestId("language-switch").getByText(TEXT[locale].language).click();
        await shot("00", "login", page.getByTestId("login-submit"));

        await login(page, "admin");
        await shot("01", "home", page.getByTestId("page-home"));
        await visit("02", "zones", "/zones", tableReady(page));

        await page.getByRole("link", { name: YUCHENG, exact: true }).click();
        await shot("03", "zone-detail", page.getByTestId("zone-units").getByRole("treeitem").first());

        await page.getByRole("button", { name: TEXT[locale].manageUnits }).click();
        await expect(page).toHaveURL(/\/units\?zoneId=/);
        await page.getByTestId("unit-node").first().click();
        await shot("04", "units", page.getByTestId("unit-detail").locator(".ant-descriptions"));

        await visit("05", "users", "/users", tableReady(page));
        await visit("06", "roles", "/roles", tableReady(page));
        await visit("07", "tokens", "/tokens", tableReady(page));
        await visit("08", "audit", "/audit", tableReady(page));
        await visit("09", "profile", "/profile", page.getByTestId("profile-info"));
        await visit("11", "404", "/no-such-page", page.getByTestId("page-404"));

        // The 403 page needs someone without token management: the zone leader.
        // Accounts remember their language: give both back their Chinese for the specs that follow.
        if (locale === "en-US") await switchLanguage(page, "zh-CN");
        await logout(page, "zh-CN");
        await login(page, "yucheng-leader");
        if (locale === "en-US") await switchLanguage(page, "en-US");
        await visit("10", "403", "/tokens", page.getByTestId("page-403"));
        if (locale === "en-US") await switchLanguage(page, "zh-CN");

        expect(readdirSync(OUT).filter((f) => f.startsWith(prefix))).toHaveLength(12);
        expect(errors).toEqual([]);
      });
    });
  }
}
