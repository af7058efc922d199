// HTML-first reader pages (issue 11, parts 1 and 5): public pages work with JavaScript off,
// carry none of Next's client runtime (so no RSC payload and no prefetching), stay within the
// cheap-phone budget, and an address with a broken percent-escape gets the site's own page.
import { gzipSync } from "node:zlib";
import { expect, test, type Page, type Response } from "@playwright/test";
import { makeStory } from "./helpers/factory";
import { get } from "./helpers/front";

const APP_PORT = Number(process.env.E2E_PORT ?? 3210);
const ARTICLE = "/city/metro-rail-services-halted-on-uttara-motijheel-line-after-power-fault";
const KB = 1024;
// docs/product.md, "Readers on a cheap phone".
const JS_BUDGET = 30 * KB;
const PAGE_BUDGET = 60 * KB;
// Issue 21: a Bangla page pays for its font, once.
const BANGLA_PAGE_BUDGET = 90 * KB;

/**
 * What a first visit to `path` transfers, by kind, each body gzipped as the server sends it:
 * the page, its stylesheet, scripts and fonts (no images).
 */
async function firstVisitBytes(page: Page, path: string): Promise<Record<string, number> & { total: number }> {
  const bodies: Promise<[string, number] | null>[] = [];
  const typeOf = (r: Response) => {
    const t = r.request().resourceType();
    return t === "document" || t === "stylesheet" || t === "script" || t === "font" ? t : null;
  };
  page.on("response", (r) => {
    const type = typeOf(r);
    if (type)
      bodies.push(
        r.body().then(
          (b) => [type, gzipSync(b, { level: 6 }).length] as [string, number],
          () => null,
        ),
      );
  });
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  // Fonts are fetched when text needs them: wait until the page's text is drawn.
  await page.evaluate(() => document.fonts.ready);
  const sizes: Record<string, number> = { document: 0, stylesheet: 0, script: 0, font: 0 };
  for (const entry of await Promise.all(bodies)) if (entry) sizes[entry[0]]! += entry[1];
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log(`[budget] ${decodeURIComponent(path)} gzip bytes: ${JSON.stringify(sizes)}, total ${total}`);
  expect(sizes.document).toBeGreaterThan(1_000); // the page itself was measured
  return { ...sizes, total };
}

/** Every script a page loads or runs, as the browser sees it once the page is in. */
const scriptSources = (page: Page) =>
  page
    .locator("script")
    .evaluateAll((nodes) =>
      nodes.map((n) => (n as HTMLScriptElement).src || `inline:${(n as HTMLScriptElement).type || "js"}`),
    );

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a reader reaches an article from the front page and reads all of it", async ({ page }) => {
    // Its own three-paragraph story, just published, so on the front page (the newest stories
    // lead it) whatever other specs publish at the same time.
    const story = await makeStory({
      headline: "Lite reader: river buses add an evening run",
      paragraphs: [
        "River buses add an evening run from Monday.",
        "Tickets cost the same.",
        "The last boat is at nine.",
      ],
      state: "published",
    });
    await page.goto("/");
    const link = page.locator("main article :is(h2, h3) a").filter({ hasText: story.headline }).first();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${story.path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.headline);
    expect(await page.locator(".prose-news p").count()).toBeGreaterThan(2);
    await expect(page.locator("article header time").first()).toHaveText(/^\d{1,2}:\d\d (am|pm), /);
    await expect(page.getByTestId("view-count")).toHaveText(/^[\d,]+ views?$/);
    await expect(page.getByTestId("newsroom-clock")).toHaveText(/^\d{1,2}:\d{2} (am|pm), \w+day, /);
    // Controls that need a script are not offered; the share links are.
    await expect(page.getByRole("group", { name: "Colour theme" })).toBeHidden();
    const share = page.getByRole("region", { name: "Share this story" });
    await expect(share.getByRole("button", { name: "Copy link" })).toBeHidden();
    await expect(share.getByRole("button", { name: "More options…" })).toBeHidden();
  });

  test("a share link is a plain link that takes the reader to the network with this story's address", async ({
    page,
    context,
  }) => {
    // The networks are not reached from the test machine: their pages are stood in for.
    await context.route(/^https:\/\/(wa\.me|www\.facebook\.com)\//, (route) =>
      route.fulfill({ contentType: "text/html", body: "<!doctype html><title>network</title><p>shared</p>" }),
    );
    await page.goto(ARTICLE);
    const address = new URL(ARTICLE, "http://localhost").pathname;
    const share = page.getByRole("region", { name: "Share this story" });
    for (const [name, host] of [
      ["WhatsApp", "https://wa.me/"],
      ["Facebook", "https://www.facebook.com/sharer/sharer.php"],
    ] as const) {
      const [popup] = await Promise.all([context.waitForEvent("page"), share.getByRole("link", { name }).click()]);
      await popup.waitForLoadState();
      expect(popup.url().startsWith(host), popup.url()).toBe(true);
      expect(decodeURIComponent(popup.url())).toContain(address);
      await expect(popup.getByText("shared")).toBeVisible();
      await popup.close();
    }
    await expect(share.getByRole("link", { name: "Email" })).toHaveAttribute(
      "href",
      new RegExp(`^mailto:\\?subject=.+&body=.*${encodeURIComponent(address)}$`),
    );
  });

  test("search works from the form, highlights matches and pages through the results", async ({ page }) => {
    await page.goto("/search");
    await page.getByRole("main").getByRole("searchbox", { name: "Search" }).fill("Dhaka");
    await page.getByRole("main").getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=Dhaka$/);
    await expect(page.locator("main mark").first()).toHaveText(/dhaka/i);
    await page.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/search\?q=Dhaka&page=2$/);
    await expect(page.locator("main mark").first()).toBeVisible();
  });

  test("the 404 of an unknown story, section, topic or author is readable", async ({ page }) => {
    const missing = await page.goto("/city/no-such-story-at-all");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    for (const path of ["/no-such-section", "/topics/no-such-topic", "/authors/no-such-person"]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" }), path).toBeVisible();
    }
  });
});

test.describe("with JavaScript on", () => {
  test("public pages run only the reader script: no Next runtime, no RSC payload, no prefetching", async ({ page }) => {
    const requests: string[] = [];
    const cspErrors: string[] = [];
    page.on("request", (r) => {
      const h = r.headers();
      if (
        h["rsc"] ||
        h["next-router-prefetch"] ||
        r.url().includes("_rsc=") ||
        r.url().includes("/_next/static/chunks/")
      )
        if (!r.url().endsWith(".css")) requests.push(r.url());
    });
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    for (const path of ["/", "/city", ARTICLE, "/search?q=rain", "/authors/nusrat-jahan-rimi", "/colophon"]) {
      await page.goto(path);
      await expect(page.locator("html[data-theme]")).toHaveCount(1);
      const sources = await scriptSources(page);
      // The theme script (inline, allowed by its hash), structured data, and the reader script.
      for (const src of sources)
        expect(src, `${path}: ${src}`).toMatch(
          /^(inline:js|inline:application\/ld\+json|.*\/_dateline\/reader\.[\w-]+\.js)$/,
        );
      expect(
        sources.filter((s) => s.includes("/_dateline/reader.")),
        path,
      ).toHaveLength(1);
      expect(await page.content(), path).not.toContain("__next_f");
      // Hovering a link is where a prefetching router would start.
      for (const link of (await page.locator("main a[href^='/']").all()).slice(0, 3)) await link.hover();
    }
    await page.waitForTimeout(1_000);
    expect(requests).toEqual([]);
    expect(cspErrors).toEqual([]);
  });

  test("the masthead clock ticks in the newsroom's zone", async ({ page }) => {
    // 10:59 pm in Dhaka on a Sunday; a minute and a bit later it is 11:00 pm.
    await page.clock.install({ time: new Date("2025-08-03T16:59:30Z") });
    await page.goto("/");
    const clock = page.getByTestId("newsroom-clock");
    await expect(clock).toHaveText("10:59 pm, Sunday, 3 August 2025");
    await page.clock.runFor(60_000);
    await expect(clock).toHaveText("11:00 pm, Sunday, 3 August 2025");
  });

  test("copy link and the theme switch work through the reader script", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(ARTICLE);
    const share = page.getByRole("region", { name: "Share this story" });
    await share.getByRole("button", { name: "Copy link" }).click();
    await expect(share.getByRole("status")).toHaveText("Link copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${ARTICLE}$`));
    const dark = page.getByRole("button", { name: "Dark theme" });
    await dark.click();
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expect(dark).toHaveAttribute("aria-pressed", "true");
    await page.reload();
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
  });

  test("the article stays within the cheap-phone budget: ≤ 30 KB of JavaScript, ≤ 60 KB in all without images", async ({
    page,
  }) => {
    const sizes = await firstVisitBytes(page, ARTICLE);
    expect(sizes.script).toBeLessThanOrEqual(JS_BUDGET);
    expect(sizes.total).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  test("a first visit to a Bangla article, fonts included, costs ≤ 90 KB without images", async ({ page }) => {
    // This machine has no Bengali font (fc-list), as a cheap phone may not: the site's own font
    // is fetched and counted. Issue 21: it was ~157 KB with both weights of the face.
    await page.goto("/bn");
    const path = await page.locator("main article :is(h2, h3) a").first().getAttribute("href");
    expect(path).toMatch(/^\/bn\//);
    const fresh = await page.context().browser()!.newPage();
    const sizes = await firstVisitBytes(fresh, path!);
    await fresh.close();
    expect(sizes.font, "the Bengali face was fetched").toBeGreaterThan(20 * KB);
    expect(sizes.total).toBeLessThanOrEqual(BANGLA_PAGE_BUDGET);
  });
});

test("the readers' stylesheet carries none of the desk's rules; the desk adds its own", async () => {
  const sheets = (html: string) => [...html.matchAll(/href="(\/_next\/static\/[^"]+\.css)"/g)].map((m) => m[1]!);
  const reader = sheets((await get(APP_PORT, ARTICLE)).text);
  expect(reader).toHaveLength(1);
  const css = (await get(APP_PORT, reader[0]!)).text;
  // The editor's own rules, and a utility only the dashboard's overview uses.
  for (const deskOnly of ["ProseMirror-selectednode", ".find-match", "sm\\:grid-cols-5"])
    expect(css, deskOnly).not.toContain(deskOnly);
  expect(css).toContain(".prose-news");
  // Issue 21: the one stylesheet was 11.5 KB gzip on every reader page, desk and all.
  expect(gzipSync(css, { level: 6 }).length).toBeLessThanOrEqual(9 * KB);
  const desk = sheets((await get(APP_PORT, "/login")).text);
  expect(desk.length).toBe(2);
  expect((await get(APP_PORT, desk[1]!)).text).toContain("ProseMirror-selectednode");
});

test("hashed assets are cached for a year, immutable; the plain reader-script address is revalidated", async () => {
  const html = (await get(APP_PORT, ARTICLE)).text;
  const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
  const script = /src="(\/_dateline\/reader\.[\w-]+\.js)"/.exec(html)?.[1];
  expect(css && script).toBeTruthy();
  // The sign-in page keeps the App Router: its chunks are hashed build files too.
  const chunk = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec((await get(APP_PORT, "/login")).text)?.[1];
  for (const path of [css!, script!, chunk!]) {
    const r = await get(APP_PORT, path);
    expect(r.status, path).toBe(200);
    expect(r.headers["cache-control"], path).toBe("public, max-age=31536000, immutable");
  }
  const plain = await get(APP_PORT, "/_dateline/reader.js");
  expect(plain.headers["cache-control"]).toBe("public, no-cache");
  expect(plain.text).toBe((await get(APP_PORT, script!)).text);
  expect((await get(APP_PORT, "/_dateline/reader.0000000000000000.js")).status).toBe(404);
});

test("a page answers ETag revalidation and HEAD with the rewritten page's own length and tag", async () => {
  const full = await get(APP_PORT, ARTICLE);
  const etag = full.headers.etag!;
  expect(etag).toMatch(/^W\/"/);
  expect(Number(full.headers["content-length"])).toBe(full.body.length);
  expect((await get(APP_PORT, ARTICLE, { "If-None-Match": etag })).status).toBe(304);
  const head = await get(APP_PORT, ARTICLE, {}, "HEAD");
  expect(head.status).toBe(200);
  expect(head.headers["content-length"]).toBe(String(full.body.length));
  const gz = await get(APP_PORT, ARTICLE, { "Accept-Encoding": "gzip" });
  expect(gz.headers["content-encoding"]).toBe("gzip");
  expect(gz.body.length).toBeLessThan(full.body.length / 2);
});

// Part 5: cut-off or mangled percent-escapes, in the path or the query. Each was a 500.
const BAD_ADDRESSES = [
  "/national/%E0%A6%A2%E0%A6%BE%E0%A6",
  "/national/%ZZ",
  "/%ZZ",
  "/search?q=%E0%A6",
  "/city?page=%ZZ",
];

test("a malformed percent-escape anywhere answers 400 with the site's own page, never 500", async ({ browser }) => {
  for (const path of BAD_ADDRESSES) {
    const r = await get(APP_PORT, path);
    expect(r.status, path).toBe(400);
    expect(r.headers["content-type"], path).toMatch(/^text\/html/);
    expect(r.text, path).toContain("This address is incomplete");
    expect(r.text, path).toContain('aria-label="Sections"'); // the site's masthead
  }
  const api = await get(APP_PORT, "/api/v1/articles?section=%E0%A6");
  expect(api.status).toBe(400);
  expect(JSON.parse(api.text)).toMatchObject({ error: expect.stringMatching(/percent-escape/) });
  // And in a browser without JavaScript, at 127.0.0.1 as well as localhost.
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  for (const base of [`http://127.0.0.1:${APP_PORT}`, `http://localhost:${APP_PORT}`]) {
    const response = await page.goto(`${base}/national/%E0%A6%A2%E0%A6%BE%E0%A6`);
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("heading", { name: "This address is incomplete" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Sections" })).toBeVisible();
  }
  await page.context().close();
});
