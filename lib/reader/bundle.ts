// Builds the reader script (enhance.ts and the few lib/ modules it shares with the server, such
// as the clock's formatting) into one small minified file, in memory, when the server starts.
// Its address carries a hash of its content, so it can be cached for a year and a new build is
// a new address.
import { createHash } from "node:crypto";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { hashedReaderScriptPath } from "./script-path";

export type ReaderScript = { code: Buffer; gzipped: Buffer; etag: string; hashedPath: string };

export async function buildReaderScript(): Promise<ReaderScript> {
  const out = await build({
    entryPoints: [path.join(import.meta.dirname, "enhance.ts")],
    bundle: true,
    minify: true,
    write: false,
    format: "iife",
    platform: "browser",
    // Chrome and Safari from 2019 on: what cheap phones still run. Older ones get the plain page.
    target: ["es2019"],
    legalComments: "none",
    logLevel: "silent",
  });
  const code = Buffer.from(out.outputFiles[0]!.contents);
  const hash = createHash("sha256").update(code).digest("base64url").slice(0, 16);
  return {
    code,
    gzipped: gzipSync(code, { level: 9 }),
    etag: `"${hash}"`,
    hashedPath: hashedReaderScriptPath(hash),
  };
}
