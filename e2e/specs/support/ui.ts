/**
 * Shared steps for the browser specs: sign in and out, the UI wording they assert, and "the page has
 * settled" (no request in flight, no spinner or skeleton, fonts loaded) instead of fixed sleeps.
 */
import { expect, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "zoneos-demo";

export type UiLocale = "zh-CN" | "en-US";

/** The wording the specs look for, as a user reads it (kept apart from web/src/locales on purpose). */
export const TEXT = {
  "zh-CN": {
    language: "中文",
    menu: {
      home: "工作台",
      platform: "平台管理",
      zones: "园区",
      units: "组织机构",
      users: "用户",
      roles: "角色",
      tokens: "接口令牌",
      audit: "审计日志",
      logout: "退出登录",
    },
    menuButton: "菜单",
    manageUnits: "管理组织机构",
    created: "已创建",
    entityUser: "用户",
    actionCreate: "新建",
    badCredentials: "用户名或密码错误",
  },
  "en-US": {
    language: "English",
    menu: {
      home: "Workbench",
      platform: "Platform",
      zones: "Zones",
      units: "Units",
      users: "Users",
      roles: "Roles",
      tokens: "API tokens",
      audit: "Audit log",
      logout: "Sign out",
    },
    menuButton: "Menu",
    manageUnits: "Manage units",
    created: "Created",
    entityUser: "User",
    actionCreate: "Create",
    badCredentials: "Wrong username or password",
  },
} as const;

/** Menu entries that only administrators (user, role, token and audit managers) see. */
export const ADMIN_MENU = ["users", "roles", "tokens", "audit"] as const;

/** Requests the page has started and not yet finished, for `waitForSettled`. */
const inFlight = new WeakMap<Page, Set<unknown>>();

/** Counts the page's requests from now on; call once per page before it navigates. */
export function trackRequests(page: Page): void {
  const pending = new Set<unknown>();
  inFlight.set(page, pending);
  page.on("request", (r) => pending.add(r));
  page.on("requestfinished", (r) => pending.delete(r));
  page.on("requestfailed", (r) => pending.delete(r));
}

/** Uncaught exceptions and console errors, minus the 401s a signed-out page or a wrong password earns. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    if (/status of 401/.test(m.text())) return;
    errors.push(`console: ${m.text()}`);
  });
  return errors;
}

const BUSY = [
  ".ant-spin-spinning",
  ".ant-skeleton-active",
  ".ant-card-loading-content",
  ".ant-select-arrow-loading",
  ".ant-btn-loading",
  "[aria-busy='true']",
].join(", ");

/**
 * Waits until `ready` is visible, no request is in flight (when `trackRequests` was called), nothing
 * shows a spinner or skeleton and the fonts are in: the page a user would now read.
 */
export async function waitForSettled(page: Page, ready?: Locator): Promise<void> {
  if (ready) await expect(ready).toBeVisible();
  const pending = inFlight.get(page);
  if (pending) await expect.poll(() => pending.size, { intervals: [50, 100, 100, 250] }).toBe(0);
  await expect(page.locator(BUSY)).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Signs in on the login page (in whatever language it shows) and waits for the signed-in frame. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  if (!new URL(page.url(), "http://x").pathname.startsWith("/login")) await page.goto("/login");
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
  await expect(page.getByTestId("header-user")).toBeVisible();
}

/** Signs out through the user menu in the header and waits for the login page. */
export async function logout(page: Page, locale: UiLocale): Promise<void> {
  const item = page.getByRole("menuitem", { name: TEXT[locale].menu.logout });
  // A click that lands while the dropdown is still opening is lost on a busy machine: open and click again.
  await expect(async () => {
    if (!(await item.isVisible())) await page.getByTestId("user-menu").click();
    await item.click({ timeout: 3_000 });
    await expect(page).toHaveURL(/\/login/, { timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByTestId("login-submit")).toBeVisible();
}

/** Switches the signed-in user's language through the header menu (the account remembers it). */
export async function switchLanguage(page: Page, locale: UiLocale): Promise<void> {
  await page.getByTestId("language-switch").click();
  await page.getByTestId(`language-${locale}`).click();
  await expect(page.getByTestId("language-switch")).toHaveText(TEXT[locale].language);
}

/** The open dropdown of a select or tree select (antd renders it in a portal at the end of <body>). */
export function openDropdown(page: Page): Locator {
  return page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)");
}

/** Opens the antd select with `testId` and picks the option whose label is `label`. */
export async function pickOption(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  const option = openDropdown(page).locator(".ant-select-item-option").getByText(label, { exact: true });
  await option.click();
}

/** True when the document is no wider than the viewport (nothing sticks out sideways on a phone). */
export async function fitsViewportWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}
