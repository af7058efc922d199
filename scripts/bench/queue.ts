// The job queue (`npm run bench -- queue`): two worker processes, as two app servers run them, on
// one database. Measures how long a job waits between the commit of the write that added it and
// the start of its task (LISTEN/NOTIFY wake-up), and how many outbox emails per second the two
// send (the real "deliver" task, writing .eml files to a temporary data dir).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { percentile } from "./server";

export type QueueBench = Record<string, number | string>;

const self = fileURLToPath(import.meta.url);
const node = (args: string[], env: Record<string, string>): ChildProcess =>
  spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", self, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, ...env },
  });

export async function benchQueue(opts: { pings: number; emails: number }): Promise<QueueBench> {
  const { ensureDatabase } = await import("@/db/embedded");
  const { createDb, setDb } = await import("@/db");
  const { runMigrations } = await import("@/db/migrate");
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-bench-queue-"));
  const handle = await ensureDatabase({ dataDir, databaseUrl: process.env.DATABASE_URL });
  const { db, pool } = createDb(handle.url, 4);
  setDb(db);
  const workers: ChildProcess[] = [];
  try {
    await runMigrations(db);
    await pool.query("create table bench_pings (n int, started timestamptz default clock_timestamp())");
    const env = { DATABASE_URL: handle.url, DATELINE_DATA_DIR: dataDir };
    for (let i = 0; i < 2; i++) {
      const w = node(["--worker"], env);
      workers.push(w);
      await new Promise<void>((resolve) =>
        w.stdout!.on("data", (d: Buffer) => String(d).includes("ready") && resolve()),
      );
    }
    // Latency: one job per committed transaction, spaced so each wakes an idle worker.
    const waits: number[] = [];
    for (let n = 0; n < opts.pings; n++) {
      const committed = Date.now();
      await pool.query("select graphile_worker.add_job('bench_ping', json_build_object('n', $1::int))", [n]);
      for (;;) {
        const { rows } = await pool.query<{ started: Date }>("select started from bench_pings where n = $1", [n]);
        if (rows[0]) {
          waits.push(rows[0].started.getTime() - committed);
          break;
        }
        await sleep(2);
      }
      await sleep(50);
    }
    // Throughput: the outbox rows and their jobs in one transaction, sent by both workers.
    await pool.query(
      `with d as (
         insert into deliveries (channel, recipient, payload)
         select 'email', 'desk' || g || '@example.com',
                json_build_object('subject', 'Bench ' || g, 'text', 'The outbox under load.')
           from generate_series(1, $1::int) g returning id)
       select graphile_worker.add_job('deliver', json_build_object('id', id), job_key := 'delivery:' || id) from d`,
      [opts.emails],
    );
    const started = Date.now();
    for (;;) {
      const { rows } = await pool.query<{ n: number }>(
        "select count(*)::int as n from deliveries where delivered_at is null",
      );
      if (rows[0]!.n === 0) break;
      await sleep(50);
    }
    const seconds = (Date.now() - started) / 1000;
    return {
      "job start after commit, p50 ms": percentile(waits, 50),
      "job start after commit, p95 ms": percentile(waits, 95),
      [`${opts.emails} emails by 2 workers, s`]: Math.round(seconds * 10) / 10,
      "emails/s": Math.round(opts.emails / seconds),
    };
  } finally {
    for (const w of workers) w.kill("SIGTERM");
    await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode === null ? w.once("exit", r) : r(null)))));
    await pool.end();
    await handle.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

async function worker(): Promise<void> {
  const { startWorker, stopWorker } = await import("@/lib/jobs/worker");
  await startWorker({
    extraTasks: {
      async bench_ping(payload, helpers) {
        await helpers.query("insert into bench_pings (n) values ($1)", [(payload as { n: number }).n]);
      },
    },
  });
  process.on("SIGTERM", () => void stopWorker().then(() => process.exit(0)));
  console.log("ready");
}

if (process.argv.includes("--worker")) await worker();
