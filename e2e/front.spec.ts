// The nginx front (deploy/nginx/, issue 9): real nginx from the shipped template in front of the
// test server. Readers get cached, compressed pages; staff, the newsroom and the private API are
// never cached; HTML and RSC payloads never swap; and a change an editor makes reaches a reader
// through the front within 2 s.
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { clickWorkflow, newStory, writeBasicStory } from "./helpers/editor";
import { demoAccount, sameOrigin } from "./helpers/env";
import { get, msUntil, startTestFront, type Reply, type RunningFront } from "./helpers/front";
import { editorJourney, offOrigin, recordAddresses } from "./helpers/journey";
import { expect, test } from "./helpers/test";

const APP_PORT = Number(process.env.E2E_PORT ?? 3210);
const ARTICLE = "/city/metro-rail-services-halted-on-uttara-motijheel-line-after-power-fault";
// The freshness promise in docs/product.md: a change readers can see is visible everywhere within 2 s.
const VISIBLE_WITHIN_MS = 2_000;

let front: RunningFront;
const at = (path: string, headers: Record<string, string> = {}) => get(front.port, path, headers);
const cacheStatus = (r: Reply) => r.headers["x-cache-status"];

/** The signed-in browser's cookies as one Cookie header, to send through the front. */
async function cookieHeader(page: Page): Promise<string> {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

test.beforeAll(async () => {
  front = await startTestFront([APP_PORT]);
});

test.afterAll(async () => {
  await front?.stop();
});

test("a public page's second request is served by the front's cache, compressed", async () => {
  for (const path of ["/", "/city", ARTICLE, "/api/v1/articles"]) {
    await at(path);
    const again = await at(path);
    expect(again.status, path).toBe(200);
    // HIT, or STALE/UPDATING when a second ended between the requests (one-second pages).
    expect(cacheStatus(again), `${path} from nginx's cache`).toMatch(/^(HIT|STALE|UPDATING)$/);
  }
  const gzip = await at(ARTICLE, { "Accept-Encoding": "gzip" });
  expect(gzip.headers["content-encoding"]).toBe("gzip");
  expect(gzip.headers["vary"]).toMatch(/Accept-Encoding/i);
  const plain = await at(ARTICLE);
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(plain.text).toContain("<!DOCTYPE html>");
  // The compressed page is the same page, smaller.
  expect(gzip.body.length).toBeLessThan(plain.body.length / 2);
  const br = await at(ARTICLE, { "Accept-Encoding": "br, gzip" });
  // Brotli only where Debian's module is installed; gzip is the promise everywhere.
  expect(br.headers["content-encoding"]).toBe(front.brotli ? "br" : "gzip");
});

test("an RSC payload and the HTML of one address are never served in each other's place", async () => {
  // Next checks `_rsc` against the RSC headers; with only `RSC: 1` the value it expects is empty.
  const address = "/city?_rsc";
  const html = await at(address);
  expect(html.headers["content-type"]).toMatch(/^text\/html/);
  expect(cacheStatus(await at(address))).toMatch(/^(HIT|STALE|UPDATING)$/);
  const rsc = await at(address, { RSC: "1" });
  expect(rsc.status).toBe(200);
  expect(rsc.headers["content-type"]).toMatch(/^text\/x-component/);
  expect(rsc.text).not.toContain("<!DOCTYPE html>");
  expect(cacheStatus(await at(address, { RSC: "1" }))).toMatch(/^(HIT|STALE|UPDATING)$/);
  // And the other way round, with the RSC payload cached first.
  const other = `${ARTICLE}?_rsc`;
  expect((await at(other, { RSC: "1" })).headers["content-type"]).toMatch(/^text\/x-component/);
  const page = await at(other);
  expect(page.headers["content-type"]).toMatch(/^text\/html/);
  expect(page.text).toContain("<!DOCTYPE html>");

  // Every request header Next says the page varies on is part of the cache key (nginx is told
  // to ignore Vary, so this is what keeps variants apart; Accept-Encoding is handled by
  // compressing at the front from one identity copy).
  const vary = String(html.headers["vary"] ?? "")
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter((h) => h && h !== "accept-encoding");
  expect(vary).toContain("rsc");
  const key = /proxy_cache_key "([^"]+)"/.exec(fs.readFileSync(`${front.dir}/dateline.conf`, "utf8"))?.[1] ?? "";
  for (const header of vary)
    expect(key, `cache key covers ${header}`).toContain(`$http_${header.replaceAll("-", "_")}`);
});

test("signed-in staff, the newsroom, sign-in and the private API are never cached", async ({ deskAs }) => {
  // A cached public page first, so a staff request that hit the cache would show it. (Polled:
  // an entry from an earlier test may be refreshing, which answers STALE/UPDATING first.)
  await expect.poll(async () => cacheStatus(await at(ARTICLE)), { intervals: [100], timeout: 5_000 }).toBe("HIT");

  const page = await deskAs("editor");
  const cookie = await cookieHeader(page);
  expect(cookie).toContain("next-auth.session-token=");
  for (const path of [ARTICLE, "/", "/dashboard", "/dashboard/stories"]) {
    const r = await at(path, { Cookie: cookie });
    expect(r.status, path).toBe(200);
    expect(cacheStatus(r), `${path} for a signed-in editor`).toBe("BYPASS");
  }
  // The editor's copy was not stored for readers either: the dashboard signed out is a redirect.
  expect((await at("/dashboard")).status).toBeGreaterThanOrEqual(300);
  // The session cookie under its https name, and the draft-mode cookie, bypass the same way.
  expect(cacheStatus(await at(ARTICLE, { Cookie: "__Secure-next-auth.session-token=x" }))).toBe("BYPASS");
  expect(cacheStatus(await at(ARTICLE, { Cookie: "theme=dark; __prerender_bypass=x" }))).toBe("BYPASS");
  // A cookie that merely mentions the name does not.
  expect(cacheStatus(await at(ARTICLE, { Cookie: "note=next-auth.session-token" }))).not.toBe("BYPASS");

  for (const path of ["/login", "/api/auth/session", "/api/auth/csrf", "/api/stories", "/dashboard"]) {
    await at(path);
    const r = await at(path);
    expect(cacheStatus(r), path).toBe("BYPASS");
  }
});

test.describe.serial("an editor's change reaches readers through the front within 2 s", () => {
  const stamp = Date.now().toString(36);
  const headline = `Front cache test river ferry ${stamp}`;
  const path = `/city/front-cache-test-river-ferry-${stamp}`;
  let storyId = "";

  test("publish, then a correction on the cached page", async ({ deskAs }) => {
    // The reader's front has the home page cached before the publish.
    await at("/");
    expect((await at("/")).text).not.toContain(headline);

    const page = await deskAs("editor");
    storyId = await newStory(page);
    await writeBasicStory(page, headline, "River ferries run every twenty minutes from Monday.");
    await clickWorkflow(page, "Submit for review");
    await expect(page.getByTestId("story-status")).toHaveText("In review");
    await clickWorkflow(page, "Publish");
    const published = Date.now();
    await expect(page.getByTestId("story-status")).toHaveText("Published");
    const homeMs = await msUntil(
      published,
      VISIBLE_WITHIN_MS,
      () => at("/"),
      (r) => r.text.includes(headline),
    );
    test.info().annotations.push({ type: "publish visible on / through the front", description: `${homeMs} ms` });

    // The article is cached at the front before the correction.
    await expect.poll(async () => cacheStatus(await at(path)), { intervals: [100], timeout: 5_000 }).toBe("HIT");
    const wording = `Ferries run every thirty minutes, not twenty (${stamp}).`;
    const corrected = Date.now();
    const r = await page.request.post(`/api/stories/${storyId}/corrections`, {
      data: { kind: "correction", body: wording },
      headers: sameOrigin,
    });
    expect(r.status()).toBe(200);
    const ms = await msUntil(
      corrected,
      VISIBLE_WITHIN_MS,
      () => at(path),
      (a) => a.status === 200 && a.text.includes(wording),
    );
    test.info().annotations.push({ type: "correction visible through the front", description: `${ms} ms` });
    console.log(`[front] publish visible on / in ${homeMs} ms; correction visible on the article in ${ms} ms`);
  });

  test("unpublish answers 410 through the front within 2 s, and the 410 does not outlive a republish", async ({
    deskAs,
  }) => {
    const page = await deskAs("editor");
    await page.goto(`/dashboard/stories/${storyId}`);
    expect((await at(path)).status).toBe(200);
    page.once("dialog", (d) => void d.accept());
    await clickWorkflow(page, "Unpublish");
    const unpublished = Date.now();
    await expect(page.getByTestId("story-status")).toHaveText("Unpublished");
    const goneMs = await msUntil(
      unpublished,
      VISIBLE_WITHIN_MS,
      () => at(path),
      (r) => r.status === 410,
    );
    const gone = await at(path);
    expect(gone.status).toBe(410);
    expect(gone.text).not.toContain("River ferries run every twenty minutes");
    // Cached for a second at most, like any public page.
    expect(gone.headers["cache-control"]).toMatch(/s-maxage=1\b|no-store|private/);

    // Back in one step (issue 19: it took Revert, Submit and Publish), after a confirmation.
    page.once("dialog", (d) => void d.accept());
    await clickWorkflow(page, "Republish");
    const republished = Date.now();
    await expect(page.getByTestId("story-status")).toHaveText("Published");
    const backMs = await msUntil(
      republished,
      VISIBLE_WITHIN_MS,
      () => at(path),
      (r) => r.status === 200,
    );
    test
      .info()
      .annotations.push({ type: "410 visible / back through the front", description: `${goneMs} ms / ${backMs} ms` });
    console.log(`[front] unpublish answered 410 in ${goneMs} ms; republish answered 200 in ${backMs} ms`);
  });
});

test("behind the front with Host: news.example.com, no Location points at another origin", async ({ deskAs }) => {
  const host = "news.example.com";
  const page = await deskAs("editor");
  const cookie = await cookieHeader(page);
  const replies: [string, Reply][] = [];
  for (const path of [
    "/",
    "/dashboard",
    "/dashboard/stories",
    "/login",
    "/city?page=1",
    `${ARTICLE}/`,
    "/api/preview?to=/city",
  ]) {
    replies.push([`GET ${path}`, await get(front.port, path, { Host: host })]);
    replies.push([`GET ${path} (signed in)`, await get(front.port, path, { Host: host, Cookie: cookie })]);
  }
  replies.push([
    "POST /api/stories (New story)",
    await get(front.port, "/api/stories", { Host: host, Cookie: cookie, Origin: `http://${host}` }, "POST"),
  ]);
  const redirects = replies.filter(([, r]) => r.headers.location);
  expect(redirects.length, "some of these answers are redirects").toBeGreaterThan(0);
  for (const [what, r] of redirects) {
    const target = new URL(r.headers.location!, `http://${host}/`);
    expect(target.host, `${what} → ${r.headers.location}`).toBe(host);
  }
});

test("the editor's whole journey in a browser at http://news.example.com through the front never leaves it", async ({
  playwright,
}) => {
  // The browser resolves news.example.com to this machine, so every request goes through nginx
  // with that Host, as behind a real domain; the app's own hostname appears nowhere.
  const browser = await playwright.chromium.launch({
    executablePath: process.env.E2E_BROWSER,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--host-resolver-rules=MAP news.example.com 127.0.0.1",
    ],
  });
  try {
    const page = await (await browser.newContext()).newPage();
    const base = `http://news.example.com:${front.port}`;
    const hops = recordAddresses(page);
    await editorJourney(page, base, await demoAccount("editor"));
    expect(hops.filter((h) => h.kind === "location").length).toBeGreaterThan(2);
    expect(offOrigin(hops, base)).toEqual([]);
  } finally {
    await browser.close();
  }
});

test("a malformed percent-escape through the front answers 400 with the site's page, never 500", async () => {
  // nginx refuses `%ZZ` itself (its error_page sends the app's page); the rest reach the app.
  for (const path of ["/national/%E0%A6%A2%E0%A6%BE%E0%A6", "/national/%ZZ", "/%ZZ", "/search?q=%E0%A6", "/a%2"]) {
    const r = await at(path);
    expect(r.status, path).toBe(400);
    expect(r.text, path).toContain("This address is incomplete");
    expect(r.text, path).toContain('aria-label="Sections"');
  }
});
