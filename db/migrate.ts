// Applies the committed SQL migrations. An advisory lock keeps two processes starting at
// once from racing; drizzle's journal table makes a second run a no-op.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type { Database } from "./index";

const MIGRATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");
const LOCK_KEY = 7_240_301; // arbitrary, fixed: "dateline migrations"

export async function runMigrations(db: Database): Promise<void> {
  await withAdvisoryLock(db, LOCK_KEY, () => migrate(db, { migrationsFolder: MIGRATIONS }));
}

export async function withAdvisoryLock<T>(db: Database, key: number, work: () => Promise<T>): Promise<T> {
  // Session-level locks belong to one connection, so hold a dedicated one for the duration.
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${key})`);
    return work();
  });
}
