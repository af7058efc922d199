import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { escapeHtml } from "./html-escape";

describe("escapeHtml", () => {
  it("escapes what could end a text or a double-quoted attribute", () => {
    assert.equal(escapeHtml(`<img src=x onerror="alert(1)">`), "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
  it("escapes an ampersand once, so an entity in the text stays text", () => {
    assert.equal(escapeHtml("Tom &amp; Jerry & co"), "Tom &amp;amp; Jerry &amp; co");
  });
  it("leaves Bengali and apostrophes as they are", () => {
    assert.equal(escapeHtml("ঢাকা's রাস্তা"), "ঢাকা's রাস্তা");
  });
});
