// next-auth (v4) configuration: email + password against our users table, JWT sessions.
// The token only carries the user id; every request re-reads the user (see session.ts).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { emailSchema } from "@/lib/users";
import { clientIp } from "./client-ip";
import type { SignInErrorCode } from "./sign-in-errors";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { isThrottled, recordAttempt } from "./throttle";

export const authOptions: NextAuthOptions = {
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
        const db = getDb();

        if (await isThrottled(db, email, ip)) {
          await recordAudit(db, { actorId: null, action: "auth.sign_in_throttled", ip, details: { email } });
          throw new Error("Throttled" satisfies SignInErrorCode);
        }
        const [user] = await db
          .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active, passwordHash: users.passwordHash })
          .from(users)
          .where(eq(users.email, email));
        const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);

        await db.transaction(async (tx) => {
          await recordAttempt(tx, email, ip, ok && !!user?.active);
          await recordAudit(tx, {
            actorId: ok && user ? user.id : null,
            action: ok && user?.active ? "auth.sign_in" : "auth.sign_in_failed",
            targetType: user ? "user" : undefined,
            targetId: user?.id,
            ip,
            details: ok ? (user?.active ? {} : { email, reason: "deactivated" }) : { email },
          });
        });
        if (!ok || !user) return null;
        if (!user.active) throw new Error("Deactivated" satisfies SignInErrorCode);
        return { id: user.id, name: user.name, email: user.email };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.authAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      // Only what the server needs to find the user again; role and status are re-read per request.
      return { ...session, uid: token.uid, authAt: token.authAt };
    },
  },
};
