// The signed-in user for this request, re-read from the database every time so that a
// deactivation or role change applies on the very next request, whatever the token says.
import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import type { Role } from "@/db/schema";
import { observer } from "@/lib/observe/shared";
import { authOptions } from "./options";
import { liveSessionUser, type TokenClaims } from "./user-sessions";

/** `sectionIds`: the sections a section editor runs, re-read with the rest on every request. */
export type SessionUser = { id: string; name: string; email: string; role: Role; sectionIds: string[] };

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  // The token only names a session; liveSessionUser() decides whether it is still good.
  const claims = (await getServerSession(authOptions)) as TokenClaims | null;
  const user = await liveSessionUser(getDb(), claims);
  if (!user) return null;
  // For the request's log line (the id only). getServerSession read the headers already.
  const requestId = observer() && (await headers()).get("x-request-id");
  if (requestId) observer()!.requestUser(requestId, user.id);
  return { id: user.id, name: user.name, email: user.email, role: user.role, sectionIds: user.sectionIds };
});

/** For pages: a signed-out (or deactivated) visitor goes to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
