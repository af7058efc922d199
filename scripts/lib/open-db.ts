// Command-line tools reach the same PostgreSQL as the web server: DATABASE_URL when set,
// otherwise the embedded server in the data dir (reused if running, started if not).
import { createDb, setDb, type Database } from "@/db";
import { ensureDatabase, type DatabaseHandle } from "@/db/embedded";
import { runMigrations } from "@/db/migrate";
import { env } from "@/lib/env";

export type Opened = { db: Database; url: string; handle: DatabaseHandle; close(): Promise<void> };

export async function openDatabase(opts: { log?: (m: string) => void } = {}): Promise<Opened> {
  const e = env();
  const handle = await ensureDatabase({ dataDir: e.dataDir, databaseUrl: e.DATABASE_URL, log: opts.log });
  const { db, pool } = createDb(handle.url, 4);
  setDb(db);
  await runMigrations(db);
  return {
    db,
    url: handle.url,
    handle,
    async close() {
      await pool.end();
      await handle.stop();
    },
  };
}

/** Prints one clear line on stderr and exits non-zero: the contract for every CLI error. */
export function die(message: string, code = 1): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(code);
}
