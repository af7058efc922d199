import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { safeLocalPath } from "./safe-local-path";

describe("safeLocalPath", () => {
  it("keeps paths on this site, query and fragment included", () => {
    const table: [string, string][] = [
      ["/", "/"],
      ["/city/a-story", "/city/a-story"],
      ["/search?q=flood&page=2#results", "/search?q=flood&page=2#results"],
      ["/a/../city", "/city"],
      ["/%E0%A6%A2%E0%A6%BE%E0%A6%95%E0%A6%BE", "/%E0%A6%A2%E0%A6%BE%E0%A6%95%E0%A6%BE"],
      ["/?next=//evil.example", "/?next=//evil.example"],
    ];
    for (const [to, expected] of table) assert.equal(safeLocalPath(to), expected, to);
  });

  it("refuses anything that could leave the site", () => {
    const refused = [
      "",
      "city",
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "/%5Cevil.example",
      "/%5cevil.example",
      "/%09/evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/%0a/evil.example",
      "/%0D%0ALocation:%20http://evil.example",
      "/%00",
      "/%7F",
      "/.//evil.example",
      "/x/..//evil.example",
      "javascript:alert(1)",
    ];
    for (const to of refused) assert.equal(safeLocalPath(to), null, JSON.stringify(to));
  });
});
