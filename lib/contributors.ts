// Contributor bylines without an account (a stringer, an agency). Any staff member may add one;
// each addition is audited, since a byline is what readers trust a story by.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { and, isNull, sql } from "drizzle-orm";
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
): Promise<{ id: string; name: string; existing: boolean }> {
  const parsed = contributorInput.safeParse(input);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Enter a name.";
    throw invalid(message, { name: message });
  }
  const slug = `${slugify(parsed.data.name) || "contributor"}-${randomBytes(3).toString("hex")}`;
  const folded = sameName(parsed.data.name);
  return db.transaction(async (tx) => {
    // One contributor per name (issue 19: "Reuters" was added three times): the same name, in any
    // case or spacing, is the contributor already there. Two requests at once wait for each other.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`contributor:${folded}`}))`);
    const [existing] = await tx
      .select({ id: authors.id, name: authors.name })
      .from(authors)
      .where(
        and(
          isNull(authors.userId),
          sql`lower(regexp_replace(normalize(${authors.name}, NFC), '[[:space:]]+', ' ', 'g')) = ${folded}`,
        ),
      )
      .limit(1);
    if (existing) return { ...existing, existing: true };
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
    return { ...row!, existing: false };
  });
}

/** A name as two people would type it: NFC, spaces collapsed, case folded. */
export function sameName(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}
