import assert from "node:assert/strict";
import { it } from "node:test";
import { onRedisLost, redisDegraded, reportRedis } from "./health";

it("tells the listeners once when the server loses Redis, whichever part notices first", () => {
  let told = 0;
  onRedisLost(() => told++);
  reportRedis("cache", true, "ECONNRESET");
  reportRedis("bus", true, "ECONNRESET");
  assert.equal(told, 1, "one loss, one call");
  assert.equal(redisDegraded()?.why, "ECONNRESET");
  reportRedis("cache", false);
  reportRedis("cache", true, "ECONNREFUSED"); // the bus never had it back: the same loss
  assert.equal(told, 1);
  reportRedis("cache", false);
  reportRedis("bus", false);
  assert.equal(redisDegraded(), null);
  reportRedis("bus", true, "ETIMEDOUT");
  assert.equal(told, 2, "a new loss after it was back");
  reportRedis("bus", false);
});
