/**
 * The platform foundation as its users meet it: a zone leader signs in (Chinese), switches to English,
 * creates an investment officer in a unit; the officer signs in (in their account's language) and sees
 * only their pages; the administrator finds the creation in the audit log; the leader's English comes
 * back with the account. Plus a wrong password and the phone layout.
 */
import { expect, type Page, test } from "@playwright/test";
import {
  ADMIN_MENU,
  collectErrors,
  fitsViewportWidth,
  login,
  logout,
  openDropdown,
  pickOption,
  TEXT,
  trackRequests,
  waitForSettled,
} from "./support/ui.js";

/** A new account per run (and per retry or repeat): the database lives as long as the server. */
function newUser() {
  const stamp = Date.now();
  return {
    username: `e2e-${stamp}`,
    name: `测试招商${String(stamp).slice(-4)}`,
    phone: `139${String(stamp).slice(-8)}`,
    unit: "招商局",
    password: "Zoneos-2026!x",
  };
}

async function expectMenu(page: Page, labels: Record<string, string>, entries: readonly string[]) {
  for (const entry of entries) await expect(page.getByTestId(`menu-${entry}`)).toHaveText(labels[entry] ?? entry);
}

test("a zone leader creates a user who signs in; the administrator finds it in the audit log", async ({ page }) => {
  const errors = collectErrors(page);
  trackRequests(page);
  const zh = TEXT["zh-CN"];
  const en = TEXT["en-US"];
  const NEW_USER = newUser();
  let newUserId = "";

  await test.step("yucheng-leader signs in in Chinese", async () => {
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByTestId("login-submit")).toHaveText("登录");
    await login(page, "yucheng-leader");
    await expect(page.getByTestId("page-home")).toContainText("李国强");
    await expect(page.getByTestId("header-user")).toHaveText("李国强");
    const where = page.getByTestId("header-where");
    await expect(where).toContainText(/虞城/);
    await expect(where).toContainText("虞城县高新技术产业开发区管理委员会");
    await expect(page.getByText(zh.menu.platform, { exact: true })).toBeVisible();
    await expectMenu(page, zh.menu, ["home", "zones", "units", "users", "roles", "audit"]);
    // A zone leader manages staff accounts but not the platform's integration tokens.
    await expect(page.getByTestId("menu-tokens")).toHaveCount(0);
  });

  await test.step("the header switch turns the UI English, and it sticks after a reload", async () => {
    await page.getByTestId("language-switch").click();
    const saved = page.waitForResponse(
      (r) => r.url().endsWith("/api/v1/auth/preferences") && r.request().method() === "PATCH",
    );
    await page.getByRole("menuitem", { name: en.language }).click();
    expect((await saved).ok()).toBe(true);
    await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
    await expect(page.getByTestId("language-switch")).toHaveText(en.language);
    await expectMenu(page, en.menu, ["home", "zones", "units", "users", "roles", "audit"]);

    await page.reload();
    await waitForSettled(page, page.getByTestId("page-home"));
    await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
    await expectMenu(page, en.menu, ["home", "zones", "units", "users", "roles", "audit"]);
    await expect(page.getByTestId("page-home")).toContainText("My position");
  });

  await test.step("the leader creates an investment officer in 招商局", async () => {
    await page.getByTestId("menu-users").click();
    await waitForSettled(page, page.getByTestId("page-users"));
    await page.getByTestId("user-create").click();
    const drawer = page.getByTestId("user-drawer");
    await expect(drawer).toBeVisible();
    await drawer.getByTestId("user-username").fill(NEW_USER.username);
    await drawer.getByTestId("user-name").fill(NEW_USER.name);
    await drawer.getByTestId("user-phone").fill(NEW_USER.phone);
    // The leader's own zone is preselected; the unit comes from that zone's tree.
    await expect(drawer.getByTestId("user-zone")).toContainText("虞城县高新技术产业开发区");
    await drawer.getByTestId("user-unit").click();
    // Only the node's title selects it (the rest of the row is padding), so click the title.
    const unitNode = openDropdown(page).getByRole("treeitem", { name: NEW_USER.unit, exact: true });
    await unitNode.getByText(NEW_USER.unit, { exact: true }).click();
    await expect(drawer.getByTestId("user-unit")).toContainText(NEW_USER.unit);
    await pickOption(page, "user-roles", "Investment officer");
    // Typing the password moves the focus on, which closes the roles list (Escape would close the drawer).
    await drawer.getByTestId("user-password").fill(NEW_USER.password);
    await expect(openDropdown(page)).toHaveCount(0);
    await expect(drawer.getByTestId("user-roles")).toContainText("Investment officer");
    await expect(drawer.getByTestId("password-rules").locator(".anticon-close-circle")).toHaveCount(0);

    const created = page.waitForResponse((r) => r.url().endsWith("/api/v1/users") && r.request().method() === "POST");
    await drawer.getByTestId("form-submit").click();
    const response = await created;
    expect(response.status()).toBe(201);
    newUserId = ((await response.json()) as { id: string }).id;
    await expect(page.getByText(en.created, { exact: true })).toBeVisible();
    await expect(drawer).toBeHidden();

    await page.getByTestId("filter-q").fill(NEW_USER.username);
    await page.getByTestId("filter-q").press("Enter");
    const row = page.getByRole("row").filter({ hasText: NEW_USER.username });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(NEW_USER.name);
    await expect(row).toContainText(NEW_USER.unit);
    await expect(row).toContainText("Investment officer");
  });

  await test.step("the leader signs out", async () => {
    await logout(page, "en-US");
  });

  await test.step("the new user signs in, in their account's Chinese, and sees no administration pages", async () => {
    // The login page still shows the leader's English; nobody picked it there, so the account's language wins.
    await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
    await login(page, NEW_USER.username, NEW_USER.password);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByTestId("header-user")).toHaveText(NEW_USER.name);
    await expect(page.getByTestId("header-where")).toContainText(NEW_USER.unit);
    await expect(page.getByTestId("page-home")).toContainText(NEW_USER.name);
    await expectMenu(page, zh.menu, ["home", "zones", "units"]);
    for (const entry of ADMIN_MENU) {
      await expect(page.getByTestId(`menu-${entry}`)).toHaveCount(0);
      await expect(page.getByTestId(`quick-${entry}`)).toHaveCount(0);
    }
    // Typing the address does not help either.
    await page.goto("/users");
    await expect(page.getByTestId("page-403")).toBeVisible();
  });

  await test.step("the new user signs out", async () => {
    await logout(page, "zh-CN");
  });

  await test.step("admin finds the creation in the audit log", async () => {
    await login(page, "admin");
    await page.getByTestId("menu-audit").click();
    await waitForSettled(page, page.getByTestId("page-audit"));
    // The table keeps showing the previous result while the filtered one loads: wait for matching rows only.
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    const userEntries = page.waitForResponse((r) => /\/api\/v1\/audit\?.*entity=user/.test(r.url()));
    await pickOption(page, "filter-entity", zh.entityUser);
    // Typed at once after picking: the bar follows the address field by field, so the entity filter
    // arriving there (with the text not yet applied) leaves the text alone.
    const actor = page.getByTestId("filter-actor");
    await actor.fill("yucheng-leader");
    await expect(page).toHaveURL(/[?&]entity=user\b/);
    await userEntries;
    await expect(rows.filter({ hasNotText: zh.entityUser })).toHaveCount(0);
    await waitForSettled(page);
    await expect(actor).toHaveValue("yucheng-leader");
    await actor.press("Enter");
    await expect(page).toHaveURL(/[?&]actor=yucheng-leader\b/);
    await expect(rows.filter({ hasNotText: "yucheng-leader" })).toHaveCount(0);
    await expect(rows.filter({ hasText: "yucheng-leader" }).first()).toBeVisible();
    await waitForSettled(page);
    for (const text of await rows.allInnerTexts()) expect(text).toContain(zh.entityUser);
    // Its row: the creation of the record with the new user's id (shortened on screen, whole in the title).
    const creation = rows.filter({ hasText: zh.actionCreate }).filter({ has: page.getByTitle(newUserId) });
    await expect(creation).toHaveCount(1);
    // The actor: the person's name, the username under it.
    await expect(creation).toContainText("李国强");
    await creation.getByTestId("audit-open").click();
    const drawer = page.getByTestId("audit-drawer");
    await expect(drawer).toBeVisible();
    await expect(drawer).toContainText("李国强");
    await expect(drawer).toContainText("yucheng-leader");
    const changes = drawer.getByTestId("audit-changes");
    await expect(changes).toContainText(NEW_USER.username);
    await expect(changes).toContainText(NEW_USER.name);
    // The password never reaches the trail.
    await expect(changes).not.toContainText(NEW_USER.password);
  });

  await test.step("the leader signs in on the Chinese login page and gets the account's English", async () => {
    await page.keyboard.press("Escape");
    await logout(page, "zh-CN");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await login(page, "yucheng-leader");
    await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
    await expectMenu(page, en.menu, ["home", "zones", "units", "users", "roles", "audit"]);
    // Back to Chinese, as the other tests expect the demo leader.
    await page.getByTestId("language-switch").click();
    const saved = page.waitForResponse(
      (r) => r.url().endsWith("/api/v1/auth/preferences") && r.request().method() === "PATCH",
    );
    await page.getByRole("menuitem", { name: zh.language }).click();
    expect((await saved).ok()).toBe(true);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  });

  expect(errors).toEqual([]);
});

test("a wrong password shows the server's reason and keeps the user on the login page", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/login");
  await page.getByTestId("login-username").fill("yucheng-investment");
  await page.getByTestId("login-password").fill("not-the-password");
  await page.getByTestId("login-submit").click();
  await expect(page.getByTestId("login-error")).toContainText(TEXT["zh-CN"].badCredentials);
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId("login-password")).toHaveValue("");
  await expect(page.getByTestId("header-user")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the login page and the home page fit, and the menu opens in a drawer", async ({ page }) => {
    const errors = collectErrors(page);
    trackRequests(page);
    const zh = TEXT["zh-CN"];
    await page.goto("/login");
    await waitForSettled(page, page.getByTestId("login-submit"));
    await expect(page.getByTestId("login-username")).toBeInViewport();
    await expect(page.getByTestId("login-submit")).toBeInViewport();
    expect(await fitsViewportWidth(page)).toBe(true);

    await login(page, "yucheng-leader");
    await waitForSettled(page, page.getByTestId("page-home"));
    expect(await fitsViewportWidth(page)).toBe(true);
    // No side menu on a phone, and no room in the header for the zone and unit.
    await expect(page.getByTestId("menu-zones")).toBeHidden();
    await expect(page.getByTestId("header-where")).toHaveCount(0);
    await expect(page.getByTestId("header-user")).toHaveText("李国强");

    // The menu button is a real button with a name, and says whether the menu is open.
    const menuButton = page.locator("header").getByRole("button", { name: zh.menuButton });
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");
    await menuButton.click();
    const drawer = page.locator(".ant-drawer-open");
    await expect(drawer).toBeVisible();
    await expect(menuButton).toHaveAttribute("aria-expanded", "true");
    for (const entry of ["home", "zones", "units", "users", "roles", "audit"] as const) {
      await expect(drawer.getByTestId(`menu-${entry}`)).toHaveText(zh.menu[entry]);
    }
    // Tapping beside the drawer closes it.
    await page.locator(".ant-drawer-mask").click({ position: { x: 370, y: 420 } });
    await expect(drawer).toBeHidden();
    // So does choosing an entry (see also the next test).
    await menuButton.click();
    await drawer.getByTestId("menu-units").click();
    await expect(page).toHaveURL(/\/units$/);
    await waitForSettled(page, page.getByTestId("unit-tree"));
    await expect(drawer).toBeHidden();
    await expect(page.getByTestId("page-units")).toBeInViewport();
    expect(errors).toEqual([]);
  });

  test("choosing a menu entry closes the drawer menu", async ({ page }) => {
    await login(page, "yucheng-leader");
    await page.locator("header").getByRole("button", { name: TEXT["zh-CN"].menuButton }).click();
    const drawer = page.locator(".ant-drawer-open");
    await drawer.getByTestId("menu-zones").click();
    await expect(page).toHaveURL(/\/zones$/);
    await expect(drawer).toBeHidden({ timeout: 3_000 });
  });
});
