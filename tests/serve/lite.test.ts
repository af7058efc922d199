// The lite step as scripts/serve.ts runs it, over a stand-in for Next that counts its calls: the
// last second's pages are answered without Next while nothing changed, and never after a change
// or for a draft-mode request.
import assert from "node:assert/strict";
import type http from "node:http";
import { after, before, beforeEach, describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
import { Registry } from "prom-client";
import { lite } from "@/scripts/serve/lite";
import { liteCache } from "@/scripts/serve/lite-cache";
import { fakeNext, request, serveSteps } from "./harness";

const PAGE = `<html><body>${"<p>Floodwater recedes in Sunamganj.</p>".repeat(60)}<script src="/_next/static/chunks/a.js"></script></body></html>`;

describe("the lite step", () => {
  let url = "";
  let close: () => Promise<void>;
  let generation = 0;
  let body = PAGE;
  const seen: { req?: { method?: string; url?: string; headers: http.IncomingHttpHeaders } }[] = [];
  const registry = new Registry();

  before(async () => {
    const answer = (_req: http.IncomingMessage, res: http.ServerResponse) => {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Cache-Control", "public, max-age=0, s-maxage=1");
      res.setHeader("x-nextjs-cache", "HIT");
      res.end(body);
    };
    ({ url, close } = await serveSteps([
      lite({
        scriptPath: () => "/_dateline/reader.h.js",
        cache: liteCache(),
        generation: () => generation,
        log: { error() {}, warn() {} },
        metrics: { registry },
        notFoundPage: async () => "",
      }),
      fakeNext(answer, seen),
    ]));
  });
  after(() => close());
  beforeEach(() => {
    generation++;
    seen.length = 0;
    body = PAGE;
  });

  it("answers the same address again from memory, with Next's headers, gzip and 304", async () => {
    const first = await request(`${url}/city/a`);
    const again = await request(`${url}/city/a`, { headers: { "Accept-Encoding": "gzip" } });
    const head = await request(`${url}/city/a`, { method: "HEAD" });
    const notModified = await request(`${url}/city/a`, { headers: { "If-None-Match": String(first.headers.etag) } });
    assert.equal(seen.length, 1, "Next was asked once");
    assert.ok(!first.text.includes("/_next/static"));
    assert.equal(gunzipSync(again.body).toString("utf8"), first.text);
    assert.equal(again.headers["cache-control"], "public, max-age=0, s-maxage=1");
    assert.equal(again.headers["x-nextjs-cache"], "HIT");
    assert.equal(again.headers.etag, first.headers.etag);
    assert.equal(head.headers["content-length"], String(first.body.length));
    assert.equal(notModified.status, 304);
    assert.match(await registry.metrics(), /dateline_lite_pages_total\{result="recent"\} 3/);
  });

  it("asks Next again once a change was heard of, and shows the changed page", async () => {
    await request(`${url}/city/b`);
    generation++;
    body = PAGE.replace("Floodwater recedes", "Embankment breached");
    const after = await request(`${url}/city/b`);
    assert.equal(seen.length, 2);
    assert.ok(after.text.includes("Embankment breached"));
  });

  it("never answers a draft-mode request from memory, nor keeps its page", async () => {
    await request(`${url}/city/c`);
    const draft = { Cookie: "__prerender_bypass=1" };
    await request(`${url}/city/c`, { headers: draft });
    await request(`${url}/city/d`, { headers: draft });
    await request(`${url}/city/d`);
    // c plain, c draft, d draft, d plain (the draft answer was not kept): four asks of Next.
    assert.equal(seen.length, 4);
    await request(`${url}/city/c`);
    assert.equal(seen.length, 4, "the plain c is still the recent one");
  });

  it("keys by the whole address: another query is another page", async () => {
    await request(`${url}/search-like?q=a`);
    await request(`${url}/search-like?q=b`);
    assert.equal(seen.length, 2);
  });
});
