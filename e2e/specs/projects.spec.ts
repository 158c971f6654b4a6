/**
 * Key projects end to end, in 虞城高新区: the zone leader registers a project in 前期, tries to start it without
 * a permit (the dialog says why, nothing is saved), starts it with a 容缺 note and assigns the project
 * secretary; the secretary, on a phone, files a weekly report with a photo and raises a problem; the leader
 * escalates it, plans a 会办 and finds it on the agenda, then generates the month's bulletin and downloads
 * its Word and PDF files. Screenshots of the steps go to e2e/output/screens/e2e-prj-*.png.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import { expect, type Page, test } from "@playwright/test";
import { collectErrors, fitsViewportWidth, login, logout, openDropdown, pickOption } from "./support/ui.js";

const SCREENS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "output", "screens");
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENS, `e2e-prj-${name}.png`) });

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
/** A small RGB PNG of a building site: sky above, a striped ground below. */
function sitePhoto(width = 96, height = 64): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const sky = y < height / 2;
      const stripe = Math.floor(x / 12) % 2 === 0;
      row.set(sky ? [120, 170, 230] : stripe ? [150, 120, 80] : [110, 90, 60], 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

test("a key project from registration to the 会办 agenda and the monthly bulletin", async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  const run = String(Date.now()).slice(-6);
  const name = `虞城县E2E智能装备产业园${run}`;
  const code = `E2E-${run}`;
  const tolerance = "建设工程规划许可容缺受理，承诺30日内补正";
  const progress = `主体结构施工，完成桩基工程（${run}）`;
  const problem = `施工用电增容报装未批复（${run}）`;
  let projectUrl = "";

  await test.step("the leader registers a project in 前期", async () => {
    await page.setViewportSize(DESKTOP);
    await login(page, "yucheng-leader");
    await page.goto("/projects");
    await expect(page.getByTestId("page-projects")).toBeVisible();
    await page.getByTestId("project-create").click();
    const drawer = page.getByTestId("project-drawer");
    await drawer.getByTestId("project-name").fill(name);
    await drawer.getByTestId("project-code").fill(code);
    await pickOption(page, "project-category", "产业");
    await pickOption(page, "project-stage", "前期");
    await drawer.getByTestId("project-total").fill("50000");
    await drawer.getByTestId("project-annual-plan").fill("12000");
    await drawer.getByTestId("form-submit").click();
    await expect(page.getByTestId("page-project")).toBeVisible();
    await expect(page.getByRole("heading", { name })).toBeVisible();
    await expect(page.getByTestId("page-project").getByTestId("stage-tag").first()).toHaveText("前期");
    projectUrl = new URL(page.url()).pathname;
  });

  await test.step("开工 without a permit is refused in the dialog, with the reason", async () => {
    // The next stage but one is shown disabled and says why.
    await page.getByTestId("blocked-construction").hover();
    await expect(page.getByRole("tooltip")).toContainText("须先转入：开工");
    await page.getByTestId("move-started").click();
    const modal = page.getByTestId("transition-modal");
    await expect(modal.getByTestId("transition-date")).not.toHaveValue("");
    let posted = false;
    page.on("request", (r) => {
      if (r.url().endsWith("/transitions") && r.method() === "POST") posted = true;
    });
    await modal.getByTestId("form-submit").click();
    await expect(modal).toContainText("开工需填写施工许可证号，或填写容缺受理说明");
    await shot(page, "01-start-refused");
    expect(posted).toBe(false);
  });

  await test.step("with a 容缺 note the project starts", async () => {
    const modal = page.getByTestId("transition-modal");
    await modal.getByTestId("transition-tolerance").fill(tolerance);
    await modal.getByTestId("form-submit").click();
    await expect(modal).toBeHidden();
    await expect(page.getByTestId("page-project").getByTestId("stage-tag").first()).toHaveText("开工");
    await page.getByRole("tab", { name: "历程" }).click();
    await expect(page.getByTestId("project-history")).toContainText(tolerance);
    await expect(page.getByTestId("project-history")).toContainText("前期 → 开工");
  });

  await test.step("the leader assigns yucheng-secretary as 项目秘书", async () => {
    await page.getByRole("tab", { name: "概况" }).click();
    await page.getByTestId("member-add").click();
    const modal = page.getByTestId("member-modal");
    await expect(modal.getByTestId("member-role")).toContainText("项目秘书");
    await modal.getByTestId("member-user").click();
    await page.keyboard.type("周鹏");
    await openDropdown(page).getByText("周鹏（稍岗镇）").click();
    await modal.getByTestId("form-submit").click();
    await expect(modal).toBeHidden();
    await expect(page.getByTestId("member-secretary")).toContainText("周鹏");
    await shot(page, "02-assigned");
    await logout(page, "zh-CN");
  });

  await test.step("the secretary files a weekly report with a photo from a phone", async () => {
    await page.setViewportSize(PHONE);
    await login(page, "yucheng-secretary");
    await page.goto(`${projectUrl}/report`);
    await expect(page.getByTestId("page-report")).toBeVisible();
    await page.getByTestId("report-progress").fill(progress);
    await page.getByTestId("report-pct").fill("35");
    await page.getByTestId("report-problems").fill("施工用电增容未批复");
    await page
      .getByTestId("report-photo-input")
      .setInputFiles({ name: "site.png", mimeType: "image/png", buffer: sitePhoto() });
    await expect(page.getByTestId("report-photos").locator("img")).toHaveCount(1);
    expect(await fitsViewportWidth(page)).toBe(true);
    await shot(page, "03-report-phone");
    const saved = page.waitForResponse((r) => r.url().endsWith("/reports") && r.request().method() === "POST");
    await page.getByTestId("report-submit").click();
    expect((await saved).status()).toBe(201);
    await expect(page).toHaveURL(/tab=reports/);
    const report = page.getByTestId("report-item").filter({ hasText: progress });
    await expect(report).toBeVisible();
    await expect(report).toContainText("35%");
    const photo = report.locator(".prj-photos img").first();
    await expect(photo).toBeVisible();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await shot(page, "04-report-filed");
  });

  await test.step("the secretary raises a problem on the project", async () => {
    await page.goto(projectUrl);
    await page.getByTestId("problem-raise").click();
    const modal = page.getByTestId("problem-modal");
    await pickOption(page, "problem-category", "水电气暖");
    await modal.getByTestId("problem-description").fill(problem);
    await modal.getByTestId("problem-person").fill("刘建军");
    await modal.getByTestId("form-submit").click();
    await expect(modal).toBeHidden();
    await page.goto(`${projectUrl}?tab=problems`);
    const row = page.getByTestId("problem-row").filter({ hasText: problem });
    await expect(row).toBeVisible();
    await expect(row.getByTestId("problem-status")).toHaveText("待交办");
    // Escalation is for the project's managers: the secretary has no such button.
    await expect(row.getByTestId("problem-escalate")).toHaveCount(0);
    await shot(page, "05-problem-phone");
    await logout(page, "zh-CN");
  });

  await test.step("the leader escalates it and plans a 会办 that takes it on the agenda", async () => {
    await page.setViewportSize(DESKTOP);
    await login(page, "yucheng-leader");
    await page.goto(`${projectUrl}?tab=problems`);
    const row = page.locator("tr.ant-table-row").filter({ hasText: problem });
    await expect(row).toBeVisible();
    await row.getByTestId("problem-escalate").click();
    await page.locator(".ant-popconfirm").getByRole("button", { name: "确定" }).click();
    await expect(row.getByTestId("problem-escalated")).toHaveText("已提交会办");

    await page.goto("/meetings");
    await page.getByTestId("meeting-plan").click();
    const modal = page.getByTestId("meeting-modal");
    await expect(modal.getByTestId("agenda-preview")).toContainText(problem);
    await modal.getByTestId("meeting-title").fill(`重点项目会办 ${run}`);
    await modal.getByTestId("form-submit").click();
    await expect(page.getByTestId("page-meeting")).toBeVisible();
    await expect(page.getByRole("heading", { name: `重点项目会办 ${run}` })).toBeVisible();
    await expect(page.getByTestId("meeting-agenda")).toContainText(problem);
    await expect(page.getByTestId("meeting-agenda")).toContainText(name);
    await shot(page, "06-meeting-agenda");
  });

  await test.step("the leader generates the month's bulletin and downloads Word and PDF", async () => {
    await page.goto("/bulletins");
    await expect(page.getByTestId("page-bulletins")).toBeVisible();
    const generated = page.waitForResponse(
      (r) => r.url().endsWith("/api/v1/bulletins") && r.request().method() === "POST",
    );
    await page.getByTestId("bulletin-generate-submit").click();
    expect((await generated).ok()).toBe(true);
    await expect(page.getByTestId("bulletin-drawer")).toBeVisible();
    await shot(page, "07-bulletin");
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("bulletin-drawer")).toBeHidden();

    for (const [kind, type, magic] of [
      ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK"],
      ["pdf", "application/pdf", "%PDF"],
    ] as const) {
      const response = page.waitForResponse((r) => r.url().endsWith(`/document.${kind}`));
      const download = page.waitForEvent("download");
      await page.getByTestId(`bulletin-${kind}`).first().click();
      const r = await response;
      expect(r.status()).toBe(200);
      expect(r.headers()["content-type"]).toContain(type);
      const file = await download;
      expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${kind}$`));
      // The saved file is the document itself: a Word zip or a PDF, not an error page.
      const saved = readFileSync(await file.path());
      expect(saved.length).toBeGreaterThan(1000);
      expect(saved.subarray(0, magic.length).toString("latin1")).toBe(magic);
    }
  });

  expect(errors).toEqual([]);
});
