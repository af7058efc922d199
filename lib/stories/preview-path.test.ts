import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { previewFramePath } from "./preview-path";

describe("previewFramePath (issue 19: a Bangla story previewed in the English frame)", () => {
  const id = "6f1c8a52-1d5e-4f8e-9b7a-2c3d4e5f6a7b";
  it("puts a Bangla story in the Bangla frame, an English one in the default frame", () => {
    assert.equal(previewFramePath(id, "bn"), `/bn/_preview/${id}`);
    assert.equal(previewFramePath(id, "en"), `/_preview/${id}`);
  });
  it("names the version only when it is a number", () => {
    assert.equal(previewFramePath(id, "bn", "42"), `/bn/_preview/${id}?v=42`);
    assert.equal(previewFramePath(id, "en", "4x"), `/_preview/${id}`);
  });
});
