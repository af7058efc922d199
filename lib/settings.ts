// Site settings: what makes Dateline one outlet rather than another. Changed by admins only,
// validated here (a typo in a time zone would break every timestamp), audited with the diff.
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db";
import { siteSettings, SOCIAL_KEYS, type EditionNames, type SocialLinks } from "@/db/schema";
import { EDITION_NAME_FIELDS, editionFieldName, NAMED_EDITIONS } from "./edition-names";
import { recordAudit } from "./audit";
import { publicWrite } from "./cache/public-write";
import { TAGS } from "./cache/tags";
import { forbidden, invalid } from "./errors";
import { can, type Actor } from "./permissions";
import { isValidTimeZone } from "./time";

// A missing or empty link means "not used"; anything else must be a web address.
const optionalUrl = z
  .string()
  .trim()
  .max(500)
  .refine((v) => v === "" || /^https?:\/\/[^\s]+$/.test(v), "Use a full address starting with https://")
  .optional()
  .transform((v) => v || undefined);

const NAME_LIMITS = { siteName: 100, tagline: 200, cityLabel: 60 } as const;

// Each other edition's own masthead words: optional (blank falls back to the default's).
const editionNameFields = Object.fromEntries(
  NAMED_EDITIONS.flatMap((edition) =>
    EDITION_NAME_FIELDS.map((field) => [
      editionFieldName(field, edition),
      z.string().trim().max(NAME_LIMITS[field]).optional(),
    ]),
  ),
);

export const settingsSchema = z.object({
  ...editionNameFields,
  siteName: z.string().trim().min(1, "The site needs a name.").max(NAME_LIMITS.siteName),
  tagline: z.string().trim().max(NAME_LIMITS.tagline),
  timeZone: z.string().trim().refine(isValidTimeZone, "Use a time zone name like Asia/Dhaka or Europe/London."),
  cityLabel: z.string().trim().min(1, "Name the newsroom's city for the masthead clock.").max(NAME_LIMITS.cityLabel),
  locale: z
    .string()
    .trim()
    .refine((v) => {
      try {
        return Intl.DateTimeFormat.supportedLocalesOf([v]).length > 0;
      } catch {
        return false;
      }
    }, "Use a locale like en-GB or bn-BD."),
  facebook: optionalUrl,
  x: optionalUrl,
  instagram: optionalUrl,
  youtube: optionalUrl,
  linkedin: optionalUrl,
  whatsapp: optionalUrl,
  newsletter: optionalUrl,
});

export async function updateSettings(db: Database, actor: Actor, raw: unknown, ip?: string | null): Promise<void> {
  if (!can(actor, "settings.manage")) throw forbidden("Only admins can change site settings.");
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    throw invalid("Some settings need attention.", fieldErrors);
  }
  const data = parsed.data as typeof parsed.data & Record<string, string | undefined>;
  const { siteName, tagline, timeZone, cityLabel, locale } = data;
  const socialLinks: SocialLinks = Object.fromEntries(SOCIAL_KEYS.filter((k) => data[k]).map((k) => [k, data[k]!]));
  // Only the words an admin wrote: an edition with none is left out, so "nothing set" is stored one way.
  const editionNames: EditionNames = Object.fromEntries(
    NAMED_EDITIONS.map((edition) => [
      edition,
      Object.fromEntries(
        EDITION_NAME_FIELDS.map((f) => [f, data[editionFieldName(f, edition)] ?? ""]).filter(([, v]) => v),
      ),
    ]).filter(([, words]) => Object.keys(words).length > 0),
  );
  await publicWrite(db, async (tx, changed) => {
    const [before] = await tx.select().from(siteSettings).where(eq(siteSettings.id, 1)).for("update");
    const after = { siteName, tagline, timeZone, cityLabel, locale, socialLinks, editionNames };
    await tx
      .insert(siteSettings)
      .values({ id: 1, ...after })
      .onConflictDoUpdate({ target: siteSettings.id, set: after });
    const fields = Object.keys(after).filter(
      (k) => JSON.stringify(before?.[k as keyof typeof after]) !== JSON.stringify(after[k as keyof typeof after]),
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "settings.changed",
      targetType: "settings",
      targetId: "1",
      ip,
      details: { changed: fields },
    });
    // Every page shows settings (name, clock, links), and feeds carry them too.
    changed({ tags: [TAGS.site], everything: true });
  });
}
