// Scheduled updates and scheduled unpublishing of live stories, against real PostgreSQL: who may
// set them, and what the scheduler does when they fall due (as the editor who set them).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq, sql } from "drizzle-orm";
import { auditLog, sections, stories, storyTimers, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { runDueJobs } from "@/lib/jobs/run-due";
import { createStory, saveStory } from "@/lib/stories/store";
import { cancelTimer, runDueTimers, setTimer } from "@/lib/stories/timers";
import { transition } from "@/lib/stories/transition";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
type Person = { id: string; role: "reporter" | "editor"; name: string };
let reporter: Person, editor: Person;
let sectionId: string;
const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const inAnHour = () => new Date(Date.now() + 3_600_000);
const refused = (kind: AppError["kind"]) => (e: unknown) => e instanceof AppError && e.kind === kind;

async function row(id: string) {
  const [r] = await t.db.select().from(stories).where(eq(stories.id, id));
  return r!;
}

async function fields(id: string, over: Record<string, unknown>) {
  const { currentSnapshot } = await import("@/db/queries/snapshots");
  return { ...(await currentSnapshot(t.db, await row(id))), ...over };
}

async function liveStory(headline: string): Promise<string> {
  const { id } = await createStory(t.db, reporter);
  await saveStory(t.db, reporter, id, {
    version: (await row(id)).version,
    kind: "save",
    fields: await fields(id, {
      headline,
      sectionId,
      slug: `t-${Math.random().toString(36).slice(2)}`,
      body: doc("First version."),
    }),
  });
  await transition(t.db, reporter, id, { action: "submit", version: (await row(id)).version });
  await transition(t.db, editor, id, { action: "publish", version: (await row(id)).version });
  return id;
}

const makeDue = (id: string) =>
  t.db.execute(sql`update story_timers set due_at = now() - interval '1 second' where story_id = ${id}`);

before(async () => {
  t = await freshDatabase();
  const make = async (email: string, name: string, role: Person["role"]) => {
    const u = await createUser(
      t.db,
      { email, name, role, password: "long enough password" },
      { actorId: null, via: "cli" },
    );
    return { id: u.id, role, name: u.name };
  };
  reporter = await make("rumana@example.com", "Rumana Reporter", "reporter");
  editor = await make("emdad@example.com", "Emdad Editor", "editor");
  const [s] = await t.db.insert(sections).values({ slug: "city", name: "City" }).returning();
  sectionId = s!.id;
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("scheduled changes to live stories", () => {
  it("publishes the pending edits at the set time, as the editor who set it", async () => {
    const id = await liveStory("Flyover opens to traffic");
    await saveStory(t.db, editor, id, {
      version: (await row(id)).version,
      kind: "save",
      fields: await fields(id, { headline: "Flyover opens to traffic on Friday" }),
    });
    assert.equal((await row(id)).headline, "Flyover opens to traffic", "a save on a live story waits");
    await setTimer(t.db, editor, id, "update", inAnHour());
    // Not yet due: nothing happens.
    assert.deepEqual(await runDueTimers(t.db), []);
    await makeDue(id);
    assert.deepEqual(await runDueTimers(t.db), [{ storyId: id, kind: "update", ok: true }]);
    const live = await row(id);
    assert.equal(live.headline, "Flyover opens to traffic on Friday");
    assert.ok(live.contentUpdatedAt, "readers see it as updated");
    const [entry] = await t.db
      .select({ actorId: auditLog.actorId })
      .from(auditLog)
      .where(sql`${auditLog.targetId} = ${id} and ${auditLog.action} = 'story.update'`);
    assert.equal(entry!.actorId, editor.id);
    assert.equal((await t.db.select().from(storyTimers)).length, 0, "done timers are gone");
  });

  it("queues a job for the set time, which carries out the timer when it runs", async () => {
    const id = await liveStory("Bridge toll notice");
    const due = inAnHour();
    await setTimer(t.db, editor, id, "unpublish", due);
    const { rows } = await t.db.execute<{ run_at: string }>(
      sql`select run_at from graphile_worker.jobs where key = ${`stories-due:unpublish:${id}`}`,
    );
    assert.deepEqual(
      rows.map((r) => new Date(r.run_at).getTime()),
      [due.getTime()],
    );
    await makeDue(id);
    await t.db.execute(
      sql`select graphile_worker.reschedule_jobs(array(select id from graphile_worker.jobs), run_at := now())`,
    );
    await runDueJobs(t.db);
    assert.equal((await row(id)).status, "unpublished");
  });

  it("unpublishes at the set time, and can be cancelled before", async () => {
    const id = await liveStory("Fair price market closes");
    await setTimer(t.db, editor, id, "unpublish", inAnHour());
    await cancelTimer(t.db, editor, id, "unpublish");
    await makeDue(id);
    assert.deepEqual(await runDueTimers(t.db), []);
    assert.equal((await row(id)).status, "published");

    await setTimer(t.db, editor, id, "unpublish", inAnHour());
    await makeDue(id);
    assert.deepEqual(await runDueTimers(t.db), [{ storyId: id, kind: "unpublish", ok: true }]);
    assert.equal((await row(id)).status, "unpublished");
  });

  it("refuses a reporter, a time in the past and a story that is not live, and stores nothing", async () => {
    const id = await liveStory("Timers refused");
    await assert.rejects(setTimer(t.db, reporter, id, "unpublish", inAnHour()), refused("forbidden"));
    await assert.rejects(setTimer(t.db, editor, id, "unpublish", new Date(Date.now() - 1_000)), refused("validation"));
    const { id: draftId } = await createStory(t.db, reporter);
    await assert.rejects(setTimer(t.db, editor, draftId, "update", inAnHour()), refused("conflict"));
    assert.equal((await t.db.select().from(storyTimers).where(eq(storyTimers.storyId, id))).length, 0);
  });

  it("drops a due update with nothing new, and one whose editor was deactivated, saying why", async () => {
    const id = await liveStory("Nothing new to say");
    await setTimer(t.db, editor, id, "update", inAnHour());
    await makeDue(id);
    const [outcome] = await runDueTimers(t.db);
    assert.equal(outcome!.ok, false);
    assert.match(outcome!.reason!, /Nothing to update/);

    const other = await createUser(
      t.db,
      { email: "leaving@example.com", name: "Leaving Editor", role: "editor", password: "long enough password" },
      { actorId: null, via: "cli" },
    );
    const second = await liveStory("Set by someone who left");
    await setTimer(t.db, { id: other.id, role: "editor" }, second, "unpublish", inAnHour());
    await t.db.update(users).set({ active: false }).where(eq(users.id, other.id));
    await makeDue(second);
    const [gone] = await runDueTimers(t.db);
    assert.equal(gone!.ok, false);
    assert.equal((await row(second)).status, "published");
  });
});
