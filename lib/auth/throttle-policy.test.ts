import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { backoffMs, decideAttempt, type Attempt, type AttemptHistory, type ThrottleDecision } from "./throttle-policy";

const NOW = new Date("2026-06-01T10:00:00Z");
const ago = (s: number) => new Date(NOW.getTime() - s * 1000);
const fail = (ip: string, s: number): Attempt => ({ ip, success: false, at: ago(s) });
const ok = (ip: string, s: number): Attempt => ({ ip, success: true, at: ago(s) });
/** `n` failures from `ip`, the latest `last` seconds ago, one second apart. */
const fails = (n: number, ip: string, last = 0) => Array.from({ length: n }, (_, i) => fail(ip, last + i));

const HOME = "198.51.100.10";
const ATTACKER = "203.0.113.66";

// [what, history, address trying, expected decision kind (and reason)]
const table: [string, Partial<AttemptHistory>, string, ThrottleDecision["kind"] | `refuse:${string}`][] = [
  ["no history", {}, HOME, "allow"],
  ["4 failures: no wait yet", { account: fails(4, ATTACKER) }, HOME, "allow"],
  ["5 failures just now: the 6th waits 1 s", { account: fails(5, ATTACKER, 0) }, "192.0.2.1", "refuse:account"],
  ["5 failures, last 2 s ago: the 1 s wait is over", { account: fails(5, ATTACKER, 2) }, "192.0.2.1", "allow"],
  ["8 failures, last 5 s ago: waits 8 s", { account: fails(8, "192.0.2.9", 5) }, "192.0.2.1", "refuse:account"],
  ["8 failures, last 9 s ago: wait over", { account: fails(8, "192.0.2.9", 9) }, "192.0.2.1", "allow"],
  [
    "back-off, but the owner's usual address: a correct password still works",
    { account: fails(8, ATTACKER, 0), trustedAddress: true },
    HOME,
    "allow-if-correct",
  ],
  [
    "the pair limit holds even for a usual address",
    { account: fails(5, HOME, 0), trustedAddress: true },
    HOME,
    "refuse:pair",
  ],
  ["5 failures from one address: that pair stops", { account: fails(5, ATTACKER, 100) }, ATTACKER, "refuse:pair"],
  ["...but another address is only backed off (wait over)", { account: fails(5, ATTACKER, 100) }, HOME, "allow"],
  ["the pair's failures expire after 15 min", { account: fails(5, ATTACKER, 15 * 60 + 1) }, ATTACKER, "allow"],
  [
    "a success from that address clears the pair",
    { account: [...fails(4, ATTACKER, 10), ok(ATTACKER, 5), fail(ATTACKER, 1)] },
    ATTACKER,
    "allow",
  ],
  [
    "a success clears the account's back-off",
    { account: [...fails(9, ATTACKER, 20), ok(HOME, 10)] },
    "192.0.2.1",
    "allow",
  ],
  ["30 failures from an address on any accounts", { ipFailures: 30 }, ATTACKER, "refuse:address"],
  ["the address limit holds for a usual address too", { ipFailures: 30, trustedAddress: true }, HOME, "refuse:address"],
  ["29 failures from an address", { ipFailures: 29 }, ATTACKER, "allow"],
];

describe("sign-in throttle decision", () => {
  for (const [what, partial, ip, expected] of table) {
    it(what, () => {
      const history: AttemptHistory = { account: [], ipFailures: 0, trustedAddress: false, ...partial };
      const d = decideAttempt(history, ip, NOW);
      assert.equal(d.kind === "refuse" ? `refuse:${d.reason}` : d.kind, expected);
    });
  }

  it("backs off exponentially, capped at 30 seconds, and never locks", () => {
    assert.deepEqual(
      [4, 5, 6, 7, 9, 10, 14, 50, 1000].map(backoffMs),
      [0, 1000, 2000, 4000, 16_000, 30_000, 30_000, 30_000, 30_000],
    );
  });

  // Issue 19, item 4: with the wait capped at the 15-minute window, a stranger rotating 50
  // addresses kept the owner out from any address the account had not used (9 of 9 refused).
  it("a stranger rotating 50 addresses keeps the owner on a new address waiting 30 s at most", () => {
    // 50 failures two seconds apart, one per address, the latest just now.
    const account = Array.from({ length: 50 }, (_, i) => fail(`203.0.113.${i}`, 2 * (49 - i)));
    const d = decideAttempt({ account, ipFailures: 0, trustedAddress: false }, "192.0.2.250", NOW);
    assert.equal(d.kind, "refuse");
    assert.ok(d.kind === "refuse" && d.retryAfterMs <= 30_000, "the owner waits half a minute, not the window");
    // ...while the per-pair and per-address hard limits still hold.
    assert.equal(
      decideAttempt({ account: fails(5, ATTACKER), ipFailures: 5, trustedAddress: false }, ATTACKER, NOW).kind,
      "refuse",
    );
    assert.equal(decideAttempt({ account: [], ipFailures: 30, trustedAddress: false }, ATTACKER, NOW).kind, "refuse");
  });
});
