// Applies the committed SQL migrations, and the job queue's own (graphile-worker's, in schema
// graphile_worker) before them. Both need the owner's rights, so they run here, at migrate time,
// never from a web server's lesser role. An advisory lock keeps two processes starting at once
// from racing; drizzle's journal table and graphile-worker's make a second run a no-op.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { runMigrations as migrateQueue } from "graphile-worker";
import type pg from "pg";
import { queueLogger } from "@/lib/jobs/logger";
import { queueOrphanDeliveries } from "@/lib/notifications/outbox";
import type { Database } from "./index";

const MIGRATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");
const LOCK_KEY = 7_240_301; // arbitrary, fixed: "dateline migrations"

export async function runMigrations(db: Database): Promise<void> {
  await withAdvisoryLock(db, LOCK_KEY, async () => {
    await migrateQueue({ pgPool: poolOf(db), logger: queueLogger });
    await migrate(db, { migrationsFolder: MIGRATIONS });
    // Outbox rows from before the queue (or written around it) get their jobs now.
    await queueOrphanDeliveries(db);
  });
}

/**
 * The job queue's schema alone, for a start that finds our own migrations current: an upgrade can
 * bring a new graphile-worker (or the queue itself) without one of ours. A no-op when current.
 */
export async function runQueueMigrations(db: Database): Promise<void> {
  await withAdvisoryLock(db, LOCK_KEY, async () => {
    await migrateQueue({ pgPool: poolOf(db), logger: queueLogger });
    await queueOrphanDeliveries(db);
  });
}

/** drizzle keeps the pool it was made with as $client; graphile-worker migrates through it. */
function poolOf(db: Database): pg.Pool {
  return (db as unknown as { $client: pg.Pool }).$client;
}

export async function withAdvisoryLock<T>(db: Database, key: number, work: () => Promise<T>): Promise<T> {
  // Session-level locks belong to one connection, so hold a dedicated one for the duration.
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${key})`);
    return work();
  });
}
