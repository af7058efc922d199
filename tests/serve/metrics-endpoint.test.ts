import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Logger } from "pino";
import { createMetrics } from "@/lib/observe/metrics";
import { metricsEndpoint } from "@/scripts/serve/metrics-endpoint";
import { fakeExchange } from "./harness";

const metrics = createMetrics({ info() {}, warn() {}, error() {} } as unknown as Logger, {
  totalCount: 2,
  idleCount: 2,
  waitingCount: 0,
});

describe("the metrics step", () => {
  it("answers this machine with the counters, and a stranger without the token with 401", async () => {
    const step = metricsEndpoint(metrics, "secret-token");
    const local = fakeExchange("/metrics");
    local.ip = "127.0.0.1";
    assert.equal(await step.run(local), true);
    assert.equal(local.sent.status, 200);
    assert.match(local.sent.body!, /dateline_http_requests_total/);
    const stranger = fakeExchange("/metrics");
    stranger.ip = "203.0.113.9";
    await step.run(stranger);
    assert.equal(stranger.sent.status, 401);
  });

  it("leaves other paths and methods alone", async () => {
    const step = metricsEndpoint(metrics, undefined);
    assert.equal(await step.run(fakeExchange("/metrics/x")), false);
    assert.equal(await step.run(fakeExchange("/metrics", { method: "POST" })), false);
  });
});
