"use server";
import { and, eq, isNull } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { notifications } from "@/db/schema";
import { can } from "@/lib/permissions";
import { createWebhook, deleteWebhook, parseWebhookForm } from "@/lib/notifications/webhooks";
import { defineAction } from "./action";

/** Everyone's own inbox: marks all of their notifications read. */
export const markAllReadAction = defineAction({
  schema: z.object({}),
  // Only ever the person's own rows (the WHERE below), so anyone signed in may.
  authorize: () => true,
  async run(_input, { db, user }) {
    const rows = await db
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    revalidatePath("/dashboard", "layout");
    return rows.length;
  },
  message: (n) => (n === 0 ? "Nothing was unread." : `Marked ${n} as read.`),
});

export const createWebhookAction = defineAction({
  // Checkboxes arrive as "events" repeated; FormData → object keeps the last, so the form joins them.
  schema: z.object({ url: z.string(), events: z.string().default("") }),
  authorize: (_input, { user }) => can(user, "webhooks.manage"),
  async run({ url, events }, { db, user, ip }) {
    const input = parseWebhookForm({ url, events: events.split(",").filter(Boolean) });
    const made = await createWebhook(db, input, { actorId: user.id, ip });
    revalidatePath("/dashboard/webhooks");
    return { url: input.url, secret: made.secret };
  },
  message: (d) => `Webhook added for ${d.url}.`,
});

export const deleteWebhookAction = defineAction({
  schema: z.object({ id: z.uuid() }),
  authorize: (_input, { user }) => can(user, "webhooks.manage"),
  async run({ id }, { db, user, ip }) {
    const row = await deleteWebhook(db, id, { actorId: user.id, ip });
    revalidatePath("/dashboard/webhooks");
    return row;
  },
  message: (d) => `Webhook for ${d.url} removed.`,
});
