// `npm start`: build if needed, start (or reuse) PostgreSQL, migrate, seed the demo newsroom
// on an empty database, then serve with `next start` until stopped.
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { readOrCreateSecret } from "@/db/embedded";
import { accountsFile, seedDemo } from "@/db/seed";
import { env } from "@/lib/env";
import { die, openDatabase } from "./lib/open-db";

const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const SOURCES = ["app", "components", "lib", "db", "public", "next.config.ts", "package-lock.json", "postcss.config.mjs"];

const log = (m: string) => console.log(`[dateline] ${m}`);

async function newestMtime(p: string): Promise<number> {
  const stat = await fs.stat(p).catch(() => null);
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  const entries = await fs.readdir(p);
  const times = await Promise.all(entries.map((e) => newestMtime(path.join(p, e))));
  return Math.max(stat.mtimeMs, ...times);
}

async function buildIfNeeded(): Promise<void> {
  const built = await fs.stat(path.join(ROOT, ".next", "BUILD_ID")).catch(() => null);
  const sources = Math.max(...(await Promise.all(SOURCES.map((s) => newestMtime(path.join(ROOT, s))))));
  if (built && built.mtimeMs >= sources) return;
  log(built ? "Sources changed since the last build; rebuilding…" : "No production build yet; building (a minute or two)…");
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
    child.on("exit", resolve);
  });
  if (code !== 0) die("next build failed; see the output above.");
}

async function main(): Promise<void> {
  const dev = process.argv.includes("--dev");
  const e = env();
  await fs.mkdir(e.dataDir, { recursive: true });
  const authSecret = e.AUTH_SECRET ?? (await readOrCreateSecret(path.join(e.dataDir, "auth-secret"), 32));
  if (!dev) await buildIfNeeded();

  const opened = await openDatabase({ log });
  log(e.DATABASE_URL ? "Using PostgreSQL from DATABASE_URL." : opened.handle.startedHere ? "Started embedded PostgreSQL." : "Reusing the embedded PostgreSQL that is already running.");
  log("Migrations applied.");
  if (e.DATELINE_SEED === "demo") {
    const accounts = await seedDemo(opened.db, e.dataDir);
    if (accounts) {
      log("Seeded the demo newsroom. Demo accounts (also in " + accountsFile(e.dataDir) + "):");
      for (const a of accounts) console.log(`    ${a.role.padEnd(9)} ${a.email.padEnd(24)} ${a.password}`);
    } else {
      log(`Database already has content; demo accounts, if seeded, are in ${accountsFile(e.dataDir)}.`);
    }
  }

  const port = String(e.PORT);
  // scripts/serve.ts: Next.js behind the 410 check for unpublished stories' addresses.
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "serve.ts"), ...(dev ? ["--dev"] : [])], {
    cwd: ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: opened.url,
      PORT: port,
      AUTH_SECRET: authSecret,
      NODE_ENV: dev ? "development" : "production",
    },
  });
  log(`Serving on http://localhost:${port}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  child.on("exit", async (code) => {
    await opened.close().catch(() => {});
    process.exit(code ?? 0);
  });
}

main().catch((err: unknown) => die(err instanceof Error ? err.message : String(err)));
