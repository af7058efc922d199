// scripts/serve.ts answers 410 for a gone story at /<section>/<slug> unless the first segment is
// one of the app's own (lib/reserved-segments.ts). A new top-level route missing from that set
// would be looked up as a section; a stale entry would hide a section. Both fail here.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { RESERVED_SEGMENTS, SEGMENTS_OUTSIDE_APP } from "@/lib/reserved-segments";
import { SITE_PAGES } from "@/lib/site-pages";
import { sections as seedSections } from "../scripts/seed/content";

const APP = path.resolve(import.meta.dirname, "..", "app");

/** The first URL segments app/ serves, as Next maps folders to URLs. */
function topLevelSegments(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry): string[] => {
    if (!entry.isDirectory()) return []; // layout.tsx, robots.ts, not-found.tsx…: no segment
    const name = entry.name;
    // Route groups "(site)" and parallel slots "@modal" add no segment: their children are top level.
    if (/^\(.*\)$/.test(name) || name.startsWith("@")) return topLevelSegments(path.join(dir, name));
    if (name.startsWith("[")) return []; // [section]: the sections themselves
    if (name.startsWith("_")) return []; // private folder: never routed
    // "%5Ffront" is how a folder asks for a URL segment that starts with "_" ("_front").
    return [name.replace(/^%5F/i, "_")];
  });
}

describe("reserved first segments", () => {
  it("equal app/'s top-level routes plus what serve.ts and Next answer themselves", () => {
    const expected = [...topLevelSegments(APP), ...SEGMENTS_OUTSIDE_APP].sort();
    assert.deepEqual([...RESERVED_SEGMENTS].sort(), expected);
  });

  it("sees through route groups and the %5F escape (the home page's _front, the dashboard)", () => {
    const found = topLevelSegments(APP);
    assert.ok(found.includes("_front") && found.includes("dashboard") && !found.includes("[section]"));
  });

  it("keep the newsroom's own pages out of the sections' way: /about and below are the app's", () => {
    assert.ok(RESERVED_SEGMENTS.has("about"));
    for (const page of SITE_PAGES) assert.ok(RESERVED_SEGMENTS.has(page.path.split("/")[1]!), page.path);
  });

  it("no seeded section takes a reserved name (the seed refuses one that does)", () => {
    const clashes = seedSections.filter((s) => RESERVED_SEGMENTS.has(s.slug)).map((s) => s.slug);
    assert.deepEqual(clashes, []);
  });
});
