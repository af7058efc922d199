// Notifications against real PostgreSQL, a real mail folder and a real HTTP receiver: what each
// newsroom event writes in the same transaction, and how the outbox delivers, signs and retries.
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { after, before, beforeEach, describe, it } from "node:test";
import { eq, inArray, isNull, sql } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { deliveries, notifications, sections, stories, webhooks } from "@/db/schema";
import { runDueJobs } from "@/lib/jobs/run-due";
import { MAX_ATTEMPTS, retryDelayMs } from "@/lib/notifications/outbox";
import { mailFolder } from "@/lib/notifications/mail";
import { verify } from "@/lib/notifications/webhook-call";
import { createWebhook } from "@/lib/notifications/webhooks";
import { addCorrection } from "@/lib/stories/corrections";
import { addNote } from "@/lib/stories/notes";
import { publishAllDue } from "@/lib/stories/scheduler";
import { createStory, saveStory } from "@/lib/stories/store";
import { transition } from "@/lib/stories/transition";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, tempDir, type TestDb } from "./helpers";

let t: TestDb;
type Person = { id: string; role: "reporter" | "editor"; name: string };
let reporter: Person, otherReporter: Person, editor: Person, secondEditor: Person;
let sectionId: string;
let dataDir: string;

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

async function version(id: string): Promise<number> {
  const [row] = await t.db.select({ v: stories.version }).from(stories).where(eq(stories.id, id));
  return row!.v;
}

async function draft(by: Person, headline: string): Promise<string> {
  const { currentSnapshot } = await import("@/db/queries/snapshots");
  const { id } = await createStory(t.db, by);
  const [row] = await t.db.select().from(stories).where(eq(stories.id, id));
  const snap = await currentSnapshot(t.db, row!);
  await saveStory(t.db, by, id, {
    version: await version(id),
    kind: "save",
    fields: {
      ...snap,
      headline,
      sectionId,
      slug: `n-${Math.random().toString(36).slice(2)}`,
      body: doc("Launches leave every twenty minutes."),
    },
  });
  return id;
}

const inbox = async (userId: string) =>
  t.db
    .select({ kind: notifications.kind, storyId: notifications.storyId, excerpt: notifications.excerpt })
    .from(notifications)
    .where(eq(notifications.userId, userId));

before(async () => {
  dataDir = await tempDir("dateline-mail-");
  // The mail folder lives in the data dir; env() is read lazily, on first use, after this.
  process.env.DATELINE_DATA_DIR = dataDir;
  t = await freshDatabase();
  const ctx = { actorId: null, via: "cli" as const };
  const make = async (email: string, name: string, role: "reporter" | "editor") => {
    const u = await createUser(t.db, { email, name, role, password: "long enough password" }, ctx);
    return { id: u.id, role, name: u.name };
  };
  reporter = await make("rumana@example.com", "Rumana Reporter", "reporter");
  otherReporter = await make("kamal@example.com", "Kamal Reporter", "reporter");
  editor = await make("emdad@example.com", "Emdad Editor", "editor");
  secondEditor = await make("nasrin@example.com", "Nasrin Editor", "editor");
  const [s] = await t.db.insert(sections).values({ slug: "city", name: "City" }).returning();
  sectionId = s!.id;
});
beforeEach(async () => {
  await t.db.delete(webhooks).where(sql`true`);
  await t.db.delete(deliveries).where(sql`true`);
  await t.db.delete(notifications).where(sql`true`);
  await t.db.execute(sql`select graphile_worker.complete_jobs(array(select id from graphile_worker.jobs))`);
});
after(async () => {
  await t.drop();
  await stopTestServer();
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe("events write notifications in their own transaction", () => {
  it("a submission tells both editors, and the send-back tells the reporter with the editor's note", async () => {
    const id = await draft(reporter, "Ferry fares rise on the Buriganga");
    await transition(t.db, reporter, id, { action: "submit", version: await version(id) });
    assert.deepEqual(
      (await inbox(editor.id)).map((n) => n.kind),
      ["submitted"],
    );
    assert.deepEqual(
      (await inbox(secondEditor.id)).map((n) => n.kind),
      ["submitted"],
    );
    assert.deepEqual(await inbox(reporter.id), []);

    await transition(t.db, editor, id, { action: "sendBack", version: await version(id), note: "Add the new fares." });
    assert.deepEqual(await inbox(reporter.id), [{ kind: "sent_back", storyId: id, excerpt: "Add the new fares." }]);
  });

  it("a refused transition tells no one (the write and its notifications roll back together)", async () => {
    const id = await draft(reporter, "Rolled back");
    await assert.rejects(transition(t.db, reporter, id, { action: "submit", version: (await version(id)) - 1 }));
    assert.deepEqual(await inbox(editor.id), []);
    const [n] = await t.db.select({ n: sql<number>`count(*)::int` }).from(deliveries);
    assert.equal(n!.n, 0);
  });

  it("a note with @mentions tells the mentioned, but never someone who may not open the story", async () => {
    const id = await draft(reporter, "Metro rail night service");
    const added = await addNote(t.db, editor, id, "@nasrin please check the timetable. @kamal, too?");
    // The writer is told that @kamal reached no one (issue 19, item 21).
    assert.deepEqual(added.unreachedMentions, ["kamal"]);
    assert.deepEqual(await inbox(secondEditor.id), [
      { kind: "mentioned", storyId: id, excerpt: "@nasrin please check the timetable. @kamal, too?" },
    ]);
    assert.deepEqual(
      (await inbox(reporter.id)).map((n) => n.kind),
      ["noted"],
    );
    // Kamal is a reporter; this is Rumana's draft, which he cannot open.
    assert.deepEqual(await inbox(otherReporter.id), []);
  });

  it("a scheduled story going live tells the reporter and the editor who scheduled it", async () => {
    const id = await draft(reporter, "Budget session opens");
    await transition(t.db, reporter, id, { action: "submit", version: await version(id) });
    await transition(t.db, editor, id, {
      action: "schedule",
      version: await version(id),
      scheduledFor: new Date(Date.now() + 60_000),
    });
    await t.db.execute(sql`update stories set scheduled_for = now() - interval '1 second' where id = ${id}`);
    await publishAllDue(t.db);
    assert.ok((await inbox(reporter.id)).some((n) => n.kind === "published_on_schedule" && n.storyId === id));
    assert.ok((await inbox(editor.id)).some((n) => n.kind === "published_on_schedule" && n.storyId === id));
  });
});

describe("the reporter hears what happened to a live story (issue 19, item 21)", () => {
  it("a correction tells the reporter, quoting it; a takedown tells the reporter too", async () => {
    const id = await draft(reporter, "Water supply cut in Mirpur");
    await transition(t.db, reporter, id, { action: "submit", version: await version(id) });
    await transition(t.db, editor, id, { action: "publish", version: await version(id) });
    await t.db.delete(notifications).where(sql`true`);

    await addCorrection(t.db, editor, id, { kind: "correction", body: "The cut lasts until Friday, not Thursday." });
    assert.deepEqual(await inbox(reporter.id), [
      { kind: "corrected", storyId: id, excerpt: "The cut lasts until Friday, not Thursday." },
    ]);
    await transition(t.db, secondEditor, id, { action: "unpublish", version: await version(id) });
    assert.deepEqual(
      (await inbox(reporter.id)).map((n) => n.kind),
      ["corrected", "unpublished"],
    );
    // The editors who acted are not told of their own work.
    assert.deepEqual(await inbox(editor.id), []);
    assert.deepEqual(await inbox(secondEditor.id), []);
  });

  it("an @mention in a send-back's note tells the person named, besides the reporter", async () => {
    const id = await draft(reporter, "Rickshaw ban on VIP road");
    await transition(t.db, reporter, id, { action: "submit", version: await version(id) });
    await t.db.delete(notifications).where(sql`true`);
    const sent = await transition(t.db, editor, id, {
      action: "sendBack",
      version: await version(id),
      note: "Needs the police statement. @nasrin can you help her? cc @nusrat.j @emdad",
    });
    // Nobody's email starts nusrat.j: the answer names the miss; naming yourself is not one.
    assert.deepEqual(sent.unreachedMentions, ["nusrat.j"]);
    assert.deepEqual(
      (await inbox(reporter.id)).map((n) => n.kind),
      ["sent_back"],
    );
    assert.deepEqual(
      (await inbox(secondEditor.id)).map((n) => n.kind),
      ["mentioned"],
    );
  });
});

/** The queue's jobs for outbox rows: attempts made and when the next is due. */
async function deliveryJobs(): Promise<{ key: string; attempts: number; runAt: Date }[]> {
  const { rows } = await t.db.execute<{ key: string; attempts: number; run_at: string }>(
    sql`select key, attempts, run_at from graphile_worker.jobs where task_identifier = 'deliver' order by id`,
  );
  return rows.map((r) => ({ key: r.key, attempts: r.attempts, runAt: new Date(r.run_at) }));
}

/** Time passes: every waiting job is due now. */
async function everythingDueNow(): Promise<void> {
  await t.db.execute(
    sql`select graphile_worker.reschedule_jobs(array(select id from graphile_worker.jobs), run_at := now())`,
  );
}

const delivered = async () =>
  (
    await t.db
      .select()
      .from(deliveries)
      .where(sql`${deliveries.deliveredAt} is not null`)
  ).length;

describe("the outbox", () => {
  it("writes each email to the mail folder once, addressed to the person", async () => {
    const id = await draft(reporter, "Dhaka's new bus routes");
    await transition(t.db, reporter, id, { action: "submit", version: await version(id) });
    await transition(t.db, editor, id, { action: "sendBack", version: await version(id), note: "Name the routes." });
    // Each outbox row was queued with the write that made it.
    assert.equal((await deliveryJobs()).length, 3);
    await runDueJobs(t.db);
    assert.equal(await delivered(), 3); // two editors told of the submission, the reporter of the send-back
    assert.deepEqual(await deliveryJobs(), [], "every job finished");
    assert.equal(mailFolder(), path.join(dataDir, "mail"));
    // Read back with a mail parser, as a mail client would (headers are RFC 2047-encoded).
    const files = (await fs.readdir(mailFolder())).filter((f) => f.endsWith(".eml"));
    const mails = await Promise.all(
      files.map(async (f) => simpleParser(await fs.readFile(path.join(mailFolder(), f)))),
    );
    assert.deepEqual(mails.map((m) => m.to && !Array.isArray(m.to) && m.to.text).sort(), [
      "emdad@example.com",
      "nasrin@example.com",
      "rumana@example.com",
    ]);
    const toRumana = mails.find((m) => m.to && !Array.isArray(m.to) && m.to.text === "rumana@example.com")!;
    assert.equal(toRumana.subject, "Emdad Editor sent back “Dhaka's new bus routes”");
    assert.match(toRumana.text ?? "", /> Name the routes\./);
    assert.match(toRumana.text ?? "", new RegExp(`Open the story: http://\\S+/dashboard/stories/${id}\\n`));
    // Delivered rows are not sent again, even if their job ran twice (a crash after the send).
    const { queueDeliveries } = await import("@/lib/notifications/outbox");
    await queueDeliveries(
      t.db,
      (await t.db.select({ id: deliveries.id }).from(deliveries)).map((d) => d.id),
    );
    await runDueJobs(t.db);
    assert.equal((await fs.readdir(mailFolder())).filter((f) => f.endsWith(".eml")).length, 3);
  });

  it("POSTs a signed event to each webhook, and retries one that fails with growing waits", async () => {
    const received: { body: string; signature: string; event: string }[] = [];
    let failuresLeft = 1;
    const server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c));
      req.on("end", () => {
        if (failuresLeft-- > 0) return void res.writeHead(503).end();
        received.push({
          body,
          signature: String(req.headers["dateline-signature"]),
          event: String(req.headers["dateline-event"]),
        });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      const hook = await createWebhook(t.db, { url, events: ["published"] }, { actorId: editor.id });
      const id = await draft(reporter, "Padma bridge toll cut");
      await transition(t.db, reporter, id, { action: "submit", version: await version(id) });
      await transition(t.db, editor, id, { action: "publish", version: await version(id) });

      // Only the publish reaches this hook (it asked for "published" alone); the first call fails.
      const before = Date.now();
      await runDueJobs(t.db);
      const [row] = await t.db.select().from(deliveries).where(eq(deliveries.channel, "webhook"));
      assert.equal(row!.attempts, 1);
      assert.equal(row!.lastStatus, 503);
      assert.equal(row!.deliveredAt, null);
      assert.equal(received.length, 0);
      // The queue holds the retry, after the wait the admin's log shows.
      const [job] = (await deliveryJobs()).filter((j) => j.key === `delivery:${row!.id}`);
      assert.equal(job!.attempts, 1);
      const wait = job!.runAt.getTime() - before;
      assert.ok(wait >= retryDelayMs(1) - 1_000, `next try in about ${retryDelayMs(1)} ms, not ${wait}`);
      assert.ok(Math.abs(row!.nextAttemptAt.getTime() - job!.runAt.getTime()) < 5_000, "the log says when");

      // Time passes; the retry is delivered, signed with the hook's secret.
      await everythingDueNow();
      await runDueJobs(t.db);
      assert.equal(received.length, 1);
      const event = JSON.parse(received[0]!.body) as { event: string; story: { id: string; headline: string } };
      assert.equal(event.event, "published");
      assert.equal(received[0]!.event, "published");
      assert.deepEqual([event.story.id, event.story.headline], [id, "Padma bridge toll cut"]);
      assert.ok(verify(hook.secret, received[0]!.body, received[0]!.signature), "the signature verifies");
      assert.ok(!verify("whsec_wrong", received[0]!.body, received[0]!.signature));
      const [done] = await t.db.select().from(deliveries).where(eq(deliveries.id, row!.id));
      assert.equal(done!.attempts, 2);
      assert.ok(done!.deliveredAt);
    } finally {
      server.close();
    }
  });

  it("gives up after the last attempt and keeps the reason", async () => {
    await createWebhook(t.db, { url: "http://127.0.0.1:9/nothing-listens", events: [] }, { actorId: editor.id });
    const id = await draft(reporter, "Unreachable receiver");
    await transition(t.db, reporter, id, { action: "submit", version: await version(id) });
    const attempts = async () =>
      (await t.db.select({ n: deliveries.attempts }).from(deliveries).where(eq(deliveries.channel, "webhook")))[0]?.n ??
      0;
    // Each round makes every job due and runs what is due. Under CI's load one round once ran
    // nothing (the count ended one attempt short), so rounds go on until the attempts stop
    // growing: giving up early, late or never still fails below.
    for (let i = 0, last = -1; i < MAX_ATTEMPTS * 2; i++) {
      await everythingDueNow();
      await runDueJobs(t.db);
      const now = await attempts();
      if (now >= MAX_ATTEMPTS && now === last) break;
      last = now;
    }
    const [row] = await t.db.select().from(deliveries).where(eq(deliveries.channel, "webhook"));
    assert.equal(row!.attempts, MAX_ATTEMPTS);
    assert.ok(row!.failedAt, "given up");
    assert.ok(row!.lastError, "the reason is kept");
    // And it is not tried again: its job is finished, not left failing in the queue.
    assert.deepEqual(
      (await deliveryJobs()).filter((j) => j.key === `delivery:${row!.id}`),
      [],
    );
    await everythingDueNow();
    await runDueJobs(t.db);
    const [again] = await t.db.select().from(deliveries).where(eq(deliveries.id, row!.id));
    assert.equal(again!.attempts, MAX_ATTEMPTS);
  });

  it("two processes sending at once deliver each email exactly once", async () => {
    const id = await draft(reporter, "Two senders");
    await transition(t.db, reporter, id, { action: "submit", version: await version(id) });
    const { createDb } = await import("@/db");
    const second = createDb(t.url, 3);
    try {
      const pending = await t.db.select({ id: deliveries.id }).from(deliveries).where(isNull(deliveries.deliveredAt));
      assert.equal(pending.length, 2);
      await Promise.all([runDueJobs(t.db), runDueJobs(second.db)]);
      const rows = await t.db
        .select({ attempts: deliveries.attempts, deliveredAt: deliveries.deliveredAt })
        .from(deliveries)
        .where(
          inArray(
            deliveries.id,
            pending.map((p) => p.id),
          ),
        );
      assert.deepEqual(
        rows.map((r) => [r.attempts, r.deliveredAt !== null]),
        [
          [1, true],
          [1, true],
        ],
      );
    } finally {
      await second.pool.end();
    }
  });
});
