// Real app servers for integration tests: the production build (built first when the sources
// changed), each process started with scripts/serve.ts exactly as `npm start` and `npm run
// cluster` start it, on a free port, against a database the test made.
import { spawn, type ChildProcess } from "node:child_process";
import { after } from "node:test";
import { freePort } from "@/db/embedded";
import { buildIfNeeded, ROOT } from "@/scripts/lib/build";

export type AppServer = {
  baseUrl: string;
  dataDir: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
};

let built: Promise<boolean> | undefined;
const running = new Set<ChildProcess>();

// A file whose before() fails half-way (one of two servers up, the other too slow) never got a
// handle to stop the one that started, and that server kept the file from ever exiting: a whole
// integration run once hung on it. Whatever is still running when the file's tests end stops here.
after(async () => {
  await Promise.all([...running].map(stopChild));
});

function stopChild(child: ChildProcess): Promise<void> {
  running.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  child.kill("SIGTERM");
  return new Promise((r) => child.once("exit", () => r()));
}

/** One build per test run; `npm test` has usually built already and this returns at once. */
export function ensureBuild(): Promise<boolean> {
  built ??= buildIfNeeded((m) => console.log(`# ${m}`), "ignore");
  return built;
}

/** `startLimitMs`: how long a start may take (a loaded 2-core machine has taken over 60 s). */
export async function startAppServer(
  env: Record<string, string>,
  { startLimitMs = 120_000 }: { startLimitMs?: number } = {},
): Promise<AppServer> {
  await ensureBuild();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      NEXTAUTH_URL: baseUrl,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + startLimitMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app server exited during start:\n${output}`);
    if (
      await fetch(`${baseUrl}/login`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`the app server did not answer in ${startLimitMs / 1000} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    dataDir: env.DATELINE_DATA_DIR ?? "",
    output: () => output,
    stop: () => stopChild(child),
  };
}

/**
 * Polls `probe` every 100 ms until it returns true; resolves with the milliseconds it took.
 * Rejects after `limitMs` with the last thing it saw.
 */
export async function timeUntil(probe: () => Promise<boolean>, limitMs = 10_000): Promise<number> {
  const start = performance.now();
  for (;;) {
    if (await probe()) return Math.round(performance.now() - start);
    if (performance.now() - start > limitMs) throw new Error(`not true after ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
