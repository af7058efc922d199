// The parts of the design spec (e2e/design.spec.ts) that hold what every reader sees: the home
// page's lead (the newest story unless editors arranged the front) and a newsroom page an admin
// rewrites. They run in the global-state project (playwright.config.ts), alone, after the
// parallel specs, so no other spec publishes a new lead or reads the policy while they do.
import type { Locator } from "@playwright/test";
import { libraryPhoto, makeStory } from "./helpers/factory";
import { expectChrome } from "./helpers/site-chrome";
import { expect, test } from "./helpers/test";

const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`;
const box = async (l: Locator) => (await l.boundingBox())!;

test("the home page is a front page: a lead with its picture and the largest headline, a rail beside it, sections after", async ({
  page,
}) => {
  // Its own lead: the newest story, with a library photo. (The parallel specs publish stories
  // without pictures; which of them would be newest here depends on the order they ran in.)
  const newest = await makeStory({
    headline: "Fishing fleet returns early ahead of the storm",
    featuredImageId: await libraryPhoto("fishing boats"),
    state: "published",
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(BASE + "/");
  const lead = page.getByRole("region", { name: "Lead story" });
  await expect(lead.locator("img")).toHaveCount(1);
  const leadHeadline = lead.getByRole("heading", { level: 3 });
  await expect(leadHeadline).toHaveText(newest.headline);
  const size = (l: Locator) => l.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const topHeadlines = page.getByRole("region", { name: "Top stories" }).getByRole("heading", { level: 3 });
  await expect(topHeadlines).toHaveCount(6);
  expect(await size(leadHeadline)).toBeGreaterThanOrEqual(36);
  for (const h of await topHeadlines.all()) expect(await size(h)).toBeLessThan((await size(leadHeadline)) * 0.7);
  expect(await leadHeadline.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/Georgia|serif/);

  // "Latest" is a rail of five beside the lead, each with its time, none of them already on the page
  // above it or in a section block below ("Most read" follows it once stories have readers today).
  const rail = page.getByRole("complementary", { name: "Latest" });
  await expect(rail.getByRole("listitem")).toHaveCount(5);
  await expect(rail.locator("li time")).toHaveCount(5);
  const railLinks = await rail.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  const elsewhere = await page.locator("main article a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  for (const href of railLinks) expect(elsewhere, `${href} appears once on the front`).not.toContain(href);
  const [railBox, leadBox] = [await box(rail), await box(lead)];
  expect(railBox.x).toBeGreaterThan(leadBox.x + leadBox.width);
  expect(railBox.y).toBeLessThan(leadBox.y + leadBox.height);

  // No holes: in every row of the top stories and of each section block, the items end within
  // a line or two of each other, whichever stories have pictures.
  const grids = page.locator("main ul.grid, main section > div.grid");
  expect(await grids.count()).toBeGreaterThan(2);
  for (const grid of await grids.all()) {
    const items = await grid.locator(":scope > *").all();
    const boxes = await Promise.all(items.map(box));
    const rows = new Map<number, { bottom: number }[]>();
    for (const b of boxes)
      rows.set(Math.round(b.y), [...(rows.get(Math.round(b.y)) ?? []), { bottom: b.y + b.height }]);
    for (const row of rows.values()) {
      if (row.length < 2) continue;
      const bottoms = row.map((r) => r.bottom);
      expect(Math.max(...bottoms) - Math.min(...bottoms), "a row of stories ends together").toBeLessThan(130);
    }
  }

  // Each section: one story with a picture or the largest type, then a compact list without pictures.
  const city = page.getByRole("region", { name: "City" });
  await expect(city.getByRole("heading", { level: 3 }).first()).toBeVisible();
  expect(await city.locator("li img").count()).toBe(0);
  expect(await city.locator("article").count()).toBeGreaterThanOrEqual(2);
  await expectChrome(page);
});

test("an admin rewrites the corrections policy and readers see it at once; an editor cannot", async ({
  deskAs,
  browser,
}) => {
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(BASE + "/about/corrections"); // cached now
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Corrections policy");

  const page = await deskAs("admin");
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Pages" }).click();
  const form = page.getByRole("form", { name: /Corrections policy/ });
  // Bad input: a clear message, and the page stays as it was.
  await form.getByLabel("Title").fill("   ");
  await form.getByRole("button", { name: "Save page" }).click();
  await expect(form.getByText("The page needs a title.")).toBeVisible();
  await reader.reload();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Corrections policy");

  await form.getByLabel("Title").fill("How we put mistakes right");
  await form
    .getByLabel("Text")
    .fill("We correct errors on the story itself.\n\nWrite to the desk: <b>we read everything</b>.");
  await form.getByRole("button", { name: "Save page" }).click();
  await expect(form.getByRole("status")).toContainText("/about/corrections");
  await reader.reload();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("How we put mistakes right");
  // Plain text: what looks like markup is shown as typed, never rendered.
  await expect(reader.locator("main .prose-news p").nth(1)).toHaveText("Write to the desk: <b>we read everything</b>.");
  await expect(reader.locator("main .prose-news b")).toHaveCount(0);

  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.locator("tbody tr").filter({ hasText: "page.updated" }).first()).toContainText("Farzana Haque");

  const desk = await deskAs("editor");
  await expect(desk.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Pages" })).toHaveCount(0);
  expect((await desk.goto(BASE.replace("127.0.0.1", "localhost") + "/dashboard/pages"))?.status()).toBe(403);
});
