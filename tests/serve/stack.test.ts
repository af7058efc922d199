// The response-wrapping stack in the order scripts/serve.ts runs it: the header fixes wrap the
// response first (innermost), then the lite rewrite wraps it (outermost), then Next writes. The
// fixes must see the final writeHead, which the rewrite makes when it sends the page it held:
// Next sets a status and ends with the payload, so with the order reversed the rewrite's own
// send would bypass the fixes and a list page's 404 would leave with a public Cache-Control.
import assert from "node:assert/strict";
import type http from "node:http";
import { after, describe, it } from "node:test";
import { Registry } from "prom-client";
import { lite } from "@/scripts/serve/lite";
import { liteCache } from "@/scripts/serve/lite-cache";
import { responseFixes } from "@/scripts/serve/response-fixes";
import type { Step } from "@/scripts/serve/step";
import { fakeNext, request, serveSteps, type Answer } from "./harness";

const PUBLIC = "public, max-age=0, s-maxage=1, stale-while-revalidate=59";
const PAGE = '<html><body><p>Page 3 of nothing</p><script src="/_next/static/chunks/x.js"></script></body></html>';
const silent = { error() {}, warn() {} };

/** Next's answer for a page: status and headers set, then one end with the payload. */
function nextPage(status: number) {
  return (_req: http.IncomingMessage, res: http.ServerResponse) => {
    res.statusCode = status;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Cache-Control", PUBLIC);
    res.setHeader("ETag", `"p${status}"`);
    res.end(PAGE);
  };
}

/** Next's answer for a cached redirect: writeHead with the headers, the Location twice. */
function nextRedirect(_req: http.IncomingMessage, res: http.ServerResponse) {
  res.setHeader("Location", ["/city/new-slug", "/city/new-slug"]);
  res.writeHead(308, { "Cache-Control": PUBLIC });
  res.end();
}

const locations = (r: Answer) =>
  r.raw.filter((h) => h.toLowerCase().startsWith("location:")).map((h) => h.slice(h.indexOf(":") + 2));

function liteStep(): Step {
  return lite({
    scriptPath: () => "/_dateline/reader.abc.js",
    cache: liteCache(),
    log: silent,
    metrics: { registry: new Registry() },
    generation: () => 0,
    notFoundPage: async () => "",
  });
}

describe("the response-wrapping stack", () => {
  const servers: { close(): Promise<void> }[] = [];
  after(() => Promise.all(servers.map((s) => s.close())));
  const start = async (steps: Step[]) => {
    const s = await serveSteps(steps);
    servers.push(s);
    return s.url;
  };

  it("in serve.ts's order, a list page past the last one is rewritten and kept private", async () => {
    const url = await start([responseFixes, liteStep(), fakeNext(nextPage(404))]);
    const r = await request(`${url}/topics/rain?page=3`);
    assert.equal(r.status, 404);
    assert.equal(r.headers["cache-control"], "private, no-store");
    assert.ok(!r.text.includes("/_next/static/chunks/x.js"), "rewritten");
    // A page that exists keeps Next's public policy.
    const ok = await start([responseFixes, liteStep(), fakeNext(nextPage(200))]);
    assert.equal((await request(`${ok}/topics/rain?page=2`)).headers["cache-control"], PUBLIC);
  });

  it("in the reverse order the rewrite's send skips the fixes (why the order matters)", async () => {
    const url = await start([liteStep(), responseFixes, fakeNext(nextPage(404))]);
    const r = await request(`${url}/topics/rain?page=3`);
    assert.equal(r.headers["cache-control"], PUBLIC);
  });

  it("an RSC request's redirect goes out with one Location and never to a shared cache", async () => {
    const url = await start([responseFixes, liteStep(), fakeNext(nextRedirect)]);
    const rsc = await request(`${url}/city/old-slug`, { headers: { RSC: "1" } });
    assert.equal(rsc.status, 308);
    assert.deepEqual(locations(rsc), ["/city/new-slug"]);
    assert.equal(rsc.headers["cache-control"], "private, no-store");
    // A browser's own request for the same address: one Location, Next's policy kept.
    const page = await request(`${url}/city/old-slug`);
    assert.deepEqual(locations(page), ["/city/new-slug"]);
    assert.equal(page.headers["cache-control"], PUBLIC);
  });
});
