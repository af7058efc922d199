import { expect, test } from "@playwright/test";

test.describe("the public site", () => {
  test("the home page lists seeded stories by section, and an article page renders in full", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("link", { name: "The Dhaka Dateline" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Sections" });
    for (const name of ["National", "City", "Business", "Sport", "Culture"])
      await expect(nav.getByRole("link", { name })).toBeVisible();
    await expect(page.getByTestId("newsroom-clock")).toHaveText(/^\d{1,2}:\d{2} (am|pm), \w+day, \d{1,2} \w+ \d{4}$/);
    for (const name of ["National", "Business", "Sport"])
      await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();

    // A seeded story: the oldest in the Sport block. Other specs publish short stories, some in
    // Sport (a section editor's, e2e/desk-roles), and the newest lead the block.
    const first = page.getByRole("region", { name: "Sport" }).locator("article h3 a").last();
    const headline = (await first.textContent())!.trim();
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
    await expect(page).toHaveTitle(new RegExp(headline.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    await expect(page.locator("article header").getByText(/^By /)).toBeVisible();
    const published = page.locator("time").first();
    await expect(published).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+06:00$/);
    // To the minute on the page (issue 21: the head in two lines); the second stays in datetime.
    await expect(published).toHaveText(/^\d{1,2}:\d\d (am|pm), \w+day, \d{1,2} \w+ \d{4}$/);
    const paragraphs = page.locator(".prose-news p");
    expect(await paragraphs.count()).toBeGreaterThan(2);
  });

  test("a section page lists its stories, and an unknown story is a 404", async ({ page }) => {
    await page.goto("/sport");
    await expect(page.getByRole("heading", { name: "Sport", level: 1 })).toBeVisible();
    expect(await page.locator("main article").count()).toBeGreaterThanOrEqual(6);
    const response = await page.goto("/sport/no-such-story-here");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});

test("pages announce their feeds for autodiscovery, and the feeds answer", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute(
    "href",
    /\/feed\.xml$/,
  );
  await page.goto("/sport");
  const sectionFeed = page.locator('link[rel="alternate"][type="application/rss+xml"]').first();
  await expect(sectionFeed).toHaveAttribute("href", /\/feeds\/section\/sport\/rss\.xml$/);
  const href = (await sectionFeed.getAttribute("href"))!;
  const response = await request.get(new URL(href).pathname);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("<rss");
});
