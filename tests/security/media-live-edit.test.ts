// Issue 10, item 3: a reporter editing their own image's alt text, caption, credit or focal point
// changed every published story using it at once, around "reporters never edit live content".
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import { after, before, describe, it } from "node:test";
import { and, desc, eq } from "drizzle-orm";
import sharp from "sharp";
import { currentSnapshot } from "@/db/queries/snapshots";
import { auditLog, media, sections, stories } from "@/db/schema";
import { AppError, STATUS } from "@/lib/errors";
import { updateMedia, uploadImage } from "@/lib/media/library";
import { DiskStorage } from "@/lib/media/storage";
import { createStory, saveStory } from "@/lib/stories/store";
import { transition } from "@/lib/stories/transition";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, tempDir, type TestDb } from "../integration/helpers";

type Person = { id: string; role: "reporter" | "editor"; name: string };
let t: TestDb;
let root: string;
let storage: DiskStorage;
let reporter: Person;
let editor: Person;
let sectionId: string;

const version = async (id: string) =>
  (await t.db.select({ v: stories.version }).from(stories).where(eq(stories.id, id)))[0]!.v;

before(async () => {
  t = await freshDatabase();
  root = await tempDir("dateline-media-live-");
  storage = new DiskStorage(root);
  const mk = async (email: string, name: string, role: Person["role"]): Promise<Person> => {
    const u = await createUser(
      t.db,
      { email, name, role, password: "long enough password" },
      { actorId: null, via: "cli" },
    );
    return { id: u.id, role, name: u.name };
  };
  reporter = await mk("r@example.com", "Rumana Reporter", "reporter");
  editor = await mk("e@example.com", "Emdad Editor", "editor");
  const [s] = await t.db.insert(sections).values({ slug: "city", name: "City" }).returning();
  sectionId = s!.id;
});
after(async () => {
  await t.drop();
  await stopTestServer();
  await fs.rm(root, { recursive: true, force: true });
});

describe("editing an image on a live story", () => {
  it("is refused to its reporter with a 403 saying why, changing nothing; an editor's edit is audited", async () => {
    const bytes = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#468" } })
      .jpeg()
      .toBuffer();
    const image = await uploadImage(t.db, storage, reporter, { name: "ghat.jpg", bytes });
    await updateMedia(t.db, storage, reporter, image.id, { alt: "Boats at Sadarghat", caption: "At dawn" });

    const { id } = await createStory(t.db, reporter);
    const [row] = await t.db.select().from(stories).where(eq(stories.id, id));
    const body = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "The ghat reopened." }] },
        { type: "image", attrs: { mediaId: image.id } },
      ],
    };
    await saveStory(t.db, reporter, id, {
      version: row!.version,
      kind: "save",
      fields: { ...(await currentSnapshot(t.db, row!)), headline: "Ghat reopens", sectionId, slug: "ghat", body },
    });
    await transition(t.db, reporter, id, { action: "submit", version: await version(id) });
    await transition(t.db, editor, id, { action: "publish", version: await version(id) });
    const html = async () => (await t.db.select().from(stories).where(eq(stories.id, id)))[0]!.bodyHtml;
    const livePage = await html();
    assert.match(livePage, /At dawn/);

    for (const edit of [{ caption: "Minister's boat, not ours" }, { alt: "x" }, { focal: { x: 0.1, y: 0.1 } }]) {
      await assert.rejects(updateMedia(t.db, storage, reporter, image.id, edit), (e: unknown) => {
        assert.ok(e instanceof AppError, `expected a refusal, got ${String(e)}`);
        assert.equal(STATUS[e.kind], 403);
        assert.equal(e.message, "This image is on a live story; ask an editor.");
        return true;
      });
    }
    const [still] = await t.db.select().from(media).where(eq(media.id, image.id));
    assert.equal(still!.caption, "At dawn");
    assert.equal(still!.focalX, image.focalX);
    assert.equal(await html(), livePage, "the live page is unchanged");

    await updateMedia(t.db, storage, editor, image.id, { caption: "Sadarghat at dawn" }, { ip: "203.0.113.9" });
    assert.match(await html(), /Sadarghat at dawn/);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "media.updated"), eq(auditLog.targetId, image.id)))
      .orderBy(desc(auditLog.id))
      .limit(1);
    assert.equal(entry!.actorId, editor.id);
    assert.equal(entry!.ip, "203.0.113.9");
    const details = entry!.details as { before: { caption: string }; after: { caption: string } };
    assert.equal(details.before.caption, "At dawn");
    assert.equal(details.after.caption, "Sadarghat at dawn");
  });
});
