// Issue 19, item 13: a share card costs ~83 ms of CPU to render and each process kept its own
// 200, so N app servers rendered each card N times. With Redis configured the first server's
// render is the only one; two CardCaches on two Redis clients stand for two servers here.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, it } from "node:test";
import { createClient } from "redis";
import { renderStoryCard } from "@/lib/seo/card";
import { CardCache, redisCards } from "@/lib/seo/card-cache";

describe("share cards are rendered once for every app server", () => {
  it("a card rendered on one server is served by another from Redis, the same bytes", async () => {
    const url = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
    const namespace = `test-cards-${randomUUID()}`;
    const clients = [createClient({ url }), createClient({ url })];
    await Promise.all(clients.map((c) => c.connect()));
    try {
      const [a, b] = clients.map((c) => new CardCache(redisCards(c, namespace)));
      let renders = 0;
      const render = () => {
        renders++;
        return renderStoryCard({ siteName: "Dateline", sectionName: "Sport", headline: "Tigers win the series 2–1" });
      };
      const key = `story:${randomUUID()}:v1`;
      const first = await a!.get(key, render);
      const second = await b!.get(key, render);
      const again = await b!.get(key, render);
      assert.equal(renders, 1, "rendered once, not once per server");
      assert.ok(first.equals(second) && second.equals(again));
      assert.equal(second.subarray(1, 4).toString(), "PNG");
    } finally {
      for (const c of clients) {
        for await (const keys of c.scanIterator({ MATCH: `${namespace}:*` })) if (keys.length) await c.del(keys);
        c.destroy();
      }
    }
  });

  it("renders per process when there is no Redis", async () => {
    let renders = 0;
    const render = async () => {
      renders++;
      return Buffer.from("png");
    };
    const one = new CardCache(null);
    await one.get("k", render);
    await one.get("k", render);
    assert.equal(renders, 1);
  });
});
