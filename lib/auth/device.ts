// A browser that signed in to an account before: the owner's laptop on a new network. A stranger
// rotating addresses can keep an account's wait going for as long as they like, guessing the
// moment each wait ends (issue 19, item 4, repeated against `npm run cluster`), so a correct
// password from such a browser skips that wait as one from an address the account used does
// (lib/auth/throttle-policy.ts, "allow-if-correct"). Only a sign-in with the right password gets
// the cookie, so it tells a stranger nothing; the per-address and per-(account, address) limits
// still hold. The cookie holds signed tokens of the last few accounts, and no email.
import { createHmac, timingSafeEqual } from "node:crypto";
import { TRUSTED_ADDRESS_MS } from "./throttle-policy";

export const DEVICE_COOKIE = "dateline-device";
/** Sent only to next-auth's routes, where sign-in reads it. */
export const DEVICE_COOKIE_PATH = "/api/auth";
export const DEVICE_COOKIE_MAX_AGE_S = TRUSTED_ADDRESS_MS / 1000;
// A browser shared by a few colleagues stays trusted for each of them.
const MAX_TOKENS = 4;

function sign(email: string, issuedAt: number, secret: string): string {
  return createHmac("sha256", secret).update(`device|${email}|${issuedAt}`).digest("base64url");
}

function tokens(value: string | undefined): { issuedAt: number; sig: string }[] {
  return (value ?? "")
    .split("~")
    .slice(0, MAX_TOKENS)
    .map((t) => /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(t))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ issuedAt: Number(m[1]), sig: m[2]! }));
}

function fresh(issuedAt: number, now: number): boolean {
  return issuedAt <= now + 60_000 && now - issuedAt < TRUSTED_ADDRESS_MS;
}

/** Whether the cookie's value vouches for this browser having signed in to `email` within 30 days. */
export function isTrustedDevice(value: string | undefined, email: string, secret: string, now = Date.now()): boolean {
  return tokens(value).some(({ issuedAt, sig }) => {
    if (!fresh(issuedAt, now)) return false;
    const want = Buffer.from(sign(email, issuedAt, secret));
    const got = Buffer.from(sig);
    return got.length === want.length && timingSafeEqual(got, want);
  });
}

/** The cookie's new value after a sign-in to `email`: its token first, the others still fresh after it. */
export function deviceCookie(value: string | undefined, email: string, secret: string, now = Date.now()): string {
  const others = tokens(value)
    .filter(({ issuedAt }) => fresh(issuedAt, now))
    .map(({ issuedAt, sig }) => `${issuedAt}.${sig}`);
  return [`${now}.${sign(email, now, secret)}`, ...others].slice(0, MAX_TOKENS).join("~");
}

/** The value of the device cookie in a Cookie header, if any. */
export function deviceCookieFrom(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === DEVICE_COOKIE) return rest.join("=");
  }
  return undefined;
}
