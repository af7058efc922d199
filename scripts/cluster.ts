// `npm run cluster`: the several-servers deployment on one machine, to try it. The nginx front
// on PORT (default 3000) caches and balances across two app servers on PORT+1 and PORT+2, which
// share one PostgreSQL (embedded in the data dir, or DATABASE_URL), one Redis and one AUTH_SECRET.
// Ctrl-C stops all of it. A part that dies is started again with a back-off while the rest
// keeps serving (scripts/lib/supervisor.ts); only a failure while starting stops the cluster.
import "./lib/load-env"; // first: .env files before anything reads the environment
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { env } from "@/lib/env";
import { findNginx, signalFront, startFront, testFrontConfig, writeFrontDir } from "./lib/nginx-front";
import { die } from "./lib/open-db";
import { log, prepareNewsroom, spawnServer } from "./lib/prepare";
import { supervise, type SupervisedPart } from "./lib/supervisor";

const START_TIMEOUT_MS = 120_000;

type Part = { name: string; child: () => ChildProcess };

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, () => srv.close(() => resolve(true)));
  });
}

/** Polls until the URL answers at all (any status), or the process dies, or time runs out. */
async function waitForAnswer(url: string, part: Part): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const child = part.child();
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${part.name} exited while starting`);
    const ok = await fetch(url, { redirect: "manual" }).then(
      () => true,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${part.name} did not answer at ${url} within ${START_TIMEOUT_MS / 1000} s`);
}

/** Each line of a child's output, prefixed with its name so two servers' logs can be told apart. */
function prefixOutput(child: ChildProcess, name: string): void {
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    if (stream) readline.createInterface({ input: stream }).on("line", (line) => out.write(`[${name}] ${line}\n`));
  }
}

async function main(): Promise<void> {
  // Before any build or database work: nothing else here is worth doing without it.
  const nginx = findNginx();
  if (!nginx) die("nginx not found: apt-get install nginx");
  const e = env();
  const port = e.PORT;
  const appPorts = [port + 1, port + 2];
  if (appPorts[1]! > 65535) die(`PORT=${port} leaves no room for the app servers on PORT+1 and PORT+2`);
  for (const p of [port, ...appPorts]) {
    if (!(await portFree(p)))
      die(`port ${p} is in use; choose another PORT (the cluster needs PORT, PORT+1 and PORT+2)`);
  }

  const { opened, authSecret } = await prepareNewsroom({ dev: false });
  const publicUrl = process.env.DATELINE_PUBLIC_URL || process.env.NEXTAUTH_URL || `http://localhost:${port}`;
  const redisUrl = process.env.DATELINE_REDIS_URL || "redis://127.0.0.1:6379";
  // The app servers refresh the front's copies of what changed (lib/front/watch.ts) with this
  // secret, which only they and this nginx know.
  const frontSecret = randomBytes(24).toString("base64url");
  const frontEnv = { DATELINE_FRONT_URLS: `http://127.0.0.1:${port}`, DATELINE_FRONT_SECRET: frontSecret };

  const parts: SupervisedPart[] = [];
  let stopping = false;
  let frontDir: string | undefined;

  const stop = async (code: number): Promise<never> => {
    stopping = true;
    // SIGQUIT is nginx's graceful stop (finish answers in flight), sent to its whole group:
    // workers of a master killed hard would otherwise keep serving. The app servers close on SIGTERM.
    await Promise.all(
      parts.map((p) =>
        p.name === "nginx"
          ? p.stop("SIGQUIT", (c, sig) => signalFront(c, sig === "SIGKILL" ? "SIGKILL" : "SIGQUIT"))
          : p.stop("SIGTERM"),
      ),
    );
    // A master killed hard leaves its workers: the group goes too.
    const nginxPart = parts.find((p) => p.name === "nginx");
    if (nginxPart) signalFront(nginxPart.child(), "SIGKILL");
    // Stops the embedded PostgreSQL only if this run started it.
    await opened.close().catch(() => {});
    if (frontDir) fs.rmSync(frontDir, { recursive: true, force: true });
    process.exit(code);
  };
  const say = (line: string) => process.stderr.write(`[dateline] ${line}\n`);
  process.on("SIGINT", () => void (stopping || stop(0)));
  process.on("SIGTERM", () => void (stopping || stop(0)));

  try {
    for (const [i, appPort] of appPorts.entries()) {
      const name = `app ${i + 1}`;
      const start = () => {
        const child = spawnServer(
          {
            NODE_ENV: "production",
            PORT: String(appPort),
            DATABASE_URL: opened.appUrl,
            AUTH_SECRET: authSecret,
            DATELINE_REDIS_URL: redisUrl,
            DATELINE_PUBLIC_URL: publicUrl,
            NEXTAUTH_URL: process.env.NEXTAUTH_URL || publicUrl,
            // The front is on this machine; only its X-Forwarded-* headers are believed.
            DATELINE_TRUSTED_PROXIES: process.env.DATELINE_TRUSTED_PROXIES || "127.0.0.1",
            ...frontEnv,
          },
          { pipe: true },
        );
        prefixOutput(child, name);
        return child;
      };
      parts.push(supervise(name, start, say));
    }
    for (const [i, appPort] of appPorts.entries()) await waitForAnswer(`http://127.0.0.1:${appPort}/login`, parts[i]!);

    frontDir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-front-"));
    const front = writeFrontDir(frontDir, {
      listen: String(port),
      upstreams: appPorts.map((p) => `127.0.0.1:${p}`),
      mediaMaxMb: e.DATELINE_MEDIA_MAX_MB,
      workerProcesses: "auto",
      refreshSecret: frontSecret,
    });
    const checked = testFrontConfig(nginx, front);
    if (!checked.ok)
      throw new Error(
        `nginx refused the front's configuration: ${checked.output.split("\n").find((l) => /emerg|error/.test(l)) ?? checked.output}`,
      );
    // A master that died leaves its workers holding the port: they go before a new one starts.
    const nginxPart = supervise("nginx", () => startFront(nginx, front), say, {
      beforeRestart: (previous) => signalFront(previous, "SIGKILL"),
    });
    parts.push(nginxPart);
    await waitForAnswer(`http://127.0.0.1:${port}/login`, nginxPart);

    log(`Front (nginx, cached, gzip${front.brotli ? " and brotli" : ""}): http://localhost:${port}`);
    for (const [i, appPort] of appPorts.entries())
      log(`App server ${i + 1}: http://localhost:${appPort} (direct, uncached; pid ${parts[i]!.child().pid})`);
    log(
      `Redis: ${redisUrl.replace(/\/\/[^@/]*@/, "//…@")}; public URL: ${publicUrl}; nginx files and access log: ${frontDir}`,
    );
    log("Ready. Ctrl-C stops the front, both app servers and the PostgreSQL this run started.");
  } catch (err) {
    if (stopping) return;
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    await stop(1);
  }
}

main().catch((err: unknown) => die(err instanceof Error ? err.message : String(err)));
