import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { previewGate } from "@/scripts/serve/preview-gate";
import { fakeExchange } from "./harness";

const DRAFT = "__prerender_bypass=abc; theme=dark";

describe("the preview-gate step", () => {
  it("drops the draft-mode cookie unless the request's session is live", async () => {
    const x = fakeExchange("/city/a", { headers: { cookie: DRAFT } });
    assert.equal(await previewGate(async () => false).run(x), false);
    assert.equal(x.req.headers.cookie, "theme=dark");
  });

  it("keeps it beside a live session, and drops it when the check fails", async () => {
    const live = fakeExchange("/city/a", { headers: { cookie: DRAFT } });
    await previewGate(async () => true).run(live);
    assert.equal(live.req.headers.cookie, DRAFT);
    const failing = fakeExchange("/city/a", { headers: { cookie: DRAFT } });
    await previewGate(() => Promise.reject(new Error("db down"))).run(failing);
    assert.equal(failing.req.headers.cookie, "theme=dark");
  });

  it("asks nothing when there is no draft-mode cookie", async () => {
    let asked = 0;
    await previewGate(async () => (asked++, true)).run(fakeExchange("/", { headers: { cookie: "theme=dark" } }));
    assert.equal(asked, 0);
  });
});
