import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq, sql } from "drizzle-orm";
import { listStories, STORY_TABS, type StoryListFilters, type StoryListRow } from "@/db/queries/story-list";
import {
  authors,
  sections,
  stories,
  storyAuthors,
  storyNoteReads,
  storyNotes,
  users,
  type StoryStatus,
} from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
let reporter: Actor;
let otherReporter: Actor;
let editor: Actor;
let sectionId: string;
let pagedSectionId: string;

async function user(name: string, role: Actor["role"]): Promise<Actor> {
  const [row] = await t.db
    .insert(users)
    .values({ email: `${name}@example.com`, name, role, passwordHash: "not-a-real-hash" })
    .returning({ id: users.id, role: users.role });
  return row!;
}

async function story(
  by: Actor,
  headline: string,
  status: StoryStatus = "draft",
  extra: Partial<typeof stories.$inferInsert> = {},
): Promise<string> {
  const [row] = await t.db
    .insert(stories)
    .values({
      headline,
      status,
      createdById: by.id,
      sectionId,
      slug: `s-${Math.random().toString(36).slice(2)}`,
      ...extra,
    })
    .returning({ id: stories.id });
  return row!.id;
}

/** Follows `nextCursor` to the end, as a person pressing "Next page" would. */
async function everyPage(viewer: Actor, filters: StoryListFilters): Promise<StoryListRow[]> {
  const all: StoryListRow[] = [];
  let afterCursor: string | undefined;
  for (let page = 0; page < 100; page++) {
    const { rows, nextCursor } = await listStories(viewer, { ...filters, after: afterCursor });
    all.push(...rows);
    if (!nextCursor) return all;
    assert.equal(rows.length, 25, "a page with a next link is full");
    afterCursor = nextCursor;
  }
  throw new Error("pagination did not end");
}

async function idsCreatedBy(viewer: Actor): Promise<Set<string>> {
  const rows = await t.db.select({ id: stories.id }).from(stories).where(eq(stories.createdById, viewer.id));
  return new Set(rows.map((r) => r.id));
}

before(async () => {
  t = await freshDatabase();
  [reporter, otherReporter, editor] = [
    await user("rita", "reporter"),
    await user("omar", "reporter"),
    await user("eve", "editor"),
  ];
  const [s1, s2] = await t.db
    .insert(sections)
    .values([
      { slug: "national", name: "National" },
      { slug: "paged", name: "Paged" },
    ])
    .returning({ id: sections.id });
  sectionId = s1!.id;
  pagedSectionId = s2!.id;
  for (const by of [reporter, otherReporter, editor]) {
    await story(by, `${by.id} draft`, "draft");
    await story(by, `${by.id} in review`, "in_review");
    await story(by, `${by.id} scheduled`, "scheduled", { scheduledFor: new Date(Date.now() + 86_400_000) });
    await story(by, `${by.id} published`, "published", { publishedAt: new Date(), firstPublishedAt: new Date() });
    await story(by, `${by.id} gone`, "unpublished");
  }
});

after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("story lists", () => {
  it("shows a reporter only their own stories, in every tab and whatever the filters", async () => {
    const own = await idsCreatedBy(reporter);
    for (const tab of STORY_TABS) {
      for (const extra of [{}, { state: "in_review" as const }, { q: "review" }, { sort: "headline" as const }]) {
        const rows = await everyPage(reporter, { tab, ...extra });
        for (const r of rows) assert.ok(own.has(r.id), `tab ${tab} ${JSON.stringify(extra)} leaked ${r.headline}`);
      }
    }
    const all = await everyPage(reporter, { tab: "all" });
    assert.deepEqual(new Set(all.map((r) => r.id)), own, "the All tab is their own stories of every state");
  });

  it("the review queue holds only stories in review, everyone's for an editor", async () => {
    const rows = await everyPage(editor, { tab: "review" });
    assert.equal(rows.length, 3);
    assert.ok(rows.every((r) => r.status === "in_review"));
    const mine = await everyPage(editor, { tab: "mine" });
    assert.deepEqual(new Set(mine.map((r) => r.id)), await idsCreatedBy(editor));
  });

  it("keyset pages return every story exactly once, even with identical update times", async () => {
    const base = new Date("2025-06-01T08:00:00Z");
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      // Groups of seven share a timestamp; headlines repeat too, so ties need the id to break them.
      const updatedAt = new Date(base.getTime() - Math.floor(i / 7) * 60_000);
      ids.push(await story(editor, `Budget ${i % 4}`, "draft", { sectionId: pagedSectionId, updatedAt }));
    }
    // Microsecond differences within one millisecond: a cursor rounded to a JS Date would lose rows.
    await t.db.execute(
      sql`update ${stories} set updated_at = updated_at + (random() * 900)::int * interval '1 microsecond' where section_id = ${pagedSectionId} and headline = 'Budget 1'`,
    );
    for (const sort of ["updated", "headline"] as const) {
      const rows = await everyPage(editor, { tab: "all", sectionSlug: "paged", sort });
      const seen = rows.map((r) => r.id);
      assert.equal(seen.length, 60, `${sort}: 60 rows across pages`);
      assert.equal(new Set(seen).size, 60, `${sort}: no duplicates`);
      assert.deepEqual(new Set(seen), new Set(ids));
      if (sort === "updated") {
        for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1]!.updatedAt >= rows[i]!.updatedAt, "newest first");
      } else {
        const headlines = rows.map((r) => r.headline);
        assert.deepEqual(headlines, [...headlines].sort(), "A to Z");
      }
    }
  });

  it("treats % and _ in the headline search as literal characters", async () => {
    const pct = await story(reporter, "Turnout hits 100% in Sylhet");
    await story(reporter, "Turnout hits 1000 in Khulna");
    const under = await story(reporter, "snake_case rules");
    await story(reporter, "snakeXcase rules");
    assert.deepEqual(
      (await listStories(reporter, { tab: "all", q: "100%" })).rows.map((r) => r.id),
      [pct],
    );
    assert.deepEqual(
      (await listStories(reporter, { tab: "all", q: "SNAKE_" })).rows.map((r) => r.id),
      [under],
      "case-insensitive, _ literal",
    );
  });

  it("finds a Bengali headline however য় is encoded, and filters by edition", async () => {
    const [bangla] = await t.db
      .insert(sections)
      .values({ slug: "নগর-তালিকা", name: "নগর", edition: "bn" })
      .returning({ id: sections.id });
    // Stored with য + nukta (as NFC writes it); searched with the one-code-point য়, and back.
    const stored = await story(editor, "ঢাকা\u09AF\u09BC নতুন বাস রুট", "draft", { sectionId: bangla!.id });
    const typed = await story(editor, "চট্টগ্রামে বৃষ্টি, বন্দরে জাহাজ\u09DF দেরি", "draft", { sectionId: bangla!.id });
    assert.deepEqual(
      (await listStories(editor, { tab: "all", q: "ঢাকা\u09DF" })).rows.map((r) => r.id),
      [stored],
    );
    assert.deepEqual(
      (await listStories(editor, { tab: "all", q: "জাহাজ\u09AF\u09BC" })).rows.map((r) => r.id),
      [typed],
    );
    const bn = await everyPage(editor, { tab: "all", edition: "bn" });
    assert.deepEqual(new Set(bn.map((r) => r.id)), new Set([stored, typed]));
    const en = await everyPage(editor, { tab: "all", edition: "en" });
    assert.ok(en.length > 0 && !en.some((r) => r.id === stored || r.id === typed));
  });

  it("flags unread notes written by someone else since the viewer last read them", async () => {
    const earlier = new Date(Date.now() - 3_600_000);
    const later = new Date(Date.now() - 60_000);
    const neverRead = await story(reporter, "Notes: never read", "draft");
    const readSince = await story(reporter, "Notes: read since", "draft");
    const newerNote = await story(reporter, "Notes: newer than read", "draft");
    const ownNote = await story(reporter, "Notes: only my own", "draft");
    const noNotes = await story(reporter, "Notes: none", "draft");
    await t.db.insert(storyNotes).values([
      { storyId: neverRead, authorId: editor.id, body: "Needs a second source.", createdAt: earlier },
      { storyId: readSince, authorId: editor.id, body: "Check the figures.", createdAt: earlier },
      { storyId: newerNote, authorId: editor.id, body: "And the quote.", createdAt: later },
      { storyId: ownNote, authorId: reporter.id, body: "Source confirmed.", createdAt: later },
    ]);
    await t.db.insert(storyNoteReads).values([
      { storyId: readSince, userId: reporter.id, readAt: later },
      { storyId: newerNote, userId: reporter.id, readAt: earlier },
    ]);
    const { rows } = await listStories(reporter, { tab: "mine", q: "Notes:" });
    const flags = Object.fromEntries(rows.map((r) => [r.id, r.unreadNotes]));
    assert.deepEqual(flags, {
      [neverRead]: true,
      [readSince]: false,
      [newerNote]: true,
      [ownNote]: false,
      [noNotes]: false,
    });
    // The editor wrote those notes: nothing of theirs is unread; the reporter's own note is.
    const forEditor = await listStories(editor, { tab: "all", q: "Notes:" });
    const editorFlags = Object.fromEntries(forEditor.rows.map((r) => [r.id, r.unreadNotes]));
    assert.deepEqual(editorFlags, {
      [neverRead]: false,
      [readSince]: false,
      [newerNote]: false,
      [ownNote]: true,
      [noNotes]: false,
    });
  });

  it("shows bylines, section names and an untitled story", async () => {
    const [author] = await t.db
      .insert(authors)
      .values({ slug: "rita-rahman", name: "Rita Rahman", userId: reporter.id })
      .returning({ id: authors.id });
    const id = await story(reporter, "");
    await t.db.insert(storyAuthors).values({ storyId: id, authorId: author!.id });
    const { rows } = await listStories(reporter, { tab: "mine", authorSlug: "rita-rahman" });
    assert.equal(rows.length, 1);
    assert.deepEqual(
      { headline: rows[0]!.headline, bylines: rows[0]!.bylines, section: rows[0]!.sectionName },
      { headline: "", bylines: ["Rita Rahman"], section: "National" },
    );
  });
});
