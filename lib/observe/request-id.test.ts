import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { bearerMatches, isLoopback } from "./metrics";
import { acceptRequestId, requestId } from "./request-id";

describe("request ids", () => {
  it("keeps a proxy's short plain token", () => {
    assert.equal(acceptRequestId("3f2a9c0e1b7d4a55b2c6e8f01d9a7b3c"), "3f2a9c0e1b7d4a55b2c6e8f01d9a7b3c");
    assert.equal(acceptRequestId("req-2025.08.03:17"), "req-2025.08.03:17");
    assert.equal(requestId("abcdefgh"), "abcdefgh");
  });

  it("refuses anything that could break or forge a log line, or is too short or long", () => {
    for (const bad of [
      "short",
      "x".repeat(65),
      "abc def ghi",
      "abcdefgh\nlevel=error",
      'abcdefgh","user":"1',
      "abcdefgh<script>",
      "",
      ["abcdefgh", "ijklmnop"],
      undefined,
    ]) {
      assert.equal(acceptRequestId(bad), null, JSON.stringify(bad));
    }
  });

  it("makes a fresh one otherwise, different every time", () => {
    const a = requestId("bad id");
    const b = requestId(undefined);
    assert.match(a, /^[0-9a-f-]{36}$/);
    assert.notEqual(a, b);
  });
});

describe("/metrics access", () => {
  it("counts only loopback addresses as this machine", () => {
    for (const ip of ["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"]) assert.equal(isLoopback(ip), true, ip);
    for (const ip of ["203.0.113.9", "::ffff:203.0.113.9", "10.0.0.1", "::", undefined])
      assert.equal(isLoopback(ip), false, String(ip));
  });

  it("accepts exactly the bearer token", () => {
    const token = "s3cret-token-0123456789";
    assert.equal(bearerMatches(`Bearer ${token}`, token), true);
    assert.equal(bearerMatches(`bearer ${token}`, token), true);
    assert.equal(bearerMatches(`Bearer ${token}x`, token), false);
    assert.equal(bearerMatches(`Basic ${token}`, token), false);
    assert.equal(bearerMatches(token, token), false);
    assert.equal(bearerMatches(undefined, token), false);
  });
});
