import assert from "node:assert/strict";
import type http from "node:http";
import { describe, it } from "node:test";
import { Registry } from "prom-client";
import { requestLog } from "@/scripts/serve/request-log";

describe("the request log", () => {
  it("writes one line with the path (not the query), the status, the time and the queueing time", async () => {
    const lines: [Record<string, unknown>, string][] = [];
    const counted: unknown[][] = [];
    const registry = new Registry();
    const finished = requestLog(
      { info: (o: Record<string, unknown>, msg: string) => void lines.push([o, msg]) } as never,
      { registry, request: (...a: unknown[]) => void counted.push(a), takeUser: () => "user-1" },
    );
    const req = { url: "/search?q=secret-token" } as http.IncomingMessage;
    const res = {
      statusCode: 200,
      writableFinished: true,
      getHeader: (k: string) => (k === "x-nextjs-cache" ? "HIT" : undefined),
    } as unknown as http.ServerResponse;
    finished(req, res, { id: "r1", started: performance.now() - 5, method: "HEAD", queueMs: 12.34 });
    assert.equal(lines.length, 1);
    const [o, msg] = lines[0]!;
    assert.equal(msg, "request");
    assert.deepEqual(
      [o.reqId, o.method, o.path, o.route, o.status, o.queueMs, o.cache, o.user, o.aborted],
      ["r1", "HEAD", "/search", "search", 200, 12.3, "HIT", "user-1", undefined],
    );
    assert.ok((o.ms as number) >= 5);
    assert.equal(counted[0]![0], "HEAD");
    assert.match(await registry.metrics(), /dateline_http_queue_seconds_count 1/);
  });
});
