// A production build when the sources are newer than the last one (or there is none). Used by
// `npm start` and by the tests that run real app servers.
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
/**
 * Everything `next build` reads. A file or folder at the root belongs here or in NOT_BUILD_INPUTS
 * (build.test.ts fails on one in neither), because a missed input serves a stale build: with
 * `messages/` missing, an edited messages/bn.json went unseen by `npm start`.
 */
export const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "db",
  "messages",
  "public",
  "instrumentation.ts",
  "next.config.ts",
  "package.json",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
];

/** Root entries the app's build never reads (tools, tests, docs), each with why. */
export const NOT_BUILD_INPUTS: Record<string, string> = {
  ".ci": "the CI runner",
  ".env.example": "documentation; .env files are read when the server starts",
  ".gitignore": "git",
  ".prettierignore": "the formatter",
  ".prettierrc.json": "the formatter",
  "BENCHMARKS.md": "documentation",
  "README.md": "documentation",
  deploy: "deployment examples",
  docs: "documentation",
  "drizzle.config.ts": "drizzle-kit, for generating migrations",
  e2e: "Playwright specs",
  "eslint.config.mjs": "the linter (next build does not lint)",
  "playwright.config.ts": "Playwright",
  scripts: "command-line tools and the HTTP server around Next, run by tsx, not bundled",
  tests: "unit and integration tests",
};

async function newestMtime(p: string): Promise<number> {
  const stat = await fs.stat(p).catch(() => null);
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  const entries = await fs.readdir(p);
  const times = await Promise.all(entries.map((e) => newestMtime(path.join(p, e))));
  return Math.max(stat.mtimeMs, ...times);
}

/** Whether any build input under `root` is newer than `builtAt` (ms). */
export async function changedSince(builtAt: number, root = ROOT): Promise<boolean> {
  const newest = await Promise.all(BUILD_INPUTS.map((s) => newestMtime(path.join(root, s))));
  return Math.max(...newest) > builtAt;
}

/** Builds if needed; resolves true when it built. Throws when the build fails. */
export async function buildIfNeeded(
  log: (m: string) => void,
  stdio: "inherit" | "ignore" = "inherit",
): Promise<boolean> {
  const built = await fs.stat(path.join(ROOT, ".next", "BUILD_ID")).catch(() => null);
  if (built && !(await changedSince(built.mtimeMs))) return false;
  log(
    built
      ? "Sources changed since the last build; rebuilding…"
      : "No production build yet; building (a minute or two)…",
  );
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [NEXT_BIN, "build"], {
      cwd: ROOT,
      stdio,
      env: { ...process.env, NODE_ENV: "production" },
    });
    child.on("exit", resolve);
  });
  if (code !== 0) throw new Error("next build failed; see the output above.");
  return true;
}
