// The harness every other integration file stands on (tests/integration/test-db.ts): each test
// database is a full, private copy of the migrated schema, named so that no two collide and a
// run can find (and drop) exactly its own.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { count, sql } from "drizzle-orm";
import pg from "pg";
import { sections } from "@/db/schema";
import { latestMigration } from "@/lib/readiness";
import { freshDatabase, ROOT, stopTestServer, testServer } from "./helpers";
import { createDatabase, databaseName, databaseUrl, dropRunDatabases, newRunId, templateName } from "./test-db";

after(stopTestServer);

async function databases(prefix: string): Promise<string[]> {
  const { handle } = await testServer();
  const c = new pg.Client({ connectionString: handle.url });
  await c.connect();
  try {
    const { rows } = await c.query<{ datname: string }>(
      "select datname from pg_database where starts_with(datname, $1) order by 1",
      [prefix],
    );
    return rows.map((r) => r.datname);
  } finally {
    await c.end();
  }
}

describe("test databases", () => {
  it("are copies of the migrated template: every migration applied, the seeded settings row there", async () => {
    const t = await freshDatabase();
    try {
      const expected = await latestMigration(ROOT);
      const [last] = (
        await t.db.execute<{ at: string }>(sql`select max(created_at)::text as at from drizzle.__drizzle_migrations`)
      ).rows;
      assert.equal(Number(last!.at), expected.when);
      const settings = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from site_settings`);
      assert.deepEqual(settings.rows, [{ n: 1 }]);
    } finally {
      await t.drop();
    }
  });

  it("are private: a row written in one is not in another, and `migrate: false` gives an empty one", async () => {
    const [a, b, empty] = await Promise.all([freshDatabase(), freshDatabase(), freshDatabase({ migrate: false })]);
    try {
      await a.db.insert(sections).values({ slug: "only-in-a", name: "Only in A", position: 90 });
      const [inB] = await b.db
        .select({ n: count() })
        .from(sections)
        .where(sql`slug = 'only-in-a'`);
      assert.equal(inB!.n, 0);
      const tables = await empty.pool.query("select count(*)::int as n from pg_tables where schemaname = 'public'");
      assert.equal(tables.rows[0].n, 0);
    } finally {
      await Promise.all([a.drop(), b.drop(), empty.drop()]);
    }
  });

  it("carry the run's prefix, differ from each other, and are gone after drop()", async () => {
    const { run } = await testServer();
    const names = new Set(Array.from({ length: 1000 }, () => databaseName(run)));
    assert.equal(names.size, 1000);
    for (const n of names) assert.match(n, new RegExp(`^t_${run}_[0-9a-f]{12}$`));

    const t = await freshDatabase();
    const name = new URL(t.url).pathname.slice(1);
    assert.ok(name.startsWith(`t_${run}_`), name);
    assert.deepEqual(await databases(name), [name]);
    await t.drop();
    assert.deepEqual(await databases(name), []);
  });

  it("are copied from a template nobody can connect to (a copy fails while anyone is)", async () => {
    const s = await testServer();
    await freshDatabase().then((t) => t.drop()); // makes this process's template when it has none
    const template = s.template ?? templateName(s.run);
    const client = new pg.Client({ connectionString: databaseUrl(s.handle.url, template) });
    await assert.rejects(client.connect(), /not currently accepting connections/);
  });

  it("of another run are left alone when a run drops its own", async () => {
    const { handle } = await testServer();
    const mine = newRunId();
    const other = newRunId();
    const ours = [databaseName(mine), databaseName(mine)];
    const theirs = databaseName(other);
    for (const n of [...ours, theirs]) await createDatabase(handle.url, n);
    try {
      assert.deepEqual((await dropRunDatabases(handle.url, mine)).sort(), ours.sort());
      assert.deepEqual(await databases(`t_${mine}_`), []);
      assert.deepEqual(await databases(theirs), [theirs]);
    } finally {
      await dropRunDatabases(handle.url, other);
    }
  });

  it("refuse a run id that could break out of the statement", () => {
    assert.throws(() => databaseName("x; drop database postgres"), /not a test run id/);
  });
});
