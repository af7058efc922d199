// Paging through a section without JavaScript (issue 11, part 1: reader pages work with
// JavaScript off), on a section of the spec's own. A new section shows in every page's masthead,
// the home page and the sitemap, so this spec runs in the global-state project, alone, after
// the parallel specs (playwright.config.ts).
import { makeSection, makeStory, unique } from "./helpers/factory";
import { expect, test } from "./helpers/test";

test("paging through a section works without JavaScript", async ({ browser }) => {
  // A section of its own with one story more than a page holds (20), so no other spec's
  // publishing can move a story between its pages while it reads them.
  const desk = await makeSection(unique("Archive desk"));
  for (let i = 1; i <= 21; i++)
    await makeStory({
      headline: `Archive note ${i}`,
      section: desk.slug,
      paragraphs: [`Archive note ${i} for the desk's pages.`, "Kept for the record.", "Filed by the desk."],
      state: "published",
    });
  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const olderLink = () => reader.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: /Older/ });
  await reader.goto(`/${desk.slug}`);
  const firstPage = await reader.locator("main article :is(h2, h3)").allTextContents();
  expect(firstPage).toHaveLength(20);
  await olderLink().click();
  await expect(reader).toHaveURL(new RegExp(`/${desk.slug}\\?page=2$`));
  const secondPage = await reader.locator("main article :is(h2, h3)").allTextContents();
  expect(secondPage).toHaveLength(1);
  expect(secondPage.filter((h) => firstPage.includes(h))).toEqual([]);
  // The oldest story is the one on the second page.
  expect(secondPage[0]).toMatch(/^Archive note 1 /);
  // Page 2 is a page of its own (issue 21): its own canonical address and "Page 2" in its title,
  // and the masthead still marks the section.
  await expect(reader.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    new RegExp(`^https?://[^/]+/${desk.slug}\\?page=2$`),
  );
  await expect(reader).toHaveTitle(`${desk.name} — Page 2 — The Dhaka Dateline`);
  const nav = reader.getByRole("banner").getByRole("navigation", { name: "Sections" });
  await expect(nav.getByRole("link", { name: desk.name })).toHaveAttribute("aria-current", "page");
  await reader.getByRole("link", { name: /Newer/ }).click();
  await expect(reader).toHaveURL(new RegExp(`/${desk.slug}$`));
  expect(await reader.locator("main article :is(h2, h3)").allTextContents()).toEqual(firstPage);
  await reader.context().close();
});
