// What `npm start` and `npm run cluster` both do before any server runs: build if the sources
// are newer than the last build, open the database (DATABASE_URL, or the embedded server in the
// data dir), migrate, seed the demo newsroom on an empty database and print its accounts.
import "./load-env"; // first: .env files before anything reads the environment
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { readOrCreateSecret } from "@/db/embedded";
import { accountsFile, seedDemo } from "@/scripts/seed";
import { env } from "@/lib/env";
import { buildIfNeeded, ROOT } from "./build";
import { die, openDatabase, type Opened } from "./open-db";

export const log = (m: string) => console.log(`[dateline] ${m}`);

export type Prepared = { opened: Opened; authSecret: string };

export async function prepareNewsroom(opts: { dev: boolean }): Promise<Prepared> {
  const e = env();
  await fs.mkdir(e.dataDir, { recursive: true });
  const authSecret = e.AUTH_SECRET ?? (await readOrCreateSecret(path.join(e.dataDir, "auth-secret"), 32));
  if (!opts.dev) await buildIfNeeded(log).catch((e: Error) => die(e.message));

  const opened = await openDatabase({ log });
  log(
    e.DATABASE_URL
      ? "Using PostgreSQL from DATABASE_URL."
      : opened.handle.startedHere
        ? "Started embedded PostgreSQL."
        : "Reusing the embedded PostgreSQL that is already running.",
  );
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
  return { opened, authSecret };
}

/** Runs scripts/serve.ts (Next.js behind the 410 check) with the given extra environment. */
export function spawnServer(extraEnv: NodeJS.ProcessEnv, opts: { dev?: boolean; pipe?: boolean } = {}) {
  return spawn(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "scripts", "serve.ts"), ...(opts.dev ? ["--dev"] : [])],
    {
      cwd: ROOT,
      stdio: opts.pipe ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, ...extraEnv },
    },
  );
}
