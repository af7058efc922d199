import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import pg from "pg";
import { ensureDatabase } from "@/db/embedded";
import { ROOT, tempDir } from "./helpers";

function holdDatabase(dataDir: string): Promise<{ url: string; kill9(): void }> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "tests/integration/fixtures/hold-db.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATELINE_DATA_DIR: dataDir, DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const m = /URL (\S+)/.exec(out);
      if (m) resolve({ url: m[1]!, kill9: () => child.kill("SIGKILL") });
    });
    child.on("exit", (code) => reject(new Error(`hold-db exited early (${code})`)));
  });
}

async function query(url: string, text: string): Promise<unknown[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

async function waitUntilDead(pid: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`process ${pid} did not exit`);
}

describe("embedded PostgreSQL", () => {
  it("survives kill -9 of the process that started it, and of PostgreSQL itself, with data intact", async () => {
    const dataDir = await tempDir();
    try {
      const holder = await holdDatabase(dataDir);
      await query(holder.url, "create table kept (note text); insert into kept values ('written before the crash')");

      // 1. The starting process dies hard: PostgreSQL keeps running and the next start reuses it.
      holder.kill9();
      const reused = await ensureDatabase({ dataDir });
      assert.equal(reused.startedHere, false);
      assert.equal(reused.url, holder.url);
      assert.deepEqual(await query(reused.url, "select note from kept"), [{ note: "written before the crash" }]);

      // 2. PostgreSQL itself dies hard: a stale postmaster.pid is left; the next start recovers.
      const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
      const pid = Number((await fs.readFile(pidFile, "utf8")).split("\n")[0]);
      process.kill(pid, "SIGKILL");
      await waitUntilDead(pid);
      const recovered = await ensureDatabase({ dataDir });
      try {
        assert.equal(recovered.startedHere, true);
        assert.deepEqual(await query(recovered.url, "select note from kept"), [{ note: "written before the crash" }]);
      } finally {
        await recovered.stop();
      }
      await assert.rejects(fs.access(pidFile), "a clean stop removes postmaster.pid");
    } finally {
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });

  it("hands back DATABASE_URL untouched and starts nothing when it is set", async () => {
    const dataDir = await tempDir();
    try {
      const handle = await ensureDatabase({ dataDir, databaseUrl: "postgres://u:p@db.internal:5432/news" });
      assert.deepEqual(
        { url: handle.url, startedHere: handle.startedHere },
        { url: "postgres://u:p@db.internal:5432/news", startedHere: false },
      );
      assert.deepEqual(await fs.readdir(dataDir), []);
    } finally {
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});
