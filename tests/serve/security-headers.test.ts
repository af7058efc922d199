import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { HSTS, PERMISSIONS_POLICY } from "@/lib/security-headers";
import { securityHeaders } from "@/scripts/serve/security-headers";
import { fakeExchange } from "./harness";

const env = { NODE_ENV: "production" };

describe("the security-headers step", () => {
  it("gives the desk a fresh nonce per answer, on the request for Next and on the response", async () => {
    const step = securityHeaders({ hsts: true, publicPolicy: "public-policy", env });
    const a = fakeExchange("/dashboard/stories");
    const b = fakeExchange("/dashboard/stories");
    await step.run(a);
    await step.run(b);
    const policy = String(a.sent.headers["content-security-policy"]);
    assert.match(policy, /'nonce-[A-Za-z0-9+/=]{24}'/);
    assert.equal(a.req.headers["content-security-policy"], policy);
    assert.notEqual(policy, b.sent.headers["content-security-policy"]);
    assert.equal(a.sent.headers["strict-transport-security"], HSTS);
    assert.equal(a.sent.headers["permissions-policy"], PERMISSIONS_POLICY);
  });

  it("gives public pages the fixed policy, and HSTS only when the site is https", async () => {
    const x = fakeExchange("/city/a");
    await securityHeaders({ hsts: false, publicPolicy: "public-policy", env }).run(x);
    assert.equal(x.sent.headers["content-security-policy"], "public-policy");
    assert.equal(x.req.headers["content-security-policy"], undefined);
    assert.equal(x.sent.headers["strict-transport-security"], undefined);
  });
});
