// Desks and roles (issue 12, capability 8) against a real PostgreSQL: a section editor publishes
// only in their sections, the copy desk edits stories in review but publishes nothing, every
// refusal leaves the database as it was, and lists, counts and the audit log follow suit.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, count, eq } from "drizzle-orm";
import { auditLog, sections, stories } from "@/db/schema";
import { listAudit } from "@/db/queries/audit";
import { storyCountsByStatus } from "@/db/queries/dashboard";
import { listStories } from "@/db/queries/story-list";
import { liveSessionUser, openSession } from "@/lib/auth/user-sessions";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { addCorrection } from "@/lib/stories/corrections";
import { createStory, saveStory } from "@/lib/stories/store";
import { transition } from "@/lib/stories/transition";
import { setUserSections } from "@/lib/user-sections";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
type Person = Actor & { name: string };
let reporter: Person;
let sportEditor: Person;
let copyEditor: Person;
let editor: Person;
let sport: string;
let city: string;

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const forbidden = (e: unknown) => e instanceof AppError && e.kind === "forbidden";

async function row(id: string) {
  const [r] = await t.db.select().from(stories).where(eq(stories.id, id));
  return r!;
}

async function fieldsFor(id: string, over: Record<string, unknown> = {}) {
  const { currentSnapshot } = await import("@/db/queries/snapshots");
  return {
    ...(await currentSnapshot(t.db, await row(id))),
    headline: `Desk story ${Math.random().toString(36).slice(2, 8)}`,
    slug: `desk-${Math.random().toString(36).slice(2)}`,
    body: doc("Floodlights at the stadium were repaired overnight."),
    ...over,
  };
}

/** A reporter's story in review, filed in `sectionId`. */
async function inReview(sectionId: string): Promise<string> {
  const { id } = await createStory(t.db, reporter);
  await saveStory(t.db, reporter, id, {
    version: (await row(id)).version,
    kind: "save",
    fields: await fieldsFor(id, { sectionId }),
  });
  await transition(t.db, reporter, id, { action: "submit", version: (await row(id)).version });
  return id;
}

async function publishAudits(id: string): Promise<number> {
  const [r] = await t.db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, "story.publish"), eq(auditLog.targetId, id)));
  return r!.n;
}

before(async () => {
  t = await freshDatabase();
  const ctx = { actorId: null, via: "cli" as const };
  const make = async (email: string, name: string, role: string) => {
    const u = await createUser(t.db, { email, name, role, password: "long enough password" }, ctx);
    return { id: u.id, role: u.role, name: u.name };
  };
  const [s, c] = await t.db
    .insert(sections)
    .values([
      { slug: "sport", name: "Sport" },
      { slug: "city", name: "City" },
    ])
    .returning();
  sport = s!.id;
  city = c!.id;
  reporter = await make("r@example.com", "Rumana Reporter", "reporter");
  editor = await make("e@example.com", "Emdad Editor", "editor");
  copyEditor = await make("c@example.com", "Chandni Copy", "copy_editor");
  const se = await make("s@example.com", "Shakil Sport", "section_editor");
  await setUserSections(t.db, se.id, [sport], ctx);
  // The desks come with the session, as every request reads them (lib/auth/user-sessions.ts).
  const sid = await openSession(t.db, se.id, null);
  const live = await liveSessionUser(t.db, { uid: se.id, sid, authAt: Date.now() });
  assert.deepEqual(live?.sectionIds, [sport]);
  sportEditor = { ...se, sectionIds: live!.sectionIds };
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("a section editor", () => {
  it("publishes a story in their section", async () => {
    const id = await inReview(sport);
    const done = await transition(t.db, sportEditor, id, { action: "publish", version: (await row(id)).version });
    assert.equal(done.status, "published");
  });

  it("cannot publish in another section: refused, and the story, its version and the log unchanged", async () => {
    const id = await inReview(city);
    const before = await row(id);
    await assert.rejects(transition(t.db, sportEditor, id, { action: "publish", version: before.version }), (e) => {
      // Not even told it exists: the story is outside what they may open.
      assert.ok(e instanceof AppError && e.kind === "not_found", String(e));
      return true;
    });
    const after = await row(id);
    assert.equal(after.status, "in_review");
    assert.equal(after.version, before.version);
    assert.equal(after.publishedAt, null);
    assert.equal(await publishAudits(id), 0);
  });

  it("cannot move a live story of theirs to another section with Update", async () => {
    const id = await inReview(sport);
    await transition(t.db, sportEditor, id, { action: "publish", version: (await row(id)).version });
    const live = await row(id);
    // The edit itself is allowed (kept as pending changes); putting it live elsewhere is not.
    await saveStory(t.db, sportEditor, id, {
      version: live.version,
      kind: "save",
      fields: await fieldsFor(id, { sectionId: city, headline: live.headline, slug: live.slug }),
    });
    const pending = await row(id);
    await assert.rejects(
      transition(t.db, sportEditor, id, { action: "update", version: pending.version }),
      (e) => forbidden(e) && /your own sections/.test((e as Error).message),
    );
    const after = await row(id);
    assert.equal(after.sectionId, sport, "the public story stays in Sport");
    assert.equal(after.version, pending.version);
  });

  it("corrects only stories in their section", async () => {
    const elsewhere = await inReview(city);
    await transition(t.db, editor, elsewhere, { action: "publish", version: (await row(elsewhere)).version });
    const correction = { kind: "correction", body: "An earlier version misspelt the stadium's name." };
    await assert.rejects(addCorrection(t.db, sportEditor, elsewhere, correction), forbidden);
    const mine = await inReview(sport);
    await transition(t.db, editor, mine, { action: "publish", version: (await row(mine)).version });
    await addCorrection(t.db, sportEditor, mine, correction);
  });

  it("lists and counts only their own stories and their sections'", async () => {
    const cityStory = await inReview(city);
    const sportStory = await inReview(sport);
    const { rows } = await listStories(sportEditor, { tab: "review", limit: 200 });
    const ids = rows.map((r) => r.id);
    assert.ok(ids.includes(sportStory));
    assert.ok(!ids.includes(cityStory));
    const [inSport] = await t.db
      .select({ n: count() })
      .from(stories)
      .where(and(eq(stories.sectionId, sport), eq(stories.status, "in_review")));
    assert.equal((await storyCountsByStatus(sportEditor, false)).in_review, inSport!.n);
  });
});

describe("the copy desk", () => {
  it("edits anyone's story in review", async () => {
    const id = await inReview(city);
    const before = await row(id);
    await saveStory(t.db, copyEditor, id, {
      version: before.version,
      kind: "save",
      fields: await fieldsFor(id, {
        sectionId: city,
        headline: before.headline,
        slug: before.slug,
        body: doc("Floodlights at the stadium were repaired overnight, the board said."),
      }),
    });
    const after = await row(id);
    assert.equal(after.bodyText, "Floodlights at the stadium were repaired overnight, the board said.");
    assert.equal(after.status, "in_review");
  });

  it("cannot publish or schedule: refused, nothing changed", async () => {
    const id = await inReview(city);
    const before = await row(id);
    for (const action of ["publish", "schedule"] as const) {
      await assert.rejects(
        transition(t.db, copyEditor, id, {
          action,
          version: before.version,
          scheduledFor: new Date(Date.now() + 3_600_000),
        }),
        forbidden,
      );
    }
    const after = await row(id);
    assert.equal(after.status, "in_review");
    assert.equal(after.version, before.version);
    assert.equal(await publishAudits(id), 0);
  });

  it("cannot touch a live story or open someone's draft", async () => {
    const id = await inReview(city);
    await transition(t.db, editor, id, { action: "publish", version: (await row(id)).version });
    const live = await row(id);
    await assert.rejects(
      saveStory(t.db, copyEditor, id, { version: live.version, kind: "save", fields: await fieldsFor(id) }),
      forbidden,
    );
    const { id: draft } = await createStory(t.db, reporter);
    await assert.rejects(
      saveStory(t.db, copyEditor, draft, { version: (await row(draft)).version, kind: "save", fields: {} }),
      (e) => e instanceof AppError && (e.kind === "not_found" || e.kind === "validation"),
    );
    const { rows } = await listStories(copyEditor, { tab: "all", limit: 500 });
    assert.ok(!rows.some((r) => r.id === draft), "another's draft is not listed");
    assert.ok(
      rows.some((r) => r.id === id),
      "a live story is listed",
    );
  });
});

describe("the audit log's filters", () => {
  it("finds entries by action, story, person and day, with the story's headline as target", async () => {
    const id = await inReview(sport);
    await transition(t.db, sportEditor, id, { action: "publish", version: (await row(id)).version });
    const { headline } = await row(id);

    const byStory = await listAudit({ storyId: id }, 50);
    assert.deepEqual(
      byStory.map((r) => r.action),
      ["story.publish", "story.submit", "story.created"].filter((a) => byStory.some((r) => r.action === a)),
    );
    assert.ok(byStory.length >= 2 && byStory.every((r) => r.targetId === id));
    assert.ok(byStory.every((r) => r.targetName === headline && r.storyExists));

    const published = await listAudit({ action: "story.publish", actorId: sportEditor.id }, 50);
    assert.ok(published.length >= 1);
    assert.ok(published.every((r) => r.action === "story.publish" && r.actorName === "Shakil Sport"));
    assert.ok(published.some((r) => r.targetId === id));

    const desks = await listAudit({ action: "user.sections" }, 50);
    assert.equal(desks[0]?.targetName, "Shakil Sport", "a user target shows the person's name");

    const tomorrow = new Date(Date.now() + 86_400_000);
    assert.equal((await listAudit({ storyId: id, from: tomorrow }, 50)).length, 0);
    assert.equal((await listAudit({ storyId: id, until: new Date(Date.now() - 86_400_000) }, 50)).length, 0);
    assert.equal((await listAudit({ storyId: id, from: new Date(Date.now() - 60_000) }, 50)).length, byStory.length);

    // Paged by id: the second page starts after the first one's last entry, without repeats.
    const first = await listAudit({}, 3);
    const second = await listAudit({}, 3, first[2]!.id);
    assert.ok(second.every((r) => r.id < first[2]!.id));
  });
});
