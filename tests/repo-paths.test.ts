// Every repository path a code comment or a Markdown doc names must exist, so the docs and the
// comments cannot quietly point at files that were moved or never written. Paths are recognised
// by their first folder (lib/, db/, scripts/…) and a file extension or a trailing slash; Markdown
// links are also resolved relative to the file they are in.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import ts from "typescript";

const ROOT = path.resolve(import.meta.dirname, "..");
const TOP = ["lib", "db", "scripts", "app", "components", "e2e", "tests", "deploy", "docs", "public"];
const PATH = new RegExp(`(?<![\\w./@<>-])(?:${TOP.join("|")})/[\\w./()\\[\\]%@-]*`, "g");

// Named on purpose although they are not files in the repository (examples, generated output).
const NOT_PATHS = new Set<string>([]);

const tracked = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
  cwd: ROOT,
  encoding: "utf8",
})
  .split("\n")
  .filter((f) => f && fs.existsSync(path.join(ROOT, f)));

/** Trims sentence punctuation and keeps only what looks like a file or a folder. */
function candidate(raw: string): string | null {
  // A Markdown link "[docs/x.md](../x.md)" is two names: its text here, its target checked below.
  let p = raw.split("](")[0]!.replace(/[.,;:]+$/, "");
  while (p.endsWith(")") && (p.match(/\(/g) ?? []).length < (p.match(/\)/g) ?? []).length)
    p = p.slice(0, -1).replace(/[.,;:]+$/, "");
  if (!p.endsWith("/") && !/\/[^/]*\.[a-z0-9]+$/i.test(p)) return null;
  return p;
}

function namedPaths(text: string): string[] {
  return [...text.matchAll(PATH)].flatMap((m) => candidate(m[0]) ?? []);
}

/** The comments of a TypeScript or JavaScript file, found by the compiler's own scanner. */
function comments(file: string, text: string): string {
  const variant = file.endsWith("x") ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, variant, text);
  const out: string[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia)
      out.push(scanner.getTokenText());
  }
  return out.join("\n");
}

const exists = (p: string) => NOT_PATHS.has(p) || fs.existsSync(path.join(ROOT, p));

describe("paths named in comments and docs", () => {
  it("every path in a code comment exists", () => {
    const code = tracked.filter((f) => /\.(ts|tsx|mts|mjs|js|cjs)$/.test(f) && !f.startsWith("db/migrations/"));
    assert.ok(code.length > 100, "found the source files");
    const missing = code.flatMap((f) =>
      namedPaths(comments(f, fs.readFileSync(path.join(ROOT, f), "utf8")))
        .filter((p) => !exists(p))
        .map((p) => `${f}: ${p}`),
    );
    assert.deepEqual(missing, []);
  });

  it("every path and relative link in the Markdown docs exists", () => {
    const docs = tracked.filter(
      (f) =>
        ["README.md", "BENCHMARKS.md"].includes(f) ||
        (f.startsWith("docs/") && f.endsWith(".md")) ||
        /^deploy\/.*README\.md$/.test(f),
    );
    assert.ok(docs.includes("README.md"));
    const missing = docs.flatMap((f) => {
      const text = fs.readFileSync(path.join(ROOT, f), "utf8");
      const named = namedPaths(text).filter((p) => !exists(p));
      const links = [...text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)]
        .map((m) => m[1]!)
        .filter((target) => !/^[a-z]+:/i.test(target))
        .filter((target) => !fs.existsSync(path.resolve(ROOT, path.dirname(f), decodeURI(target))));
      return [...named, ...links].map((p) => `${f}: ${p}`);
    });
    assert.deepEqual(missing, []);
  });

  it("recognises paths the way the checks above rely on", () => {
    assert.deepEqual(
      namedPaths(
        "see lib/views.ts. (db/queries/gone.ts) app/(site)/… deploy/nginx/ https://x.io/lib/a.ts lib/time [docs/a.md](../a.md)",
      ),
      ["lib/views.ts", "db/queries/gone.ts", "app/(site)/", "deploy/nginx/", "docs/a.md"],
    );
  });
});
