// The job queue against real PostgreSQL and real processes: several app processes' workers share
// the jobs, one killed in the middle of a job loses nothing and duplicates nothing, a write that
// rolls back queues nothing, the lesser app role can run the worker, and a stopping server hands
// its buffered views to the queue.
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { after, before, describe, it } from "node:test";
import { eq, sql, sum } from "drizzle-orm";
import pg from "pg";
import { grantAppRole } from "@/db/roles";
import { deliveries, sections, stories, storyViews, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { GRACE_SECONDS } from "@/lib/jobs/recover";
import { runDueJobs } from "@/lib/jobs/run-due";
import { freshDatabase, ROOT, stopTestServer, testServer, type TestDb } from "./helpers";

let t: TestDb;
let storyId: string;
let editorId: string;
const children: ChildProcess[] = [];

before(async () => {
  t = await freshDatabase();
  const [u] = await t.db
    .insert(users)
    .values({ email: "q-editor@example.com", name: "Queue Editor", passwordHash: "x", role: "editor" })
    .returning();
  const [r] = await t.db
    .insert(users)
    .values({ email: "q-reporter@example.com", name: "Queue Reporter", passwordHash: "x", role: "reporter" })
    .returning();
  const [s] = await t.db.insert(sections).values({ slug: "queue-city", name: "Queue City" }).returning();
  const [story] = await t.db
    .insert(stories)
    .values({
      slug: "ferry",
      headline: "Ferry timetable",
      sectionId: s!.id,
      createdById: r!.id,
      status: "published",
      publishedAt: new Date(),
    })
    .returning();
  storyId = story!.id;
  editorId = u!.id;
  await t.db.execute(sql`create table test_started (n int not null, pid int not null)`);
  await t.db.execute(sql`create table test_effects (n int not null, pid int not null)`);
  await t.db.execute(sql`create table test_release (x int)`);
});
after(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  await t.drop();
  await stopTestServer();
});

/** Starts a worker process (an app server's worker) and resolves once it takes jobs. */
function startProcess(env: Record<string, string> = {}, url = t.url): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "tests/integration/fixtures/queue-worker.ts")],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: url, ...env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  children.push(child);
  let err = "";
  child.stderr!.on("data", (c: Buffer) => (err += c));
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (c: Buffer) => {
      if (String(c).includes("ready")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`worker exited with ${code} before it was ready: ${err}`)));
  });
}

const exited = (c: ChildProcess) =>
  c.exitCode !== null || c.signalCode !== null ? Promise.resolve() : new Promise((r) => c.once("exit", r));

async function until<T>(what: string, probe: () => Promise<T | undefined>, seconds = 90): Promise<T> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await sleep(100);
  }
}

const rows = async <R extends Record<string, unknown>>(q: ReturnType<typeof sql>) => (await t.db.execute<R>(q)).rows;

describe("the job queue", () => {
  it("runs each job exactly once across two processes, one of them killed in the middle of a job", async () => {
    const [a, b] = await Promise.all([startProcess(), startProcess()]);
    const JOBS = 12;
    await t.db.execute(
      sql`select graphile_worker.add_job('test_effect', json_build_object('n', n)) from generate_series(1, ${JOBS}) n`,
    );
    // A holds at least one job, in the middle of it (started, side effect not yet written).
    const held = await until("a job in the first process", async () => {
      const r = await rows<{ n: number }>(sql`select n from test_started where pid = ${a.pid}`);
      return r.length > 0 ? r.map((x) => x.n) : undefined;
    });
    a.kill("SIGKILL");
    await exited(a);
    await t.db.execute(sql`insert into test_release values (1)`);
    // The dead worker's locks stay; once past the grace period a restarted server frees them.
    await until("the dead worker's locks to pass the grace period", async () => {
      const [r] = await rows<{ young: number }>(sql`
        select count(*)::int as young from graphile_worker.jobs
         where locked_by is not null and locked_at > now() - make_interval(secs => ${GRACE_SECONDS + 1})`);
      return r!.young === 0 ? true : undefined;
    });
    const c = await startProcess();
    await until("every test job to finish", async () => {
      const [r] = await rows<{ left: number }>(
        sql`select count(*)::int as left from graphile_worker.jobs where task_identifier = 'test_effect'`,
      );
      return r!.left === 0 ? true : undefined;
    });
    const effects = await rows<{ n: number; pid: number }>(sql`select n, pid from test_effects order by n`);
    assert.deepEqual(
      effects.map((e) => e.n),
      Array.from({ length: JOBS }, (_, i) => i + 1),
      "every job's side effect, each exactly once",
    );
    for (const n of held)
      assert.notEqual(effects.find((e) => e.n === n)!.pid, a.pid, `job ${n} was finished by a live process`);
    assert.ok(
      effects.every((e) => e.pid === b.pid || e.pid === c.pid),
      "the survivors did the work",
    );
    b.kill("SIGTERM");
    c.kill("SIGTERM");
    await Promise.all([exited(b), exited(c)]);
  });

  it("a write that rolls back queues nothing; the same write committed queues its deliveries", async () => {
    const jobs = async () =>
      (
        await rows<{ n: number }>(
          sql`select count(*)::int as n from graphile_worker.jobs where task_identifier = 'deliver'`,
        )
      )[0]!.n;
    const before = await jobs();
    const publish = (tx: Parameters<Parameters<typeof t.db.transaction>[0]>[0]) =>
      recordAudit(tx, { actorId: editorId, action: "story.publish", targetType: "story", targetId: storyId });
    await assert.rejects(
      t.db.transaction(async (tx) => {
        await publish(tx);
        assert.ok((await tx.select().from(deliveries)).length > 0, "the write made outbox rows");
        throw new Error("the write failed after notifying");
      }),
      /the write failed/,
    );
    assert.equal(await jobs(), before, "nothing queued");
    assert.equal((await t.db.select().from(deliveries)).length, 0);
    await t.db.transaction(publish);
    const queued = (await t.db.select().from(deliveries)).length;
    assert.ok(queued > 0);
    assert.equal(await jobs(), before + queued, "one job per outbox row");
  });

  it("runs as the lesser app role, on the grants db/roles.ts gives it", async () => {
    const role = `dateline_q_${randomBytes(4).toString("hex")}`;
    const password = randomBytes(12).toString("hex");
    const admin = new pg.Client({ connectionString: (await testServer()).handle.url });
    await admin.connect();
    await admin.query(`create role ${role} login password '${password}'`);
    try {
      await grantAppRole(t.db, role);
      const url = new URL(t.url);
      url.username = role;
      url.password = password;
      await t.db.execute(sql`grant select, insert on test_started, test_effects, test_release to ${sql.raw(role)}`);
      await t.db.execute(sql`insert into test_release values (1)`);
      await t.db.execute(sql`select graphile_worker.add_job('test_effect', json_build_object('n', 100))`);
      const worker = await startProcess({}, url.toString());
      await until("the app role's worker to run the job", async () => {
        const r = await rows<{ pid: number }>(sql`select pid from test_effects where n = 100`);
        return r.length === 1 && r[0]!.pid === worker.pid ? true : undefined;
      });
      worker.kill("SIGTERM");
      await exited(worker);
      assert.equal(worker.exitCode, 0, "stopped cleanly");
    } finally {
      await admin.query(`drop owned by ${role}`).catch(() => {});
      await admin.query(`drop role if exists ${role}`).catch(() => {});
      await admin.end();
    }
  });

  it("a server stopping hands its buffered views to the queue, and they are counted", async () => {
    const total = async () =>
      Number(
        (
          await t.db
            .select({ n: sum(storyViews.views) })
            .from(storyViews)
            .where(eq(storyViews.storyId, storyId))
        )[0]!.n ?? 0,
      );
    const worker = await startProcess({ QUEUE_TEST_VIEWS: `${storyId}:7` });
    assert.equal(await total(), 0, "nothing written while it runs (its timer is an hour)");
    worker.kill("SIGTERM");
    await exited(worker);
    assert.equal(worker.exitCode, 0);
    await runDueJobs(t.db); // whichever server takes the job next
    assert.equal(await total(), 7);
  });
});
