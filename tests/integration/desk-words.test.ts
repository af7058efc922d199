// Issue 19, the desk's lost words, against a real PostgreSQL: a deleted sentence stays in History
// however short (item 15), and a save refused because a right ended mid-edit says why (item 14).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { asc, eq } from "drizzle-orm";
import { sections, stories, storyRevisions, storyTimers } from "@/db/schema";
import { currentSnapshot } from "@/db/queries/snapshots";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { bodyPlainText } from "@/lib/stories/diff";
import { heartbeat } from "@/lib/stories/presence";
import { listTimers, runDueTimers, setTimer } from "@/lib/stories/timers";
import { createStory, saveStory } from "@/lib/stories/store";
import { transition } from "@/lib/stories/transition";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
type Person = Actor & { name: string };
let reporter: Person;
let editor: Person;
let copyEditor: Person;
let city: string;

const doc = (...paras: string[]) => ({
  type: "doc",
  content: paras.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});

async function row(id: string) {
  const [r] = await t.db.select().from(stories).where(eq(stories.id, id));
  return r!;
}

async function autosave(who: Person, id: string, over: Record<string, unknown>) {
  const fields = { ...(await currentSnapshot(t.db, await row(id))), ...over };
  return saveStory(t.db, who, id, { version: (await row(id)).version, kind: "autosave", fields });
}

/** The body text of every revision, oldest first. */
async function history(id: string): Promise<string[]> {
  const rows = await t.db
    .select({ snapshot: storyRevisions.snapshot })
    .from(storyRevisions)
    .where(eq(storyRevisions.storyId, id))
    .orderBy(asc(storyRevisions.id));
  return rows.map((r) => bodyPlainText(r.snapshot.body));
}

before(async () => {
  t = await freshDatabase();
  const ctx = { actorId: null, via: "cli" as const };
  const make = async (email: string, name: string, role: string) => {
    const u = await createUser(t.db, { email, name, role, password: "long enough password" }, ctx);
    return { id: u.id, role: u.role, name: u.name };
  };
  const [c] = await t.db.insert(sections).values({ slug: "city", name: "City" }).returning();
  city = c!.id;
  reporter = await make("r@example.com", "Rumana Reporter", "reporter");
  editor = await make("e@example.com", "Emdad Editor", "editor");
  copyEditor = await make("c@example.com", "Chandni Copy", "copy_editor");
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("History keeps small deletions (item 15)", () => {
  const lead = "Water supply to Mohammadpur resumed on Tuesday after a pipe burst.";
  const eight = "WASA said the repair took eleven hours overall.";

  it("a deleted 8-word sentence is in a revision after later autosaves", async () => {
    const { id } = await createStory(t.db, reporter);
    await autosave(reporter, id, { headline: "Water back in Mohammadpur", body: doc(lead) });
    await autosave(reporter, id, { body: doc(`${lead} ${eight}`) });
    await autosave(reporter, id, { body: doc(lead) }); // the sentence deleted
    await autosave(reporter, id, { body: doc(`${lead} Residents queued at pumps.`) });
    assert.ok(
      (await history(id)).some((text) => text.includes(eight)),
      "the deleted sentence must be restorable from some revision",
    );
  });

  it("a paragraph deleted in bites is restorable whole, in one revision, not one per bite", async () => {
    const { id } = await createStory(t.db, reporter);
    await autosave(reporter, id, { headline: "Pipe burst", body: doc(lead, eight) });
    const before = (await history(id)).length;
    const words = eight.split(" ");
    for (let keep = words.length - 2; keep >= 0; keep -= 2)
      await autosave(reporter, id, { body: keep ? doc(lead, words.slice(0, keep).join(" ")) : doc(lead) });
    const after = await history(id);
    assert.ok(after.some((text) => text.includes(eight)));
    // Four bites: the whole paragraph stays in the revision they started from, and they fold together.
    assert.ok(after.length - before <= 1, `${after.length - before} new revisions for one paragraph`);
  });
});

describe("presence: a read-only tab holds nothing (item 21)", () => {
  it("a reporter looking at their story in review does not show as editing; two editors see each other", async () => {
    const { id } = await createStory(t.db, reporter);
    await autosave(reporter, id, {
      headline: "Ferry strike",
      standfirst: "Launch workers stop work.",
      sectionId: city,
      slug: `ferry-strike-${Date.now()}`,
      body: doc("Launches stayed at Sadarghat."),
    });
    await transition(t.db, reporter, id, { action: "submit", version: (await row(id)).version });
    const second = await createUser(
      t.db,
      { email: "e2@example.com", name: "Esha Editor", role: "editor", password: "long enough password" },
      { actorId: null, via: "cli" },
    );
    assert.deepEqual(await heartbeat(t.db, reporter, id, "reporter-tab-1"), { state: "viewing" });
    assert.deepEqual(await heartbeat(t.db, editor, id, "editor-tab-1"), { state: "editing" });
    const seen = await heartbeat(t.db, { id: second.id, role: second.role }, id, "editor-tab-2");
    assert.deepEqual(seen, { state: "other", holderName: "Emdad Editor", sameUser: false });
    // The reporter is told who is editing, and still holds nothing.
    assert.deepEqual(await heartbeat(t.db, reporter, id, "reporter-tab-1"), {
      state: "other",
      holderName: "Emdad Editor",
      sameUser: false,
    });
  });
});

describe("a right that ends mid-edit (item 14)", () => {
  it("the refused save names the story's new state", async () => {
    const { id } = await createStory(t.db, reporter);
    await autosave(reporter, id, {
      headline: "Bus fares rise",
      standfirst: "From Sunday.",
      sectionId: city,
      slug: `bus-fares-${Date.now()}`,
      body: doc("Fares rise by two taka."),
    });
    await transition(t.db, reporter, id, { action: "submit", version: (await row(id)).version });
    const typedAt = (await row(id)).version;
    await transition(t.db, editor, id, { action: "publish", version: typedAt });
    const fields = { ...(await currentSnapshot(t.db, await row(id))), body: doc("Fares rise by two taka. Late.") };
    await assert.rejects(saveStory(t.db, copyEditor, id, { version: typedAt, kind: "autosave", fields }), (e) => {
      assert.ok(e instanceof AppError && e.kind === "forbidden", String(e));
      assert.match(e.message, /it is now published/);
      return true;
    });
  });
});

describe("a scheduled Update publishes what was approved (item 20)", () => {
  async function liveWithPendingEdit(headline: string): Promise<string> {
    const { id } = await createStory(t.db, editor);
    await autosave(editor, id, {
      headline,
      standfirst: "Dhaka North announced it on Monday.",
      sectionId: city,
      slug: `bridge-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`,
      body: doc("The footbridge at Farmgate reopens."),
    });
    await transition(t.db, editor, id, { action: "submit", version: (await row(id)).version });
    await transition(t.db, editor, id, { action: "publish", version: (await row(id)).version });
    await autosave(editor, id, { headline: `${headline}: approved` });
    return id;
  }
  const makeDue = (id: string) =>
    t.db
      .update(storyTimers)
      .set({ dueAt: new Date(Date.now() - 1000) })
      .where(eq(storyTimers.storyId, id));
  const inAnHour = () => new Date(Date.now() + 3_600_000);

  it("an edit after scheduling is not published: the timer is refused and the panel says why", async () => {
    const id = await liveWithPendingEdit("Footbridge reopens");
    await setTimer(t.db, editor, id, "update", inAnHour());
    assert.equal((await listTimers(t.db, id))[0]!.changedSince, false);
    await autosave(editor, id, {
      headline: "Footbridge reopens: written after approval",
    });
    assert.equal((await listTimers(t.db, id))[0]!.changedSince, true);
    await makeDue(id);
    const [outcome] = await runDueTimers(t.db);
    assert.equal(outcome!.ok, false);
    assert.match(outcome!.reason ?? "", /changed after the update was scheduled/);
    assert.equal((await row(id)).headline, "Footbridge reopens", "the public page kept the published text");
  });

  it("with no edit since, the approved text goes live", async () => {
    const id = await liveWithPendingEdit("Footbridge lifts fixed");
    await setTimer(t.db, editor, id, "update", inAnHour());
    await makeDue(id);
    assert.deepEqual(await runDueTimers(t.db), [{ storyId: id, kind: "update", ok: true }]);
    assert.equal((await row(id)).headline, "Footbridge lifts fixed: approved");
  });
});
