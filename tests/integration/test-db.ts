// One PostgreSQL for a whole integration run and a fresh database per test, copied from a
// template that holds the migrated schema. A copy (CREATE DATABASE … TEMPLATE) takes a fraction
// of a second; each test file used to run initdb, start its own server and apply every
// migration, about 10 s before its first test (BENCHMARKS.md, "Test suite phases").
//
// The runner (scripts/test-integration.ts) starts the server and makes the template once, then
// tells every test file where they are through DATELINE_TEST_PG; a file run on its own makes
// both itself (tests/integration/helpers.ts).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb } from "@/db";
import { runMigrations } from "@/db/migrate";

/** What the runner hands each test file, as JSON in DATELINE_TEST_PG. */
export type SharedServer = {
  /** The owner's (superuser's) connection: creates and drops the test databases. */
  url: string;
  /** The embedded cluster's lesser app role (the same as `url` on a server you gave). */
  appUrl: string;
  /** Every database of this run is named t_<run>_…, so the run can find and drop its own. */
  run: string;
  /** The migrated template this run's databases are copied from. */
  template: string;
};

export const SHARED_SERVER_ENV = "DATELINE_TEST_PG";

const RUN = /^[0-9a-f]{8}$/;

export function newRunId(): string {
  return randomBytes(4).toString("hex");
}

/** 48 random bits after the run's prefix: two files of one run, or two runs, never pick the same. */
export function databaseName(run: string): string {
  return `t_${checkRun(run)}_${randomBytes(6).toString("hex")}`;
}

export function templateName(run: string): string {
  return `t_${checkRun(run)}_tpl`;
}

function checkRun(run: string): string {
  // Database names are spliced into SQL (identifiers cannot be bound), so only hex gets in.
  if (!RUN.test(run)) throw new Error(`not a test run id: ${run}`);
  return run;
}

/** `url` with its database part replaced. */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T extends pg.QueryResultRow>(url: string, text: string, values?: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Creates this run's template and applies every migration to it. */
export async function makeTemplate(url: string, run: string): Promise<string> {
  const name = templateName(run);
  await admin(url, `create database ${name}`);
  const { db, pool } = createDb(databaseUrl(url, name), 2);
  try {
    await runMigrations(db);
  } finally {
    await pool.end();
  }
  // A copy is refused while anyone is connected to its template; nobody may connect to this one.
  await admin(url, `alter database ${name} allow_connections false`);
  return name;
}

export async function createDatabase(url: string, name: string, template?: string): Promise<void> {
  await admin(url, template ? `create database ${name} template ${template}` : `create database ${name}`);
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  await admin(url, `drop database if exists ${name} with (force)`);
}

/** Drops every database of this run that is still there (the template among them); returns their names. */
export async function dropRunDatabases(url: string, run: string): Promise<string[]> {
  const rows = await admin<{ name: string }>(
    url,
    "select datname as name from pg_database where starts_with(datname, $1) order by datname",
    [`t_${checkRun(run)}_`],
  );
  for (const { name } of rows) await dropDatabase(url, name);
  return rows.map((r) => r.name);
}
