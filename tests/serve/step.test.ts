import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runSteps, type Step } from "@/scripts/serve/step";
import { fakeExchange } from "./harness";

describe("runSteps", () => {
  it("runs the steps in order until one answers, and names it", async () => {
    const ran: string[] = [];
    const step = (name: string, answers: boolean): Step => ({
      name,
      run: async () => {
        ran.push(name);
        return answers;
      },
    });
    const x = fakeExchange("/city/a?b=1");
    assert.equal(await runSteps([step("a", false), step("b", true), step("c", true)], x), "b");
    assert.deepEqual(ran, ["a", "b"]);
  });

  it("lets a step change the address the later ones see", async () => {
    const x = fakeExchange("/national/%E0%A6?q=1");
    assert.deepEqual([x.pathname, x.search], ["/national/%E0%A6", "?q=1"]);
    const seen: string[] = [];
    await runSteps(
      [
        { name: "move", run: (e) => ((e.pathname = "/bad-address"), false) },
        { name: "look", run: (e) => (seen.push(e.pathname), true) },
      ],
      x,
    );
    assert.deepEqual(seen, ["/bad-address"]);
  });

  it("answers null when no step answered, and passes a step's failure on", async () => {
    assert.equal(await runSteps([{ name: "a", run: () => false }], fakeExchange("/")), null);
    await assert.rejects(
      runSteps([{ name: "boom", run: () => Promise.reject(new Error("db down")) }], fakeExchange("/")),
      /db down/,
    );
  });
});
