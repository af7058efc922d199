// A worker killed mid-job (SIGKILL, a crash, a machine lost) leaves its jobs locked, and
// graphile-worker frees such locks only after four hours. Each worker pool here therefore keeps
// one connection open whose application_name carries the pool's id — a beacon. PostgreSQL drops a
// dead process's connections at once, so a locked job whose pool has no beacon belongs to a dead
// worker, and recovery hands it back to the queue with graphile-worker's own
// force_unlock_workers(). Recovery runs when a worker starts (the restart after a crash) and
// every minute from the crontab, so a job lost with its server runs again within about a minute.
import { sql } from "drizzle-orm";
import pg from "pg";
import type { DbOrTx } from "@/db";
import { logLine } from "@/lib/observe/shared";

export const BEACON_PREFIX = "dateline-queue:";
/**
 * A pool locks its first job a few milliseconds before its beacon is connected; locks younger
 * than this are never taken for a dead worker's.
 */
export const GRACE_SECONDS = 10;

export type Beacon = { close(): Promise<void> };

/** Opens (and keeps reopening, until closed) the beacon connection for pool `poolId`. */
export function openBeacon(url: string, poolId: string): Beacon {
  let client: pg.Client | null = null;
  let closed = false;
  const connect = () => {
    if (closed) return;
    const c = new pg.Client({ connectionString: url, application_name: BEACON_PREFIX + poolId });
    client = c;
    let retried = false;
    // Lost or never made: try again in a second. Until then this pool's locks pass for a dead
    // worker's only once they are older than the grace period.
    const retry = () => {
      if (closed || retried) return;
      retried = true;
      c.end().catch(() => {});
      setTimeout(connect, 1_000).unref();
    };
    c.on("error", retry);
    c.on("end", retry);
    c.connect().catch((e: unknown) => {
      logLine("warn", `[queue] beacon connection failed, retrying: ${e instanceof Error ? e.message : e}`);
      retry();
    });
  };
  connect();
  return {
    async close() {
      closed = true;
      await client?.end().catch(() => {});
    },
  };
}

/** Frees the jobs of worker pools that no longer exist; returns how many pools were dead. */
export async function unlockDeadWorkers(db: DbOrTx): Promise<number> {
  const { rows } = await db.execute<{ dead: number }>(sql`
    with dead as (
      select array_agg(distinct j.locked_by) as ids
        from graphile_worker.jobs j
       where j.locked_by is not null
         and j.locked_at < now() - make_interval(secs => ${GRACE_SECONDS})
         and not exists (
           select 1 from pg_stat_activity a where a.application_name = ${BEACON_PREFIX} || j.locked_by
         )
    )
    select cardinality(ids) as dead, graphile_worker.force_unlock_workers(ids) from dead where ids is not null`);
  const dead = Number(rows[0]?.dead ?? 0);
  if (dead > 0) logLine("warn", `[queue] freed the jobs of ${dead} stopped worker${dead === 1 ? "" : "s"}`);
  return dead;
}
