import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isUuid, randomUuid } from "./uuid";

describe("randomUuid", () => {
  it("makes distinct version-4 UUIDs without crypto.randomUUID (absent outside secure contexts)", () => {
    const original = crypto.randomUUID;
    // As in a browser at http://news.example.com: the function is not there.
    Object.defineProperty(crypto, "randomUUID", { value: undefined, configurable: true });
    try {
      const ids = Array.from({ length: 1000 }, randomUuid);
      assert.equal(new Set(ids).size, ids.length);
      for (const id of ids) {
        assert.ok(isUuid(id), id);
        assert.equal(id[14], "4", `version nibble of ${id}`);
        assert.match(id[19]!, /[89ab]/, `variant of ${id}`);
      }
    } finally {
      Object.defineProperty(crypto, "randomUUID", { value: original, configurable: true });
    }
  });
});
