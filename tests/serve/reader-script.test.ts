import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { gunzipSync, gzipSync } from "node:zlib";
import type { ReaderScript } from "@/lib/reader/bundle";
import { readerScript } from "@/scripts/serve/reader-script";
import { fakeNext, request, serveSteps } from "./harness";

const code = Buffer.from("(function(){document.documentElement.dataset.js='1'})();".repeat(30));
const SCRIPT: ReaderScript = { code, gzipped: gzipSync(code), etag: '"h1"', hashedPath: "/_dateline/reader.h1.js" };

describe("the reader-script step", () => {
  let url = "";
  let close: () => Promise<void>;
  before(async () => {
    ({ url, close } = await serveSteps([readerScript(() => SCRIPT), fakeNext((_q, res) => res.end("next"))]));
  });
  after(() => close());

  it("serves the hashed address as immutable and the plain one as revalidated", async () => {
    const hashed = await request(`${url}/_dateline/reader.h1.js`);
    assert.equal(hashed.headers["cache-control"], "public, max-age=31536000, immutable");
    assert.deepEqual(hashed.body, code);
    const plain = await request(`${url}/_dateline/reader.js`, { headers: { "Accept-Encoding": "gzip" } });
    assert.equal(plain.headers["cache-control"], "public, no-cache");
    assert.equal(plain.headers["content-encoding"], "gzip");
    assert.deepEqual(gunzipSync(plain.body), code);
    assert.equal((await request(`${url}/_dateline/reader.js`, { headers: { "If-None-Match": '"h1"' } })).status, 304);
  });

  it("answers 404 for an old build's address and for other methods, and leaves the rest to Next", async () => {
    assert.equal((await request(`${url}/_dateline/reader.old.js`)).status, 404);
    assert.equal((await request(`${url}/_dateline/reader.js`, { method: "POST" })).status, 404);
    assert.equal((await request(`${url}/_next/static/x.js`)).text, "next");
  });
});
