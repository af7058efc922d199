// Every write to a table readers see goes through publicWrite() (lib/cache/public-write.ts),
// which expires the pages the write declares it changed once it commits. A write outside it
// would leave readers the old page until some unrelated change, so this test reads the source
// (TypeScript's own parser, not regexes) and fails on a write that publicWrite does not cover.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import ts from "typescript";
import { ROOT } from "@/scripts/lib/build";

/** The tables public pages, feeds, the API and cards read (db/schema.ts). */
const PUBLIC_TABLES = new Set([
  "stories",
  "storyAuthors",
  "storyTopics",
  "storyRedirects",
  "storyCorrections",
  "storyTranslations",
  "authors",
  "sections",
  "topics",
  "homeSlots",
  "siteSettings",
  "sitePages",
  "media",
]);

/**
 * Writes that may run outside publicWrite, because no reader can see what they write yet.
 * Keyed "file:function"; each says why.
 */
const NOT_PUBLIC_YET: Record<string, string> = {
  "lib/stories/store.ts:insertStory": "a new draft and its first byline: no public output shows a draft",
  "lib/stories/store.ts:ensureAuthorFor": "a byline row for a user; author pages list only published work",
  "lib/contributors.ts:addContributor": "a new contributor, on no published story yet",
  "lib/media/library.ts:uploadImage": "a new upload, used by no story yet",
  "lib/media/library.ts:deleteMedia": "deleting is refused while any story uses the image",
};

type Fn = { key: string; name: string; node: ts.Node };
type Site = { file: string; fn: Fn | null; underPublicWrite: boolean };

function sourceFiles(): string[] {
  return execFileSync("git", ["ls-files", "-co", "--exclude-standard", "app", "lib", "scripts"], {
    cwd: ROOT,
    encoding: "utf8",
  })
    .split("\n")
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts"))
    .filter((f) => !f.startsWith("scripts/seed/") && !f.startsWith("scripts/bench/"))
    .filter((f) => fs.existsSync(path.join(ROOT, f)));
}

/** The named function a node is in (a declaration, or a const holding an arrow), or null. */
function enclosingFn(file: string, node: ts.Node): Fn | null {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isFunctionDeclaration(n) && n.name) return { key: `${file}:${n.name.text}`, name: n.name.text, node: n };
    if (
      (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) &&
      ts.isVariableDeclaration(n.parent) &&
      ts.isIdentifier(n.parent.name)
    )
      return { key: `${file}:${n.parent.name.text}`, name: n.parent.name.text, node: n };
  }
  return null;
}

/** Inside a publicWrite(db, callback) call's callback, before leaving the enclosing function. */
function underPublicWrite(node: ts.Node, stop: ts.Node | null): boolean {
  for (let n: ts.Node | undefined = node.parent; n && n !== stop; n = n.parent) {
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === "publicWrite") return true;
  }
  return false;
}

function scan() {
  const writes: (Site & { table: string; line: number })[] = [];
  const calls = new Map<string, Site[]>();
  for (const file of sourceFiles()) {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const fn = enclosingFn(file, node);
        const site = { file, fn, underPublicWrite: underPublicWrite(node, fn?.node ?? null) };
        const [arg] = node.arguments;
        if (
          ts.isPropertyAccessExpression(callee) &&
          ["insert", "update", "delete"].includes(callee.name.text) &&
          arg &&
          ts.isIdentifier(arg) &&
          PUBLIC_TABLES.has(arg.text)
        ) {
          writes.push({
            ...site,
            table: arg.text,
            line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
          });
        }
        const name = ts.isIdentifier(callee)
          ? callee.text
          : ts.isPropertyAccessExpression(callee)
            ? callee.name.text
            : null;
        if (name) calls.set(name, [...(calls.get(name) ?? []), site]);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { writes, calls };
}

describe("writes to public tables", () => {
  const { writes, calls } = scan();

  /** Every way into `fn` runs under publicWrite (directly, or through callers that do). */
  const covered = (fn: Fn, seen = new Set<string>()): boolean => {
    if (seen.has(fn.key)) return true; // a cycle adds no new way in
    seen.add(fn.key);
    const sites = calls.get(fn.name) ?? [];
    return sites.length > 0 && sites.every((s) => s.underPublicWrite || (s.fn !== null && covered(s.fn, seen)));
  };

  it("finds the writes it is checking", () => {
    // The scan itself must see the known public writes, or it proves nothing.
    assert.ok(writes.some((w) => w.file === "lib/stories/transition.ts" && w.table === "stories"));
    assert.ok(writes.some((w) => w.file === "lib/home.ts" && w.table === "homeSlots"));
    assert.ok(writes.length >= 15, `only ${writes.length} writes found`);
  });

  it("runs every one under publicWrite, or says why readers cannot see it yet", () => {
    const uncovered = writes
      .filter((w) => !w.underPublicWrite && !(w.fn && covered(w.fn)))
      .filter((w) => !(w.fn && w.fn.key in NOT_PUBLIC_YET))
      .map((w) => `${w.file}:${w.line} ${w.fn?.name ?? "(top level)"} writes ${w.table}`);
    assert.deepEqual(uncovered, []);
  });

  it("keeps its list of exceptions true", () => {
    const writers = new Set(writes.filter((w) => !w.underPublicWrite).map((w) => w.fn?.key));
    const stale = Object.keys(NOT_PUBLIC_YET).filter((k) => !writers.has(k));
    assert.deepEqual(stale, [], "an exception for a function that no longer writes a public table");
  });
});
