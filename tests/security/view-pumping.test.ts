// Issue 10, item 7: rotating the User-Agent made 351 "readers" from one address in seconds and
// pushed a story into "Most read".
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { eq, sum } from "drizzle-orm";
import { sections, stories, storyViews, users } from "@/db/schema";
import { createClient } from "redis";
import { RedisCounters } from "@/lib/shared-counters";
import { acceptPing, DAILY_STORIES_PER_ADDRESS, PINGS_PER_MINUTE, ReaderGate, ViewBuffer } from "@/lib/views";
import { freshDatabase, stopTestServer, type TestDb } from "../integration/helpers";

let t: TestDb;
let live: string;

before(async () => {
  t = await freshDatabase();
  const [u] = await t.db.insert(users).values({ email: "v@example.com", name: "V", passwordHash: "x" }).returning();
  const [s] = await t.db.insert(sections).values({ slug: "city", name: "City" }).returning();
  const [a] = await t.db
    .insert(stories)
    .values({
      slug: "a",
      headline: "A",
      sectionId: s!.id,
      createdById: u!.id,
      status: "published",
      publishedAt: new Date(),
    })
    .returning();
  live = a!.id;
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

const total = async (id: string) =>
  Number(
    (
      await t.db
        .select({ n: sum(storyViews.views) })
        .from(storyViews)
        .where(eq(storyViews.storyId, id))
    )[0]?.n ?? 0,
  );

/** What a browser on our article page sends, with the User-Agent of the attacker's choice. */
const browserPing = (ua: string, extra: Record<string, string> = {}) => {
  const h: Record<string, string> = { "user-agent": ua, "sec-fetch-site": "same-origin", ...extra };
  return { get: (n: string) => h[n.toLowerCase()] ?? null };
};
const ua = (i: number) => `Mozilla/5.0 (X11; Linux x86_64; rv:${100 + i}.0) Gecko/20100101 Firefox/${100 + i}.0`;

describe("view pumping", () => {
  it("counts one address once per story per day, whatever User-Agents it rotates through", async () => {
    const gate = new ReaderGate();
    const buffer = new ViewBuffer();
    const start = new Date("2026-03-01T10:00:00Z");
    for (let i = 0; i < 300; i++) {
      // Spread over minutes so the rate limit is not what stops them.
      const now = new Date(start.getTime() + i * 10_000);
      await acceptPing(
        { headers: browserPing(ua(i)), ip: "198.51.100.7", storyId: live, secret: "s", now },
        gate,
        buffer,
      );
      if (i % 50 === 0) await buffer.flush(t.db);
    }
    await buffer.flush(t.db);
    assert.equal(await total(live), 1);
  });

  it("ignores pings from other sites and from clients that are not a browser on our page", async () => {
    const gate = new ReaderGate();
    const buffer = new ViewBuffer();
    const ping = (headers: Record<string, string>) =>
      acceptPing(
        { headers: { get: (n) => headers[n.toLowerCase()] ?? null }, ip: "198.51.100.8", storyId: live, secret: "s" },
        gate,
        buffer,
      );
    assert.equal(await ping({ "user-agent": ua(1), "sec-fetch-site": "cross-site" }), "ignored");
    assert.equal(await ping({ "user-agent": ua(1), origin: "https://evil.example", host: "news.example" }), "ignored");
    assert.equal(await ping({ "user-agent": ua(1) }), "ignored");
    assert.equal(buffer.size, 0);
    assert.equal(await ping({ "user-agent": ua(1), origin: "https://news.example", host: "news.example" }), "counted");
  });

  it("caps the stories one address adds views to per day, and rate-limits its pings", async () => {
    const gate = new ReaderGate();
    const buffer = new ViewBuffer();
    const start = new Date("2026-03-02T10:00:00Z");
    const outcomes = [];
    for (let i = 0; i < DAILY_STORIES_PER_ADDRESS + 10; i++)
      outcomes.push(
        await acceptPing(
          {
            headers: browserPing(ua(i)),
            ip: "198.51.100.9",
            storyId: randomUUID(),
            secret: "s",
            now: new Date(start.getTime() + i * 60_000),
          },
          gate,
          buffer,
        ),
      );
    assert.equal(outcomes.filter((o) => o === "counted").length, DAILY_STORIES_PER_ADDRESS);
    assert.equal(buffer.size, DAILY_STORIES_PER_ADDRESS);

    const burst = await Promise.all(
      Array.from({ length: PINGS_PER_MINUTE + 5 }, () =>
        acceptPing(
          { headers: browserPing(ua(0)), ip: "198.51.100.10", storyId: live, secret: "s", now: start },
          gate,
          buffer,
        ),
      ),
    );
    assert.equal(burst.filter((o) => o === "limited").length, 5);
  });

  // Issue 19, also found: each process kept its own limits, so behind the front 30 pings a
  // minute became 30 × the number of servers. Two gates stand for two app servers here.
  it("holds one budget for every app server when Redis is configured", async () => {
    const url = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
    const namespace = `test-views-${randomUUID()}`;
    const clients = [createClient({ url }), createClient({ url })];
    await Promise.all(clients.map((c) => c.connect()));
    try {
      const [a, b] = clients.map((c) => new ReaderGate(new RedisCounters(c, namespace)));
      const buffer = new ViewBuffer();
      const now = new Date("2026-03-03T10:00:00Z");
      const ping = (gate: ReaderGate, i: number) =>
        acceptPing({ headers: browserPing(ua(i)), ip: "198.51.100.11", storyId: live, secret: "s", now }, gate, buffer);
      const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => ping(i % 2 ? a! : b!, i)));
      assert.equal(outcomes.filter((o) => o !== "limited").length, PINGS_PER_MINUTE);

      // The daily story cap is one cap too: 30 stories on each server make 50 in all.
      let counted = 0;
      for (let i = 0; i < 60; i++) {
        const at = new Date(now.getTime() + (i + 1) * 60_000);
        const o = await acceptPing(
          { headers: browserPing(ua(i)), ip: "198.51.100.12", storyId: randomUUID(), secret: "s", now: at },
          i % 2 ? a! : b!,
          buffer,
        );
        if (o === "counted") counted++;
      }
      assert.equal(counted, DAILY_STORIES_PER_ADDRESS);
    } finally {
      for (const c of clients) {
        for await (const keys of c.scanIterator({ MATCH: `${namespace}:*` })) if (keys.length) await c.del(keys);
        c.destroy();
      }
    }
  });
});
