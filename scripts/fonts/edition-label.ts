// `npx tsx scripts/fonts/edition-label.ts`: writes the tiny Bengali face that draws the other
// editions' names in every masthead ("বাংলা" on an English page). The full Noto Serif Bengali
// weighs ~66 KB a weight; an English page must stay under 30 KB, yet its switch must read as
// Bangla on a phone with no Bengali font. A subset of just those letters is ~2 KB.
// tests/edition-label-font.test.ts fails when an edition's name changes and this was not rerun.
import fs from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";
import { EDITIONS } from "@/lib/editions";

export const LABEL_FONT_SOURCE = path.resolve(
  import.meta.dirname,
  "../../node_modules/@fontsource/noto-serif-bengali/files/noto-serif-bengali-bengali-700-normal.woff2",
);
export const LABEL_FONT_OUT = path.resolve(import.meta.dirname, "../../public/fonts/edition-label-bn.woff2");

/** Every non-Latin character of the editions' names, once each, in a stable order. */
export function labelCharacters(): string {
  const chars = new Set(
    [
      ...Object.values(EDITIONS)
        .map((e) => e.name)
        .join(""),
    ].filter((c) => c > "\u024f"),
  );
  return [...chars].sort().join("");
}

export async function buildLabelFont(): Promise<Buffer> {
  return subsetFont(fs.readFileSync(LABEL_FONT_SOURCE), labelCharacters(), { targetFormat: "woff2" });
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const font = await buildLabelFont();
  fs.mkdirSync(path.dirname(LABEL_FONT_OUT), { recursive: true });
  fs.writeFileSync(LABEL_FONT_OUT, font);
  process.stdout.write(
    `${path.relative(process.cwd(), LABEL_FONT_OUT)}: ${font.length} bytes for "${labelCharacters()}"\n`,
  );
}
