// The job queue's worker, one per app process, started with the server (instrumentation.ts) and
// stopped before it exits (scripts/serve.ts through ./shutdown.ts). graphile-worker takes jobs
// with FOR UPDATE SKIP LOCKED, so with any number of app servers each job runs in one of them;
// LISTEN/NOTIFY wakes it when a job is added, and it polls each second for jobs that came due.
// See docs/adr/0005-job-queue.md.
import { EventEmitter } from "node:events";
import { run, type Runner, type TaskList, type WorkerEvents } from "graphile-worker";
import pg from "pg";
import { databaseUrl } from "@/lib/env";
import { logLine } from "@/lib/observe/shared";
import { FLUSH_MS, processViewBuffer } from "@/lib/views";
import { cronItems } from "./crontab";
import { queueLogger } from "./logger";
import { openBeacon, type Beacon } from "./recover";
import { taskList } from "./tasks";

/** Jobs one process runs at once: a slow webhook must not hold up a scheduled story. */
export const CONCURRENCY = 3;
/** How often a worker looks for jobs that came due (a scheduled story's time, a retry). */
export const POLL_MS = 1_000;

type Running = { stop(): Promise<void> };
const g = globalThis as unknown as { __datelineQueue?: Running };

/** Every pool this process runs keeps a beacon connection (./recover.ts) while it lives. */
export function withBeacons(url: string): { events: WorkerEvents; closeAll(): Promise<void> } {
  const events: WorkerEvents = new EventEmitter();
  const beacons: Beacon[] = [];
  events.on("pool:create", ({ workerPool }) => beacons.push(openBeacon(url, workerPool.id)));
  return { events, closeAll: async () => void (await Promise.all(beacons.map((b) => b.close()))) };
}

/** The process's view buffer goes to the queue as one job (lib/views.ts). */
async function handOffViews(runner: Runner): Promise<void> {
  const buffer = processViewBuffer();
  if (buffer.size === 0) return;
  const views = buffer.take();
  try {
    await runner.addJob("count_views", { views });
  } catch (e) {
    buffer.restore(views);
    logLine("error", `[views] hand-off failed: ${e instanceof Error ? e.message : e}`);
  }
}

export type WorkerOptions = {
  url?: string;
  /** Tasks besides Dateline's own (the integration tests' side-effect counter). */
  extraTasks?: TaskList;
  /** How often the view buffer goes to the queue (tests set it long, to see the one at shutdown). */
  viewsEveryMs?: number;
};

/** Starts this process's worker; rejects if the database cannot be reached (see startWorkerSoon). */
export async function startWorker(opts: WorkerOptions = {}): Promise<void> {
  if (g.__datelineQueue) return;
  const url = opts.url ?? databaseUrl();
  const pool = new pg.Pool({ connectionString: url, max: CONCURRENCY + 2 });
  // A lost connection fails the query that used it (and the queue retries); never the process.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  const beacons = withBeacons(url);
  let runner: Runner | undefined;
  const release = async () => {
    await runner?.stop().catch(() => {}); // waits for the jobs in hand
    await beacons.closeAll();
    await pool.end().catch(() => {});
  };
  try {
    runner = await run({
      pgPool: pool,
      taskList: { ...taskList, ...opts.extraTasks },
      parsedCronItems: cronItems(),
      concurrency: CONCURRENCY,
      pollInterval: POLL_MS,
      noHandleSignals: true,
      logger: queueLogger,
      events: beacons.events,
    });
    // At start: publish what fell due while the app was down, and free the jobs of a worker that
    // died (this process's previous life, most often). Keyed, so servers starting together add one.
    await runner.addJob("stories_due", {}, { jobKey: "stories-due:start" });
    await runner.addJob("queue_recover", {}, { jobKey: "queue-recover:start" });
  } catch (e) {
    await release();
    throw e;
  }
  const running = runner;
  const timer = setInterval(() => void handOffViews(running), opts.viewsEveryMs ?? FLUSH_MS);
  timer.unref();
  let stopping: Promise<void> | undefined;
  g.__datelineQueue = {
    stop: () =>
      (stopping ??= (async () => {
        clearInterval(timer);
        await handOffViews(running);
        // A job still running when the process exits is freed by recovery in another.
        await release();
      })()),
  };
  // The pool gave up (its database gone for good, say): start afresh rather than run without one.
  void running.promise
    .catch((e: unknown) => logLine("error", `[queue] worker stopped: ${e instanceof Error ? e.message : e}`))
    .then(async () => {
      if (stopping) return;
      clearInterval(timer);
      await release();
      g.__datelineQueue = undefined;
      startWorkerSoon(opts);
    });
  logLine("info", `[queue] worker started (${CONCURRENCY} at a time)`);
}

/** For the server: starts the worker, and keeps trying every 5 s while the database is away. */
export function startWorkerSoon(opts: WorkerOptions = {}): void {
  startWorker(opts).catch((e: unknown) => {
    logLine("error", `[queue] worker could not start, trying again in 5 s: ${e instanceof Error ? e.message : e}`);
    setTimeout(() => startWorkerSoon(opts), 5_000).unref();
  });
}

export { stopWorker } from "./shutdown";
