// `npm start`: build if needed, start (or reuse) PostgreSQL, migrate, seed the demo newsroom
// on an empty database, then serve with scripts/serve.ts until stopped.
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { readOrCreateSecret } from "@/db/embedded";
import { accountsFile, seedDemo } from "@/db/seed";
import { env } from "@/lib/env";
import { buildIfNeeded, ROOT } from "./lib/build";
import { die, openDatabase } from "./lib/open-db";

const log = (m: string) => console.log(`[dateline] ${m}`);

async function main(): Promise<void> {
  const dev = process.argv.includes("--dev");
  const e = env();
  await fs.mkdir(e.dataDir, { recursive: true });
  const authSecret = e.AUTH_SECRET ?? (await readOrCreateSecret(path.join(e.dataDir, "auth-secret"), 32));
  if (!dev) await buildIfNeeded(log).catch((e: Error) => die(e.message));

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
