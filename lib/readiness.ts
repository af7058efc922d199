// Whether this server should be sent traffic (GET /readyz): the database answers, and its
// schema is exactly the one this build's migrations describe — not behind (a deploy that has
// not migrated yet) and not ahead (an older build next to a newer, already-migrated one).
import fs from "node:fs/promises";
import path from "node:path";

type Queryable = { query(sql: string): Promise<{ rows: Record<string, unknown>[] }> };

// `reason` is public (load balancers and anyone else read it); `detail` is for the server log.
export type Readiness = { ready: true } | { ready: false; reason: string; detail?: string };

/** The `when` of the last migration in db/migrations/meta/_journal.json: drizzle records it as created_at. */
export async function latestMigration(root: string): Promise<{ tag: string; when: number }> {
  const file = path.join(root, "db", "migrations", "meta", "_journal.json");
  const journal = JSON.parse(await fs.readFile(file, "utf8")) as { entries: { tag: string; when: number }[] };
  const last = journal.entries.at(-1);
  if (!last) throw new Error(`${file} lists no migrations`);
  return { tag: last.tag, when: last.when };
}

export async function readiness(
  db: Queryable,
  expected: { tag: string; when: number },
  timeoutMs = 2_000,
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
      reason: "database unreachable",
      detail: e instanceof Error ? e.message.split("\n")[0] : String(e),
    };
  } finally {
    clearTimeout(timer);
  }
}
