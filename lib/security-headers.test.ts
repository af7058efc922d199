import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EMBED_FRAME_ORIGINS } from "./rich-text/embed-url";
import { privateCsp, publicCsp } from "./security-headers";

const directive = (csp: string, name: string) =>
  csp
    .split("; ")
    .find((d) => d.startsWith(`${name} `))
    ?.split(" ")
    .slice(1);

describe("frame-src", () => {
  it("public pages may frame exactly the embed providers' players", () => {
    const frames = directive(publicCsp({ NODE_ENV: "production" }), "frame-src");
    assert.deepEqual(new Set(frames), new Set(Object.values(EMBED_FRAME_ORIGINS)));
    assert.ok(!frames?.includes("*") && !frames?.includes("https:"));
  });

  it("the desk frames nothing from elsewhere", () => {
    const csp = privateCsp("abc", { NODE_ENV: "production" });
    assert.equal(directive(csp, "frame-src"), undefined);
    assert.deepEqual(directive(csp, "default-src"), ["'self'"]);
  });
});
