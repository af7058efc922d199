import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { recentPages, type RecentPage } from "@/scripts/serve/recent-pages";

const entry = (generation: number, at: number): RecentPage => ({
  page: { etag: 'W/"x"', body: Buffer.from("<p>x</p>") },
  key: "200 sha1:x",
  status: 200,
  headers: [],
  at,
  generation,
});

describe("recentPages", () => {
  it("answers an address for a second, and not once a change was heard of", () => {
    let generation = 4;
    let now = 1_000;
    const r = recentPages({ generation: () => generation, now: () => now });
    r.set("200 /city/a", entry(4, 1_000));
    now = 1_999;
    assert.ok(r.get("200 /city/a"));
    now = 2_000;
    assert.equal(r.get("200 /city/a"), undefined, "a second old");
    r.set("200 /city/a", entry(4, 2_000));
    generation = 5;
    assert.equal(r.get("200 /city/a"), undefined, "a change since");
    assert.equal(r.size, 0);
  });

  it("keeps at most `max` addresses, the oldest out first", () => {
    const r = recentPages({ generation: () => 0, max: 2, now: () => 0 });
    r.set("a", entry(0, 0));
    r.set("b", entry(0, 0));
    r.set("c", entry(0, 0));
    assert.deepEqual([!!r.get("a"), !!r.get("b"), !!r.get("c")], [false, true, true]);
  });
});
