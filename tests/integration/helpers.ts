// Integration tests run against real PostgreSQL: one server for the whole run and a fresh
// database per test, copied from a migrated template (tests/integration/test-db.ts).
// Under `npm run test:integration` the runner hands over its server and template; a file run
// on its own (`node --test …`) starts the embedded server, or uses TEST_DATABASE_URL, and makes
// its own template, both gone again at stopTestServer().
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { createDb, setDb, type Database } from "@/db";
import { ensureDatabase, type DatabaseHandle } from "@/db/embedded";
import {
  createDatabase,
  databaseName,
  databaseUrl,
  dropDatabase,
  makeTemplate,
  newRunId,
  SHARED_SERVER_ENV,
  type SharedServer,
} from "./test-db";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

export async function tempDir(prefix = "dateline-test-"): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  return dir;
}

export type TestServer = {
  handle: DatabaseHandle;
  dataDir: string;
  run: string;
  /** The runner's template; undefined when this process makes its own. */
  template?: string;
};

let server: Promise<TestServer> | undefined;
let ownTemplate: Promise<string> | undefined;

export function testServer(): Promise<TestServer> {
  server ??= (async () => {
    const shared = process.env[SHARED_SERVER_ENV];
    if (shared) {
      const s = JSON.parse(shared) as SharedServer;
      const handle = { url: s.url, appUrl: s.appUrl, startedHere: false, stop: async () => {} };
      return { handle, dataDir: "", run: s.run, template: s.template };
    }
    const dataDir = await tempDir();
    const handle = await ensureDatabase({ dataDir, databaseUrl: process.env.TEST_DATABASE_URL });
    return { handle, dataDir, run: newRunId() };
  })();
  return server;
}

function template(s: TestServer): Promise<string> {
  if (s.template) return Promise.resolve(s.template);
  ownTemplate ??= makeTemplate(s.handle.url, s.run);
  return ownTemplate;
}

export type TestDb = { db: Database; url: string; pool: pg.Pool; drop(): Promise<void> };

/** A brand-new database on the test server: the migrated schema, or empty with `migrate: false`. */
export async function freshDatabase(opts: { migrate?: boolean } = {}): Promise<TestDb> {
  const s = await testServer();
  const name = databaseName(s.run);
  await createDatabase(s.handle.url, name, opts.migrate === false ? undefined : await template(s));
  const url = databaseUrl(s.handle.url, name);
  const { db, pool } = createDb(url, 5);
  setDb(db);
  return {
    db,
    url,
    pool,
    async drop() {
      await pool.end();
      await dropDatabase(s.handle.url, name);
    },
  };
}

/** Ends what this process started: its own template and server (the runner's outlive it). */
export async function stopTestServer(): Promise<void> {
  if (!server) return;
  const s = await server;
  if (ownTemplate) await dropDatabase(s.handle.url, await ownTemplate);
  await s.handle.stop();
  if (s.dataDir) await fs.rm(s.dataDir, { recursive: true, force: true });
  server = undefined;
  ownTemplate = undefined;
}

/** Drizzle wraps driver errors ("Failed query: …"); this reads the driver's own message. */
export function pgError(pattern: RegExp): (e: unknown) => boolean {
  return (e) => {
    const err = e as { message?: string; cause?: { message?: string } };
    return pattern.test(err.cause?.message ?? err.message ?? "");
  };
}
