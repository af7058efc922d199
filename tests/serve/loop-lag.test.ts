import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loopLag } from "@/scripts/serve/loop-lag";

describe("loopLag", () => {
  it("reports how long the loop has been held past its timer", async () => {
    const lag = loopLag(10);
    try {
      const held = performance.now();
      // Hold the loop for 80 ms: its 10 ms timer cannot run, so it is at least 70 ms overdue.
      while (performance.now() - held < 80);
      assert.ok(lag.behind() >= 70, `behind ${lag.behind()} ms`);
      // Once the loop turns, the timer runs and the lag starts again from there.
      await new Promise((r) => setTimeout(r, 30));
      assert.ok(lag.behind() < 70, `behind ${lag.behind()} ms after the loop turned`);
    } finally {
      lag.stop();
    }
  });
});
