import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CROSS_SITE_MESSAGE, NO_ORIGIN_MESSAGE, refuseCrossSite } from "./same-origin";

const headers = (h: Record<string, string>) => new Headers({ host: "desk.example:3000", ...h });

// [method, headers, expected refusal (null: allowed)]
const table: [string, Record<string, string>, string | null][] = [
  ["GET", {}, null],
  ["HEAD", { origin: "http://evil.example" }, null],
  ["POST", {}, NO_ORIGIN_MESSAGE],
  ["PUT", {}, NO_ORIGIN_MESSAGE],
  ["DELETE", { "sec-fetch-site": "same-site" }, CROSS_SITE_MESSAGE],
  ["POST", { "sec-fetch-site": "cross-site" }, CROSS_SITE_MESSAGE],
  ["POST", { "sec-fetch-site": "none" }, CROSS_SITE_MESSAGE],
  ["POST", { "sec-fetch-site": "same-origin" }, null],
  ["POST", { origin: "http://desk.example:3000" }, null],
  ["PATCH", { origin: "https://desk.example:3000" }, null],
  ["POST", { origin: "http://evil.example" }, CROSS_SITE_MESSAGE],
  ["POST", { origin: "null" }, CROSS_SITE_MESSAGE],
  // A mismatching Origin is not rescued by a Sec-Fetch-Site claim.
  ["POST", { origin: "http://evil.example", "sec-fetch-site": "same-origin" }, CROSS_SITE_MESSAGE],
  // The host the person used, as scripts/serve.ts decided it, wins over Host.
  ["POST", { origin: "https://news.example", "x-forwarded-host": "news.example" }, null],
];

describe("same-origin check for writes", () => {
  for (const [method, h, expected] of table) {
    it(`${method} ${JSON.stringify(h)} → ${expected === null ? "allowed" : "refused"}`, () => {
      assert.equal(refuseCrossSite(method, headers(h)), expected);
    });
  }
});
