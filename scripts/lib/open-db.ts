// Command-line tools reach the same PostgreSQL as the web server: DATABASE_URL when set,
// otherwise the embedded server in the data dir (reused if running, started if not).
import type pg from "pg";
import { createDb, setDb, TOOL_DB_TIMEOUTS, type Database } from "@/db";
import { ensureDatabase, type DatabaseHandle } from "@/db/embedded";
import { runMigrations, runQueueMigrations } from "@/db/migrate";
import { grantAppRole } from "@/db/roles";
import { env } from "@/lib/env";
import { latestMigration, readiness } from "@/lib/readiness";
import { ROOT } from "./build";

/** `db` and `url` are the owner's; `appUrl` is what the web servers get as DATABASE_URL. */
export type Opened = { db: Database; url: string; appUrl: string; handle: DatabaseHandle; close(): Promise<void> };

export async function openDatabase(opts: { log?: (m: string) => void } = {}): Promise<Opened> {
  const e = env();
  const handle = await ensureDatabase({
    dataDir: e.dataDir,
    databaseUrl: e.DATABASE_URL,
    ownerUrl: e.DATABASE_OWNER_URL,
    log: opts.log,
  });
  const { db, pool } = createDb(handle.url, 4, TOOL_DB_TIMEOUTS);
  setDb(db);
  await migrateIfBehind(db, pool);
  // After every migration, so a table added by one is never left without the app's rights.
  const appRole = roleOf(handle.appUrl);
  if (appRole !== roleOf(handle.url)) await grantAppRole(db, appRole);
  return {
    db,
    url: handle.url,
    appUrl: handle.appUrl,
    handle,
    async close() {
      await pool.end();
      await handle.stop();
    },
  };
}

/**
 * Applies pending migrations. An app server given only the app role's URL (db/roles.ts) finds the
 * schema current and never tries: that role may not, and need not, change it.
 */
async function migrateIfBehind(db: Database, pool: pg.Pool): Promise<void> {
  const state = await readiness(pool, await latestMigration(ROOT));
  try {
    // The job queue's schema is checked on every start (a no-op when current).
    if (state.ready) await runQueueMigrations(db);
    else await runMigrations(db);
  } catch (e) {
    const code = (e as { code?: string; cause?: { code?: string } }).cause?.code ?? (e as { code?: string }).code;
    if (code !== "42501") throw e;
    throw new Error(
      `${state.ready ? "the job queue's schema is missing or behind" : state.reason}, and DATABASE_URL's role may not apply it. ` +
        "Set DATABASE_OWNER_URL to the owner's URL (docs/database-roles.md) and run `npm run db:migrate`.",
    );
  }
}

function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/** Prints one clear line on stderr and exits non-zero: the contract for every CLI error. */
export function die(message: string, code = 1): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(code);
}
