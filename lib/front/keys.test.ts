// The front is purged by the page cache's own tags: these tables say which address is filed
// under which key, and which keys a write's expiry reaches.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TAGS } from "@/lib/cache/tags";
import { ALL, keysOfInvalidation, keysOfPath } from "./keys";

const ID = "0b6f3a52-5c1e-4a8e-9d1f-3c2b1a0e9f77";

describe("keysOfPath", () => {
  const cases: [string, string[]][] = [
    ["/national/cyclone-remal-makes-landfall", [TAGS.address("national", "cyclone-remal-makes-landfall")]],
    // Bangla addresses are filed under the decoded slug, as the app's own tags are.
    ["/bn/%E0%A6%A6%E0%A7%87%E0%A6%B6/x", [TAGS.address("দেশ", "x")]],
    [`/api/v1/articles/${ID}`, [TAGS.story(ID)]],
    [`/api/v1/articles/${ID.toUpperCase()}`, [TAGS.story(ID)]],
    ["/api/v1/articles/not-an-id", [TAGS.lists]],
    ["/", [TAGS.lists]],
    ["/bn", [TAGS.lists]],
    ["/national", [TAGS.lists]],
    ["/national/_page/2", [TAGS.lists]],
    ["/topics/floods", [TAGS.lists]],
    ["/feed.xml", [TAGS.lists]],
    ["/media/ab/cd.webp", []],
    ["/_next/static/chunks/x.js", []],
    ["/dashboard", []],
  ];
  for (const [path, keys] of cases) it(path, () => assert.deepEqual(keysOfPath(path), keys));
});

describe("keysOfInvalidation", () => {
  it("a story change reaches its API entry, its addresses and every list", () => {
    const addr = TAGS.address("national", "x");
    assert.deepEqual(keysOfInvalidation({ tags: [TAGS.lists, TAGS.story(ID), addr] }).sort(), [
      addr,
      TAGS.lists,
      TAGS.story(ID),
    ]);
  });
  it("the home arrangement and the outlet's pages are lists", () => {
    assert.deepEqual(keysOfInvalidation({ tags: [TAGS.front] }), [TAGS.lists]);
    assert.deepEqual(keysOfInvalidation({ tags: [TAGS.sitePage("about")] }), [TAGS.lists]);
  });
  it("settings reach every address recorded", () => {
    assert.deepEqual(keysOfInvalidation({ tags: [], everything: true }), [ALL]);
    assert.deepEqual(keysOfInvalidation({ tags: [TAGS.site, TAGS.lists] }), [ALL]);
  });
});
