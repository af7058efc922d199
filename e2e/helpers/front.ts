// The nginx front from deploy/nginx/, run for real in front of the test server, and a bare HTTP
// client for talking to it: no decompression, no redirects followed, any Host header.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../db/embedded";
import {
  findNginx,
  signalFront,
  startFront,
  testFrontConfig,
  writeFrontDir,
  type FrontDir,
} from "../../scripts/lib/nginx-front";

export type RunningFront = FrontDir & { port: number; stop(): Promise<void> };

export async function startTestFront(upstreamPorts: number[]): Promise<RunningFront> {
  const nginx = findNginx();
  if (!nginx) throw new Error("nginx not found: apt-get install nginx (.ci/run installs it)");
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-front-e2e-"));
  const front = writeFrontDir(dir, {
    listen: `127.0.0.1:${port}`,
    upstreams: upstreamPorts.map((p) => `127.0.0.1:${p}`),
    mediaMaxMb: 20,
  });
  const checked = testFrontConfig(nginx, front);
  if (!checked.ok) throw new Error(checked.output);
  const child: ChildProcess = startFront(nginx, front);
  const deadline = Date.now() + 10_000;
  while (
    !(await get(port, "/robots.txt").then(
      () => true,
      () => false,
    ))
  ) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${fs.readFileSync(front.errorLog, "utf8")}`);
    if (Date.now() > deadline) throw new Error("nginx did not answer within 10 s");
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    ...front,
    port,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        signalFront(child, "SIGTERM");
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; text: string };

/** One GET (or other method) to 127.0.0.1:port, exactly as given. */
export function get(
  port: number,
  urlPath: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: urlPath, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString("utf8") });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout on ${urlPath}`)));
    req.end();
  });
}

/**
 * Polls every 100 ms until `done` holds for an answer; returns the milliseconds from `since`.
 * Throws with the last answer's status if it has not happened within `limitMs`.
 */
export async function msUntil(
  since: number,
  limitMs: number,
  probe: () => Promise<Reply>,
  done: (r: Reply) => boolean,
): Promise<number> {
  let last: Reply | undefined;
  while (Date.now() - since < limitMs) {
    last = await probe();
    if (done(last)) return Date.now() - since;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `not visible within ${limitMs} ms (last answer ${last?.status}, X-Cache-Status ${last?.headers["x-cache-status"]})`,
  );
}
