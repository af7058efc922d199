import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { count, eq, sql } from "drizzle-orm";
import { homeFront, homeArrangement } from "@/db/queries/home";
import { auditLog, homeSlots, sections, stories, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { saveArrangement } from "@/lib/home";
import type { Actor } from "@/lib/permissions";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
let editor: Actor;
let reporter: Actor;
/** Published stories, newest first: s[0] is the newest. */
let s: { id: string; headline: string }[];
let cityId: string;

const ids = (list: { id: string }[]) => list.map((x) => x.id);
const headlines = (list: { headline: string }[]) => list.map((x) => x.headline);
const audits = async () =>
  (await t.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, "homepage.arranged")))[0]!.n;
const saved = async () => ids(await homeArrangement("en"));

function rejectsWith(kind: AppError["kind"], pattern?: RegExp) {
  return (e: unknown) => {
    assert.ok(e instanceof AppError, `expected an AppError, got ${String(e)}`);
    assert.equal(e.kind, kind);
    if (pattern) assert.match(e.message, pattern);
    return true;
  };
}

before(async () => {
  t = await freshDatabase();
  const [e, r] = await t.db
    .insert(users)
    .values([
      { email: "e@example.com", name: "Emdad Editor", role: "editor", passwordHash: "x" },
      { email: "r@example.com", name: "Rumana Reporter", role: "reporter", passwordHash: "x" },
    ])
    .returning();
  editor = { id: e!.id, role: "editor" };
  reporter = { id: r!.id, role: "reporter" };
  const [section] = await t.db.insert(sections).values({ slug: "city", name: "City" }).returning();
  cityId = section!.id;
  const hour = 3_600_000;
  const rows = await t.db
    .insert(stories)
    .values(
      Array.from({ length: 10 }, (_, i) => ({
        slug: `story-${i}`,
        headline: `Story ${i}`,
        sectionId: section!.id,
        createdById: editor.id,
        status: "published" as const,
        publishedAt: new Date(Date.now() - (i + 1) * hour),
      })),
    )
    .returning({ id: stories.id, headline: stories.headline });
  s = rows.sort((a, b) => a.headline.localeCompare(b.headline));
});

beforeEach(async () => {
  // Each test starts from the whole seeded newsroom live and nothing arranged.
  // eslint-disable-next-line drizzle/enforce-delete-with-where
  await t.db.delete(homeSlots);
  // eslint-disable-next-line drizzle/enforce-update-with-where
  await t.db.update(stories).set({ status: "published" });
});

after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("the home page arrangement", () => {
  it("is saved and read back in the editors' order, with an audit entry", async () => {
    const before = await audits();
    const order = [s[5]!.id, s[2]!.id, s[8]!.id];
    const result = await saveArrangement(t.db, editor, { storyIds: order, expected: [] }, { ip: "203.0.113.7" });
    assert.deepEqual(result.storyIds, order);
    assert.deepEqual(await saved(), order);
    assert.ok((await homeArrangement("en")).every((x) => x.live));

    // The reader's home: the arranged three first, then the newest others up to seven.
    const front = await homeFront("en");
    assert.equal(front.lead?.headline, "Story 5");
    assert.deepEqual(headlines(front.topStories), ["Story 2", "Story 8", "Story 0", "Story 1", "Story 3", "Story 4"]);

    assert.equal(await audits(), before + 1);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "homepage.arranged"))
      .orderBy(sql`id desc`)
      .limit(1);
    assert.equal(entry!.actorId, editor.id);
    assert.deepEqual(entry!.details, { edition: "en", lead: order[0], topStories: order.slice(1), previous: [] });

    // A second save replaces the first whole.
    const next = [s[1]!.id, s[5]!.id];
    await saveArrangement(t.db, editor, { storyIds: next, expected: order });
    assert.deepEqual(await saved(), next);
  });

  it("skips an arranged story that is no longer published, and refuses to save one", async () => {
    const order = [s[4]!.id, s[6]!.id, s[7]!.id];
    await saveArrangement(t.db, editor, { storyIds: order, expected: [] });
    await t.db.update(stories).set({ status: "unpublished" }).where(eq(stories.id, s[4]!.id));
    // A published story whose time has not come yet is not visible either.
    await t.db
      .update(stories)
      .set({ publishedAt: new Date(Date.now() + 3_600_000) })
      .where(eq(stories.id, s[7]!.id));
    try {
      const front = await homeFront("en");
      assert.equal(front.lead?.headline, "Story 6", "the next arranged story leads");
      assert.ok(!ids([front.lead!, ...front.topStories]).includes(s[4]!.id));
      assert.ok(!ids([front.lead!, ...front.topStories]).includes(s[7]!.id));
      assert.equal(front.topStories.length, 6);
      assert.deepEqual(headlines(front.topStories), ["Story 0", "Story 1", "Story 2", "Story 3", "Story 5", "Story 8"]);

      // The dashboard still lists it, flagged, so an editor can take it out.
      const arrangement = await homeArrangement("en");
      assert.deepEqual(
        arrangement.map((x) => [x.headline, x.live]),
        [
          ["Story 4", false],
          ["Story 6", true],
          ["Story 7", false],
        ],
      );

      // Saving it again is refused by name, and nothing changes.
      const auditsBefore = await audits();
      await assert.rejects(
        saveArrangement(t.db, editor, { storyIds: [s[6]!.id, s[4]!.id], expected: order }),
        rejectsWith("validation", /Remove “Story 4”/),
      );
      assert.deepEqual(await saved(), order);
      assert.equal(await audits(), auditsBefore);
    } finally {
      await t.db
        .update(stories)
        .set({ publishedAt: new Date(Date.now() - 8 * 3_600_000) })
        .where(eq(stories.id, s[7]!.id));
    }
  });

  it("falls back to the newest stories when nothing is arranged", async () => {
    const front = await homeFront("en");
    assert.equal(front.lead?.headline, "Story 0");
    assert.deepEqual(headlines(front.topStories), ["Story 1", "Story 2", "Story 3", "Story 4", "Story 5", "Story 6"]);

    // Saving an empty arrangement clears it: the fallback again.
    await saveArrangement(t.db, editor, { storyIds: [s[3]!.id], expected: [] });
    assert.equal((await homeFront("en")).lead?.headline, "Story 3");
    await saveArrangement(t.db, editor, { storyIds: [], expected: [s[3]!.id] });
    assert.deepEqual(await saved(), []);
    assert.equal((await homeFront("en")).lead?.headline, "Story 0");
  });

  it("refuses a reporter, and nothing changes", async () => {
    const order = [s[2]!.id, s[3]!.id];
    await saveArrangement(t.db, editor, { storyIds: order, expected: [] });
    const auditsBefore = await audits();
    await assert.rejects(
      saveArrangement(t.db, reporter, { storyIds: [s[9]!.id], expected: order }),
      rejectsWith("forbidden"),
    );
    assert.deepEqual(await saved(), order);
    assert.equal(await audits(), auditsBefore);
  });

  it("refuses duplicates, more than seven stories and a stale arrangement", async () => {
    const order = [s[0]!.id, s[1]!.id];
    await saveArrangement(t.db, editor, { storyIds: order, expected: [] });
    await assert.rejects(
      saveArrangement(t.db, editor, { storyIds: [s[2]!.id, s[2]!.id], expected: order }),
      rejectsWith("validation", /only once/),
    );
    await assert.rejects(
      saveArrangement(t.db, editor, { storyIds: ids(s.slice(0, 8)), expected: order }),
      rejectsWith("validation", /at most 7/),
    );
    // Someone else saved after this editor opened the page (they started from nothing).
    await assert.rejects(
      saveArrangement(t.db, editor, { storyIds: [s[5]!.id], expected: [] }),
      rejectsWith("conflict"),
    );
    assert.deepEqual(await saved(), order);
  });

  it("lets only one of two simultaneous saves from the same starting point win", async () => {
    const results = await Promise.allSettled([
      saveArrangement(t.db, editor, { storyIds: [s[1]!.id], expected: [] }),
      saveArrangement(t.db, editor, { storyIds: [s[2]!.id], expected: [] }),
    ]);
    assert.equal(results.filter((r) => r.status === "fulfilled").length, 1);
    const loser = results.find((r) => r.status === "rejected");
    assert.ok(loser && loser.reason instanceof AppError && loser.reason.kind === "conflict");
    assert.equal((await saved()).length, 1);
  });

  it("drops a slot when its story is deleted", async () => {
    const [extra] = await t.db
      .insert(stories)
      .values({
        slug: "doomed",
        headline: "Doomed",
        sectionId: cityId,
        createdById: editor.id,
        status: "published",
        publishedAt: new Date(Date.now() - 30 * 3_600_000),
      })
      .returning();
    await saveArrangement(t.db, editor, { storyIds: [extra!.id, s[0]!.id], expected: [] });
    await t.db.delete(stories).where(eq(stories.id, extra!.id));
    assert.deepEqual(await saved(), [s[0]!.id]);
  });
});
