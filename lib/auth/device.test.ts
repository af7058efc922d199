import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { deviceCookie, deviceCookieFrom, isTrustedDevice } from "./device";
import { TRUSTED_ADDRESS_MS } from "./throttle-policy";

const SECRET = "a secret long enough to sign device tokens with";
const NOW = Date.parse("2026-12-08T03:00:00Z");

describe("the device cookie", () => {
  it("vouches for the account it was set for, for 30 days, and for no other", () => {
    const value = deviceCookie(undefined, "editor@example.com", SECRET, NOW);
    assert.equal(isTrustedDevice(value, "editor@example.com", SECRET, NOW + 1000), true);
    assert.equal(isTrustedDevice(value, "editor@example.com", SECRET, NOW + TRUSTED_ADDRESS_MS - 1), true);
    assert.equal(isTrustedDevice(value, "editor@example.com", SECRET, NOW + TRUSTED_ADDRESS_MS), false);
    assert.equal(isTrustedDevice(value, "admin@example.com", SECRET, NOW), false);
    assert.equal(isTrustedDevice(value, "editor@example.com", "another deployment's secret", NOW), false);
    // Dated in the future (a forged date with a copied signature fails the signature anyway).
    assert.equal(isTrustedDevice(value, "editor@example.com", SECRET, NOW - 5 * 60_000), false);
  });

  it("keeps a few accounts' tokens, newest first, and drops expired ones", () => {
    let value = deviceCookie(undefined, "a@example.com", SECRET, NOW - TRUSTED_ADDRESS_MS + 1000);
    value = deviceCookie(value, "b@example.com", SECRET, NOW);
    assert.equal(isTrustedDevice(value, "a@example.com", SECRET, NOW), true);
    assert.equal(isTrustedDevice(value, "b@example.com", SECRET, NOW), true);
    const later = deviceCookie(value, "c@example.com", SECRET, NOW + 2000);
    assert.equal(isTrustedDevice(later, "a@example.com", SECRET, NOW + 2000), false, "a's token expired and went");
    assert.equal(later.split("~").length, 2);
    for (let i = 0; i < 6; i++) value = deviceCookie(value, `p${i}@example.com`, SECRET, NOW + i);
    assert.equal(value.split("~").length, 4);
  });

  it("ignores what it did not write", () => {
    for (const junk of [undefined, "", "x", "1.2", "~~~", "9".repeat(40) + "." + "A".repeat(43)])
      assert.equal(isTrustedDevice(junk, "editor@example.com", SECRET, NOW), false, String(junk));
    assert.equal(deviceCookieFrom("a=1; dateline-device=123.abc; b=2"), "123.abc");
    assert.equal(deviceCookieFrom("a=1"), undefined);
    assert.equal(deviceCookieFrom(undefined), undefined);
  });
});
