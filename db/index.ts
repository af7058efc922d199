// The one database client. Inside the web server it reads DATABASE_URL from the typed env;
// command-line tools call createDb() with the URL they resolved (embedded or configured).
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { unstable_noStore } from "next/cache";
import pg from "pg";
import { databaseUrl } from "@/lib/env";
import * as schema from "./schema";

export type Database = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DbOrTx = Database | Tx;

/**
 * How long a request may wait on PostgreSQL (issue 20): with the database stopped, a pool without
 * limits held requests 26–36 s and then answered 500, and /readyz hung. A connection (or a free
 * slot in the pool) within 5 s, a statement within 5 s on the server, and the client gives up
 * 1 s after that if the server never answers at all (a dead host rather than a refused port —
 * a stopped PostgreSQL refuses at once). Connecting took over 2 s on a test machine at load 25,
 * hence not less. Every pool in the web server process gets these (scripts/serve.ts marks it).
 */
export const SERVER_DB_TIMEOUTS = { connectMs: 5_000, statementMs: 5_000 };
/** Migrations, seeding, tests and bulk tools may run long statements; they still give up connecting. */
export const TOOL_DB_TIMEOUTS = { connectMs: 10_000, statementMs: 15 * 60_000 };
export type DbTimeouts = typeof SERVER_DB_TIMEOUTS;

const serving = () => (globalThis as { __datelineServing?: boolean }).__datelineServing === true;

export function poolOptions(url: string, max: number, t: DbTimeouts): pg.PoolConfig {
  return {
    connectionString: url,
    max,
    connectionTimeoutMillis: t.connectMs,
    statement_timeout: t.statementMs,
    query_timeout: t.statementMs + 1_000,
  };
}

export function createDb(
  url: string,
  max = 10,
  timeouts: DbTimeouts = serving() ? SERVER_DB_TIMEOUTS : TOOL_DB_TIMEOUTS,
): { db: Database; pool: pg.Pool } {
  const pool = new pg.Pool(poolOptions(url, max, timeouts));
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on("error", (err: Error & { code?: string }) => {
    // 57P01: the server is shutting down (normal when Dateline stops); not worth a log line.
    if (err.code !== "57P01") console.error(`[db] idle connection error: ${err.message}`);
  });
  // A checked-out client's lost connection fails its query; the event alone must not crash us.
  pool.on("connect", (client) => client.on("error", () => {}));
  return { db: drizzle(pool, { schema }), pool };
}

// Reused across hot reloads in development so we do not leak pools.
// The pool is kept beside it for the HTTP server's /metrics (lib/observe/metrics.ts).
const globalForDb = globalThis as unknown as { __datelineDb?: Database; __datelineDbPool?: pg.Pool };

export function getDb(): Database {
  // `next build` runs without a database. A page that reads it during the build's prerendering
  // pass bails out there (and is rendered at run time instead) rather than failing the build;
  // public pages are cached on their first request (see README, "Page cache").
  if (process.env.NEXT_PHASE === "phase-production-build") unstable_noStore();
  if (!globalForDb.__datelineDb) {
    const { db, pool } = createDb(databaseUrl());
    globalForDb.__datelineDb = db;
    globalForDb.__datelineDbPool = pool;
  }
  return globalForDb.__datelineDb;
}

/** Lets code that runs outside the web server (CLI, tests) hand in its own client. */
export function setDb(db: Database): void {
  globalForDb.__datelineDb = db;
}
