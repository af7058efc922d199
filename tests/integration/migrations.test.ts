import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { eq, sql } from "drizzle-orm";
import { deliveries, siteSettings, storyRevisions } from "@/db/schema";
import { runMigrations, runQueueMigrations } from "@/db/migrate";
import { recordAudit } from "@/lib/audit";
import { freshDatabase, pgError, ROOT, stopTestServer } from "./helpers";

after(stopTestServer);

describe("migrations", () => {
  it("apply to an empty database and a second run changes nothing", async () => {
    const t = await freshDatabase({ migrate: false });
    try {
      await runMigrations(t.db);
      const tables = async () =>
        (
          await t.db.execute<{ table_name: string }>(
            sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
          )
        ).rows.map((r) => r.table_name);
      const first = await tables();
      for (const expected of [
        "users",
        "stories",
        "sections",
        "authors",
        "topics",
        "audit_log",
        "login_attempts",
        "site_settings",
      ]) {
        assert.ok(first.includes(expected), `missing table ${expected}`);
      }
      const journal = JSON.parse(await fs.readFile(path.join(ROOT, "db/migrations/meta/_journal.json"), "utf8")) as {
        entries: unknown[];
      };
      const applied = async () =>
        (await t.db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)).rows[0]!
          .n;
      assert.equal(await applied(), journal.entries.length);

      await runMigrations(t.db); // idempotent
      await Promise.all([runMigrations(t.db), runMigrations(t.db)]); // and safe when raced
      assert.deepEqual(await tables(), first);
      assert.equal(await applied(), journal.entries.length);
      const settings = await t.db.execute<{ time_zone: string }>(sql`select time_zone from site_settings`);
      assert.deepEqual(settings.rows, [{ time_zone: "Asia/Dhaka" }]);
    } finally {
      await t.drop();
    }
  });

  it("give a database from before the job queue its schema on start, and its waiting emails their jobs", async () => {
    const t = await freshDatabase();
    try {
      await t.db.execute(sql`drop schema graphile_worker cascade`); // as before the upgrade
      const payload = { subject: "Waiting", text: "Queued before the upgrade." };
      const [waiting] = await t.db
        .insert(deliveries)
        .values({ channel: "email", recipient: "desk@example.com", payload })
        .returning();
      await t.db
        .insert(deliveries)
        .values({ channel: "email", recipient: "sent@example.com", payload, deliveredAt: new Date() });
      const keys = async () =>
        (await t.db.execute<{ key: string }>(sql`select key from graphile_worker.jobs`)).rows.map((r) => r.key);
      await runQueueMigrations(t.db); // what a start runs when our own migrations are current
      assert.deepEqual(await keys(), [`delivery:${waiting!.id}`], "only the waiting email");
      await runQueueMigrations(t.db);
      assert.deepEqual(await keys(), [`delivery:${waiting!.id}`], "a second start queues nothing more");
    } finally {
      await t.drop();
    }
  });

  it("make the audit log append-only", async () => {
    const t = await freshDatabase();
    try {
      await recordAudit(t.db, {
        actorId: null,
        action: "auth.sign_in_failed",
        ip: "203.0.113.9",
        details: { email: "x@example.com" },
      });
      await assert.rejects(t.db.execute(sql`delete from audit_log`), pgError(/append-only/));
      await assert.rejects(t.db.execute(sql`update audit_log set action = 'auth.sign_in'`), pgError(/append-only/));
      await assert.rejects(t.db.execute(sql`truncate audit_log`), pgError(/append-only/));
      const rows = await t.db.execute<{ action: string; ip: string }>(
        sql`select action, host(ip) as ip from audit_log`,
      );
      assert.deepEqual(rows.rows, [{ action: "auth.sign_in_failed", ip: "203.0.113.9" }]);
    } finally {
      await t.drop();
    }
  });

  it("match db/schema.ts: drizzle-kit finds nothing to migrate", async () => {
    // Generating into a copy of the migrations: a schema change without its migration fails here.
    const out = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-migrations-"));
    try {
      await fs.cp(path.join(ROOT, "db/migrations"), out, { recursive: true });
      const config = path.join(out, "drizzle.config.json");
      await fs.writeFile(
        config,
        JSON.stringify({ dialect: "postgresql", schema: "./db/schema.ts", out: path.relative(ROOT, out) }),
      );
      const said = execFileSync(path.join(ROOT, "node_modules/.bin/drizzle-kit"), ["generate", "--config", config], {
        cwd: ROOT,
        encoding: "utf8",
      });
      assert.match(said, /No schema changes/);
    } finally {
      await fs.rm(out, { recursive: true, force: true });
    }
  });

  it("keep updated_at current on every update, and refuse a revision kind nobody knows", async () => {
    const t = await freshDatabase();
    try {
      const [before] = await t.db.select({ at: siteSettings.updatedAt }).from(siteSettings);
      await new Promise((r) => setTimeout(r, 20));
      await t.db.update(siteSettings).set({ tagline: "A new tagline" }).where(eq(siteSettings.id, 1));
      const [after] = await t.db.select({ at: siteSettings.updatedAt }).from(siteSettings);
      assert.ok(after!.at > before!.at, "updated_at moved without the write naming it");
      await assert.rejects(
        t.db.execute(
          sql`insert into ${storyRevisions} (story_id, snapshot, kind) values (gen_random_uuid(), '{}', 'draftish')`,
        ),
        pgError(/invalid input value for enum revision_kind/),
      );
    } finally {
      await t.drop();
    }
  });
});
