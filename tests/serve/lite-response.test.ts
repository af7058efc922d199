// liteResponse over real loopback responses, with a stand-in for Next that writes the way Next's
// sendRenderResult does (headers set, then one end with the payload) or the way a streamed or
// route answer does (writeHead, chunks, end).
import assert from "node:assert/strict";
import type http from "node:http";
import { after, before, beforeEach, describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
import { liteCache, type LiteCache } from "@/scripts/serve/lite-cache";
import { acceptsGzip, liteResponse } from "@/scripts/serve/lite-response";
import { request, serve } from "./harness";

const PAGE = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/app.js"></script></head><body>${"<p>Rain in Sylhet.</p>".repeat(100)}<script>self.__next_f.push([1,"x"])</script></body></html>`;
const STREAMED = `<!DOCTYPE html><html><head></head><body><!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--><script src="/_next/static/chunks/app.js"></script><div hidden id="S:0"><p>Scores</p></div><script>$RC("B:0","S:0")</script></body></html>`;
const EMPTY_404 = `<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>`;
const NOT_FOUND = "<!DOCTYPE html><html><body><h1>We could not find that page</h1></body></html>";
const POLICY = "script-src 'self' 'sha256-theme'; object-src 'none'";

/** What Next does for a page from its cache: headers, ETag, one end with the whole payload. */
type NextAnswer = {
  status?: number;
  type?: string;
  etag?: string | null;
  /** x-nextjs-cache: set for a page from Next's page cache, absent for one rendered per request. */
  cache?: string | null;
  body: string;
  chunked?: boolean;
};

describe("liteResponse", () => {
  let url = "";
  let close: () => Promise<void>;
  let cache: LiteCache;
  let next: NextAnswer;
  const calls = { rewrite: 0, streamed: 0, errors: [] as unknown[], hits: 0, misses: 0 };
  const seen: { method?: string; headers: http.IncomingHttpHeaders }[] = [];
  let rewrite = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");

  before(async () => {
    ({ url, close } = await serve((req, res) => {
      res.setHeader("Content-Security-Policy", POLICY);
      liteResponse(req, res, {
        rewrite: (html) => {
          calls.rewrite++;
          return rewrite(html);
        },
        cache,
        onError: (e) => calls.errors.push(e),
        onStreamed: () => calls.streamed++,
        onCache: (hit) => (hit ? calls.hits++ : calls.misses++),
        notFoundPage: async () => NOT_FOUND,
      });
      seen.push({ method: req.method, headers: { ...req.headers } });
      const status = next.status ?? 200;
      if (next.chunked) {
        res.writeHead(status, { "Content-Type": next.type ?? "text/html; charset=utf-8" });
        const half = Math.floor(next.body.length / 2);
        res.write(next.body.slice(0, half));
        res.write(Buffer.from(next.body.slice(half)));
        res.end();
        return;
      }
      res.statusCode = status;
      res.setHeader("Content-Type", next.type ?? "text/html; charset=utf-8");
      res.setHeader("Vary", "RSC");
      if (next.etag !== null) res.setHeader("ETag", next.etag ?? `"next-${next.body.length}"`);
      if (next.cache !== null) res.setHeader("x-nextjs-cache", next.cache ?? "HIT");
      res.setHeader("Content-Length", Buffer.byteLength(next.body));
      res.end(next.body);
    }));
  });
  after(() => close());
  beforeEach(() => {
    cache = liteCache();
    Object.assign(calls, { rewrite: 0, streamed: 0, errors: [], hits: 0, misses: 0 });
    seen.length = 0;
    next = { body: PAGE };
    rewrite = (html) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
  });

  it("rewrites a page and sends it with its own length, weak ETag and Vary", async () => {
    const r = await request(url);
    assert.equal(r.status, 200);
    assert.ok(!r.text.includes("<script"), "Next's scripts are gone");
    assert.ok(r.text.includes("<p>Rain in Sylhet.</p>"));
    assert.equal(Number(r.headers["content-length"]), r.body.length);
    assert.match(String(r.headers.etag), /^W\/"[A-Za-z0-9_-]+"$/);
    assert.notEqual(r.headers.etag, `"next-${PAGE.length}"`);
    assert.equal(r.headers.vary, "RSC, Accept-Encoding");
    assert.equal(r.headers["content-encoding"], undefined);
  });

  it("asks Next for the plain, whole page: no Accept-Encoding, no If-None-Match, HEAD as GET", async () => {
    await request(url, { method: "HEAD", headers: { "Accept-Encoding": "gzip", "If-None-Match": '"x"' } });
    assert.equal(seen[0]!.method, "GET");
    assert.equal(seen[0]!.headers["accept-encoding"], undefined);
    assert.equal(seen[0]!.headers["if-none-match"], undefined);
  });

  it("gzips for a client that takes it, and answers 304 to the ETag it was given", async () => {
    const first = await request(url, { headers: { "Accept-Encoding": "gzip, br" } });
    assert.equal(first.headers["content-encoding"], "gzip");
    assert.equal(gunzipSync(first.body).toString("utf8"), rewrite(PAGE));
    const again = await request(url, { headers: { "If-None-Match": String(first.headers.etag) } });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
  });

  it("gives a HEAD the length of the page it would get", async () => {
    const get = await request(url);
    const head = await request(url, { method: "HEAD" });
    assert.equal(head.body.length, 0);
    assert.equal(head.headers["content-length"], String(get.body.length));
  });

  it("answers a page Next has served before from the cache: no second rewrite or compression", async () => {
    const a = await request(url, { headers: { "Accept-Encoding": "gzip" } });
    const bytesAfterFirst = cache.bytes;
    const b = await request(url, { headers: { "Accept-Encoding": "gzip" } });
    const plain = await request(url);
    assert.equal(calls.rewrite, 1);
    assert.deepEqual([calls.misses, calls.hits], [1, 2]);
    assert.deepEqual(b.body, a.body);
    assert.equal(b.headers.etag, a.headers.etag);
    assert.equal(plain.text, rewrite(PAGE));
    assert.equal(plain.headers.etag, a.headers.etag);
    // The gzip form was made once and counted once: the third answer added nothing.
    assert.equal(cache.bytes, bytesAfterFirst);
    assert.equal(cache.size, 1);
  });

  it("rewrites again when Next's ETag changes (the desk changed the page)", async () => {
    await request(url);
    next = { body: PAGE.replace("Rain", "Flood"), etag: '"changed"' };
    const r = await request(url);
    assert.equal(calls.rewrite, 2);
    assert.ok(r.text.includes("Flood in Sylhet"));
  });

  it("keys a cached page Next sent without an ETag by a hash of what it sent", async () => {
    next = { body: PAGE, etag: null };
    const a = await request(url);
    const b = await request(url);
    assert.equal(calls.rewrite, 1);
    assert.equal(b.headers.etag, a.headers.etag);
    next = { body: PAGE.replace("Rain", "Flood"), etag: null, chunked: true };
    const c = await request(url);
    assert.equal(calls.rewrite, 2);
    assert.ok(c.text.includes("Flood in Sylhet"));
    assert.notEqual(c.headers.etag, a.headers.etag);
  });

  it("keeps nothing for a page rendered per request (no x-nextjs-cache)", async () => {
    next = { body: PAGE, etag: null, cache: null, chunked: true };
    await request(url);
    await request(url);
    assert.equal(calls.rewrite, 2);
    assert.equal(cache.size, 0);
    assert.deepEqual([calls.hits, calls.misses], [0, 0]);
  });

  it("sends a page that streams a Suspense boundary as Next made it, and tells each time", async () => {
    next = { body: STREAMED };
    const r = await request(url);
    await request(url);
    assert.equal(r.text, STREAMED);
    assert.equal(calls.streamed, 2);
    assert.equal(calls.rewrite, 0);
    assert.equal(cache.size, 0);
    // React's completion script may run under the public policy: allowed by its hash.
    const policy = String(r.headers["content-security-policy"]);
    assert.match(policy, /^script-src 'self' 'sha256-theme' 'sha256-[A-Za-z0-9+/=]+'; object-src 'none'$/);
  });

  it("replaces Next's empty not-found document with the not-found page, and does not keep it", async () => {
    next = { status: 404, body: EMPTY_404 };
    const r = await request(url);
    assert.equal(r.status, 404);
    assert.equal(r.text, NOT_FOUND);
    assert.equal(cache.size, 0);
  });

  it("sends Next's page unchanged when the rewrite throws", async () => {
    rewrite = () => {
      throw new Error("unexpected markup");
    };
    const r = await request(url);
    assert.equal(r.status, 200);
    assert.equal(r.text, PAGE);
    assert.equal(calls.errors.length, 1);
    assert.equal(cache.size, 0);
  });

  it("passes anything but HTML through untouched, Next's own headers included", async () => {
    next = { type: "application/json", body: '{"a":1}', chunked: true };
    const json = await request(url, { headers: { "Accept-Encoding": "gzip" } });
    assert.equal(json.text, '{"a":1}');
    assert.equal(json.headers.etag, undefined);
    next = { type: "text/xml", body: "<rss/>", etag: '"feed"' };
    const xml = await request(url);
    assert.equal(xml.headers.etag, '"feed"');
    assert.equal(calls.rewrite, 0);
  });
});

describe("acceptsGzip", () => {
  it("follows Accept-Encoding, q=0 included", () => {
    assert.equal(acceptsGzip("gzip, deflate, br"), true);
    assert.equal(acceptsGzip("br;q=1.0, gzip;q=0.8"), true);
    assert.equal(acceptsGzip("*"), true);
    assert.equal(acceptsGzip("gzip;q=0"), false);
    assert.equal(acceptsGzip("br"), false);
    assert.equal(acceptsGzip(""), false);
  });
});
