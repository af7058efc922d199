// The .env files every entry point loads (scripts/lib/load-env.ts), in Next's order: the process
// environment over .env.<mode>.local over .env.local over .env.<mode> over .env. Each case runs in
// a child process, because loading writes to process.env and @next/env remembers what it loaded.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { pathToFileURL } from "node:url";

const ROOT = path.resolve(import.meta.dirname, "..");
const LOADER = pathToFileURL(path.join(ROOT, "scripts", "lib", "load-env.ts")).href;
const NAMES = ["P_ONLY", "A", "B", "C", "D", "E", "EMPTY"] as const;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-env-"));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function files(contents: Record<string, string>): void {
  for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f));
  for (const [name, text] of Object.entries(contents)) fs.writeFileSync(path.join(dir, name), text);
}

/** Loads `dir` in a fresh process with the given environment; returns what it ended up with. */
function load(processEnv: Record<string, string>, dev = false): Record<string, string | null> {
  const script = `
    const { loadEnvFiles } = await import(${JSON.stringify(LOADER)});
    loadEnvFiles(${JSON.stringify(dir)}, ${dev}, true);
    const names = ${JSON.stringify(NAMES)};
    console.log(JSON.stringify(Object.fromEntries(names.map((n) => [n, process.env["DLT_" + n] ?? null]))));`;
  const env: Record<string, string> = { PATH: process.env.PATH ?? "" };
  for (const [k, v] of Object.entries(processEnv)) env[`DLT_${k}`] = v;
  // No NODE_ENV (hence the cast: Next declares it always set): "test" would switch to Next's test mode, which skips .env.local.
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: ROOT,
    env: env as NodeJS.ProcessEnv,
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Record<string, string | null>;
}

const lines = (vars: Record<string, string>) =>
  Object.entries(vars)
    .map(([k, v]) => `DLT_${k}=${v}\n`)
    .join("");

describe("env loading", () => {
  it("prefers the process environment, then .env.local, then .env", () => {
    files({
      ".env": lines({ A: "dotenv", B: "dotenv", C: "dotenv", EMPTY: "dotenv" }),
      ".env.local": lines({ A: "local", B: "local" }),
    });
    assert.deepEqual(load({ P_ONLY: "process", A: "process", EMPTY: "" }), {
      P_ONLY: "process",
      A: "process",
      B: "local",
      C: "dotenv",
      D: null,
      E: null,
      // An empty variable in the environment still wins: lib/env.ts reads it as "not set", which
      // is how the test runners keep a developer's DATABASE_URL out of their servers.
      EMPTY: "",
    });
  });

  it("puts the mode's files where Next does, and picks the mode from --dev", () => {
    files({
      ".env": lines({ A: "dotenv", B: "dotenv", C: "dotenv", D: "dotenv", E: "dotenv" }),
      ".env.local": lines({ A: "local", B: "local", C: "local" }),
      ".env.production": lines({ C: "production", D: "production" }),
      ".env.production.local": lines({ A: "production.local" }),
      ".env.development": lines({ E: "development" }),
    });
    const prod = load({});
    assert.deepEqual(
      [prod.A, prod.B, prod.C, prod.D, prod.E],
      ["production.local", "local", "local", "production", "dotenv"],
    );
    const dev = load({}, true);
    assert.deepEqual([dev.A, dev.B, dev.C, dev.D, dev.E], ["local", "local", "local", "dotenv", "development"]);
  });
});
