// Whether this server should be sent traffic (GET /readyz): PostgreSQL answers within a second,
// its schema is exactly the one this build's migrations describe — not behind (a deploy that
// has not migrated yet) and not ahead (an older build next to a newer, already-migrated one) —
// and the event loop is not overloaded. Redis away leaves the server ready but degraded, and
// the answer says so: every server loses it at once, and taking them all out would stop the site.
import fs from "node:fs/promises";
import path from "node:path";
import { loopDelayMs, OVERLOAD_DELAY_MS, redisDegraded } from "@/lib/observe/health";

type Queryable = { query(sql: string): Promise<{ rows: Record<string, unknown>[] }> };

// `reason` and `degraded` are public (load balancers and anyone else read them); `detail` is for
// the server log.
export type Readiness = { ready: true; degraded?: string } | { ready: false; reason: string; detail?: string };

/** /readyz answers within a second even with PostgreSQL gone (a probe's own timeout is often 1 s). */
export const READINESS_TIMEOUT_MS = 800;

/** The body /readyz sends: "ok", the degraded state, or why it is not ready. */
export function readinessText(state: Readiness): string {
  return state.ready ? (state.degraded ?? "ok") : state.reason;
}

/** PostgreSQL and the schema first; then overload; then Redis (degraded, still ready). */
export async function readiness(
  db: Queryable,
  expected: { tag: string; when: number },
  timeoutMs = READINESS_TIMEOUT_MS,
): Promise<Readiness> {
  const database = await databaseReadiness(db, expected, timeoutMs);
  if (!database.ready) return database;
  const delay = loopDelayMs();
  if (delay > OVERLOAD_DELAY_MS)
    return { ready: false, reason: `overloaded: event loop delay ${Math.round(delay)} ms` };
  const redis = redisDegraded();
  if (redis)
    return {
      ready: true,
      degraded: `degraded: Redis unreachable for ${Math.round((Date.now() - redis.since) / 1000)} s (pages cached per server for seconds only)`,
    };
  return { ready: true };
}

/** The `when` of the last migration in db/migrations/meta/_journal.json: drizzle records it as created_at. */
export async function latestMigration(root: string): Promise<{ tag: string; when: number }> {
  const file = path.join(root, "db", "migrations", "meta", "_journal.json");
  const journal = JSON.parse(await fs.readFile(file, "utf8")) as { entries: { tag: string; when: number }[] };
  const last = journal.entries.at(-1);
  if (!last) throw new Error(`${file} lists no migrations`);
  return { tag: last.tag, when: last.when };
}

async function databaseReadiness(
  db: Queryable,
  expected: { tag: string; when: number },
  timeoutMs: number,
): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const { rows } = await Promise.race([
      db.query("select max(created_at)::text as applied from drizzle.__drizzle_migrations"),
      timeout,
    ]);
    const applied = rows[0]?.applied == null ? null : Number(rows[0].applied);
    if (applied === expected.when) return { ready: true };
    if (applied === null || applied < expected.when)
      return { ready: false, reason: `migrations pending: the database is behind ${expected.tag}` };
    return {
      ready: false,
      reason: `the database has migrations newer than ${expected.tag}, which this build does not know`,
    };
  } catch (e) {
    // 42P01 / 3F000: no migrations table or schema at all, i.e. an empty database.
    const code = (e as { code?: string }).code;
    if (code === "42P01" || code === "3F000")
      return { ready: false, reason: "migrations pending: the database has none applied" };
    // The first line only: a driver message can be long (it never contains the password).
    return {
      ready: false,
      reason: "PostgreSQL unreachable",
      detail: e instanceof Error ? e.message.split("\n")[0] : String(e),
    };
  } finally {
    clearTimeout(timer);
  }
}
