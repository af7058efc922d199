import { body, clickWorkflow, expectSaved, newStory, writeBasicStory } from "./helpers/editor";
import { makeUser } from "./helpers/factory";
import { expect, test } from "./helpers/test";

// A seeded story with two bylines and two topics (scripts/seed/content.ts).
const TWO_BYLINES = "/city/overnight-downpour-leaves-mirpur-and-shantinagar-streets-under-water";

test.describe("the article page", () => {
  test("has every part: kicker, headline, bylines, times, body, corrections, topics, follow, related, share, JSON-LD", async ({
    deskAs,
    page,
  }) => {
    // An editor adds a correction to the live story first.
    const desk = await deskAs("editor");
    await desk.goto("/dashboard/stories?tab=published&q=Overnight+downpour");
    await desk.getByRole("link", { name: /Overnight downpour/ }).click();
    const panel = desk.getByRole("region", { name: "Corrections and updates" });
    await panel.getByLabel("Type").selectOption("correction");
    await panel
      .getByLabel("Wording for readers")
      .fill("An earlier version named the wrong pumping station; it is the one at Kalyanpur.");
    await panel.getByRole("button", { name: "Add to the story" }).click();
    await expect(panel.getByRole("status")).toHaveText("The correction is on the public page.");

    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const response = await page.goto(TWO_BYLINES);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("newsroom-clock")).toBeVisible();
    const article = page.locator("article").first();
    await expect(article.getByRole("link", { name: "City", exact: true })).toBeVisible();
    await expect(article.getByRole("heading", { level: 1 })).toHaveText(
      "Overnight downpour leaves Mirpur and Shantinagar streets under water",
    );
    const bylines = article.locator("header a[rel=author]");
    await expect(bylines).toHaveCount(2);
    await expect(bylines.first()).toHaveAttribute("href", /^\/authors\//);
    const times = article.locator("header time");
    await expect(times).toHaveCount(2); // Published and Updated (the correction updated it)
    await expect(times.first()).toHaveAttribute("datetime", /\+06:00$/);
    await expect(article.getByText(/^Updated: /)).toBeVisible();
    expect(await article.locator(".prose-news p").count()).toBeGreaterThan(2);
    // The featured image: responsive sources, fixed size, loaded first, with caption and credit.
    const lead = article.locator("figure.featured-image");
    const leadImg = lead.locator("img");
    await expect(leadImg).toHaveAttribute("alt", /rain-heavy sky/);
    await expect(leadImg).toHaveAttribute("srcset", /\/media\/v\/.+\.jpg 320w, .+ 640w/);
    await expect(leadImg).toHaveAttribute("width", "1600");
    await expect(leadImg).toHaveAttribute("height", "900");
    await expect(leadImg).toHaveAttribute("fetchpriority", "high");
    await expect(lead.locator("source[type='image/avif']")).toHaveAttribute("srcset", /\.avif 320w/);
    await expect(lead.locator("figcaption")).toContainText("Water stood knee-deep");
    await expect(lead.locator("figcaption .credit")).toHaveText("Illustration: Dateline demo desk");
    expect(await leadImg.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const corrections = page.getByRole("region", { name: "Corrections and updates" });
    await expect(corrections).toContainText("Correction");
    await expect(corrections).toContainText("the one at Kalyanpur");
    const topics = page.getByRole("navigation", { name: "Topics" }).getByRole("link");
    expect(await topics.count()).toBeGreaterThanOrEqual(1);
    await expect(
      page.getByRole("region", { name: /^Follow / }).getByRole("link", { name: "Get the newsletter" }),
    ).toBeVisible();
    const related = page.getByRole("region", { name: "More on this topic" }).locator("article");
    expect(await related.count()).toBeGreaterThan(0);
    expect(await related.count()).toBeLessThanOrEqual(4); // a short list, never longer than the story (issue 11)
    await expect(
      page
        .getByRole("region", { name: "More on this topic" })
        .getByRole("link", { name: "Overnight downpour leaves Mirpur" }),
    ).toHaveCount(0);
    const share = page.getByRole("region", { name: "Share this story" });
    for (const name of ["Facebook", "X", "WhatsApp", "LinkedIn", "Email"])
      await expect(share.getByRole("link", { name, exact: true })).toBeVisible();
    await share.getByRole("button", { name: "Copy link" }).click();
    await expect(share.getByRole("status")).toHaveText("Link copied");

    // Structured data and social metadata (the NewsArticle comes first, its breadcrumbs after).
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!) as Record<
      string,
      unknown
    >;
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.headline).toBe("Overnight downpour leaves Mirpur and Shantinagar streets under water");
    expect(ld.datePublished).toMatch(/\+06:00$/);
    expect(ld.dateModified).toMatch(/\+06:00$/);
    expect((ld.author as { "@type": string; url: string }[]).map((a) => a["@type"])).toEqual(["Person", "Person"]);
    expect((ld.publisher as { logo: { url: string } }).logo.url).toMatch(/^http/);
    expect((ld.mainEntityOfPage as { "@id": string })["@id"]).toMatch(/\/city\/overnight-downpour/);
    // Three crops (16:9, 4:3, 1:1) around the focal point, as absolute URLs that serve images.
    const ldImages = (ld.image as { url: string }[]).map((i) => i.url);
    expect(ldImages).toHaveLength(3);
    for (const url of ldImages) {
      expect(url).toMatch(/^http.*\/media\/c\/.+\.jpg$/);
      const res = await page.request.get(url);
      expect(res.headers()["content-type"]).toBe("image/jpeg");
      expect(res.headers()["cache-control"]).toContain("immutable");
    }
    await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute("content", ldImages[0]!);
    await expect(page.locator('meta[property="og:image:width"]').first()).toHaveAttribute("content", "1200");
    await expect(page.locator('meta[property="og:image:height"]').first()).toHaveAttribute("content", "675");
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute("content", /\+06:00$/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      /\/city\/overnight-downpour-leaves-mirpur/,
    );

    // Author and topic pages.
    await bylines.first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(
      page.getByRole("link", { name: "Overnight downpour leaves Mirpur and Shantinagar streets under water" }),
    ).toBeVisible();
  });

  test("an old address redirects permanently, an unpublished story is 410, a draft is 404 to readers", async ({
    deskAs,
    browser,
  }) => {
    const page = await deskAs("editor");
    await newStory(page);
    await writeBasicStory(page, "Address change test", "This story will move and then be taken down.");
    await clickWorkflow(page, "Submit for review");
    await clickWorkflow(page, "Publish");
    await expect(page.getByTestId("story-status")).toHaveText("Published");

    const reader = await browser.newContext();
    expect((await reader.request.get("/city/address-change-test")).status()).toBe(200);

    // Change the slug on the live story and press Update: the old address redirects.
    await page.getByLabel("Slug").fill("address-change-test-moved");
    await expectSaved(page);
    expect((await reader.request.get("/city/address-change-test-moved")).status()).toBe(404); // not live until Update
    await clickWorkflow(page, "Update");
    await expect(
      page
        .getByRole("main")
        .getByRole("status")
        .filter({ hasText: /now published/ }),
    ).toBeVisible();
    const moved = await reader.request.get("/city/address-change-test", { maxRedirects: 0 });
    expect([301, 308]).toContain(moved.status());
    // Exactly one Location: Next 16 sent this first redirect with two, which proxies join into
    // "/x, /x" (scripts/serve.ts oneLocation).
    const locations = moved.headersArray().filter((h) => h.name.toLowerCase() === "location");
    expect(locations.map((h) => h.value)).toHaveLength(1);
    expect(locations[0]!.value).toMatch(/^(https?:\/\/[^/]+)?\/city\/address-change-test-moved$/);

    // Unpublish: the address answers 410 Gone with a page that says so.
    page.once("dialog", (d) => void d.accept());
    await clickWorkflow(page, "Unpublish");
    await expect(page.getByTestId("story-status")).toHaveText("Unpublished");
    await expect
      .poll(async () => (await reader.request.get("/city/address-change-test-moved")).status(), { timeout: 15_000 })
      .toBe(410);
    const gonePage = await reader.newPage();
    await gonePage.goto("/city/address-change-test-moved");
    await expect(gonePage.getByRole("heading", { name: "This story has been removed" })).toBeVisible();
    // Under the same masthead and footer as every other page.
    await expect(gonePage.getByRole("navigation", { name: "Sections" })).toBeVisible();
    await expect(gonePage.getByRole("contentinfo").getByRole("link", { name: "Corrections policy" })).toBeVisible();
    // Its old address says the same, rather than a bare 404.
    await expect
      .poll(async () => (await reader.request.get("/city/address-change-test")).status(), { timeout: 15_000 })
      .toBe(410);

    // A draft with a section and slug is invisible to readers.
    const writer = await deskAs(await makeUser("reporter"));
    await newStory(writer);
    await writeBasicStory(writer, "Draft that must stay private", "Not for readers yet.");
    await body(writer).click();
    expect((await reader.request.get("/city/draft-that-must-stay-private")).status()).toBe(404);
    await reader.close();
  });
});

test("a reader's visit is counted once a day, in batches, and shown on the article", async ({ deskAs, browser }) => {
  const page = await deskAs("editor");
  await newStory(page);
  await writeBasicStory(page, "Counting readers fairly", "Every reader counts once a day.");
  await clickWorkflow(page, "Submit for review");
  await clickWorkflow(page, "Publish");
  await expect(page.getByTestId("story-status")).toHaveText("Published");

  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/city/counting-readers-fairly");
  await expect(reader.getByTestId("view-count")).toHaveText("0 views");
  await expect
    .poll(
      async () => {
        await reader.reload();
        return reader.getByTestId("view-count").textContent();
      },
      { timeout: 15_000, intervals: [1_000] },
    )
    .toBe("1 view");
  // Reloads by the same reader (which ping again) never add to it.
  await reader.waitForTimeout(3_000);
  await reader.reload();
  await expect(reader.getByTestId("view-count")).toHaveText("1 view");
});
