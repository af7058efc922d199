// Contributor bylines without an account (a stringer, an agency). Any staff member may add one;
// each addition is audited, since a byline is what readers trust a story by.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Database } from "@/db";
import { authors } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { invalid } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { slugify } from "@/lib/slug";

export const contributorInput = z.object({
  name: z.string().trim().min(2, "Enter the contributor's name.").max(120, "At most 120 characters."),
});

export async function addContributor(
  db: Database,
  actor: Actor,
  input: unknown,
  ctx: { ip?: string | null } = {},
): Promise<{ id: string; name: string }> {
  const parsed = contributorInput.safeParse(input);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Enter a name.";
    throw invalid(message, { name: message });
  }
  const slug = `${slugify(parsed.data.name) || "contributor"}-${randomBytes(3).toString("hex")}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(authors)
      .values({ name: parsed.data.name, slug })
      .returning({ id: authors.id, name: authors.name });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "author.created",
      targetType: "author",
      targetId: row!.id,
      ip: ctx.ip,
      details: { name: row!.name },
    });
    return row!;
  });
}
