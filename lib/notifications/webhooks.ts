// Setting up outgoing webhooks (admins only). The secret is made here, shown once to the admin
// who made the hook, and afterwards only ever used to sign; no page or log shows it again.
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db";
import { notificationKindEnum, webhooks } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { invalid, notFound } from "@/lib/errors";

// Mentions and assignments are told to one person; a channel hears about the stories themselves.
export const WEBHOOK_EVENTS = notificationKindEnum.enumValues.filter((k) => k !== "mentioned" && k !== "assigned");

export const webhookInput = z.object({
  url: z
    .string()
    .trim()
    .max(2000, "Addresses are at most 2,000 characters.")
    .pipe(z.url({ protocol: /^https?$/, message: "Give the full http:// or https:// address the service gave you." }))
    .refine((u) => !/^[a-z]+:\/\/[^/?#]*@/i.test(u), "Leave user names and passwords out of the address."),
  events: z.array(z.enum(WEBHOOK_EVENTS)).default([]),
});

export type Ctx = { actorId: string; ip?: string | null };

export async function createWebhook(
  db: Database,
  input: z.infer<typeof webhookInput>,
  ctx: Ctx,
): Promise<{ id: string; secret: string }> {
  const secret = `whsec_${randomBytes(24).toString("base64url")}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(webhooks)
      .values({ url: input.url, secret, events: input.events, createdById: ctx.actorId })
      .returning({ id: webhooks.id });
    await recordAudit(tx, {
      actorId: ctx.actorId,
      action: "webhook.created",
      targetType: "webhook",
      targetId: row!.id,
      ip: ctx.ip,
      details: { url: input.url, events: input.events },
    });
    return { id: row!.id, secret };
  });
}

export async function deleteWebhook(db: Database, id: string, ctx: Ctx): Promise<{ url: string }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(webhooks).where(eq(webhooks.id, id)).returning({ url: webhooks.url });
    if (!row) throw notFound("That webhook no longer exists.");
    await recordAudit(tx, {
      actorId: ctx.actorId,
      action: "webhook.deleted",
      targetType: "webhook",
      targetId: id,
      ip: ctx.ip,
      details: { url: row.url },
    });
    return row;
  });
}

export function parseWebhookForm(raw: { url?: unknown; events?: unknown }) {
  const parsed = webhookInput.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw invalid(first.message, { [String(first.path[0] ?? "url")]: first.message });
  }
  return parsed.data;
}
