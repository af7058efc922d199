// One list of settings in three places: lib/env.ts's schema (what is validated), .env.example (what
// an operator copies) and the README's Configuration table (what they read). A variable added to
// one place only fails here.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { ENV_VARIABLES, TEST_VARIABLES } from "@/lib/env";

const ROOT = path.resolve(import.meta.dirname, "..");
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), "utf8");
const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

// NODE_ENV is in the schema but is no outlet setting: the start scripts and Next set it per mode,
// and Next warns when a .env file sets it.
const NOT_SETTINGS = new Set(["NODE_ENV"]);

function readmeTable(): string[] {
  const readme = read("README.md");
  const start = readme.indexOf("\n## Configuration");
  assert.ok(start >= 0, "README.md has a Configuration section");
  const section = readme.slice(start + 1, readme.indexOf("\n## ", start + 1));
  return [...section.matchAll(/^\|\s*`([A-Z][A-Z0-9_]*)`\s*\|/gm)].map((m) => m[1]!);
}

function exampleFile(): { names: string[]; uncommented: string[] } {
  const lines = read(".env.example").split("\n");
  const names = lines.flatMap((l) => /^#?\s*([A-Z][A-Z0-9_]*)=/.exec(l)?.[1] ?? []);
  const uncommented = lines.filter((l) => /^\s*[A-Z][A-Z0-9_]*=/.test(l));
  return { names, uncommented };
}

describe("configuration", () => {
  const schema = sorted([...ENV_VARIABLES.filter((n) => !NOT_SETTINGS.has(n)), ...TEST_VARIABLES]);

  it("the README's table names exactly the schema's variables and the test ones", () => {
    assert.deepEqual(sorted(readmeTable()), schema);
  });

  it(".env.example names the same variables, each once", () => {
    const { names } = exampleFile();
    assert.deepEqual(sorted(names), schema);
    assert.equal(names.length, new Set(names).size, "a variable appears twice in .env.example");
  });

  it(".env.example sets nothing: every line is commented out", () => {
    assert.deepEqual(exampleFile().uncommented, []);
  });
});
