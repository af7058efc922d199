// Next skips the page cache for any request that carries its draft-mode cookie, whatever the
// value, and the real value is one per build: copied once, it let anyone render every public page
// afresh (a load amplifier) for ever. scripts/serve.ts asks here first and drops those cookies
// unless the same request carries a live staff session, so preview belongs to a signed-in person.
import { decode } from "next-auth/jwt";
import type { DbOrTx } from "@/db";
import { liveSessionUser, type TokenClaims } from "./user-sessions";

const PREVIEW_COOKIES = new Set(["__prerender_bypass", "__next_preview_data"]);
// next-auth's cookie on https and on http; a large token is split into name.0, name.1, …
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

function pairs(header: string): [string, string][] {
  return header
    .split(";")
    .map((part) => {
      const eq = part.indexOf("=");
      return (eq === -1 ? [part.trim(), ""] : [part.slice(0, eq).trim(), part.slice(eq + 1).trim()]) as [
        string,
        string,
      ];
    })
    .filter(([name]) => name !== "");
}

export function hasPreviewCookie(header: string | undefined): boolean {
  return !!header && pairs(header).some(([name]) => PREVIEW_COOKIES.has(name));
}

export function withoutPreviewCookies(header: string): string {
  return pairs(header)
    .filter(([name]) => !PREVIEW_COOKIES.has(name))
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
}

function sessionToken(header: string): string | null {
  const jar = new Map(pairs(header));
  for (const name of SESSION_COOKIES) {
    if (jar.has(name)) return jar.get(name)!;
    const chunks: string[] = [];
    for (let i = 0; jar.has(`${name}.${i}`); i++) chunks.push(jar.get(`${name}.${i}`)!);
    if (chunks.length) return chunks.join("");
  }
  return null;
}

/** Whether the request's own session cookie names a live session (signature, revocation, age). */
export async function previewAllowed(db: DbOrTx, header: string, secret: string | undefined): Promise<boolean> {
  const token = sessionToken(header);
  if (!token || !secret) return false;
  let claims: TokenClaims | null;
  try {
    claims = (await decode({ token, secret })) as TokenClaims | null;
  } catch {
    return false;
  }
  return (await liveSessionUser(db, claims)) !== null;
}
