import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { it } from "node:test";
import { MAX_DELAY_MS, restartDelay, supervise } from "@/scripts/lib/supervisor";

it("backs off 1, 2, 4 … 30 s between restarts in a row", () => {
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 20].map(restartDelay), [
    1_000,
    2_000,
    4_000,
    8_000,
    16_000,
    30_000,
    30_000,
    MAX_DELAY_MS,
  ]);
});

it("starts a part that was killed again, and not once it is stopped", async () => {
  const lines: string[] = [];
  const part = supervise(
    "sleeper",
    () => spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"]),
    (l) => lines.push(l),
  );
  const first = part.child();
  await new Promise((r) => setTimeout(r, 200));
  first.kill("SIGKILL");
  const deadline = Date.now() + 10_000;
  while (part.restarts() === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assert.equal(part.restarts(), 1, lines.join("\n"));
  assert.notEqual(part.child().pid, first.pid);
  assert.ok(part.running());
  assert.match(lines[0]!, /^sleeper exited \(SIGKILL\); starting it again in 1 s$/);
  const second = part.child();
  await part.stop("SIGTERM");
  assert.ok(second.signalCode === "SIGTERM");
  await new Promise((r) => setTimeout(r, 1_500));
  assert.equal(part.restarts(), 1, "no restart after stop()");
});
