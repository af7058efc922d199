// Issue 19, items 1 and 8: what the scheduler does on someone's behalf is judged as that person
// would be judged now. A section editor scheduled a Sport story, saved it into National, and the
// scheduler published it there; her own scheduled updates and unpublishes never happened,
// because the timer loaded her without her sections; a refused timer left only a log line.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, eq, sql } from "drizzle-orm";
import { auditLog, notifications, sections, stories } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { publishDue } from "@/lib/stories/scheduler";
import { createStory, saveStory } from "@/lib/stories/store";
import { refusedTimers, runDueTimers, setTimer } from "@/lib/stories/timers";
import { transition } from "@/lib/stories/transition";
import { setUserSections } from "@/lib/user-sections";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, type TestDb } from "../integration/helpers";

let t: TestDb;
type Person = Actor & { name: string };
let reporter: Person, sportEditor: Person, editor: Person;
let sport: string, national: string;
const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const inAnHour = () => new Date(Date.now() + 3_600_000);
const forbidden = (e: unknown) => e instanceof AppError && e.kind === "forbidden";

async function row(id: string) {
  const [r] = await t.db.select().from(stories).where(eq(stories.id, id));
  return r!;
}

async function fields(id: string, over: Record<string, unknown> = {}) {
  const { currentSnapshot } = await import("@/db/queries/snapshots");
  return { ...(await currentSnapshot(t.db, await row(id))), ...over };
}

/** A reporter's story in review in `sectionId`. */
async function inReview(headline: string, sectionId: string): Promise<string> {
  const { id } = await createStory(t.db, reporter);
  await saveStory(t.db, reporter, id, {
    version: (await row(id)).version,
    kind: "save",
    fields: await fields(id, {
      headline,
      sectionId,
      slug: `s-${Math.random().toString(36).slice(2)}`,
      body: doc("Text."),
    }),
  });
  await transition(t.db, reporter, id, { action: "submit", version: (await row(id)).version });
  return id;
}

const sportOnly = () => setUserSections(t.db, sportEditor.id, [sport], { actorId: null, via: "cli" });

before(async () => {
  t = await freshDatabase();
  const make = async (email: string, name: string, role: string) => {
    const u = await createUser(
      t.db,
      { email, name, role, password: "long enough password" },
      { actorId: null, via: "cli" },
    );
    return { id: u.id, role: u.role, name: u.name };
  };
  const [s, n] = await t.db
    .insert(sections)
    .values([
      { slug: "sport", name: "Sport" },
      { slug: "national", name: "National" },
    ])
    .returning();
  sport = s!.id;
  national = n!.id;
  reporter = await make("rumana@example.com", "Rumana Reporter", "reporter");
  editor = await make("emdad@example.com", "Emdad Editor", "editor");
  const se = await make("sadia@example.com", "Sadia Sport", "section_editor");
  sportEditor = { ...se, sectionIds: [sport] };
  await sportOnly();
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("a section editor's scheduled work", () => {
  it("refuses a save that files her scheduled story in a section she may not publish in", async () => {
    const id = await inReview("Derby moved to Sunday", sport);
    await transition(t.db, sportEditor, id, {
      action: "schedule",
      version: (await row(id)).version,
      scheduledFor: inAnHour(),
    });
    const before = await row(id);
    await assert.rejects(
      saveStory(t.db, sportEditor, id, {
        version: before.version,
        kind: "save",
        fields: await fields(id, { sectionId: national }),
      }),
      forbidden,
    );
    const after = await row(id);
    assert.equal(after.sectionId, sport, "the story stays in Sport");
    assert.equal(after.version, before.version, "nothing was written");
    // Her own section is still hers to save into.
    await saveStory(t.db, sportEditor, id, {
      version: after.version,
      kind: "save",
      fields: await fields(id, { headline: "Derby moved to Sunday evening" }),
    });
  });

  it("keeps her live story's edits into another section as pending, and no Update puts them live there", async () => {
    const id = await inReview("Cricket board elects chief", sport);
    await transition(t.db, sportEditor, id, { action: "publish", version: (await row(id)).version });
    await saveStory(t.db, sportEditor, id, {
      version: (await row(id)).version,
      kind: "save",
      fields: await fields(id, { sectionId: national, headline: "Cricket board elects new chief" }),
    });
    await assert.rejects(
      transition(t.db, sportEditor, id, { action: "update", version: (await row(id)).version }),
      forbidden,
    );
    // Nor her scheduled Update: the timer loads her with her desks and is refused the same way.
    await setTimer(t.db, sportEditor, id, "update", inAnHour());
    await t.db.execute(sql`update story_timers set due_at = now() - interval '1 second' where story_id = ${id}`);
    const [outcome] = await runDueTimers(t.db);
    assert.equal(outcome!.ok, false);
    assert.match(outcome!.reason!, /your own sections/);
    const after = await row(id);
    assert.equal(after.sectionId, sport);
    assert.equal(after.headline, "Cricket board elects chief");
  });

  it("does not publish when the scheduler lost the right before the time came, and tells her", async () => {
    const { id } = await createStory(t.db, sportEditor);
    await saveStory(t.db, sportEditor, id, {
      version: (await row(id)).version,
      kind: "save",
      fields: await fields(id, {
        headline: "Stadium lights fail",
        sectionId: sport,
        slug: "stadium-lights",
        body: doc("Text."),
      }),
    });
    await transition(t.db, sportEditor, id, { action: "submit", version: (await row(id)).version });
    await transition(t.db, sportEditor, id, {
      action: "schedule",
      version: (await row(id)).version,
      scheduledFor: inAnHour(),
    });
    // An admin takes Sport away from her; the story was still scheduled by her.
    await setUserSections(t.db, sportEditor.id, [], { actorId: null, via: "cli" });
    await t.db.execute(sql`update stories set scheduled_for = now() - interval '1 second' where id = ${id}`);
    const published = await publishDue(t.db);
    await sportOnly();
    assert.deepEqual(published, []);
    const after = await row(id);
    assert.equal(after.status, "in_review", "back in review, not live");
    assert.equal(after.publishedAt, null);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, id), eq(auditLog.action, "story.schedule_refused")));
    assert.match(String(entry!.details.reason), /may not publish/);
    const told = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.storyId, id), eq(notifications.kind, "refused_on_schedule")));
    assert.deepEqual(
      told.map((n) => n.userId),
      [sportEditor.id],
    );
  });

  it("still publishes what an editor with the right scheduled", async () => {
    const id = await inReview("Ferry timetable changes", national);
    await transition(t.db, editor, id, {
      action: "schedule",
      version: (await row(id)).version,
      scheduledFor: inAnHour(),
    });
    await t.db.execute(sql`update stories set scheduled_for = now() - interval '1 second' where id = ${id}`);
    assert.deepEqual(
      (await publishDue(t.db)).map((p) => p.id),
      [id],
    );
    assert.equal((await row(id)).status, "published");
  });

  it("carries out her scheduled unpublish of a story in her section", async () => {
    const id = await inReview("Club fined for pitch invasion", sport);
    await transition(t.db, sportEditor, id, { action: "publish", version: (await row(id)).version });
    await setTimer(t.db, sportEditor, id, "unpublish", inAnHour());
    await t.db.execute(sql`update story_timers set due_at = now() - interval '1 second' where story_id = ${id}`);
    assert.deepEqual(await runDueTimers(t.db), [{ storyId: id, kind: "unpublish", ok: true }]);
    assert.equal((await row(id)).status, "unpublished");
  });

  it("shows a refused timer on the story and tells whoever set it", async () => {
    const id = await inReview("Boat race postponed", sport);
    await transition(t.db, sportEditor, id, { action: "publish", version: (await row(id)).version });
    // Nothing pending: the update is refused when it falls due.
    await setTimer(t.db, sportEditor, id, "update", inAnHour());
    await t.db.execute(sql`update story_timers set due_at = now() - interval '1 second' where story_id = ${id}`);
    const [outcome] = await runDueTimers(t.db);
    assert.equal(outcome!.ok, false);
    const shown = await refusedTimers(t.db, id);
    assert.equal(shown.length, 1);
    assert.equal(shown[0]!.kind, "update");
    assert.match(shown[0]!.reason, /Nothing to update/);
    const told = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.storyId, id), eq(notifications.kind, "refused_on_schedule")));
    assert.deepEqual(
      told.map((n) => n.userId),
      [sportEditor.id],
    );
    assert.match(told[0]!.excerpt ?? "", /Nothing to update/);
    // Setting it again clears the notice.
    await setTimer(t.db, sportEditor, id, "update", inAnHour());
    assert.deepEqual(await refusedTimers(t.db, id), []);
  });
});
