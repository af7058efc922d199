// Dependencies at or above their patched releases. The npm registry reachable from here refuses
// `npm audit` (405), so .ci/run falls back to this: each package the reader or the desk runs on
// has a floor — the release that fixed the advisories we know of, or the version audited for
// this project — and an install below it (a lockfile downgrade, a loose range) fails the tests.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

const ROOT = path.resolve(import.meta.dirname, "..");

/** Package → [floor, why]. Raise a floor when an advisory lands; never lower one. */
const FLOORS: Record<string, [string, string]> = {
  next: ["16.0.10", "React Server Components RCE and the follow-up DoS/source-exposure fixes (Dec 2025)"],
  react: ["19.2.1", "React Server Components RCE (CVE-2025-55182)"],
  "react-dom": ["19.2.1", "released with react"],
  "next-auth": ["4.24.12", "email misdelivery fix in the 4.x line"],
  "@tiptap/core": ["3.35.0", "audited 2026-12-02"],
  "@tiptap/pm": ["3.35.0", "audited 2026-12-02"],
  sharp: ["0.35.5", "audited 2026-12-02 (bundles libvips; decoders of untrusted uploads)"],
  "drizzle-orm": ["0.45.4", "audited 2026-12-02"],
  pg: ["8.23.1", "audited 2026-12-02"],
  // Issue 19, item 11: 7.0.13 was below the fixes of one high and four medium advisories.
  nodemailer: ["9.0.1", "first release past the SMTP/address-parsing advisories (issue 19)"],
  redis: ["6.3.1", "audited 2026-12-07 (the shared page cache's client)"],
  "fast-xml-parser": ["5.12.1", "audited 2026-12-07 (parses S3 answers)"],
  aws4fetch: ["1.0.20", "audited 2026-12-07 (signs S3 requests)"],
  // 0.18.0 is newer but needs Node 22.18; 0.17.3 is the newest that runs on our Node 20.19 floor.
  "graphile-worker": ["0.17.3", "audited 2026-12-07 (the job queue: runs in every app server)"],
  json5: ["2.2.2", "prototype pollution in parse (CVE-2022-46175); graphile-worker's config reader"],
};

function parse(v: string): number[] {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(v);
  assert.ok(m, `not a version: ${v}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function atLeast(version: string, floor: string): boolean {
  const a = parse(version);
  const b = parse(floor);
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return true;
}

type Lock = { packages: Record<string, { version?: string; dev?: boolean }> };

/**
 * Every copy the lockfile installs for production that is below its floor, wherever it sits:
 * the top-level copy is not the only one (a package may keep its own under its node_modules, as
 * next-auth would for nodemailer ^7 without the override in package.json). Dev-only copies (a
 * test tool's) are left to the tools' own audit; they never run in the servers.
 */
export function copiesBelowFloor(lock: Lock): string[] {
  const below: string[] = [];
  for (const [where, entry] of Object.entries(lock.packages)) {
    const name = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(where)?.[1];
    const floor = name ? FLOORS[name] : undefined;
    if (!floor || entry.dev || !entry.version) continue;
    if (!atLeast(entry.version, floor[0])) below.push(`${where} ${entry.version} (floor ${floor[0]}: ${floor[1]})`);
  }
  return below;
}

describe("dependency floors", () => {
  it("compares versions numerically, not as text", () => {
    assert.equal(atLeast("16.10.0", "16.9.9"), true);
    assert.equal(atLeast("16.0.9", "16.0.10"), false);
    assert.equal(atLeast("19.2.1", "19.2.1"), true);
  });

  it("finds a copy below its floor under another package's node_modules, and ignores dev-only ones", () => {
    const lock: Lock = {
      packages: {
        "": {},
        "node_modules/nodemailer": { version: "10.6.1" },
        "node_modules/next-auth/node_modules/nodemailer": { version: "7.0.13" },
        "node_modules/s3rver/node_modules/fast-xml-parser": { version: "3.21.1", dev: true },
        "node_modules/@tiptap/pm": { version: "3.0.0" },
      },
    };
    assert.deepEqual(
      copiesBelowFloor(lock).map((l) => l.split(" ")[0]),
      ["node_modules/next-auth/node_modules/nodemailer", "node_modules/@tiptap/pm"],
    );
  });

  it("no copy in package-lock.json that production installs is below its floor", () => {
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as Lock;
    assert.deepEqual(copiesBelowFloor(lock), []);
  });

  for (const [name, [floor, why]] of Object.entries(FLOORS)) {
    it(`${name} is at least ${floor} (${why})`, () => {
      const installed = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")) as {
        version: string;
      };
      assert.ok(atLeast(installed.version, floor), `${name} ${installed.version} is below ${floor}: ${why}`);
    });
  }
});
