// Saving one of the newsroom's pages (./site-pages.ts): admin only, validated, the row and an
// audit entry in one transaction, and that page's cached copy expired once it has committed.
import { eq } from "drizzle-orm";
import type { Database } from "@/db";
import { sitePages } from "@/db/schema";
import { recordAudit } from "./audit";
import { publicWrite } from "./cache/public-write";
import { TAGS } from "./cache/tags";
import { forbidden, invalid } from "./errors";
import { can, type Actor } from "./permissions";
import { sitePageDef, sitePageSchema, type SitePageSlug } from "./site-pages";
import { FIELDS_NEED_ATTENTION } from "@/lib/errors";

export async function saveSitePage(
  db: Database,
  actor: Actor,
  raw: unknown,
  ip?: string | null,
): Promise<{ slug: SitePageSlug; path: string }> {
  if (!can(actor, "settings.manage")) throw forbidden("Only admins can edit the site's pages.");
  const parsed = sitePageSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    throw invalid(fieldErrors.slug ?? FIELDS_NEED_ATTENTION, fieldErrors);
  }
  const { slug, title, body } = parsed.data;
  return publicWrite(db, async (tx, changed) => {
    const [before] = await tx.select().from(sitePages).where(eq(sitePages.slug, slug)).for("update");
    await tx
      .insert(sitePages)
      .values({ slug, title, body, updatedById: actor.id })
      .onConflictDoUpdate({ target: sitePages.slug, set: { title, body, updatedById: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "page.updated",
      targetType: "page",
      targetId: slug,
      ip,
      details: {
        changed: [before?.title !== title && "title", before?.body !== body && "body"].filter(Boolean),
        chars: body.length,
      },
    });
    // Only this page shows the text; the footer links use the fixed labels above.
    changed({ tags: [TAGS.sitePage(slug)] });
    return { slug, path: sitePageDef(slug)!.path };
  });
}
