import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Readiness } from "@/lib/readiness";
import { health } from "@/scripts/serve/health";
import { fakeExchange } from "./harness";

describe("the health step", () => {
  it("answers /healthz without asking anything", async () => {
    let asked = 0;
    const step = health({ ready: async () => (asked++, { ready: true }), onChange: () => {} });
    const x = fakeExchange("/healthz");
    assert.equal(await step.run(x), true);
    assert.deepEqual([x.sent.status, x.sent.body, x.sent.headers["cache-control"]], [200, "ok\n", "no-store"]);
    assert.equal(asked, 0);
  });

  it("answers /readyz from readiness, and reports each change once", async () => {
    let state: Readiness = { ready: true };
    const lines: string[] = [];
    const step = health({ ready: async () => state, onChange: (l) => lines.push(l) });
    const probe = async () => {
      const x = fakeExchange("/readyz");
      await step.run(x);
      return `${x.sent.status} ${x.sent.body!.trim()}`;
    };
    assert.equal(await probe(), "200 ok");
    state = { ready: false, reason: "database unreachable", detail: "ECONNREFUSED" };
    assert.equal(await probe(), "503 database unreachable");
    assert.equal(await probe(), "503 database unreachable");
    state = { ready: true };
    assert.equal(await probe(), "200 ok");
    assert.deepEqual(lines, [
      "[server] readyz: not ready: database unreachable (ECONNREFUSED)",
      "[server] readyz: ready again",
    ]);
  });

  it("leaves other paths and other methods to the later steps", async () => {
    const step = health({ ready: async () => ({ ready: true }), onChange: () => {} });
    assert.equal(await step.run(fakeExchange("/healthz/x")), false);
    assert.equal(await step.run(fakeExchange("/healthz", { method: "POST" })), false);
    assert.equal(await step.run(fakeExchange("/readyz?x=1", { method: "HEAD" })), true);
  });
});
