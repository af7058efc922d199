import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { articleAddress, gone } from "@/scripts/serve/gone";
import { PUBLIC_PAGE_CACHE } from "@/lib/cache/public-cache-control";
import { fakeExchange, fakeNext, request, serveSteps } from "./harness";

describe("articleAddress", () => {
  it("reads the section and slug of an article in any edition, decoded", () => {
    assert.deepEqual(articleAddress("/city/a-story"), { section: "city", slug: "a-story" });
    assert.deepEqual(articleAddress("/bn/%E0%A6%A6%E0%A7%87%E0%A6%B6/x"), { section: "দেশ", slug: "x" });
  });

  it("is null for the app's own areas, other shapes, files and undecodable segments", () => {
    for (const p of ["/dashboard/stories", "/api/x", "/topics/rain", "/city", "/a/b/c", "/city/feed.xml", "/city/%E0"])
      assert.equal(articleAddress(p), null, p);
  });
});

describe("the gone step", () => {
  const isGone = async (section: string, slug: string) => section === "city" && slug === "taken-down";

  it("answers a taken-down story's address with the 410 page, keeping the query", async () => {
    const x = fakeExchange("/city/taken-down?ref=home");
    assert.equal(await gone(isGone).run(x), false);
    assert.equal(x.res.statusCode, 410);
    assert.equal(x.req.url, "/gone?ref=home");
  });

  it("answers a taken-down Bangla story with the Bangla edition's 410 page", async () => {
    const bnGone = async (section: string, slug: string) => section === "নগর" && slug === "সরানো";
    const x = fakeExchange(`/bn/${encodeURIComponent("নগর")}/${encodeURIComponent("সরানো")}?ref=x`);
    assert.equal(await gone(bnGone).run(x), false);
    assert.equal(x.res.statusCode, 410);
    assert.equal(x.req.url, "/bn/gone?ref=x");
  });

  it("lets the 410 leave as public as the page it replaces, whatever Next marked it", async () => {
    const app = await serveSteps([
      gone(isGone),
      fakeNext((_req, res) => {
        // What Next sends for the force-dynamic /gone page.
        res.writeHead(res.statusCode, { "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate" });
        res.end("removed");
      }),
    ]);
    try {
      const removed = await request(`${app.url}/city/taken-down`);
      assert.equal(removed.status, 410);
      assert.equal(removed.headers["cache-control"], PUBLIC_PAGE_CACHE);
      const live = await request(`${app.url}/city/live`);
      assert.match(String(live.headers["cache-control"]), /private/, "only the 410 is made public");
    } finally {
      await app.close();
    }
  });

  it("leaves a live story alone, and a failed lookup answers as if not gone", async () => {
    const live = fakeExchange("/city/live");
    await gone(isGone).run(live);
    assert.deepEqual([live.res.statusCode, live.req.url], [200, "/city/live"]);
    const hiccup = fakeExchange("/city/taken-down");
    await gone(() => Promise.reject(new Error("connection reset"))).run(hiccup);
    assert.deepEqual([hiccup.res.statusCode, hiccup.req.url], [200, "/city/taken-down"]);
  });

  it("never looks up the app's own areas", async () => {
    let asked = 0;
    await gone(async () => (asked++, true)).run(fakeExchange("/dashboard/stories"));
    assert.equal(asked, 0);
  });
});
