import assert from "node:assert/strict";
import { test } from "node:test";
import { goneChecker, markGoneChanged } from "./gone-addresses";

test("the gone set is loaded once, not per request", async () => {
  let loads = 0;
  const isGone = goneChecker(async () => (loads++, ["city/taken-down"]));
  assert.equal(await isGone("city", "taken-down"), true);
  assert.equal(await isGone("city", "still-live"), false);
  assert.equal(await isGone("national", "taken-down"), false);
  assert.equal(loads, 1);
});

test("a change in this process reloads the set before the next answer", async () => {
  let gone = ["city/a"];
  const isGone = goneChecker(async () => [...gone]);
  assert.equal(await isGone("city", "b"), false);
  gone = ["city/a", "city/b"];
  markGoneChanged();
  assert.equal(await isGone("city", "b"), true);
  gone = ["city/a"];
  markGoneChanged();
  assert.equal(await isGone("city", "b"), false);
});

test("a change made while a load is under way is not lost", async () => {
  let release!: () => void;
  let gone = ["city/a"];
  let calls = 0;
  const isGone = goneChecker(async () => {
    calls++;
    const snapshot = [...gone];
    if (calls === 1) await new Promise<void>((r) => (release = r));
    return snapshot;
  });
  const first = isGone("city", "b"); // starts the slow first load (without city/b)
  await new Promise((r) => setImmediate(r));
  gone = ["city/a", "city/b"];
  markGoneChanged();
  const second = isGone("city", "b");
  release();
  assert.equal(await first, true); // the first caller also waits for the fresh load
  assert.equal(await second, true);
});
