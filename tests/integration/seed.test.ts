import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { after, describe, it } from "node:test";
import { count, eq, isNull } from "drizzle-orm";
import { accountsFile, readAccountsFile, seedDemo } from "@/scripts/seed";
import { authors, media, sections, stories, storyAuthors, storyTranslations, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { freshDatabase, stopTestServer, tempDir } from "./helpers";

after(stopTestServer);

describe("demo seed", () => {
  it("fills an empty database with a newsroom, and a second run adds nothing", async () => {
    const t = await freshDatabase();
    const dataDir = await tempDir();
    try {
      const accounts = await seedDemo(t.db, dataDir);
      assert.ok(accounts, "first run seeds");
      assert.deepEqual(accounts.map((a) => a.role).sort(), [
        "admin",
        "copy_editor",
        "editor",
        "reporter",
        "section_editor",
      ]);

      const [sectionCount] = await t.db.select({ n: count() }).from(sections);
      const [published] = await t.db.select({ n: count() }).from(stories).where(eq(stories.status, "published"));
      assert.ok(sectionCount!.n >= 4, `${sectionCount!.n} sections`);
      assert.ok(published!.n >= 30, `${published!.n} published stories`);
      const bios = await t.db.select({ bio: authors.bio }).from(authors);
      assert.ok(bios.length >= 3 && bios.every((a) => a.bio.length > 20), "several authors, each with a bio");
      const [unbylined] = await t.db
        .select({ n: count() })
        .from(stories)
        .leftJoin(storyAuthors, eq(storyAuthors.storyId, stories.id))
        .where(isNull(storyAuthors.storyId));
      assert.equal(unbylined!.n, 0);
      // The Bangla edition: its own sections (Bangla names and slugs), a dozen stories, most paired.
      const bangla = await t.db
        .select({ headline: stories.headline, section: sections.slug })
        .from(stories)
        .innerJoin(sections, eq(sections.id, stories.sectionId))
        .where(eq(sections.edition, "bn"));
      assert.ok(bangla.length >= 12, `${bangla.length} Bangla stories`);
      assert.ok(bangla.every((s) => /[\u0980-\u09FF]/.test(s.headline) && /^[\u0980-\u09FF-]+$/.test(s.section)));
      const pairs = await t.db.select().from(storyTranslations);
      assert.ok(pairs.length >= 5, `${pairs.length} translation pairs`);
      const [sample] = await t.db.select({ html: stories.bodyHtml, text: stories.bodyText }).from(stories).limit(1);
      assert.match(sample!.html, /^<p>|^<h2>/);
      assert.ok(sample!.text.length > 200);

      // Demo pictures went through the upload path: every featured image has alt text and credit, and its files exist.
      const pictured = await t.db
        .select({ m: media })
        .from(stories)
        .innerJoin(media, eq(media.id, stories.featuredImageId));
      assert.ok(pictured.length >= 4, `${pictured.length} stories with a featured image`);
      for (const { m } of pictured) {
        assert.ok(m.alt.length > 20 && m.credit.length > 0);
        const file = path.join(dataDir, "media", m.files.crops["16x9"].key);
        assert.ok((await fs.stat(file)).size > 1000, "the 16:9 crop is stored");
      }

      // The generated passwords work, are stored only as argon2id hashes, and the file is private.
      const stat = await fs.stat(accountsFile(dataDir));
      assert.equal(stat.mode & 0o777, 0o600);
      const fromFile = await readAccountsFile(dataDir);
      assert.deepEqual(fromFile, accounts);
      for (const a of accounts) {
        const [u] = await t.db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, a.email));
        assert.match(u!.hash, /^\$argon2id\$/);
        assert.ok(await verifyPassword(u!.hash, a.password));
      }

      const counts = async () =>
        Promise.all(
          [users, stories, sections, authors].map(async (tbl) => (await t.db.select({ n: count() }).from(tbl))[0]!.n),
        );
      const before = await counts();
      assert.equal(await seedDemo(t.db, dataDir), null, "second run seeds nothing");
      assert.deepEqual(await counts(), before);
      assert.deepEqual(await readAccountsFile(dataDir), accounts, "the accounts file is not overwritten");
    } finally {
      await t.drop();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});
