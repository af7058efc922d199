// Reads `.env`, `.env.local` and the per-mode files into process.env exactly as Next.js does for
// the pages it renders, so `npm start`, `npm run user`, the db scripts and drizzle-kit see the
// same settings as the app. Import it first in every entry point: importing it loads the files.
//
// Precedence is Next's: a variable already in the process environment (even an empty one, which
// lib/env.ts reads as "not set") wins over `.env.<mode>.local`, then `.env.local`, then
// `.env.<mode>`, then `.env`. The mode is development under `--dev`, production otherwise, and
// test when NODE_ENV=test, where `.env.local` is skipped so tests do not depend on a machine.
// Loading also marks the environment as processed (__NEXT_PROCESSED_ENV), so the processes we
// spawn, and Next inside them, take what they inherit instead of reading the files again.
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as nextEnvModule from "@next/env";

// @next/env is CommonJS whose exports Node cannot list: under Node's ESM loader (tsx) they arrive
// as the default export only; under drizzle-kit's CommonJS compile, as the namespace itself.
const nextEnv = (nextEnvModule as unknown as { default?: typeof nextEnvModule }).default ?? nextEnvModule;

// drizzle-kit and Next compile their config files to CommonJS, where import.meta.url is absent;
// both run from the repository root, so the working directory stands in for it there.
const here = typeof import.meta.url === "string" ? path.dirname(fileURLToPath(import.meta.url)) : null;
export const ENV_ROOT = here ? path.resolve(here, "..", "..") : process.cwd();

/** Loads the env files of `dir` for the given mode; `reload` re-reads them (for tests). */
export function loadEnvFiles(dir: string, dev: boolean, reload = false): string[] {
  const quiet = { info: () => {}, error: (...args: unknown[]) => console.error("[dateline]", ...args) };
  return nextEnv.loadEnvConfig(dir, dev, quiet, reload).loadedEnvFiles.map((f) => f.path);
}

loadEnvFiles(ENV_ROOT, process.argv.includes("--dev"));
