import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { createDb } from "@/db";
import { auditLog, sections, stories, storyRevisions } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { runDueJobs } from "@/lib/jobs/run-due";
import { publishAllDue, publishDue } from "@/lib/stories/scheduler";
import { restoreRevision } from "@/lib/stories/restore";
import { ConflictError, createStory, saveStory } from "@/lib/stories/store";
import { transition } from "@/lib/stories/transition";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
let reporter: { id: string; role: "reporter"; name: string };
let editor: { id: string; role: "editor"; name: string };
let sectionId: string;

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

async function fieldsFor(storyId: string, over: Record<string, unknown> = {}) {
  const { currentSnapshot } = await import("@/db/queries/snapshots");
  const [row] = await t.db.select().from(stories).where(eq(stories.id, storyId));
  const snap = await currentSnapshot(t.db, row!);
  return {
    ...snap,
    headline: "Ferry timetable changes on the Buriganga",
    sectionId,
    body: doc("Launches will leave every twenty minutes."),
    ...over,
  };
}

async function version(storyId: string): Promise<number> {
  const [row] = await t.db.select({ v: stories.version }).from(stories).where(eq(stories.id, storyId));
  return row!.v;
}

/** A story in review, ready to publish. */
async function storyInReview(headline = `Story ${Math.random()}`): Promise<string> {
  const { id } = await createStory(t.db, reporter);
  await saveStory(t.db, reporter, id, {
    version: await version(id),
    kind: "save",
    fields: await fieldsFor(id, { headline, slug: `s-${Math.random().toString(36).slice(2)}` }),
  });
  await transition(t.db, reporter, id, { action: "submit", version: await version(id) });
  return id;
}

before(async () => {
  t = await freshDatabase();
  const ctx = { actorId: null, via: "cli" as const };
  const r = await createUser(
    t.db,
    { email: "r@example.com", name: "Rumana Reporter", role: "reporter", password: "long enough password" },
    ctx,
  );
  const e = await createUser(
    t.db,
    { email: "e@example.com", name: "Emdad Editor", role: "editor", password: "long enough password" },
    ctx,
  );
  reporter = { id: r.id, role: "reporter", name: r.name };
  editor = { id: e.id, role: "editor", name: e.name };
  const [s] = await t.db.insert(sections).values({ slug: "city", name: "City" }).returning();
  sectionId = s!.id;
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("saving stories", () => {
  it("refuses a stale version with a conflict carrying the newer text, and overwrites nothing", async () => {
    const { id } = await createStory(t.db, reporter);
    const v1 = await version(id);
    await saveStory(t.db, reporter, id, {
      version: v1,
      kind: "autosave",
      fields: await fieldsFor(id, { body: doc("First tab's text.") }),
    });
    const stale = saveStory(t.db, reporter, id, {
      version: v1,
      kind: "autosave",
      fields: await fieldsFor(id, { body: doc("Second tab's text.") }),
    });
    await assert.rejects(stale, (e: unknown) => {
      assert.ok(e instanceof ConflictError);
      assert.equal(e.current.version, v1 + 1);
      assert.match(JSON.stringify(e.current.snapshot.body), /First tab's text/);
      return true;
    });
    const [row] = await t.db.select({ text: stories.bodyText }).from(stories).where(eq(stories.id, id));
    assert.equal(row!.text, "First tab's text.");
  });

  it("coalesces autosaves by one person into one revision, and refuses bad bodies with nothing stored", async () => {
    const { id } = await createStory(t.db, reporter);
    const revisions = async () =>
      (await t.db.select({ n: count() }).from(storyRevisions).where(eq(storyRevisions.storyId, id)))[0]!.n;
    const before = await revisions();
    for (const text of ["One", "One two", "One two three"]) {
      await saveStory(t.db, reporter, id, {
        version: await version(id),
        kind: "autosave",
        fields: await fieldsFor(id, { body: doc(text) }),
      });
    }
    assert.equal(await revisions(), before + 1);
    const v = await version(id);
    await assert.rejects(
      saveStory(t.db, reporter, id, {
        version: v,
        kind: "autosave",
        fields: await fieldsFor(id, { body: { type: "doc", content: [{ type: "iframe" }] } }),
      }),
      (e: unknown) => e instanceof AppError && e.kind === "validation",
    );
    assert.equal(await version(id), v, "a refused save changes nothing");
  });

  it("drafts may share a slug; publishing settles it with a free suffix, and Bengali headlines give Bengali slugs", async () => {
    const first = await storyInReview("Ferry timetable");
    const slugOf = async (id: string) =>
      (await t.db.select({ slug: stories.slug }).from(stories).where(eq(stories.id, id)))[0]!.slug;
    const draft = await createStory(t.db, reporter);
    // Both hold the same slug while neither is live: the follow-up's draft always saves (issue 12).
    for (const id of [first, draft.id])
      await saveStory(t.db, id === first ? editor : reporter, id, {
        version: await version(id),
        kind: "save",
        fields: await fieldsFor(id, { slug: "ferry-timetable" }),
      });
    assert.equal(await slugOf(draft.id), "ferry-timetable");
    const live = await transition(t.db, editor, first, { action: "publish", version: await version(first) });
    assert.equal(live.slug, undefined, "the first to publish keeps its slug");
    assert.equal(await slugOf(first), "ferry-timetable");

    // The draft still saves under the taken slug, and publishing it takes the first free suffix.
    await saveStory(t.db, reporter, draft.id, {
      version: await version(draft.id),
      kind: "autosave",
      fields: await fieldsFor(draft.id, { slug: "ferry-timetable", body: doc("A follow-up on the new timetable.") }),
    });
    await transition(t.db, reporter, draft.id, { action: "submit", version: await version(draft.id) });
    const second = await transition(t.db, editor, draft.id, { action: "publish", version: await version(draft.id) });
    assert.equal(second.slug, "ferry-timetable-2");
    assert.equal(await slugOf(draft.id), "ferry-timetable-2");

    // A scheduled story holds its address: moving it onto a live story's slug is a field error.
    const due = await storyInReview("Ferry timetable, third part");
    await transition(t.db, editor, due, {
      action: "schedule",
      version: await version(due),
      scheduledFor: new Date(Date.now() + 3_600_000),
    });
    await assert.rejects(
      saveStory(t.db, editor, due, {
        version: await version(due),
        kind: "save",
        fields: await fieldsFor(due, { slug: "ferry-timetable" }),
      }),
      (e: unknown) =>
        e instanceof AppError && e.kind === "validation" && /already uses this slug/.test(e.fieldErrors?.slug ?? ""),
    );

    const bengali = await createStory(t.db, reporter);
    const saved = await saveStory(t.db, reporter, bengali.id, {
      version: await version(bengali.id),
      kind: "save",
      fields: await fieldsFor(bengali.id, { headline: "বুড়িগঙ্গায় নতুন লঞ্চ", slug: "বুড়িগঙ্গায়-নতুন-লঞ্চ" }),
    });
    assert.ok(saved.version > 1);
  });

  it("an autosave that deletes a paragraph keeps the text before it as its own revision", async () => {
    const { id } = await createStory(t.db, reporter);
    const kept = "Operators said the change follows complaints about crowding. Tickets cost the same.";
    const twoParas = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Launches will leave every twenty minutes." }] },
        { type: "paragraph", content: [{ type: "text", text: kept }] },
      ],
    };
    for (const body of [twoParas, doc("Launches will leave every twenty minutes.")])
      await saveStory(t.db, reporter, id, {
        version: await version(id),
        kind: "autosave",
        fields: await fieldsFor(id, { body }),
      });
    const texts = (await t.db.select().from(storyRevisions).where(eq(storyRevisions.storyId, id))).map((r) =>
      JSON.stringify(r.snapshot.body),
    );
    assert.ok(
      texts.some((b) => b.includes("Tickets cost the same.")),
      "the deleted paragraph is still in a revision",
    );
  });

  it("does not let a reporter save someone else's story or a story in review", async () => {
    const id = await storyInReview();
    await assert.rejects(
      saveStory(t.db, reporter, id, { version: await version(id), kind: "autosave", fields: await fieldsFor(id) }),
      (e: unknown) => e instanceof AppError && e.kind === "forbidden",
    );
  });
});

describe("transitions", () => {
  it("refuses a reporter's publish with 403 and changes nothing", async () => {
    const id = await storyInReview();
    const v = await version(id);
    await assert.rejects(
      transition(t.db, reporter, id, { action: "publish", version: v }),
      (e: unknown) => e instanceof AppError && e.kind === "forbidden",
    );
    const [row] = await t.db
      .select({ status: stories.status, v: stories.version })
      .from(stories)
      .where(eq(stories.id, id));
    assert.deepEqual(row, { status: "in_review", v });
  });

  it("writes the row, a revision and an audit entry together; send back needs a note", async () => {
    const id = await storyInReview();
    await assert.rejects(
      transition(t.db, editor, id, { action: "sendBack", version: await version(id), note: "  " }),
      /needs a note/,
    );
    const revs = async () =>
      (await t.db.select({ n: count() }).from(storyRevisions).where(eq(storyRevisions.storyId, id)))[0]!.n;
    const before = await revs();
    await transition(t.db, editor, id, { action: "sendBack", version: await version(id), note: "Add the fares." });
    const [row] = await t.db.select({ status: stories.status }).from(stories).where(eq(stories.id, id));
    assert.equal(row!.status, "draft");
    assert.equal(await revs(), before + 1);
    const audit = await t.db
      .select({ action: auditLog.action, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.targetId, id), eq(auditLog.action, "story.sendBack")));
    assert.deepEqual(
      audit.map((a) => a.details),
      [{ from: "in_review", to: "draft", headline: audit[0]!.details.headline, note: "Add the fares." }],
    );
  });

  it("publishing validates the story and lists what is missing", async () => {
    const { id } = await createStory(t.db, editor);
    await saveStory(t.db, editor, id, {
      version: await version(id),
      kind: "save",
      fields: await fieldsFor(id, {
        headline: "",
        sectionId: null,
        authorIds: [],
        body: { type: "doc", content: [{ type: "paragraph" }] },
      }),
    });
    await transition(t.db, editor, id, { action: "submit", version: await version(id) });
    await assert.rejects(
      transition(t.db, editor, id, { action: "publish", version: await version(id) }),
      (e: unknown) => {
        assert.ok(e instanceof AppError && e.kind === "validation");
        assert.deepEqual(Object.keys(e.fieldErrors ?? {}).sort(), ["authorIds", "body", "headline", "sectionId"]);
        return true;
      },
    );
  });

  it("a scheduled story cannot be edited into one that could not be published", async () => {
    const id = await storyInReview("Scheduled and then emptied");
    await transition(t.db, editor, id, {
      action: "schedule",
      version: await version(id),
      scheduledFor: new Date(Date.now() + 3_600_000),
    });
    await assert.rejects(
      saveStory(t.db, editor, id, {
        version: await version(id),
        kind: "autosave",
        fields: await fieldsFor(id, { headline: "", sectionId: null }),
      }),
      (e: unknown) => e instanceof AppError && !!e.fieldErrors?.headline && !!e.fieldErrors?.sectionId,
    );
    const [row] = await t.db.select({ headline: stories.headline }).from(stories).where(eq(stories.id, id));
    assert.equal(row!.headline, "Scheduled and then emptied");
  });

  it("a scheduled time in the past is a field error", async () => {
    const id = await storyInReview();
    await assert.rejects(
      transition(t.db, editor, id, {
        action: "schedule",
        version: await version(id),
        scheduledFor: new Date(Date.now() - 60_000),
      }),
      (e: unknown) => e instanceof AppError && !!e.fieldErrors?.scheduledFor,
    );
  });

  it("autosave on a live story leaves the public copy alone until Update", async () => {
    const id = await storyInReview("Live story");
    await transition(t.db, editor, id, { action: "publish", version: await version(id) });
    await saveStory(t.db, editor, id, {
      version: await version(id),
      kind: "autosave",
      fields: await fieldsFor(id, {
        headline: "Live story",
        slug: (await t.db.select({ s: stories.slug }).from(stories).where(eq(stories.id, id)))[0]!.s,
        body: doc("A correction in progress."),
      }),
    });
    const publicText = async () =>
      (await t.db.select({ text: stories.bodyText }).from(stories).where(eq(stories.id, id)))[0]!.text;
    assert.equal(await publicText(), "Launches will leave every twenty minutes.");
    await transition(t.db, editor, id, { action: "update", version: await version(id) });
    assert.equal(await publicText(), "A correction in progress.");
    await assert.rejects(
      transition(t.db, editor, id, { action: "update", version: await version(id) }),
      /Nothing to update/,
    );
  });
});

describe("revisions", () => {
  it("restore brings an old revision back as a new revision, keeping all history", async () => {
    const { id } = await createStory(t.db, reporter);
    await saveStory(t.db, reporter, id, {
      version: await version(id),
      kind: "save",
      fields: await fieldsFor(id, { body: doc("Original wording.") }),
    });
    await saveStory(t.db, reporter, id, {
      version: await version(id),
      kind: "save",
      fields: await fieldsFor(id, { body: doc("Rewritten wording.") }),
    });
    const all = await t.db
      .select()
      .from(storyRevisions)
      .where(eq(storyRevisions.storyId, id))
      .orderBy(storyRevisions.id);
    const original = all.find((r) => JSON.stringify(r.snapshot.body).includes("Original wording"))!;
    await restoreRevision(t.db, reporter, id, original.id);
    const after = await t.db
      .select()
      .from(storyRevisions)
      .where(eq(storyRevisions.storyId, id))
      .orderBy(storyRevisions.id);
    assert.equal(after.length, all.length + 1);
    assert.deepEqual(
      after.slice(0, all.length).map((r) => r.id),
      all.map((r) => r.id),
      "older revisions untouched",
    );
    assert.equal(after.at(-1)!.kind, "restore");
    const [row] = await t.db.select({ text: stories.bodyText }).from(stories).where(eq(stories.id, id));
    assert.equal(row!.text, "Original wording.");
  });
});

describe("scheduled publishing", () => {
  it("publishes each due story exactly once with two runners at the same time", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const id = await storyInReview(`Scheduled ${i}`);
      await transition(t.db, editor, id, {
        action: "schedule",
        version: await version(id),
        scheduledFor: new Date(Date.now() + 60_000),
      });
      ids.push(id);
    }
    // Make them due now, as if the clock had moved on.
    await t.db.execute(
      sql`update stories set scheduled_for = now() - interval '1 second' where ${stories.id} in ${ids}`,
    );
    // Two independent connection pools stand in for two app processes.
    const second = createDb(t.url, 4);
    try {
      const runs = await Promise.all([
        (async () => (await Promise.all([publishDue(t.db, 3), publishDue(t.db, 3)])).flat())(),
        (async () => (await Promise.all([publishDue(second.db, 3), publishDue(second.db, 3)])).flat())(),
      ]);
      const rest = [...(await publishAllDue(t.db)), ...(await publishAllDue(second.db))];
      const published = [...runs.flat(), ...rest].map((p) => p.id).sort();
      assert.deepEqual(published, [...ids].sort(), "every story published once, none twice");
    } finally {
      await second.pool.end();
    }
    // The same publish as the desk's: one "story.publish" entry each, by nobody, saying when it was due.
    const entries = await t.db
      .select({ id: auditLog.targetId, actor: auditLog.actorId, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, "story.publish"), inArray(auditLog.targetId, ids)));
    assert.deepEqual(entries.map((e) => e.id).sort(), [...ids].sort());
    assert.ok(
      entries.every(
        (e) => e.actor === null && typeof (e.details as { scheduledFor?: unknown }).scheduledFor === "string",
      ),
    );
    const revisions = await t.db
      .select({ n: count() })
      .from(storyRevisions)
      .where(
        and(
          inArray(storyRevisions.storyId, ids),
          eq(storyRevisions.kind, "transition"),
          isNull(storyRevisions.savedById),
        ),
      );
    assert.equal(revisions[0]!.n, ids.length, "one revision each, saved by nobody");
    const states = await t.db
      .select({ status: stories.status, late: stories.publishedLate })
      .from(stories)
      .where(sql`${stories.id} in ${ids}`);
    assert.ok(states.every((s) => s.status === "published" && s.late === false));
  });

  it("puts a job on the queue at the story's time, moved when rescheduled, and the job publishes it", async () => {
    const id = await storyInReview("Queued for the morning");
    const jobs = async () =>
      (
        await t.db.execute<{ run_at: string }>(
          sql`select run_at from graphile_worker.jobs where key = ${`stories-due:publish:${id}`}`,
        )
      ).rows.map((r) => new Date(r.run_at).getTime());
    const first = new Date(Date.now() + 60_000);
    await transition(t.db, editor, id, { action: "schedule", version: await version(id), scheduledFor: first });
    assert.deepEqual(await jobs(), [first.getTime()], "one job, at the scheduled time");
    await transition(t.db, editor, id, { action: "cancelSchedule", version: await version(id) });
    const later = new Date(Date.now() + 120_000);
    await transition(t.db, editor, id, { action: "schedule", version: await version(id), scheduledFor: later });
    assert.deepEqual(await jobs(), [later.getTime()], "still one job, at the new time");
    await runDueJobs(t.db);
    assert.equal((await t.db.select().from(stories).where(eq(stories.id, id)))[0]!.status, "scheduled", "not yet");
    // The clock moves on to the story's time.
    await t.db.execute(sql`update stories set scheduled_for = now() where id = ${id}`);
    await t.db.execute(
      sql`select graphile_worker.reschedule_jobs(array(select id from graphile_worker.jobs), run_at := now())`,
    );
    await runDueJobs(t.db);
    assert.equal((await t.db.select().from(stories).where(eq(stories.id, id)))[0]!.status, "published");
    assert.deepEqual(await jobs(), [], "the job is done");
  });

  it("catches up on start: a story due while the app was down is published and flagged late", async () => {
    const id = await storyInReview("Missed while down");
    await transition(t.db, editor, id, {
      action: "schedule",
      version: await version(id),
      scheduledFor: new Date(Date.now() + 60_000),
    });
    await t.db.execute(sql`update stories set scheduled_for = now() - interval '2 hours' where id = ${id}`);
    const published = await publishAllDue(t.db); // what the app runs first thing on start
    assert.deepEqual(
      published.map((p) => [p.id, p.late]),
      [[id, true]],
    );
    const [row] = await t.db
      .select({ status: stories.status, late: stories.publishedLate, at: stories.publishedAt })
      .from(stories)
      .where(eq(stories.id, id));
    assert.equal(row!.status, "published");
    assert.equal(row!.late, true);
    assert.ok(Date.now() - row!.at!.getTime() < 60_000, "published now, not back-dated");
    assert.deepEqual(await publishAllDue(t.db), [], "nothing published twice");
  });
});
