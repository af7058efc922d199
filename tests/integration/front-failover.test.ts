// One app server dying under load (issue 20): `npm run cluster` as an operator runs it, readers
// through its nginx front while one of the two app servers is killed with SIGKILL. Before, the
// cluster stopped nginx and the other server (every reader refused for 58 s); now the front
// retries the other server, readers get no error, and the dead one is started again.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import readline from "node:readline";
import { after, before, describe, it } from "node:test";
import { freePort } from "@/db/embedded";
import { rawGet } from "./front-cluster";
import { timeUntil } from "./app-servers";
import { freshDatabase, ROOT, stopTestServer, tempDir, type TestDb } from "./helpers";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

after(stopTestServer);

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, "0.0.0.0", () => srv.close(() => resolve(true)));
  });

/** PORT with PORT+1 and PORT+2 free too, as the cluster needs. */
async function threeFreePorts(): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const p = await freePort();
    if (p + 2 <= 65535 && (await portFree(p + 1)) && (await portFree(p + 2))) return p;
  }
  throw new Error("no three free ports in a row");
}

describe("npm run cluster with one app server killed under load", () => {
  let t: TestDb;
  let cluster: ChildProcess;
  let port = 0;
  let output = "";

  before(async () => {
    t = await freshDatabase();
    port = await threeFreePorts();
    cluster = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "cluster.ts")], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: t.url,
        DATELINE_DATA_DIR: await tempDir(),
        DATELINE_REDIS_URL: REDIS_URL,
        DATELINE_SEED: "demo",
        AUTH_SECRET: "integration-test-secret-that-is-long-enough-0123456789",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    for (const s of [cluster.stdout!, cluster.stderr!])
      readline.createInterface({ input: s }).on("line", (l) => (output += `${l}\n`));
    await timeUntil(async () => {
      if (cluster.exitCode !== null) throw new Error(`the cluster exited:\n${output}`);
      return output.includes("Ready.");
    }, 300_000);
  });

  after(async () => {
    if (cluster && cluster.exitCode === null) {
      const exited = new Promise((r) => cluster.once("exit", r));
      cluster.kill("SIGTERM");
      await exited;
    }
    await t?.drop();
  });

  it("readers get no error, and the killed server is started again", async () => {
    const pid = Number(/App server 2: .*pid (\d+)\)/.exec(output)?.[1]);
    assert.ok(pid > 0, `the cluster names app server 2's pid:\n${output}`);
    // Every request a new address, so none is answered from the front's store: each reaches an
    // app server, half of them the one that is killed.
    let n = 0;
    const failures: string[] = [];
    let answered = 0;
    let stop = false;
    const reader = async () => {
      while (!stop) {
        const r = await rawGet(port, `/?reader=${n++}`, { "Accept-Encoding": "gzip" }).catch(
          (e: Error) => ({ status: 0, error: e.message }) as const,
        );
        if (r.status !== 200) failures.push("error" in r ? r.error : `status ${r.status}`);
        else answered++;
      }
    };
    const readers = Array.from({ length: 8 }, reader);
    await new Promise((r) => setTimeout(r, 2_000));
    process.kill(pid, "SIGKILL");
    await new Promise((r) => setTimeout(r, 6_000));
    stop = true;
    await Promise.all(readers);
    assert.deepEqual(failures, [], `${failures.length} of ${answered + failures.length} readers failed`);
    assert.ok(answered > 0);

    // Started again by the cluster's supervisor, and answering on its own port.
    await timeUntil(async () => /app 2 started again \(pid \d+\)/.test(output), 60_000);
    await timeUntil(
      async () =>
        (await rawGet(port + 2, "/login").then(
          (r) => r.status,
          () => 0,
        )) === 200,
      120_000,
    );
    assert.match(output, /app 2 exited \(SIGKILL\); starting it again in 1 s/);
    // nginx and the other server were never stopped.
    assert.doesNotMatch(output, /nginx exited|app 1 exited/);
  });
});
