import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { badAddress, badAddresses, BAD_ADDRESS } from "@/scripts/serve/bad-address";
import { fakeExchange } from "./harness";

describe("badAddress", () => {
  it("finds malformed escapes and control characters in the path or the query", () => {
    const table: [string, ReturnType<typeof badAddress>][] = [
      ["/national/a-story", null],
      ["/search?q=%E0%A6%AC%E0%A6%BE%E0%A6%A8%E0%A7%8D%E0%A6%A6%E0%A6%B0%E0%A6%AC%E0%A6%BE%E0%A6%A8", null],
      ["/search?q=50%25+off", null],
      ["/search?q=%2500", null], // a literal "%00", typed: text, not a control character
      ["/national/%E0%A6", "malformed"],
      ["/search?q=%ZZ", "malformed"],
      ["/national/a%00b", "control"],
      ["/api/v1/articles?section=x%00y", "control"],
      ["/search?q=a%0Ab", "control"],
      ["/search?q=%09", "control"],
      ["/x%1F", "control"],
      ["/x%7F", "control"],
      ["/x%0A%7B%22level%22%3A30%2C%22msg%22%3A%22forged%22%7D", "control"],
      // Next decodes a page's dynamic segments a second time: `%2500` reached a query as "\0", a
      // 500, and nginx took both app servers out for 10 s after three of them (issue 19, item 5).
      ["/%2500", "control"],
      ["/national/x%2500y", "control"],
      ["/bn/%250A", "control"],
      ["/topic/%257F", "control"],
      ["/%252500", "control"],
      ["/search/50%25-off", null], // a literal "%" in a path: decoded twice it is malformed, not a control
      ["/national/%25E0%25A6%25AC", null],
    ];
    for (const [url, want] of table) assert.equal(badAddress(url), want, url);
  });
});

describe("the bad-address step", () => {
  it("answers a control character with a plain 400 that says why, before Next", async () => {
    const x = fakeExchange("/national/a%00b");
    assert.equal(await badAddresses.run(x), true);
    assert.equal(x.sent.status, 400);
    assert.equal(x.sent.headers["content-type"], "text/plain; charset=utf-8");
    assert.equal(x.sent.headers["cache-control"], "private, no-store");
    assert.match(x.sent.body!, /control character/);
    assert.ok(!x.sent.body!.includes("\u0000"));
  });

  it("answers the API in JSON with the request id", async () => {
    for (const url of ["/api/v1/articles?q=%00", "/api/v1/articles?q=%E0"]) {
      const x = fakeExchange(url);
      assert.equal(await badAddresses.run(x), true);
      assert.equal(x.sent.status, 400);
      assert.equal(x.sent.headers["content-type"], "application/json");
      const body = JSON.parse(x.sent.body!) as { error: string; requestId: string };
      assert.equal(body.requestId, "test-request-id");
      assert.ok(body.error.length > 10);
    }
  });

  it("sends a malformed page address on to Next's bad-address page with 400", async () => {
    const x = fakeExchange("/national/%E0%A6?page=2");
    assert.equal(await badAddresses.run(x), false);
    assert.equal(x.res.statusCode, 400);
    assert.equal(x.req.url, BAD_ADDRESS);
    assert.deepEqual([x.pathname, x.search], [BAD_ADDRESS, ""]);
  });

  it("sends a malformed /bn address to the Bangla edition's bad-address page", async () => {
    for (const url of ["/bn/%E0%A6%A8%E0%A6", "/bn/search?q=%E0%A6", "/bn?page=%ZZ"]) {
      const x = fakeExchange(url);
      assert.equal(await badAddresses.run(x), false);
      assert.equal(x.res.statusCode, 400, url);
      assert.deepEqual([x.req.url, x.pathname], ["/bn/bad-address", "/bn/bad-address"], url);
    }
    // A section whose slug merely starts with "bn" is the default edition's.
    const x = fakeExchange("/bnews/%E0%A6");
    await badAddresses.run(x);
    assert.equal(x.req.url, BAD_ADDRESS);
  });

  it("leaves a good address alone", async () => {
    const x = fakeExchange("/national/a-story?utm_source=x");
    assert.equal(await badAddresses.run(x), false);
    assert.equal(x.req.url, "/national/a-story?utm_source=x");
    assert.equal(x.sent.status, undefined);
  });
});
