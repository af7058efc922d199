// "Who may open a story" is written twice: canView() for one story (the editor page, every story
// route) and visibleStoriesWhere() in SQL for lists and counts. This proves they agree over every
// role × state × owner × section, so a list never offers what the page refuses, or hides what it opens.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { listStories } from "@/db/queries/story-list";
import { sections, stories, storyStatusEnum, users, type StoryStatus } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { ROLES } from "@/lib/permissions";
import { AppError, STORY_GONE } from "@/lib/errors";
import { visibleStory } from "@/lib/stories/visible";
import { canView } from "@/lib/workflow";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
const viewers: { label: string; actor: Actor }[] = [];
const STORY_STATUSES = storyStatusEnum.enumValues;
const rows: { id: string; status: StoryStatus; createdById: string; sectionId: string | null }[] = [];

before(async () => {
  t = await freshDatabase();
  const [a, b] = await t.db
    .insert(sections)
    .values([
      { slug: "vis-city", name: "City" },
      { slug: "vis-sport", name: "Sport" },
    ])
    .returning({ id: sections.id });
  const user = async (label: string, role: Actor["role"], sectionIds?: string[]) => {
    const [row] = await t.db
      .insert(users)
      .values({ email: `${label}@example.com`, name: label, role, passwordHash: "not-a-real-hash" })
      .returning({ id: users.id, role: users.role });
    return { label, actor: { ...row!, sectionIds } };
  };
  for (const role of ROLES) viewers.push(await user(role, role, role === "section_editor" ? [a!.id] : undefined));
  // A section editor whose admin has assigned no desk yet: a reporter in all but name.
  viewers.push(await user("deskless", "section_editor", []));
  const outsider = (await user("outsider", "reporter")).actor;

  for (const status of STORY_STATUSES)
    for (const owner of [...viewers.map((v) => v.actor), outsider])
      for (const sectionId of [a!.id, b!.id, null]) {
        const [row] = await t.db
          .insert(stories)
          .values({
            headline: `${status} by ${owner.role}`,
            status,
            createdById: owner.id,
            sectionId,
            slug: `v-${Math.random().toString(36).slice(2)}`,
            firstPublishedAt: status === "published" || status === "unpublished" ? new Date() : null,
          })
          .returning({ id: stories.id });
        rows.push({ id: row!.id, status, createdById: owner.id, sectionId });
      }
});

after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("canView and the desk's list filter", () => {
  it("agree on every story for every kind of person", async () => {
    assert.equal(rows.length, STORY_STATUSES.length * (viewers.length + 1) * 3);
    for (const { label, actor } of viewers) {
      const expected = rows
        .filter((r) => canView(actor, { ...r, firstPublishedAt: null }))
        .map((r) => r.id)
        .sort();
      const listed = (await listStories(actor, { tab: "all", limit: 1000 })).rows.map((r) => r.id).sort();
      assert.deepEqual(listed, expected, `${label}: the list and the editor page disagree`);
    }
  });

  it("is not trivially everything or nothing", async () => {
    const seen = async (label: string) =>
      (await listStories(viewers.find((v) => v.label === label)!.actor, { tab: "all", limit: 1000 })).rows.length;
    // A reporter sees her own 15 (5 states × 3 sections); an editor all 105.
    assert.equal(await seen("reporter"), 15);
    assert.equal(await seen("editor"), rows.length);
    // The copy desk also sees everyone's stories past the draft state (4 states × 7 owners × 3).
    assert.equal(await seen("copy_editor"), 15 + 4 * 6 * 3);
    // The City section editor: her own, every City story (drafts too), nothing else of others'.
    assert.equal(await seen("section_editor"), 15 + 5 * 6);
    assert.equal(await seen("deskless"), 15);
  });

  it("visibleStory answers the same 404 for a story that is not there and one this person may not open", async () => {
    const reporter = viewers.find((v) => v.label === "reporter")!.actor;
    const othersDraft = rows.find((r) => r.status === "draft" && r.createdById !== reporter.id)!;
    const gone = (e: unknown) => e instanceof AppError && e.kind === "not_found" && e.message === STORY_GONE;
    await assert.rejects(visibleStory(t.db, reporter, othersDraft.id), gone);
    await assert.rejects(visibleStory(t.db, reporter, "00000000-0000-4000-8000-000000000000"), gone);
    await assert.rejects(visibleStory(t.db, reporter, "not-a-story"), gone); // not a query error
    await t.db.transaction(async (tx) => {
      await assert.rejects(visibleStory(tx, reporter, othersDraft.id, { lock: true }), gone);
    });
  });

  it("with lock, returns the whole row and holds it until the transaction ends", async () => {
    const editor = viewers.find((v) => v.label === "editor")!.actor;
    const target = rows.find((r) => r.status === "in_review")!;
    await t.db.transaction(async (tx) => {
      const row = await visibleStory(tx, editor, target.id, { lock: true });
      assert.equal(row.version, 1);
      // Another connection cannot lock the row meanwhile.
      const other = await t.pool.connect();
      try {
        await assert.rejects(
          other.query("select id from stories where id = $1 for update nowait", [target.id]),
          /could not obtain lock/,
        );
      } finally {
        other.release();
      }
    });
    const free = await t.pool.query("select id from stories where id = $1 for update nowait", [target.id]);
    assert.equal(free.rowCount, 1);
  });
});
