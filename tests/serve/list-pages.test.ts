import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { listPages } from "@/scripts/serve/list-pages";
import { fakeExchange } from "./harness";

describe("the list-pages step", () => {
  it("refuses a list page that is no page number, before Next renders or keeps it", async () => {
    for (const path of [
      "/city/_page/0",
      "/city/_page/01",
      "/topics/rain/_page/501",
      "/authors/x/_page/-1",
      "/city/%5Fpage/abc",
    ]) {
      const x = fakeExchange(path);
      assert.equal(await listPages.run(x), true, path);
      assert.equal(x.sent.status, 404, path);
      assert.equal(x.sent.headers["cache-control"], "private, no-store");
    }
  });

  it("passes real page numbers and other addresses on", async () => {
    for (const path of ["/city/_page/2", "/topics/rain/_page/500", "/city", "/city/a-story"])
      assert.equal(await listPages.run(fakeExchange(path)), false, path);
  });
});
