// GET /readyz's judgement against real PostgreSQL: ready only when the database answers and
// holds exactly the migrations this build ships.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import net from "node:net";
import pg from "pg";
import { reportRedis } from "@/lib/observe/health";
import { latestMigration, readiness, readinessText } from "@/lib/readiness";
import { freshDatabase, ROOT, stopTestServer } from "./helpers";

after(stopTestServer);

describe("readiness", () => {
  it("is ready on a migrated database, not before, and not when the database is ahead", async () => {
    const expected = await latestMigration(ROOT);
    assert.match(expected.tag, /^\d{4}_/);
    const t = await freshDatabase({ migrate: false });
    try {
      assert.deepEqual(await readiness(t.pool, expected), {
        ready: false,
        reason: "migrations pending: the database has none applied",
      });
      const { runMigrations } = await import("@/db/migrate");
      await runMigrations(t.db);
      assert.deepEqual(await readiness(t.pool, expected), { ready: true });
      assert.equal(readinessText(await readiness(t.pool, expected)), "ok");

      // Redis away: still ready (every server loses it at once), but the answer says degraded.
      reportRedis("test", true, "ECONNREFUSED");
      const degraded = await readiness(t.pool, expected);
      assert.equal(degraded.ready, true);
      assert.match(readinessText(degraded), /^degraded: Redis unreachable for \d+ s/);
      reportRedis("test", false);
      assert.deepEqual(await readiness(t.pool, expected), { ready: true });

      // Take the last migration's record away: this build expects one the database lacks.
      await t.pool.query("delete from drizzle.__drizzle_migrations where created_at = $1", [expected.when]);
      assert.deepEqual(await readiness(t.pool, expected), {
        ready: false,
        reason: `migrations pending: the database is behind ${expected.tag}`,
      });

      // A newer build migrated it further: this one must not take traffic.
      await t.pool.query("insert into drizzle.__drizzle_migrations (hash, created_at) values ('x', $1)", [
        expected.when + 1,
      ]);
      const ahead = await readiness(t.pool, expected);
      assert.equal(ahead.ready, false);
      assert.match(ahead.ready ? "" : ahead.reason, /newer than/);
    } finally {
      await t.drop();
    }
  });

  it("is not ready when the database does not answer, and says so without its address", async () => {
    // A port nothing listens on (1 is reserved and closed on a test machine).
    const pool = new pg.Pool({
      connectionString: "postgres://nobody:secret-password@127.0.0.1:1/none",
      connectionTimeoutMillis: 1_000,
    });
    try {
      const state = await readiness(pool, await latestMigration(ROOT));
      assert.equal(state.ready, false);
      assert.equal(state.ready ? "" : state.reason, "PostgreSQL unreachable");
      assert.doesNotMatch(JSON.stringify(state), /secret-password/);
    } finally {
      await pool.end();
    }
  });

  it("answers within its limit when PostgreSQL accepts connections and never replies", async () => {
    // A hung database (or a firewall dropping packets): the pool's own 2 s connect timeout is
    // longer than a load balancer's probe, so /readyz gives up first and says which part is down.
    const silent = net.createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    const { port } = silent.address() as net.AddressInfo;
    const pool = new pg.Pool({
      connectionString: `postgres://nobody@127.0.0.1:${port}/none`,
      max: 1,
      connectionTimeoutMillis: 3_000,
    });
    try {
      const state = await readiness(pool, await latestMigration(ROOT));
      assert.deepEqual(state, {
        ready: false,
        reason: "PostgreSQL unreachable",
        detail: "no answer within 800 ms",
      });
    } finally {
      await pool.end().catch(() => {});
      silent.close();
    }
  });
});
