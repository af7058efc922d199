import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq, sum } from "drizzle-orm";
import { sections, stories, storyViews, users } from "@/db/schema";
import { dayOf, isCountable, readerHash, ViewBuffer } from "@/lib/views";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
let live: string;
let draft: string;

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
  const [b] = await t.db
    .insert(stories)
    .values({ slug: "b", headline: "B", sectionId: s!.id, createdById: u!.id, status: "draft" })
    .returning();
  live = a!.id;
  draft = b!.id;
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

const headers = (h: Record<string, string>) => ({ get: (n: string) => h[n.toLowerCase()] ?? null });
const total = async (id: string) =>
  Number(
    (
      await t.db
        .select({ n: sum(storyViews.views) })
        .from(storyViews)
        .where(eq(storyViews.storyId, id))
    )[0]?.n ?? 0,
  );

describe("view counting", () => {
  it("ignores bots, link previews and prefetches", () => {
    const browser = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/140 Mobile Safari/537.36";
    assert.equal(isCountable(headers({ "user-agent": browser })), true);
    assert.equal(isCountable(headers({ "user-agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" })), false);
    assert.equal(isCountable(headers({ "user-agent": "facebookexternalhit/1.1" })), false);
    assert.equal(isCountable(headers({ "user-agent": browser, "sec-purpose": "prefetch" })), false);
    assert.equal(isCountable(headers({})), false);
  });

  it("counts one view per reader per story per day, across flushes and buffers, in batches", async () => {
    const day = dayOf(new Date());
    const alice = readerHash("203.0.113.1", day, "secret");
    const bob = readerHash("203.0.113.2", day, "secret");
    assert.notEqual(
      readerHash("203.0.113.1", "2025-01-02", "secret"),
      readerHash("203.0.113.1", "2025-01-03", "secret"),
      "a new hash every day",
    );
    const one = new ViewBuffer();
    one.add(live, alice);
    one.add(live, alice); // a reload
    one.add(live, bob);
    assert.equal(one.size, 2);
    assert.equal(await one.flush(t.db), 2);
    // Another process (its own buffer) sees Alice again the same day: not counted.
    const two = new ViewBuffer();
    two.add(live, alice);
    assert.equal(await two.flush(t.db), 0);
    assert.equal(await total(live), 2);
  });

  it("does not count stories that are not published", async () => {
    const b = new ViewBuffer();
    b.add(draft, "someone");
    assert.equal(await b.flush(t.db), 0);
    assert.equal(await total(draft), 0);
  });

  it("absorbs a spike of 5,000 readers in one flush", async () => {
    const b = new ViewBuffer();
    for (let i = 0; i < 5_000; i++) b.add(live, `reader-${i}`);
    assert.equal(await b.flush(t.db), 5_000);
    assert.equal(await total(live), 5_002);
    const [bucket] = await t.db.select().from(storyViews).where(eq(storyViews.storyId, live));
    assert.ok(bucket && bucket.views === 5_002, "one hourly row, not one per view");
  });

  it("lists the most read stories of the last 24 hours, ignoring older views", async () => {
    const { mostRead } = await import("@/db/queries/views");
    const [u] = await t.db.select().from(users).limit(1);
    const [s] = await t.db.select().from(sections).limit(1);
    const [old] = await t.db
      .insert(stories)
      .values({
        slug: "old",
        headline: "Old news",
        sectionId: s!.id,
        createdById: u!.id,
        status: "published",
        publishedAt: new Date(Date.now() - 5 * 86_400_000),
      })
      .returning();
    await t.db
      .insert(storyViews)
      .values({ storyId: old!.id, hour: new Date(Date.now() - 3 * 86_400_000), views: 99_999 });
    const top = await mostRead(5, "en");
    assert.deepEqual(
      top.map((c) => c.headline),
      ["A"],
    );
  });
});
