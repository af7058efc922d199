import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { BUILD_INPUTS, changedSince, NOT_BUILD_INPUTS, ROOT } from "@/scripts/lib/build";

describe("npm start's rebuild check (scripts/lib/build.ts)", () => {
  it("classifies every root entry git tracks as a build input or not", () => {
    const tracked = execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map((f) => f.split("/")[0]!);
    const unclassified = [...new Set(tracked)].filter((e) => !BUILD_INPUTS.includes(e) && !(e in NOT_BUILD_INPUTS));
    assert.deepEqual(unclassified, [], "add each to BUILD_INPUTS (next build reads it) or NOT_BUILD_INPUTS");
    assert.deepEqual(
      BUILD_INPUTS.filter((e) => e in NOT_BUILD_INPUTS),
      [],
    );
  });

  it("watches the message catalogues, instrumentation.ts and tsconfig.json", () => {
    for (const input of ["messages", "instrumentation.ts", "tsconfig.json"])
      assert.ok(BUILD_INPUTS.includes(input), input);
  });

  it("rebuilds after messages/bn.json is edited, and not before", async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-build-"));
    try {
      await fs.mkdir(path.join(root, "messages"));
      const bn = path.join(root, "messages", "bn.json");
      await fs.writeFile(bn, "{}");
      const old = new Date("2025-08-01T00:00:00Z");
      await fs.utimes(bn, old, old);
      await fs.utimes(path.join(root, "messages"), old, old);
      const builtAt = new Date("2025-08-02T00:00:00Z").getTime();
      assert.equal(await changedSince(builtAt, root), false);
      const edited = new Date("2025-08-03T00:00:00Z");
      await fs.utimes(bn, edited, edited);
      assert.equal(await changedSince(builtAt, root), true);
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  });
});
