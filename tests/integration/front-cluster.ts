// The several-servers deployment for integration tests, as `npm run cluster` runs it: two app
// servers (scripts/serve.ts) on one test database and Redis, behind a real nginx front from
// deploy/nginx/ that they may refresh (lib/front/). Free ports and a temporary directory of its own.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { freePort } from "@/db/embedded";
import { findNginx, signalFront, startFront, testFrontConfig, writeFrontDir } from "@/scripts/lib/nginx-front";
import { startAppServer, type AppServer } from "./app-servers";

export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };
export type FrontCluster = {
  port: number;
  dir: string;
  servers: AppServer[];
  /** One GET through the front, bytes as sent (no decompression), its own connection. */
  get(urlPath: string, headers?: Record<string, string>): Promise<Reply>;
  stop(): Promise<void>;
};

export function rawGet(port: number, urlPath: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: urlPath, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout on ${urlPath}`)));
    req.end();
  });
}

export async function startFrontCluster(
  env: Record<string, string>,
  opts: { pageLifetime?: number } = {},
): Promise<FrontCluster> {
  const nginx = findNginx();
  assert.ok(nginx, "nginx not found: apt-get install nginx (.ci/run installs it)");
  const port = await freePort();
  const secret = randomBytes(24).toString("base64url");
  // One after the other: two Next servers starting at once on a loaded machine each took over
  // the 60 s startAppServer allows.
  const servers: AppServer[] = [];
  for (let i = 0; i < 2; i++)
    servers.push(
      await startAppServer({
        ...env,
        DATELINE_FRONT_URLS: `http://127.0.0.1:${port}`,
        DATELINE_FRONT_SECRET: secret,
        DATELINE_TRUSTED_PROXIES: "127.0.0.1",
      }),
    );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-front-it-"));
  const front = writeFrontDir(dir, {
    listen: `127.0.0.1:${port}`,
    upstreams: servers.map((s) => new URL(s.baseUrl).host),
    mediaMaxMb: 20,
    refreshSecret: secret,
    pageLifetime: opts.pageLifetime,
  });
  const checked = testFrontConfig(nginx, front);
  assert.ok(checked.ok, checked.output);
  const child: ChildProcess = startFront(nginx, front);
  const deadline = Date.now() + 10_000;
  while (
    !(await rawGet(port, "/robots.txt").then(
      () => true,
      () => false,
    ))
  ) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${fs.readFileSync(front.errorLog, "utf8")}`);
    if (Date.now() > deadline) throw new Error("nginx did not answer within 10 s");
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    dir,
    servers,
    get: (urlPath, headers = {}) => rawGet(port, urlPath, headers),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        signalFront(child, "SIGTERM");
        await exited;
      }
      await Promise.all(servers.map((s) => s.stop()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
