// The reader's site as a front page and a newspaper's article (issue 11, part 4): hierarchy on the
// home page without holes, a phone layout that turns into compact rows, a readable measure, a
// short related list, the same masthead and footer everywhere (404 and 410 too), and the
// newsroom's own pages written by admins. Driven at http://127.0.0.1 as well as localhost.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { clickWorkflow, newStory, writeBasicStory } from "./helpers/editor";
import { demoAccount } from "./helpers/env";
import { signIn } from "./helpers/login";

const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`;
const PHOTO_STORY = "/city/overnight-downpour-leaves-mirpur-and-shantinagar-streets-under-water";
const FOOTER_PAGES = ["/about", "/about/contact", "/about/standards", "/about/corrections", "/about/privacy"];

const box = async (l: Locator) => (await l.boundingBox())!;

async function expectChrome(page: Page) {
  // Exactly one masthead and one footer: a 404 inside the site must not nest a second frame.
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Sections" })).toBeVisible();
  await expect(page.getByTestId("newsroom-clock")).toBeVisible();
  const footer = page.getByRole("contentinfo");
  for (const path of [...FOOTER_PAGES, "/feed.xml"])
    await expect(footer.locator(`a[href="${path}"]`), `footer links ${path}`).toHaveCount(1);
  await expect(footer.getByRole("link", { name: "Corrections policy" })).toBeVisible();
}

test("the home page is a front page: a lead with its picture and the largest headline, a rail beside it, sections after", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(BASE + "/");
  const lead = page.getByRole("region", { name: "Lead story" });
  await expect(lead.locator("img")).toHaveCount(1);
  const leadHeadline = lead.getByRole("heading", { level: 3 });
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

test("on a phone the dateline comes before the controls and the front page turns into compact rows", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(BASE + "/");
  const clock = await box(page.getByTestId("newsroom-clock"));
  const toggle = await box(page.getByRole("group", { name: "Colour theme" }));
  const signIn = await box(page.getByRole("link", { name: "Newsroom sign-in" }));
  expect(clock.y + clock.height).toBeLessThanOrEqual(toggle.y);
  expect(clock.y + clock.height).toBeLessThanOrEqual(signIn.y);
  // After the lead and the first stories, a top story is a short row, not a screenful.
  const rows = page.getByRole("region", { name: "Top stories" }).locator("li article");
  expect(await rows.count()).toBeGreaterThanOrEqual(4);
  for (const row of await rows.all()) expect((await box(row)).height).toBeLessThan(190);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("the article sets its body in a 65–75 character measure with serif subheads, and lists at most four related stories", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(BASE + PHOTO_STORY);
  // Characters per rendered line in the body's paragraphs, measured from the laid-out text.
  const perLine = await page.evaluate(() => {
    const counts: number[] = [];
    for (const p of document.querySelectorAll(".prose-news > p")) {
      const text = p.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) continue;
      const range = document.createRange();
      let top: number | null = null;
      let n = 0;
      for (let i = 0; i < (text as Text).length; i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        top ??= rect.top;
        if (Math.abs(rect.top - top) > 4) {
          counts.push(n);
          n = 0;
          top = rect.top;
        }
        n++;
      }
    }
    return counts.sort((a, b) => a - b);
  });
  expect(perLine.length).toBeGreaterThan(8);
  const median = perLine[Math.floor(perLine.length / 2)]!;
  expect(median).toBeGreaterThanOrEqual(65);
  expect(median).toBeLessThanOrEqual(75);
  const subhead = page.locator(".prose-news h2").first();
  await expect(subhead).toHaveText("Drains and canals");
  expect(await subhead.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/Georgia|serif/);
  expect(await subhead.evaluate((el) => getComputedStyle(el).fontFamily)).not.toMatch(/system-ui/);

  const related = page.getByRole("region", { name: "More on this topic" });
  const items = related.locator("article");
  expect(await items.count()).toBeGreaterThan(0);
  expect(await items.count()).toBeLessThanOrEqual(4);
  // The share row follows the story's text directly, before the follow block and related stories.
  const share = await box(page.getByRole("region", { name: "Share this story" }));
  const bodyBox = await box(page.locator(".prose-news"));
  expect(share.y).toBeGreaterThan(bodyBox.y + bodyBox.height);
  expect(share.y).toBeLessThan((await box(related)).y);
  expect(share.y).toBeLessThan((await box(page.getByRole("region", { name: /^Follow / }))).y);
});

test("a story that shares no topic lists its section's newest as 'More from <Section>'", async ({ page, browser }) => {
  const editor = await demoAccount("editor");
  await signIn(page, editor.email, editor.password);
  await newStory(page);
  await writeBasicStory(page, "Ferry timetable posted at Sadarghat", "The new winter timetable is on the board.");
  await clickWorkflow(page, "Submit for review");
  await clickWorkflow(page, "Publish");
  await expect(page.getByTestId("story-status")).toHaveText("Published");
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(BASE + "/city/ferry-timetable-posted-at-sadarghat");
  const related = reader.getByRole("region", { name: "More from City" });
  await expect(related.locator("article")).toHaveCount(4);
  await expect(reader.getByRole("region", { name: "More on this topic" })).toHaveCount(0);
});

test("404 and 410 pages carry the masthead and footer; so do the author and newsroom pages", async ({ page }) => {
  const missing = await page.goto(BASE + "/city/no-such-story-here");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expectChrome(page);
  const deep = await page.goto(BASE + "/no/such/place/at/all");
  expect(deep?.status()).toBe(404);
  await expectChrome(page);

  // The 410 page is the one the server shows at a taken-down story's address (scripts/serve.ts).
  const gone = await page.goto(BASE + "/gone");
  expect(gone?.status()).toBeLessThan(500);
  await expect(page.getByRole("heading", { name: "This story has been removed" })).toBeVisible();
  await expectChrome(page);

  await page.goto(BASE + "/authors/nusrat-jahan-rimi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nusrat Jahan Rimi");
  await expect(page.getByRole("img", { name: /portrait of Nusrat Jahan Rimi/i })).toBeVisible();
  await expect(page.getByText("Transport and city correspondent", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "rimi@example.com" })).toHaveAttribute("href", "mailto:rimi@example.com");
  await expectChrome(page);

  for (const path of FOOTER_PAGES) {
    const res = await page.goto(BASE + path);
    expect(res?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).not.toBeEmpty();
    expect(await page.locator("main .prose-news p").count(), `${path} has its text`).toBeGreaterThan(1);
    await expectChrome(page);
  }
  expect((await page.goto(BASE + "/about/careers"))?.status()).toBe(404);
});

test("an admin rewrites the corrections policy and readers see it at once; an editor cannot", async ({
  page,
  browser,
}) => {
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(BASE + "/about/corrections"); // cached now
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Corrections policy");

  const admin = await demoAccount("admin");
  await signIn(page, admin.email, admin.password);
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

  const editor = await demoAccount("editor");
  const desk = await (await browser.newContext()).newPage();
  await signIn(desk, editor.email, editor.password);
  await expect(desk.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Pages" })).toHaveCount(0);
  expect((await desk.goto(BASE.replace("127.0.0.1", "localhost") + "/dashboard/pages"))?.status()).toBe(403);
});
