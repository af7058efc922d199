// `npm run cluster` for real: nginx and two app servers on the test run's database (its
// embedded PostgreSQL is already running, so the cluster reuses it and must leave it running),
// each app server answering on its own port; Ctrl-C stops everything; a part that dies is
// started again while the rest keep serving.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { expect, test } from "@playwright/test";
import { freePort } from "../db/embedded";
import { dataDir } from "./helpers/env";
import { get } from "./helpers/front";

test.describe.configure({ mode: "serial", timeout: 180_000 });

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
}

/** A PORT whose next two ports are free as well. */
async function threeFreePorts(): Promise<number> {
  for (;;) {
    const p = await freePort();
    if (p < 65000 && (await portFree(p + 1)) && (await portFree(p + 2))) return p;
  }
}

type Cluster = { child: ChildProcess; port: number; output: () => string; exited: Promise<number | null> };

async function startCluster(): Promise<Cluster> {
  const port = await threeFreePorts();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/cluster.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      DATELINE_DATA_DIR: dataDir(),
      NEXTAUTH_URL: "",
      DATELINE_PUBLIC_URL: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await expect.poll(() => out, { timeout: 120_000, intervals: [500] }).toMatch(/Ready\. Ctrl-C stops/);
  return { child, port, output: () => out, exited };
}

test("npm run cluster serves through nginx and on each app server's own port; Ctrl-C stops all of it", async () => {
  const cluster = await startCluster();
  const { port } = cluster;
  await get(port, "/city");
  const again = await get(port, "/city");
  expect(again.status).toBe(200);
  // From nginx's cache: HIT, or STALE/UPDATING if a second ended between the two requests
  // (one-second pages, see deploy/nginx/).
  expect(again.headers["x-cache-status"]).toMatch(/^(HIT|STALE|UPDATING)$/);
  for (const p of [port + 1, port + 2]) {
    const direct = await get(p, "/city");
    expect(direct.status, `app server on ${p}`).toBe(200);
    expect(direct.headers["x-cache-status"]).toBeUndefined();
  }
  const frontDir = /nginx files and access log: (\S+)/.exec(cluster.output())![1]!;
  expect(fs.existsSync(`${frontDir}/nginx.pid`)).toBe(true);

  cluster.child.kill("SIGINT");
  expect(await cluster.exited).toBe(0);
  for (const p of [port, port + 1, port + 2]) expect(await portFree(p), `port ${p} released`).toBe(true);
  expect(fs.existsSync(frontDir), "the temporary nginx directory is removed").toBe(false);
  // The test server's PostgreSQL was reused, not started by the cluster: it still answers.
  expect((await get(Number(process.env.E2E_PORT ?? 3210), "/city")).status).toBe(200);
});

test("when an app server dies, the cluster starts it again while the front keeps serving", async () => {
  const cluster = await startCluster();
  const pid = Number(/App server 1: \S+ \(direct, uncached; pid (\d+)\)/.exec(cluster.output())![1]);
  process.kill(pid, "SIGKILL");
  // The supervisor (scripts/lib/supervisor.ts) says so and starts it again with back-off, and
  // nginx sends readers to the other server meanwhile (issue 20: a dead process no longer takes
  // the site down; tests/integration/front-failover.test.ts counts the readers' errors under load).
  expect((await get(cluster.port, "/city")).status).toBe(200);
  await expect
    .poll(() => cluster.output(), { timeout: 60_000, intervals: [500] })
    .toMatch(/exited \(SIGKILL\); starting it again in \d+ s/);
  await expect.poll(() => cluster.output(), { timeout: 90_000, intervals: [500] }).toMatch(/started again \(pid \d+\)/);
  expect((await get(cluster.port, "/city")).status).toBe(200);
  cluster.child.kill("SIGINT");
  expect(await cluster.exited).toBe(0);
  for (const p of [cluster.port, cluster.port + 1, cluster.port + 2])
    expect(await portFree(p), `port ${p} released`).toBe(true);
});
