// The demo newsroom: sections, topics, authors, 30+ published stories written for Dateline,
// and five demo accounts whose passwords are generated now and written to a private file.
import { count, eq } from "drizzle-orm";
import type { JSONContent } from "@tiptap/core";
import type { Database } from "@/db";
import {
  authors,
  sections,
  sitePages,
  siteSettings,
  stories,
  storyAuthors,
  storyTopics,
  storyTranslations,
  topics,
  userSections,
  users,
} from "@/db/schema";
import { withAdvisoryLock } from "@/db/migrate";
import { recordAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { env } from "@/lib/env";
import { createMediaStorage } from "@/lib/media/store";
import type { MediaStorage } from "@/lib/media/storage";
import { renderBody } from "@/lib/rich-text/render";
import { slugify } from "@/lib/slug";
import { RESERVED_SEGMENTS } from "@/lib/reserved-segments";
import { generatePassword } from "@/lib/users";
import { writeAccountsFile, type DemoAccount } from "./accounts-file";
import { banglaSections, banglaStories, banglaTopics } from "./bangla";
import * as content from "./content";
import { SITE_PAGE_TEXT } from "./pages";
import { seedPhotos } from "./photos";
import { seedPortraits } from "./portraits";

export { accountsFile, readAccountsFile, type DemoAccount } from "./accounts-file";

const SEED_LOCK = 7_240_303;

export const DEMO_ACCOUNTS = [
  { role: "admin", email: "admin@example.com", name: "Farzana Haque" },
  { role: "editor", email: "editor@example.com", name: "Imran Chowdhury" },
  { role: "reporter", email: "reporter@example.com", name: "Sadia Islam" },
  // The desks of issue 12: the sport editor publishes in Sport only; the copy desk publishes nothing.
  { role: "section_editor", email: "sport.editor@example.com", name: "Tanvir Ahmed" },
  { role: "copy_editor", email: "copy.desk@example.com", name: "Nusrat Jahan" },
] as const;

/** The sections each demo section editor runs. */
const DEMO_DESKS: Record<string, string[]> = { "sport.editor@example.com": ["sport"] };

function idOf(rows: { id: string; slug: string }[], slug: string, kind: string): string {
  const row = rows.find((r) => r.slug === slug);
  if (!row) throw new Error(`Seed content names an unknown ${kind}: ${slug}`);
  return row.id;
}

export function blocksToDoc(blocks: content.SeedBlock[]): JSONContent {
  const text = (t: string) => [{ type: "text", text: t }];
  const paragraph = (t: string) => ({ type: "paragraph", content: text(t) });
  return {
    type: "doc",
    content: blocks.map((b) => {
      switch (b.type) {
        case "p":
          return paragraph(b.text);
        case "h2":
          return { type: "heading", attrs: { level: 2 }, content: text(b.text) };
        case "quote":
          return { type: "blockquote", content: [paragraph(b.text)] };
        case "list":
          return { type: "bulletList", content: b.items.map((i) => ({ type: "listItem", content: [paragraph(i)] })) };
      }
    }),
  };
}

/**
 * Seeds an empty database and returns the demo accounts, or null when the database already
 * has users (a second start adds nothing). All of it is one transaction.
 */
export async function seedDemo(
  db: Database,
  dataDir: string,
  now = new Date(),
  storage?: MediaStorage,
): Promise<DemoAccount[] | null> {
  const accounts = await withAdvisoryLock(db, SEED_LOCK, async () => {
    const [existing] = await db.select({ n: count() }).from(users);
    if ((existing?.n ?? 0) > 0) return null;
    const demo = await Promise.all(
      DEMO_ACCOUNTS.map(async (a) => {
        const password = generatePassword();
        return { ...a, password, passwordHash: await hashPassword(password) };
      }),
    );
    await db.transaction(async (tx) => {
      const userRows = await tx
        .insert(users)
        .values(demo.map(({ email, name, role, passwordHash }) => ({ email, name, role, passwordHash })))
        .returning({ id: users.id, role: users.role, name: users.name, email: users.email });
      const userByRole = new Map(userRows.map((u) => [u.role, u]));
      for (const u of userRows) {
        await recordAudit(tx, {
          actorId: null,
          action: "user.created",
          targetType: "user",
          targetId: u.id,
          details: { via: "seed", role: u.role },
        });
      }

      // Demo channels for the follow block; an admin replaces them in site settings.
      await tx
        .update(siteSettings)
        .set({
          socialLinks: {
            facebook: "https://www.facebook.com/example",
            x: "https://x.com/example",
            newsletter: "https://example.com/newsletter",
          },
          // The Bangla edition's masthead in Bangla; an admin edits it in site settings.
          editionNames: { bn: { siteName: "ঢাকা ডেটলাইন", tagline: "ঢাকা ও সারা দেশের খবর", cityLabel: "ঢাকা" } },
        })
        .where(eq(siteSettings.id, 1));

      // A section named like one of the app's own first segments (/about, /search…) would be
      // unreachable, and its stories would be shadowed: refuse the content rather than seed it.
      const clash = [...content.sections, ...banglaSections].find((s) => RESERVED_SEGMENTS.has(s.slug));
      if (clash) throw new Error(`Seed section "${clash.slug}" uses an address the app reserves for itself.`);
      const sectionRows = await tx
        .insert(sections)
        .values([
          ...content.sections.map((s, i) => ({ ...s, position: i, edition: "en" as const })),
          ...banglaSections.map((s, i) => ({ ...s, position: i, edition: "bn" as const })),
        ])
        .returning({ id: sections.id, slug: sections.slug });
      const desks = userRows.flatMap((u) =>
        (DEMO_DESKS[u.email] ?? []).map((slug) => ({ userId: u.id, sectionId: idOf(sectionRows, slug, "section") })),
      );
      if (desks.length) await tx.insert(userSections).values(desks);
      const topicRows = await tx
        .insert(topics)
        .values([...content.topics, ...banglaTopics])
        .returning({ id: topics.id, slug: topics.slug });
      const staff = (["editor", "reporter"] as const).map((role) => {
        const u = userByRole.get(role)!;
        return {
          slug: slugify(u.name),
          name: u.name,
          bio: `${u.name} works on the demo desk as ${role === "editor" ? "an editor" : "a reporter"}.`,
          role: role === "editor" ? "Editor" : "Reporter",
          links: {},
          userId: u.id,
        };
      });
      const authorRows = await tx
        .insert(authors)
        .values([
          ...content.authors.map(({ slug, name, bio, role, email }) => ({
            slug,
            name,
            bio,
            role,
            links: { email },
          })),
          ...staff,
        ])
        .returning({ id: authors.id, slug: authors.slug });

      await tx
        .insert(sitePages)
        .values(Object.entries(SITE_PAGE_TEXT).map(([slug, page]) => ({ slug, ...page, updatedById: null })));

      const creator = userByRole.get("reporter")!.id;
      const storyIdByHeadline = new Map<string, string>();
      for (const s of [...content.stories, ...banglaStories]) {
        const body = blocksToDoc(s.body);
        const { html, text } = renderBody(body);
        const publishedAt = new Date(now.getTime() - s.hoursAgo * 3_600_000);
        const [story] = await tx
          .insert(stories)
          .values({
            sectionId: idOf(sectionRows, s.section, "section"),
            slug: slugify(s.headline),
            headline: s.headline,
            standfirst: s.standfirst,
            bodyJson: body,
            bodyHtml: html,
            bodyText: text,
            status: "published",
            breaking: s.breaking ?? false,
            createdById: creator,
            publishedAt,
            firstPublishedAt: publishedAt,
            createdAt: publishedAt,
            updatedAt: publishedAt,
          })
          .returning({ id: stories.id });
        storyIdByHeadline.set(s.headline, story!.id);
        await tx
          .insert(storyAuthors)
          .values(
            s.authors.map((a, position) => ({ storyId: story!.id, authorId: idOf(authorRows, a, "author"), position })),
          );
        await tx
          .insert(storyTopics)
          .values(s.topics.map((t) => ({ storyId: story!.id, topicId: idOf(topicRows, t, "topic") })));
      }
      // The Bangla stories that translate English ones, as translation pairs.
      const pairs = banglaStories.flatMap((s) => {
        if (!s.translationOf) return [];
        const originalId = storyIdByHeadline.get(s.translationOf);
        if (!originalId) throw new Error(`Bangla seed story translates an unknown headline: ${s.translationOf}`);
        return [{ originalId, translationId: storyIdByHeadline.get(s.headline)! }];
      });
      if (pairs.length) await tx.insert(storyTranslations).values(pairs);
    });
    // Pictures after the content commits: their files are written under the upload path's own guard.
    const [editor] = await db.select({ id: users.id }).from(users).where(eq(users.role, "editor")).limit(1);
    const media = storage ?? createMediaStorage({ ...env(), dataDir });
    await seedPhotos(db, media, { id: editor!.id, role: "editor" });
    await seedPortraits(db, media, { id: editor!.id, role: "editor" });
    return demo.map(({ role, email, password }) => ({ role, email, password }));
  });
  if (accounts) await writeAccountsFile(dataDir, accounts);
  return accounts;
}
