import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { count, eq, sql } from "drizzle-orm";
import { auditLog, users } from "@/db/schema";
import { ensureDatabase } from "@/db/embedded";
import { verifyPassword } from "@/lib/auth/password";
import { freshDatabase, ROOT, stopTestServer, tempDir, type TestDb } from "./helpers";

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs `npm run user -- …` exactly as an operator would, with the given env and stdin. */
function userCli(args: string[], env: Record<string, string>, stdin?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "-s", "user", "--", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.stdin.end(stdin ?? "");
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const PASSWORD = "correct horse battery";

describe("npm run user (against DATABASE_URL)", () => {
  let t: TestDb;
  const env = () => ({ DATABASE_URL: t.url });
  const snapshot = async () => ({
    users: await t.db
      .select({ email: users.email, role: users.role, active: users.active, hash: users.passwordHash })
      .from(users)
      .orderBy(users.email),
    audit: (await t.db.select({ n: count() }).from(auditLog))[0]!.n,
  });

  before(async () => {
    t = await freshDatabase();
    const r = await userCli(
      ["create", "--email", "Desk@Example.com", "--name", "Desk Editor", "--role", "editor", "--password-stdin"],
      env(),
      PASSWORD + "\n",
    );
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /created editor desk@example.com/);
  });
  after(async () => {
    await t.drop();
    await stopTestServer();
  });

  it("creates a user with the password from stdin, hashed, and audits it", async () => {
    const [u] = await t.db.select().from(users).where(eq(users.email, "desk@example.com"));
    assert.equal(u!.role, "editor");
    assert.ok(await verifyPassword(u!.passwordHash, PASSWORD));
    const entries = await t.db.select({ action: auditLog.action, targetId: auditLog.targetId }).from(auditLog);
    assert.deepEqual(entries, [{ action: "user.created", targetId: u!.id }]);
  });

  it("generates and prints a password when --password-stdin is absent", async () => {
    const r = await userCli(["create", "--email", "gen@example.com", "--name", "Gen", "--role", "reporter"], env());
    assert.equal(r.code, 0, r.stderr);
    const password = /password: (\S+)/.exec(r.stdout)?.[1];
    assert.ok(password && password.length >= 12);
    const [u] = await t.db.select().from(users).where(eq(users.email, "gen@example.com"));
    assert.ok(await verifyPassword(u!.passwordHash, password));
  });

  it("lists, changes roles, deactivates, reactivates and resets passwords", async () => {
    let r = await userCli(["set-role", "--email", "desk@example.com", "--role", "admin"], env());
    assert.equal(r.code, 0, r.stderr);
    r = await userCli(["deactivate", "--email", "gen@example.com"], env());
    assert.equal(r.code, 0, r.stderr);
    r = await userCli(["list"], env());
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /desk@example.com\tadmin\tactive\tDesk Editor/);
    assert.match(r.stdout, /gen@example.com\treporter\tdeactivated\tGen/);
    assert.ok(!/argon2/.test(r.stdout), "no hashes in the listing");
    r = await userCli(["reactivate", "--email", "gen@example.com"], env());
    assert.equal(r.code, 0, r.stderr);
    r = await userCli(
      ["reset-password", "--email", "gen@example.com", "--password-stdin"],
      env(),
      "another long password\n",
    );
    assert.equal(r.code, 0, r.stderr);
    const [u] = await t.db.select().from(users).where(eq(users.email, "gen@example.com"));
    assert.equal(u!.active, true);
    assert.ok(await verifyPassword(u!.passwordHash, "another long password"));
    const actions = (await t.db.select({ action: auditLog.action }).from(auditLog).orderBy(auditLog.id)).map(
      (a) => a.action,
    );
    assert.deepEqual(actions.slice(-4), [
      "user.role_changed",
      "user.deactivated",
      "user.reactivated",
      "user.password_reset",
    ]);
  });

  const bad: [string, string[], string | undefined, RegExp][] = [
    [
      "an unknown role",
      ["create", "--email", "new@example.com", "--name", "N", "--role", "boss"],
      undefined,
      /reporter, copy_editor, section_editor, editor, admin/,
    ],
    [
      "a malformed email",
      ["create", "--email", "not-an-email", "--name", "N", "--role", "reporter"],
      undefined,
      /valid email/,
    ],
    [
      "a duplicate email",
      ["create", "--email", "DESK@example.com", "--name", "N", "--role", "reporter", "--password-stdin"],
      PASSWORD,
      /already exists/,
    ],
    [
      "a short password",
      ["create", "--email", "short@example.com", "--name", "N", "--role", "reporter", "--password-stdin"],
      "short",
      /at least 12 characters/,
    ],
    [
      "an unknown user (set-role)",
      ["set-role", "--email", "ghost@example.com", "--role", "editor"],
      undefined,
      /No user with the email ghost@example.com/,
    ],
    ["an unknown user (deactivate)", ["deactivate", "--email", "ghost@example.com"], undefined, /No user/],
    [
      "an unknown user (reset-password)",
      ["reset-password", "--email", "ghost@example.com", "--password-stdin"],
      PASSWORD,
      /No user/,
    ],
    [
      "a short password on reset",
      ["reset-password", "--email", "desk@example.com", "--password-stdin"],
      "tiny",
      /at least 12/,
    ],
    [
      "an unknown role on set-role",
      ["set-role", "--email", "desk@example.com", "--role", "owner"],
      undefined,
      /Role must be one of/,
    ],
    ["a missing flag", ["create", "--email", "x@example.com", "--role", "reporter"], undefined, /needs --name/],
    ["an unknown command", ["promote", "--email", "desk@example.com"], undefined, /unknown command/],
    [
      "an unknown section",
      ["set-sections", "--email", "desk@example.com", "--sections", "weather"],
      undefined,
      /No section with the slug "weather"/,
    ],
  ];
  for (const [what, args, stdin, message] of bad) {
    it(`refuses ${what}: one line on stderr, non-zero exit, nothing changed`, async () => {
      const before = await snapshot();
      const r = await userCli(args, env(), stdin);
      assert.notEqual(r.code, 0);
      assert.equal(r.stderr.trim().split("\n").length, 1, `stderr was: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.deepEqual(await snapshot(), before);
    });
  }
});

describe("npm run user (embedded PostgreSQL, no DATABASE_URL)", () => {
  it("starts the embedded server when none runs, and stops it again", async () => {
    const dataDir = await tempDir();
    try {
      const r = await userCli(["create", "--email", "solo@example.com", "--name", "Solo", "--role", "admin"], {
        DATELINE_DATA_DIR: dataDir,
      });
      assert.equal(r.code, 0, r.stderr);
      const listed = await userCli(["list"], { DATELINE_DATA_DIR: dataDir });
      assert.match(listed.stdout, /solo@example.com\tadmin\tactive/);
      await assert.rejects(
        fs.access(path.join(dataDir, "postgres", "postmaster.pid")),
        "the CLI stopped the server it started",
      );
    } finally {
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });

  it("reuses a server that is already running (as when the web server is up) and leaves it running", async () => {
    const dataDir = await tempDir();
    const handle = await ensureDatabase({ dataDir });
    try {
      assert.ok(handle.startedHere);
      const r = await userCli(["create", "--email", "shared@example.com", "--name", "Shared", "--role", "editor"], {
        DATELINE_DATA_DIR: dataDir,
      });
      assert.equal(r.code, 0, r.stderr);
      const again = await ensureDatabase({ dataDir });
      assert.equal(again.startedHere, false, "still running after the CLI exited");
      assert.equal(again.url, handle.url);
      const { createDb } = await import("@/db");
      const { db, pool } = createDb(handle.url, 1);
      const rows = await db.execute<{ email: string }>(sql`select email from users`);
      await pool.end();
      assert.deepEqual(rows.rows, [{ email: "shared@example.com" }]);
    } finally {
      await handle.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});
