// Integration tests run against real PostgreSQL: the embedded server in a throwaway data dir
// (one per test file), or the server in TEST_DATABASE_URL when given. Each test gets a fresh
// database on that server.
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, setDb, type Database } from "@/db";
import { ensureDatabase, type DatabaseHandle } from "@/db/embedded";
import { runMigrations } from "@/db/migrate";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

export async function tempDir(prefix = "dateline-test-"): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  return dir;
}

let server: Promise<{ handle: DatabaseHandle; dataDir: string }> | undefined;

export function testServer(): Promise<{ handle: DatabaseHandle; dataDir: string }> {
  server ??= (async () => {
    const dataDir = await tempDir();
    const handle = await ensureDatabase({ dataDir, databaseUrl: process.env.TEST_DATABASE_URL });
    return { handle, dataDir };
  })();
  return server;
}

export type TestDb = { db: Database; url: string; pool: pg.Pool; drop(): Promise<void> };

/** A brand-new empty database on the test server; `migrate` applies the schema. */
export async function freshDatabase(opts: { migrate?: boolean } = {}): Promise<TestDb> {
  const { handle } = await testServer();
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: handle.url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(handle.url);
  url.pathname = `/${name}`;
  const { db, pool } = createDb(url.toString(), 5);
  setDb(db);
  if (opts.migrate !== false) await runMigrations(db);
  return {
    db,
    url: url.toString(),
    pool,
    async drop() {
      await pool.end();
      const c = new pg.Client({ connectionString: handle.url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export async function stopTestServer(): Promise<void> {
  if (!server) return;
  const { handle, dataDir } = await server;
  await handle.stop();
  await fs.rm(dataDir, { recursive: true, force: true });
  server = undefined;
}

/** Drizzle wraps driver errors ("Failed query: …"); this reads the driver's own message. */
export function pgError(pattern: RegExp): (e: unknown) => boolean {
  return (e) => {
    const err = e as { message?: string; cause?: { message?: string } };
    return pattern.test(err.cause?.message ?? err.message ?? "");
  };
}
