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

export function createDb(url: string, max = 10): { db: Database; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, max });
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
