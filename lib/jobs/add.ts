// Adding a job is part of the write that needs it: graphile-worker's own SQL function, run on the
// write's transaction (or client), so a write that rolls back queues nothing and a committed one
// always has its job. The worker itself (./worker.ts) runs the jobs.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";

/** Every task the queue knows (./tasks.ts implements each); one list so a typo cannot queue a job no one runs. */
export const TASKS = [
  "deliver",
  "stories_due",
  "count_views",
  "media_sweep",
  "sessions_prune",
  "view_readers_prune",
  "queue_recover",
] as const;
export type TaskName = (typeof TASKS)[number];

export type JobOptions = {
  /** Not before this time (default: now). */
  runAt?: Date;
  /**
   * At most one waiting job per key: adding again replaces the waiting one (its payload and time),
   * so a story rescheduled three times has one job, at its latest time.
   */
  key?: string;
  /** Tries before the job is given up (graphile-worker's default is 25). */
  maxAttempts?: number;
};

export async function addJob(db: DbOrTx, task: TaskName, payload: object = {}, opts: JobOptions = {}): Promise<void> {
  await db.execute(sql`select graphile_worker.add_job(
    ${task}::text,
    payload => ${JSON.stringify(payload)}::json,
    run_at => ${opts.runAt?.toISOString() ?? null}::timestamptz,
    max_attempts => ${opts.maxAttempts ?? null}::int,
    job_key => ${opts.key ?? null}::text
  )`);
}
