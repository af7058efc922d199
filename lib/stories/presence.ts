// "Someone else is editing": one holder per story, kept by heartbeats; silence for
// PRESENCE_TTL_MS frees it. An editor may take over; the displaced tab is told and its saves
// are refused (see assertPresence in store.ts).
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { stories, storyPresence, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { forbidden } from "@/lib/errors";
import { can, type Actor } from "@/lib/permissions";
import { canEditContent } from "@/lib/workflow";

export const PRESENCE_TTL_MS = 2 * 60_000;
export const HEARTBEAT_MS = 20_000;

export type PresenceState =
  // this tab holds the story; `visitor`: another tab opened it within the last PRESENCE_TTL_MS
  | { state: "editing"; visitor?: { name: string; sameUser: boolean } }
  | { state: "other"; holderName: string; sameUser: boolean } // someone else's tab holds it
  | { state: "taken_over"; holderName: string } // this tab was displaced
  | { state: "viewing" }; // a read-only tab: it holds nothing and no one is editing

export async function heartbeat(
  db: Database,
  actor: Actor,
  storyId: string,
  tabId: string,
  takeOver = false,
  ctx: { ip?: string | null } = {},
): Promise<PresenceState> {
  if (takeOver && !can(actor, "story.editLive"))
    throw forbidden("Only editors can take over a story someone else is editing.");
  return db.transaction(async (tx) => {
    // Serialise heartbeats for one story so two tabs cannot both become the holder.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${storyId}))`);
    const [holder] = await tx
      .select({
        userId: storyPresence.userId,
        tabId: storyPresence.tabId,
        heartbeatAt: storyPresence.heartbeatAt,
        displacedTabId: storyPresence.displacedTabId,
        visitorUserId: storyPresence.visitorUserId,
        visitorTabId: storyPresence.visitorTabId,
        visitorAt: storyPresence.visitorAt,
        name: users.name,
      })
      .from(storyPresence)
      .innerJoin(users, eq(users.id, storyPresence.userId))
      .where(eq(storyPresence.storyId, storyId));
    const now = new Date();
    const alive = holder && now.getTime() - holder.heartbeatAt.getTime() < PRESENCE_TTL_MS;
    // A tab that may not edit the story (a reporter's own story in review) looks and never holds
    // it: it once showed "is editing" to every editor and hid two editors from each other (issue 19).
    const [ref] = await tx
      .select({
        status: stories.status,
        createdById: stories.createdById,
        sectionId: stories.sectionId,
        firstPublishedAt: stories.firstPublishedAt,
      })
      .from(stories)
      .where(eq(stories.id, storyId));
    if (!ref || !canEditContent(actor, ref))
      return holder && alive && holder.tabId !== tabId
        ? { state: "other", holderName: holder.name, sameUser: holder.userId === actor.id }
        : { state: "viewing" };
    if (holder && alive && holder.tabId !== tabId) {
      if (holder.displacedTabId === tabId) return { state: "taken_over", holderName: holder.name };
      if (!takeOver) {
        // The holder hears of this tab on its next heartbeat (issue 12: the first editor was never told).
        await tx
          .update(storyPresence)
          .set({ visitorUserId: actor.id, visitorTabId: tabId, visitorAt: now })
          .where(eq(storyPresence.storyId, storyId));
        return { state: "other", holderName: holder.name, sameUser: holder.userId === actor.id };
      }
    }
    const displaced = holder && alive && holder.tabId !== tabId ? holder.tabId : (holder?.displacedTabId ?? null);
    if (holder && alive && holder.tabId !== tabId && holder.userId !== actor.id) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "story.taken_over",
        targetType: "story",
        targetId: storyId,
        ip: ctx.ip,
        details: { from: holder.name },
      });
    }
    // A visitor stays on the row while it keeps looking; a new holder starts with none.
    const stays = holder && holder.tabId === tabId && holder.visitorAt && holder.visitorTabId !== tabId;
    const visitor = stays
      ? { visitorUserId: holder.visitorUserId, visitorTabId: holder.visitorTabId, visitorAt: holder.visitorAt }
      : { visitorUserId: null, visitorTabId: null, visitorAt: null };
    await tx
      .insert(storyPresence)
      .values({ storyId, userId: actor.id, tabId, heartbeatAt: now, displacedTabId: displaced, ...visitor })
      .onConflictDoUpdate({
        target: storyPresence.storyId,
        set: { userId: actor.id, tabId, heartbeatAt: now, displacedTabId: displaced, ...visitor },
      });
    if (stays && holder.visitorUserId && now.getTime() - holder.visitorAt!.getTime() < PRESENCE_TTL_MS) {
      const [who] = await tx.select({ name: users.name }).from(users).where(eq(users.id, holder.visitorUserId));
      if (who) return { state: "editing", visitor: { name: who.name, sameUser: holder.visitorUserId === actor.id } };
    }
    return { state: "editing" };
  });
}

/** The tab is closing: free the story at once rather than after the timeout. */
export async function release(db: Database, actor: Actor, storyId: string, tabId: string): Promise<void> {
  await db.execute(
    sql`delete from story_presence where story_id = ${storyId} and tab_id = ${tabId} and user_id = ${actor.id}`,
  );
  // A visitor that leaves is no longer reported to the holder.
  await db.execute(
    sql`update story_presence set visitor_user_id = null, visitor_tab_id = null, visitor_at = null
        where story_id = ${storyId} and visitor_tab_id = ${tabId} and visitor_user_id = ${actor.id}`,
  );
}
