// The reader's site as a front page and a newspaper's article (issue 11, part 4): hierarchy on the
// home page without holes, a phone layout that turns into compact rows, a readable measure, a
// short related list, the same masthead and footer everywhere (404 and 410 too), and the
// newsroom's own pages written by admins. Driven at http://127.0.0.1 as well as localhost.
import type { Locator } from "@playwright/test";
import { clickWorkflow, newStory, writeBasicStory } from "./helpers/editor";
import { expectChrome, FOOTER_PAGES } from "./helpers/site-chrome";
import { expect, test } from "./helpers/test";

const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`;
const PHOTO_STORY = "/city/overnight-downpour-leaves-mirpur-and-shantinagar-streets-under-water";
const box = async (l: Locator) => (await l.boundingBox())!;

test("on a phone the dateline comes before the controls and the front page turns into compact rows", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(BASE + "/");
  const clock = await box(page.getByTestId("newsroom-clock"));
  const toggle = await box(page.getByRole("group", { name: "Colour theme" }));
  const search = await box(page.getByRole("banner").getByRole("search"));
  const edition = await box(page.getByRole("banner").getByRole("link", { name: "বাংলা" }));
  expect(clock.y + clock.height).toBeLessThanOrEqual(toggle.y);
  expect(clock.y + clock.height).toBeLessThanOrEqual(search.y);
  expect(clock.y + clock.height).toBeLessThanOrEqual(edition.y);
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

test("a story that shares no topic lists its section's newest as 'More from <Section>'", async ({
  deskAs,
  browser,
}) => {
  const page = await deskAs("editor");
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
