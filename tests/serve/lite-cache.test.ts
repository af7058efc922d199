import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { liteCache } from "@/scripts/serve/lite-cache";

const page = (n: number) => ({ etag: `W/"${n}"`, body: Buffer.alloc(n) });

describe("liteCache", () => {
  it("keeps pages within its byte budget, least recently used out first", () => {
    const c = liteCache(300);
    c.set("a", page(100));
    c.set("b", page(100));
    c.set("c", page(100));
    assert.ok(c.get("a")); // a is now the most recently used
    c.set("d", page(100));
    assert.equal(c.get("b"), undefined);
    assert.ok(c.get("a") && c.get("c") && c.get("d"));
    assert.equal(c.bytes, 300);
  });

  it("counts a page's gzip form against the budget", () => {
    const c = liteCache(300);
    c.set("a", page(100));
    c.set("b", page(100));
    c.grew("b", 50);
    assert.equal(c.bytes, 250);
    c.grew("a", 150);
    // 400 bytes over a 300 budget: a, the least recently used, goes.
    assert.equal(c.bytes, 150);
    assert.equal(c.get("a"), undefined);
    assert.ok(c.get("b"));
  });

  it("replaces a key's page, and keeps nothing bigger than the whole budget", () => {
    const c = liteCache(300);
    c.set("a", page(100));
    c.set("a", page(50));
    assert.equal(c.bytes, 50);
    c.set("huge", page(301));
    assert.equal(c.get("huge"), undefined);
    assert.equal(c.bytes, 50);
  });
});
