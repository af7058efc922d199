// Starts the production server for a benchmark with its own data dir and port, signs in,
// and stops it afterwards. Only loopback traffic.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/db/embedded";
import { readAccountsFile } from "@/scripts/seed/accounts-file";

export type BenchServer = { baseUrl: string; dataDir: string; pid: number; stop(): Promise<void> };

export async function startServer(env: Record<string, string> = {}): Promise<BenchServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-bench-"));
  fs.chmodSync(dataDir, 0o711);
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      DATELINE_DATA_DIR: dataDir,
      PORT: String(port),
      NEXTAUTH_URL: baseUrl,
      DATABASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  child.stdout!.on("data", () => {});
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error("the server exited during start");
    const ok = await fetch(`${baseUrl}/login`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error("the server did not start in 5 minutes");
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    baseUrl,
    dataDir,
    pid: child.pid!,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through next-auth's credentials endpoint and returns the session cookie header. */
export async function signInCookie(
  server: Pick<BenchServer, "baseUrl" | "dataDir">,
  role: "admin" | "editor" | "reporter",
): Promise<string> {
  const account = (await readAccountsFile(server.dataDir)).find((a) => a.role === role)!;
  const csrf = await fetch(`${server.baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookies(csrf.headers.getSetCookie());
  const r = await fetch(`${server.baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar },
    body: new URLSearchParams({ csrfToken, email: account.email, password: account.password, json: "true" }),
  });
  const session = cookies(r.headers.getSetCookie());
  if (!session.includes("session-token")) throw new Error(`sign-in failed for the demo ${role}`);
  return `${jar}; ${session}`;
}

function cookies(setCookie: string[]): string {
  return setCookie.map((c) => c.split(";")[0]).join("; ");
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Resident memory of a process and all its descendants (the app server under scripts/start.ts), in bytes. Linux only. */
export function treeRss(rootPid: number): number {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      /* the process ended while we looked */
    }
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      /* gone */
    }
  }
  return total;
}
