// scripts/lib/phases.ts runs npm test's phases and the integration files a few at a time. These
// prove the bound holds, failures and hangs are reported rather than lost, and the closing test
// counts are read from node's and Playwright's output.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { runPhase, runPhases, testCounts, type Phase } from "@/scripts/lib/phases";
import { SERIAL } from "@/tests/integration/serial";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-phases-"));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A phase that is a few lines of JavaScript run by node. */
function js(name: string, code: string, timeoutMs?: number): Phase {
  return { name, command: process.execPath, args: ["-e", code], timeoutMs };
}

const quiet = () => {};

/** Running, as opposed to gone or a zombie (an orphan ended but not yet reaped by init). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

describe("runPhases", () => {
  it("runs phases side by side, never more than `jobs` at once, and returns results in the given order", async () => {
    const mark = (f: string) => JSON.stringify(path.join(dir, f));
    // a finishes only once b has started: it would time out if the two did not run together.
    const a = js(
      "a",
      `const fs=require("fs");const t=Date.now();` +
        `(function w(){if(fs.existsSync(${mark("b.started")})){fs.writeFileSync(${mark("a.done")},"");return}` +
        `if(Date.now()-t>20000)process.exit(3);setTimeout(w,20)})()`,
    );
    const b = js(
      "b",
      `const fs=require("fs");fs.writeFileSync(${mark("b.started")},"");` +
        `setTimeout(()=>fs.writeFileSync(${mark("b.done")},""),300)`,
    );
    // c may only start when a or b has finished: with two jobs, a third never runs beside them.
    const c = js(
      "c",
      `const fs=require("fs");process.exit(fs.existsSync(${mark("a.done")})||fs.existsSync(${mark("b.done")})?0:4)`,
    );
    const results = await runPhases([a, b, c], 2, quiet);
    assert.deepEqual(
      results.map((r) => [r.name, r.ok]),
      [
        ["a", true],
        ["b", true],
        ["c", true],
      ],
    );
  });

  it("keeps going after a failure, and keeps the failed phase's output and exit", async () => {
    const results = await runPhases(
      [js("bad", `console.error("the lint found 3 problems");process.exit(2)`), js("good", `console.log("fine")`)],
      2,
      quiet,
    );
    assert.equal(results[0]!.ok, false);
    assert.match(results[0]!.output, /the lint found 3 problems/);
    assert.equal(results[1]!.ok, true);
    assert.match(results[1]!.output, /fine/);
  });

  it("fails a phase whose tests failed even when its process exits 0", async () => {
    const r = await runPhase(js("exits-0", `console.log("ℹ tests 2\\nℹ pass 1\\nℹ fail 1");process.exit(0)`), false);
    assert.equal(r.ok, false);
    assert.deepEqual(r.counts, { pass: 1, fail: 1 });
  });

  it("ends a phase that outlives its time limit, and whatever it started", async () => {
    const pidFile = path.join(dir, "grandchild.pid");
    const code =
      `const {spawn}=require("child_process");` +
      `const g=spawn(process.execPath,["-e","setInterval(()=>{},1000)"],{stdio:"ignore"});` +
      `require("fs").writeFileSync(${JSON.stringify(pidFile)},String(g.pid));setInterval(()=>{},1000)`;
    const r = await runPhase(js("hangs", code, 1_500), false);
    assert.equal(r.ok, false);
    assert.match(r.output, /hangs: killed after 2 s/);
    const grandchild = Number(fs.readFileSync(pidFile, "utf8"));
    for (let i = 0; i < 50 && alive(grandchild); i++) await new Promise((res) => setTimeout(res, 100));
    assert.equal(alive(grandchild), false, "the server the phase started is still running");
  });
});

describe("testCounts", () => {
  it("reads node's closing lines, the last block when there are several", () => {
    const file = "✔ one (1ms)\nℹ tests 3\nℹ pass 2\nℹ fail 1\nℹ duration_ms 5\n";
    assert.deepEqual(testCounts(file), { pass: 2, fail: 1 });
    const run = `${file}✔ two (1ms)\nℹ tests 4\nℹ pass 4\nℹ fail 0\nℹ files 2\nℹ pass 6\nℹ fail 1\n`;
    assert.deepEqual(testCounts(run), { pass: 6, fail: 1 });
    // A group whose before() failed: its tests are cancelled, not passed, and count as failures.
    const cancelled = "ℹ tests 6\nℹ pass 1\nℹ fail 0\nℹ cancelled 5\n";
    assert.deepEqual(testCounts(cancelled), { pass: 1, fail: 5 });
    // The integration runner's own totals come last and already count them.
    assert.deepEqual(testCounts(`${cancelled}ℹ files 2\nℹ pass 9\nℹ fail 5\nℹ failed files 1\n`), { pass: 9, fail: 5 });
  });

  it("reads Playwright's, colours and all", () => {
    assert.deepEqual(
      testCounts(
        "Running 130 tests using 2 workers\n\n  \x1b[31m2 failed\x1b[39m\n  \x1b[32m128 passed\x1b[39m (9.1m)\n",
      ),
      {
        pass: 128,
        fail: 2,
      },
    );
    assert.deepEqual(testCounts("  12 passed (40.2s)\n"), { pass: 12, fail: 0 });
  });

  it("finds none in output that is not a test run", () => {
    assert.equal(testCounts("Checking formatting...\nAll matched files use Prettier code style!\n"), undefined);
  });
});

describe("the integration files that run alone", () => {
  it("name files that exist, each with its reason", () => {
    const root = path.resolve(import.meta.dirname, "..");
    for (const [file, why] of Object.entries(SERIAL)) {
      assert.ok(fs.existsSync(path.join(root, file)), `${file} is listed in tests/integration/serial.ts but missing`);
      assert.ok(why.length > 20, `${file} needs a reason`);
    }
  });
});
