// The page cache (issue 4): public pages come from the cache — a second request is not rendered
// again, which Next reports as `x-nextjs-cache: HIT` — and a publish, a correction or a
// take-down expires the pages that show the story at once, for readers and for the editor.
import type { APIRequestContext } from "@playwright/test";
import { body, clickWorkflow, newStory, writeBasicStory } from "./helpers/editor";
import { sameOrigin } from "./helpers/env";
import { expect, test } from "./helpers/test";

const PUBLIC = "public, max-age=0, s-maxage=1, stale-while-revalidate=59";
const PRIVATE = "private, no-store";

/**
 * Requests a page until an answer comes from the cache. Usually the second request is a HIT,
 * but a publish expires its pages twice — at once and again 1 s later (REPEAT_AFTER_MS in
 * lib/cache/invalidate.ts) — so a page first requested within that second is rendered again
 * once more. A page that is never cached still fails after 5 s.
 */
async function expectCached(request: APIRequestContext, path: string): Promise<string> {
  let last = "";
  await expect
    .poll(
      async () => {
        const res = await request.get(path);
        expect(res.status(), path).toBe(200);
        last = await res.text();
        return res.headers()["x-nextjs-cache"];
      },
      { message: `${path} is served from the page cache`, timeout: 5_000, intervals: [0, 250, 500, 1_000] },
    )
    .toBe("HIT");
  return last;
}

test.describe.serial("the page cache stays fresh", () => {
  const stamp = Date.now().toString(36);
  const headline = `Cache test ferry timetable ${stamp}`;
  const path = `/city/cache-test-ferry-timetable-${stamp}`;
  let storyId = "";

  test("publishing a story shows it at once on the cached home and section pages", async ({
    deskAs,
    playwright,
    baseURL,
  }) => {
    const reader = await playwright.request.newContext({ baseURL });
    const homeBefore = await expectCached(reader, "/");
    const sectionBefore = await expectCached(reader, "/city");
    expect(homeBefore).not.toContain(headline);
    expect(sectionBefore).not.toContain(headline);
    // A reader who tries the address before it is live gets a 404, which is cached too.
    expect((await reader.get(path)).status()).toBe(404);

    const page = await deskAs("editor");
    storyId = await newStory(page);
    await writeBasicStory(page, headline, "New ferry times from Sadarghat start on Monday.");
    await clickWorkflow(page, "Submit for review");
    await expect(page.getByTestId("story-status")).toHaveText("In review");
    await clickWorkflow(page, "Publish");
    await expect(page.getByTestId("story-status")).toHaveText("Published");

    // No waiting and no restart: the very next request has the story. (Usually a MISS; the
    // editor's browser may have re-rendered a page first by prefetching its link.)
    for (const url of ["/", "/city", path]) {
      const fresh = await reader.get(url);
      expect(fresh.status(), url).toBe(200);
      expect(await fresh.text(), `${url} was expired by the publish`).toContain(headline);
    }
    // The editor who published sees it at once too, in the browser.
    await page.goto("/");
    await expect(page.getByRole("link", { name: headline }).first()).toBeVisible();
    // And the new versions are cached again.
    expect(await expectCached(reader, "/")).toContain(headline);
    await reader.dispose();
  });

  test("a correction appears at once and unpublishing answers 410 at once", async ({ deskAs, playwright, baseURL }) => {
    const reader = await playwright.request.newContext({ baseURL });
    expect(await expectCached(reader, path)).not.toContain("Sailings from Sadarghat begin on Tuesday");

    const page = await deskAs("editor");
    await page.goto(`/dashboard/stories/${storyId}`);
    await expect(body(page)).toBeVisible();
    await page.getByLabel("Type").selectOption("correction");
    await page.getByLabel("Wording for readers").fill("Sailings from Sadarghat begin on Tuesday, not Monday.");
    await page.getByRole("button", { name: "Add to the story" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The correction is on the public page." })).toBeVisible();

    const corrected = await reader.get(path);
    expect(await corrected.text()).toContain("Sailings from Sadarghat begin on Tuesday, not Monday.");

    page.once("dialog", (d) => void d.accept());
    await clickWorkflow(page, "Unpublish");
    await expect(page.getByTestId("story-status")).toHaveText("Unpublished");
    expect((await reader.get(path)).status()).toBe(410);
    expect(await (await reader.get("/")).text()).not.toContain(headline);
    await reader.dispose();
  });
});

// The job runs in the queue's worker, outside any request: its expiry goes through this
// process's internal route (lib/cache/invalidate.ts), and the 404 cached before must not outlive it.
test("a story the scheduler publishes (outside any request) expires the cache too", async ({
  deskAs,
  playwright,
  baseURL,
}) => {
  const reader = await playwright.request.newContext({ baseURL });
  const stamp = Date.now().toString(36);
  const headline = `Cache test scheduled bulletin ${stamp}`;
  const url = `/city/cache-test-scheduled-bulletin-${stamp}`;
  const page = await deskAs("editor");
  await newStory(page);
  await writeBasicStory(page, headline, "Published by the scheduler, not by a request.");
  await clickWorkflow(page, "Submit for review");
  await expect(page.getByTestId("story-status")).toHaveText("In review");
  // The input is in the newsroom's time zone (Dhaka, UTC+6).
  const at = new Date(Date.now() + 8_000 + 6 * 3_600_000).toISOString().slice(0, 19);
  await page.getByLabel(/^Publish at/).fill(at);
  await clickWorkflow(page, "Schedule");
  await expect(page.getByTestId("story-status")).toHaveText("Scheduled");
  // Until then its address is a 404 — from the cache, where it would stay for five minutes.
  expect((await reader.get(url)).status()).toBe(404);
  const cached = await reader.get(url);
  expect(cached.status()).toBe(404);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
  await expect.poll(async () => (await reader.get(url)).status(), { timeout: 20_000, intervals: [250] }).toBe(200);
  await reader.dispose();
});

test("public pages carry a CDN-friendly Cache-Control; signed-in pages and APIs are private", async ({
  deskAs,
  playwright,
  baseURL,
}) => {
  const reader = await playwright.request.newContext({ baseURL });
  const article = "/city/metro-rail-services-halted-on-uttara-motijheel-line-after-power-fault";
  // ?page=1 goes through the same rewrite as any page number; the demo's City has one page only,
  // and a page past a list's end is a 404 (issue 10, item 13).
  for (const url of ["/", "/city", "/city?page=1", article, "/colophon", "/search?q=metro"]) {
    const r = await reader.get(url);
    expect(r.status(), url).toBe(200);
    expect(r.headers()["cache-control"], url).toBe(PUBLIC);
  }
  // Search is rendered per request: never from the page cache.
  await reader.get("/search?q=metro");
  expect((await reader.get("/search?q=metro")).headers()["x-nextjs-cache"]).toBeUndefined();
  expect((await reader.get("/login")).headers()["cache-control"]).toBe(PRIVATE);
  await reader.dispose();

  const page = await deskAs("editor");
  for (const url of ["/dashboard", "/dashboard/stories"]) {
    const r = await page.request.get(url);
    expect(r.status(), url).toBe(200);
    expect(r.headers()["cache-control"], url).toBe(PRIVATE);
  }
  // A signed-in API answer (New story: a redirect into the editor).
  const created = await page.request.post("/api/stories", { maxRedirects: 0, headers: sameOrigin });
  expect(created.status()).toBe(303);
  expect(created.headers()["cache-control"]).toBe(PRIVATE);
  // A public page reads the same for a signed-in editor, so it may be cached the same way.
  expect((await page.request.get(article)).headers()["cache-control"]).toBe(PUBLIC);

  // Preview past the cache: rendered on every request and never stored by anyone.
  // (The browser, not page.request: the draft-mode cookie is Secure, which only a browser sends
  // to http://localhost.)
  await page.goto(`/api/preview?to=${encodeURIComponent(article)}`);
  await expect(page).toHaveURL(article);
  // (Next still labels these x-nextjs-cache: HIT; the Cache-Control is draft mode's own.)
  const previewed = (await page.reload())!;
  expect(previewed.headers()["cache-control"]).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
  // Signed out, the preview route does nothing.
  const stranger = await playwright.request.newContext({ baseURL });
  expect((await stranger.get("/api/preview", { maxRedirects: 0 })).status()).toBe(401);
  await stranger.dispose();
});
