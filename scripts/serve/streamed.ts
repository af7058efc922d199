// React streams a Suspense boundary that was still pending when the shell went out as a
// `<template id="B:…">` placeholder and, later in the same answer, the content with an inline
// `$RC(…)` script that swaps it in. Our public pages never stream (every one is rendered whole
// and cached), but if one ever does, dropping Next's scripts would leave readers the fallback:
// such a page goes out as Next made it, and its inline scripts are let through the policy.
import { createHash } from "node:crypto";

// `$RC` is React's completion function (defined, then called per boundary); `$RX` marks a
// boundary that failed on the server and must render on the client.
const MARKERS = /<template id="B:|\$RC\s*[=(]|\$RX\s*[=(]/;

export function streamsBoundaries(html: string): boolean {
  return MARKERS.test(html);
}

const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** `policy` with script-src also allowing, by hash, every inline script in `html`. */
export function allowInlineScripts(policy: string, html: string): string {
  const hashes = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT))
    hashes.add(`'sha256-${createHash("sha256").update(m[1]!, "utf8").digest("base64")}'`);
  if (hashes.size === 0) return policy;
  return policy
    .split(";")
    .map((d) => (d.trim().startsWith("script-src ") ? `${d.trimEnd()} ${[...hashes].join(" ")}` : d))
    .join(";");
}
