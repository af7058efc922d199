// A production build when the sources are newer than the last one (or there is none). Used by
// `npm start` and by the tests that run real app servers.
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const SOURCES = [
  "app",
  "components",
  "lib",
  "db",
  "public",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
];

async function newestMtime(p: string): Promise<number> {
  const stat = await fs.stat(p).catch(() => null);
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  const entries = await fs.readdir(p);
  const times = await Promise.all(entries.map((e) => newestMtime(path.join(p, e))));
  return Math.max(stat.mtimeMs, ...times);
}

/** Builds if needed; resolves true when it built. Throws when the build fails. */
export async function buildIfNeeded(
  log: (m: string) => void,
  stdio: "inherit" | "ignore" = "inherit",
): Promise<boolean> {
  const built = await fs.stat(path.join(ROOT, ".next", "BUILD_ID")).catch(() => null);
  const sources = Math.max(...(await Promise.all(SOURCES.map((s) => newestMtime(path.join(ROOT, s))))));
  if (built && built.mtimeMs >= sources) return false;
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
