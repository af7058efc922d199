import { expect, test, type Page } from "@playwright/test";

// Issue 21, item 2: a reader finds search and the other edition from any public page, with
// scripts off (the pages are HTML first). Reads only the demo newsroom's translation pairs,
// which no spec changes.
const PAIRED = "Weekend volunteers pull two tonnes of plastic from Dhanmondi Lake";

test.use({ javaScriptEnabled: false });

/** The masthead's search form and edition switch, as a reader finds them. */
async function expectWayfinding(page: Page, edition: "en" | "bn"): Promise<void> {
  const banner = page.getByRole("banner");
  const form = banner.getByRole("search");
  await expect(form).toHaveAttribute("action", edition === "bn" ? "/bn/search" : "/search");
  await expect(form.getByRole("searchbox")).toHaveAccessibleName(edition === "bn" ? "খবর খুঁজুন" : "Search the news");
  const other = edition === "bn" ? "English" : "বাংলা";
  const link = banner.getByRole("navigation", { name: edition === "bn" ? "সংস্করণ" : "Editions" }).getByRole("link");
  await expect(link).toHaveText(other);
  await expect(link).toHaveAttribute("lang", edition === "bn" ? "en" : "bn");
  // The staff's way in moved to the footer: the masthead is the readers'.
  await expect(banner.getByRole("link", { name: /sign-in|সাইন ইন/ })).toHaveCount(0);
  await expect(page.getByRole("contentinfo").getByRole("link", { name: /sign-in|সাইন ইন/ })).toHaveCount(1);
}

test("every page type carries search and the edition switch, without scripts", async ({ page }) => {
  await page.goto("/");
  await expectWayfinding(page, "en");
  // The fronts name each other for search engines.
  await expect(page.locator('link[rel="alternate"][hreflang="bn"]')).toHaveAttribute("href", /\/bn$/);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
    "href",
    /^https?:\/\/[^/]+\/?$/,
  );

  const section = page.getByRole("navigation", { name: "Sections" }).getByRole("link").first();
  await section.click();
  await expectWayfinding(page, "en");

  await page.locator("main article a").first().click();
  await expectWayfinding(page, "en");
  await page.goto("/search?q=Dhaka");
  await expectWayfinding(page, "en");
  await page.goto("/no-such-section/no-such-story");
  await expectWayfinding(page, "en");

  await page.goto("/bn");
  await expectWayfinding(page, "bn");
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "bn_BD");
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/?$/);
  await page.locator("main article a").first().click();
  await expectWayfinding(page, "bn");
});

test("search from the masthead, then read the story in the other edition and back, without scripts", async ({
  page,
}) => {
  await page.goto("/");
  const form = page.getByRole("banner").getByRole("search");
  await form.getByRole("searchbox").fill("Dhanmondi Lake plastic");
  await form.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/\/search\?q=Dhanmondi\+Lake\+plastic$/);
  await page.getByRole("main").getByRole("link", { name: PAIRED }).click();
  const english = new URL(page.url()).pathname;
  await expect(page.locator("html")).toHaveAttribute("lang", /^en/);

  // No script adds ?from=: the server reads the page from the Referer the browser sends.
  await page.getByRole("banner").getByRole("link", { name: "বাংলা" }).click();
  await expect(page).toHaveURL(/\/bn\/[^/]+\/[^/]+$/);
  await expect(page.locator("main").getByRole("link", { name: /ইংরেজিতে/ })).toHaveAttribute("href", english);

  await page.getByRole("banner").getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`${english.replace(/[.?]/g, "\\$&")}$`));

  // A page with no translation (a section) takes the reader to the other front.
  await page.goto("/");
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link").first().click();
  await page.getByRole("banner").getByRole("link", { name: "বাংলা" }).click();
  await expect(page).toHaveURL(/\/bn$/);
});

test("with scripts on, the switch names its page itself and still lands on the translation", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  await page.goto("/search?q=Dhanmondi+Lake+plastic");
  await page.getByRole("main").getByRole("link", { name: PAIRED }).click();
  const english = new URL(page.url()).pathname;
  const link = page.getByRole("banner").getByRole("link", { name: "বাংলা" });
  await expect(link).toHaveAttribute("href", `/edition/bn?from=${encodeURIComponent(english)}`);
  await link.click();
  await expect(page).toHaveURL(/\/bn\/[^/]+\/[^/]+$/);
  await context.close();
});

/** The section links of the masthead that say they are current, as "name=aria-current". */
async function currentSections(page: Page): Promise<string[]> {
  return page
    .getByRole("banner")
    .getByRole("navigation", { name: /^(Sections|বিভাগসমূহ)$/ })
    .locator("a[aria-current]")
    .evaluateAll((links) => links.map((a) => `${a.textContent}=${a.getAttribute("aria-current")}`));
}

test("the masthead marks the section a reader is in, for screen readers and the eye, in both editions", async ({
  page,
}) => {
  await page.goto("/");
  expect(await currentSections(page)).toEqual([]);

  await page.goto("/city");
  expect(await currentSections(page)).toEqual(["City=page"]);
  // Seen too, not only announced: the marked link is drawn unlike its neighbours.
  const nav = page.getByRole("banner").getByRole("navigation", { name: "Sections" });
  const look = (name: string) =>
    nav
      .getByRole("link", { name, exact: true })
      .evaluate((a) => `${getComputedStyle(a).color} ${getComputedStyle(a).textDecorationLine}`);
  expect(await look("City")).toContain("underline");
  expect(await look("City")).not.toBe(await look("Sport"));

  // A story is in its section (aria-current="true": the link is not this very page).
  await page.locator("main article a").first().click();
  await expect(page).toHaveURL(/\/city\/[^/]+$/);
  expect(await currentSections(page)).toEqual(["City=true"]);

  await page.goto("/search?q=Dhaka");
  expect(await currentSections(page)).toEqual([]);

  await page.goto("/bn");
  expect(await currentSections(page)).toEqual([]);
  await page.goto(`/bn/${encodeURIComponent("নগর")}`);
  expect(await currentSections(page)).toEqual(["নগর=page"]);
  await page.locator("main article a").first().click();
  expect(await currentSections(page)).toEqual(["নগর=true"]);
});
