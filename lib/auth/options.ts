// next-auth (v4) configuration: email + password against our users table, JWT sessions.
// The token carries the user id and a session id; every request re-reads both (see session.ts).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { getDb } from "@/db";
import { publicUrlIsHttps } from "@/lib/site-url";
import { emailSchema } from "@/lib/users";
import { clientIp } from "./client-ip";
import {
  DEVICE_COOKIE,
  DEVICE_COOKIE_MAX_AGE_S,
  DEVICE_COOKIE_PATH,
  deviceCookie,
  deviceCookieFrom,
  isTrustedDevice,
} from "./device";
import type { SignInErrorCode } from "./sign-in-errors";
import { attemptSignIn } from "./sign-in";
import { openSession, revokeSession, type TokenClaims } from "./user-sessions";

type SignedInUser = { id: string; name: string; email: string; sid: string };

export const authOptions: NextAuthOptions = {
  // Otherwise next-auth decides per request from the origin it detects (NEXTAUTH_URL, or the
  // proto scripts/serve.ts decided), which is http when TLS ends at a proxy we do not trust.
  useSecureCookies: publicUrlIsHttps() || undefined,
  session: { strategy: "jwt", maxAge: 7 * 24 * 3600 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsedEmail = emailSchema.safeParse(credentials?.email ?? "");
        const password = String(credentials?.password ?? "").slice(0, 1024);
        if (!parsedEmail.success || !password) return null;
        const email = parsedEmail.data;
        const ip = clientIp(req?.headers ?? {});
        const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET ?? "";
        const cookieHeader = (req?.headers as Record<string, unknown> | undefined)?.cookie;
        const device = deviceCookieFrom(typeof cookieHeader === "string" ? cookieHeader : undefined);
        const trustedDevice = secret !== "" && isTrustedDevice(device, email, secret);
        let result;
        try {
          result = await attemptSignIn(getDb(), email, password, ip, undefined, { trustedDevice });
        } catch (e) {
          // next-auth would put the message in the redirect URL: never let database text out.
          console.error(`[auth] sign-in failed unexpectedly: ${e instanceof Error ? e.message.split("\n")[0] : e}`);
          throw new Error("ServerError");
        }
        if (result.kind === "throttled") throw new Error("Throttled" satisfies SignInErrorCode);
        if (result.kind === "deactivated") throw new Error("Deactivated" satisfies SignInErrorCode);
        if (result.kind !== "ok") return null;
        // The server-side record of this sign-in; the token carries its id (see user-sessions.ts).
        const sid = await openSession(getDb(), result.user.id, ip === "unknown" ? null : ip);
        if (secret) await rememberDevice(device, email, secret);
        return { ...result.user, sid } satisfies SignedInUser;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sid = (user as Partial<SignedInUser>).sid;
        token.authAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      // Only what the server needs to find the user again; role and status are re-read per request.
      // sid names the session row; it is no credential without the signed token around it.
      return { ...session, uid: token.uid, sid: token.sid, authAt: token.authAt };
    },
  },
  events: {
    // next-auth only clears the cookie; a copy of it must stop working too, so the row goes.
    async signOut({ token }) {
      let ip: string | null = null;
      try {
        const found = clientIp(await headers());
        ip = found === "unknown" ? null : found;
      } catch {
        // Outside a request (never in practice): the revocation matters more than the address.
      }
      try {
        await revokeSession(getDb(), token as TokenClaims, ip);
      } catch (e) {
        console.error(`[auth] sign-out could not be recorded: ${e instanceof Error ? e.message.split("\n")[0] : e}`);
      }
    },
  },
};

/** Marks this browser as one `email` signed in with (lib/auth/device.ts); a sign-in never fails for it. */
async function rememberDevice(current: string | undefined, email: string, secret: string): Promise<void> {
  try {
    (await cookies()).set(DEVICE_COOKIE, deviceCookie(current, email, secret), {
      httpOnly: true,
      sameSite: "lax",
      secure: publicUrlIsHttps(),
      path: DEVICE_COOKIE_PATH,
      maxAge: DEVICE_COOKIE_MAX_AGE_S,
    });
  } catch (e) {
    console.error(`[auth] could not remember the browser: ${e instanceof Error ? e.message.split("\n")[0] : e}`);
  }
}
