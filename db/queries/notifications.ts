import "server-only";
import { and, desc, eq, isNull, lt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { deliveries, notifications, stories, users, webhooks, type NotificationKind } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { canView } from "@/lib/workflow";

export type InboxItem = {
  id: number;
  kind: NotificationKind;
  storyId: string | null;
  headline: string;
  excerpt: string | null;
  actorName: string | null;
  readAt: Date | null;
  createdAt: Date;
};

/** The dashboard header's badge: one index-only count (notifications_unread_idx). */
export async function unreadCount(userId: string): Promise<number> {
  const [row] = await getDb()
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** What an entry about a story says once its reader may no longer open that story. */
export const CLOSED_STORY = "A story you can no longer open";

/**
 * Newest first, keyset-paged by id. An entry keeps its headline and note only while the reader
 * may open the story: a section editor who lost a section still read them here (issue 19, item 12).
 */
export async function listInbox(viewer: Actor, limit: number, beforeId?: number): Promise<InboxItem[]> {
  const rows = await getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      storyId: notifications.storyId,
      headline: notifications.headline,
      excerpt: notifications.excerpt,
      actorName: users.name,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      story: {
        status: stories.status,
        createdById: stories.createdById,
        sectionId: stories.sectionId,
        firstPublishedAt: stories.firstPublishedAt,
      },
    })
    .from(notifications)
    .leftJoin(users, eq(users.id, notifications.actorId))
    .leftJoin(stories, eq(stories.id, notifications.storyId))
    .where(and(eq(notifications.userId, viewer.id), beforeId ? lt(notifications.id, beforeId) : undefined))
    .orderBy(desc(notifications.id))
    .limit(limit);
  return rows.map(({ story, ...item }) =>
    item.storyId && !(story && canView(viewer, story))
      ? { ...item, storyId: null, headline: CLOSED_STORY, excerpt: null }
      : item,
  );
}

/** Opening a story reads what the inbox said about it. */
export async function markStoryNotificationsRead(userId: string, storyId: string): Promise<void> {
  await getDb()
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), eq(notifications.storyId, storyId), isNull(notifications.readAt)));
}

export type WebhookRow = {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  createdAt: Date;
  delivered: number;
  failed: number;
  pending: number;
};

/** Webhooks with their delivery counts; never the secret. */
export async function listWebhooks(): Promise<WebhookRow[]> {
  return getDb()
    .select({
      id: webhooks.id,
      url: webhooks.url,
      events: webhooks.events,
      active: webhooks.active,
      createdAt: webhooks.createdAt,
      delivered: sql<number>`count(${deliveries.id}) filter (where ${deliveries.deliveredAt} is not null)::int`,
      failed: sql<number>`count(${deliveries.id}) filter (where ${deliveries.failedAt} is not null)::int`,
      pending: sql<number>`count(${deliveries.id}) filter (where ${deliveries.deliveredAt} is null and ${deliveries.failedAt} is null)::int`,
    })
    .from(webhooks)
    .leftJoin(deliveries, eq(deliveries.webhookId, webhooks.id))
    .groupBy(webhooks.id)
    .orderBy(webhooks.createdAt);
}

export type DeliveryRow = {
  id: number;
  webhookId: string | null;
  event: string;
  attempts: number;
  deliveredAt: Date | null;
  failedAt: Date | null;
  nextAttemptAt: Date;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: Date;
};

/** The latest webhook calls, for the delivery log. */
export async function recentWebhookDeliveries(limit: number): Promise<DeliveryRow[]> {
  return getDb()
    .select({
      id: deliveries.id,
      webhookId: deliveries.webhookId,
      event: sql<string>`${deliveries.payload}->>'event'`,
      attempts: deliveries.attempts,
      deliveredAt: deliveries.deliveredAt,
      failedAt: deliveries.failedAt,
      nextAttemptAt: deliveries.nextAttemptAt,
      lastStatus: deliveries.lastStatus,
      lastError: deliveries.lastError,
      createdAt: deliveries.createdAt,
    })
    .from(deliveries)
    .where(eq(deliveries.channel, "webhook"))
    .orderBy(desc(deliveries.id))
    .limit(limit);
}
