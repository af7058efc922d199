import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { onHead } from "@/scripts/serve/head";
import { request, serve } from "./harness";

describe("onHead", () => {
  let url = "";
  let close: () => Promise<void>;
  const order: string[] = [];
  before(async () => {
    ({ url, close } = await serve((req, res) => {
      onHead(res, (r) => {
        order.push(`first saw ${r.statusCode} ${String(r.getHeader("cache-control"))}`);
        r.setHeader("Cache-Control", "private, no-store");
      });
      onHead(res, (r) => order.push(`second saw ${String(r.getHeader("cache-control"))}`));
      if (req.url === "/explicit") {
        res.writeHead(404, "Gone Fishing", { "Cache-Control": "public", "X-A": "1" });
        res.end("x");
      } else if (req.url === "/raw") {
        res.setHeader("X-A", "set");
        res.writeHead(200, ["Cache-Control", "public", "X-A", "1", "X-A", "2"]);
        res.end("x");
      } else {
        res.statusCode = 410;
        res.end("x");
      }
    }));
  });
  after(() => close());

  it("runs the hooks in order on writeHead's own headers, which they may override", async () => {
    order.length = 0;
    const r = await request(`${url}/explicit`);
    assert.deepEqual([r.status, r.headers["cache-control"], r.headers["x-a"]], [404, "private, no-store", "1"]);
    assert.ok(r.raw.length > 0);
    assert.deepEqual(order, ["first saw 404 public", "second saw private, no-store"]);
  });

  it("runs them for an implicit head (status set, then end) and for a raw header list", async () => {
    order.length = 0;
    const implicit = await request(`${url}/implicit`);
    assert.deepEqual([implicit.status, implicit.headers["cache-control"]], [410, "private, no-store"]);
    const raw = await request(`${url}/raw`);
    assert.equal(raw.headers["cache-control"], "private, no-store");
    assert.deepEqual(
      raw.raw.filter((h) => h.startsWith("X-A")),
      ["X-A: 1", "X-A: 2"],
    );
  });
});
