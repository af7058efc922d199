"use server";
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { users } from "@/db/schema";
import { revokeAllSessions } from "@/lib/auth/user-sessions";
import { invalid, notFound, SESSION_ENDED } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { defineAction } from "./action";

// next-auth's cookie, by the name it has on http and on https (useSecureCookies).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** The person's own: ends every session they have, this one included (a lost phone, a shared desk). */
export const signOutEverywhereAction = defineAction({
  schema: z.object({}),
  authorize: () => true,
  run: (_input, { db, user, ip }) => revokeAllSessions(db, user.id, { actorId: user.id, ip }),
  message: (n) => `Signed out of ${n} ${n === 1 ? "session" : "sessions"}.`,
});

/**
 * The dashboard's button, a plain form so it works before (or without) JavaScript: every session
 * ends on the server, then this browser's cookie goes and the person lands on the sign-in page.
 */
export async function signOutEverywhere(): Promise<void> {
  const result = await signOutEverywhereAction(null, {});
  // "Your session has ended" is as good as done; anything else must not pretend it worked.
  if (!result.ok && result.error !== SESSION_ENDED) throw new Error(result.error);
  const jar = await cookies();
  // Browsers only accept a __Secure- cookie (even an expiring one) with the Secure flag.
  for (const name of SESSION_COOKIES)
    jar.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  redirect("/login");
}

/** An admin's, on a user's row: ends that person's sessions everywhere at once. */
export const revokeUserSessionsAction = defineAction({
  schema: z.object({ userId: z.uuid() }),
  authorize: (_input, { user }) => can(user, "users.manage"),
  async run({ userId }, { db, user, ip }) {
    // Their own would sign the admin out without clearing the cookie: the header button does that.
    if (userId === user.id) throw invalid("Use “Sign out everywhere” at the top of the page for your own sessions.");
    const [target] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
    if (!target) throw notFound("No such user.");
    const sessions = await revokeAllSessions(db, userId, { actorId: user.id, ip });
    return { name: target.name, sessions };
  },
  message: (d) => `${d.name} is signed out everywhere (${d.sessions} ${d.sessions === 1 ? "session" : "sessions"}).`,
});
