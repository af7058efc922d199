import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { allowInlineScripts, streamsBoundaries } from "@/scripts/serve/streamed";

describe("streamsBoundaries", () => {
  it("sees React's pending-boundary template and its completion scripts", () => {
    assert.equal(streamsBoundaries('<!--$?--><template id="B:0"></template>'), true);
    assert.equal(streamsBoundaries('<script>$RC("B:0","S:0")</script>'), true);
    assert.equal(streamsBoundaries("<script>$RC=function(b,c){}</script>"), true);
    assert.equal(streamsBoundaries('<script>$RX("B:1","digest")</script>'), true);
  });

  it("is false for a page rendered whole, its finished boundaries and text about money", () => {
    assert.equal(streamsBoundaries("<!--$--><p>after</p><!--/$--><template><p>x</p></template>"), false);
    assert.equal(streamsBoundaries("<p>The $RCB fund lost $RC 3 million</p>"), false);
  });
});

describe("allowInlineScripts", () => {
  it("adds each inline script's hash to script-src and nothing for external ones", () => {
    const html =
      '<script src="/_next/x.js"></script><script>$RC("B:0","S:0")</script><script>$RC("B:0","S:0")</script>';
    const hash = createHash("sha256").update('$RC("B:0","S:0")').digest("base64");
    assert.equal(
      allowInlineScripts("default-src 'self'; script-src 'self' 'sha256-t'; object-src 'none'", html),
      `default-src 'self'; script-src 'self' 'sha256-t' 'sha256-${hash}'; object-src 'none'`,
    );
    assert.equal(allowInlineScripts("script-src 'self'", "<p>none</p>"), "script-src 'self'");
  });
});
