import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { bengaliSpellings } from "./bengali-spellings";

describe("Bengali spellings", () => {
  it("gives both forms of য় ড় ঢ়, from either", () => {
    const one = "ঢাকা\u09DF"; // ঢাকায় with the one-code-point য়
    const two = "ঢাকা\u09AF\u09BC"; // the same word with য + nukta
    assert.deepEqual(new Set(bengaliSpellings(one)), new Set([one, two]));
    assert.deepEqual(new Set(bengaliSpellings(two)), new Set([one, two]));
    assert.ok(bengaliSpellings("বা\u09DCি").includes("বা\u09A1\u09BCি"));
  });

  it("leaves English alone", () => {
    assert.deepEqual(bengaliSpellings("metro rail"), ["metro rail"]);
  });
});
