// The signed-in user for this request, re-read from the database every time so that a
// deactivation or role change applies on the very next request, whatever the token says.
import "server-only";
import { eq } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { users, type Role } from "@/db/schema";
import { observer } from "@/lib/observe/shared";
import { authOptions } from "./options";

export type SessionUser = { id: string; name: string; email: string; role: Role };

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions)) as { uid?: unknown; authAt?: unknown } | null;
  const id = session?.uid;
  const authAt = typeof session?.authAt === "number" ? session.authAt : 0;
  if (typeof id !== "string") return null;
  const [user] = await getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      revokedAt: users.sessionsRevokedAt,
    })
    .from(users)
    .where(eq(users.id, id));
  if (!user || !user.active) return null;
  if (user.revokedAt && authAt <= user.revokedAt.getTime()) return null;
  // For the request's log line (the id only). getServerSession read the headers already.
  const requestId = observer() && (await headers()).get("x-request-id");
  if (requestId) observer()!.requestUser(requestId, user.id);
  return { id: user.id, name: user.name, email: user.email, role: user.role };
});

/** For pages: a signed-out (or deactivated) visitor goes to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
