// `npm run cluster` for real: nginx and two app servers on the test run's database (its
// embedded PostgreSQL is already running, so the cluster reuses it and must leave it running),
// each app server answering on its own port; Ctrl-C stops everything; a part that dies takes
// the rest down with a non-zero exit naming it.
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

test("when one part of the cluster dies, the rest stop and the exit says which", async () => {
  const cluster = await startCluster();
  const frontDir = /nginx files and access log: (\S+)/.exec(cluster.output())![1]!;
  const nginxPid = Number(fs.readFileSync(`${frontDir}/nginx.pid`, "utf8"));
  process.kill(nginxPid, "SIGKILL");
  expect(await cluster.exited).toBe(1);
  expect(cluster.output()).toContain("error: nginx exited (SIGKILL); stopping the rest of the cluster.");
  // Its workers too, which outlive a master killed hard: the front's port is free again.
  for (const p of [cluster.port, cluster.port + 1, cluster.port + 2])
    expect(await portFree(p), `port ${p} released`).toBe(true);
});
