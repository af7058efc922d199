// Issue 10, item 11: GET /api/media/:id (and the delete refusal) named another reporter's draft
// that uses the image, headline and id, to any reporter.
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { getMediaDetails } from "@/db/queries/media";
import { currentSnapshot } from "@/db/queries/snapshots";
import { sections, stories } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { deleteMedia, uploadImage } from "@/lib/media/library";
import { DiskStorage } from "@/lib/media/storage";
import { createStory, saveStory } from "@/lib/stories/store";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, tempDir, type TestDb } from "../integration/helpers";

type Person = { id: string; role: "reporter" | "editor"; name: string };
let t: TestDb;
let root: string;
let storage: DiskStorage;
let uploader: Person;
let rival: Person;
let editor: Person;
let sectionId: string;

async function draftUsing(author: Person, headline: string, mediaId: string): Promise<string> {
  const { id } = await createStory(t.db, author);
  const [row] = await t.db.select().from(stories).where(eq(stories.id, id));
  const fields = {
    ...(await currentSnapshot(t.db, row!)),
    headline,
    sectionId,
    slug: `s-${Math.random().toString(36).slice(2)}`,
    featuredImageId: mediaId,
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Text." }] }] },
  };
  await saveStory(t.db, author, id, { version: row!.version, kind: "save", fields });
  return id;
}

before(async () => {
  t = await freshDatabase();
  root = await tempDir("dateline-media-privacy-");
  storage = new DiskStorage(root);
  const mk = async (email: string, name: string, role: Person["role"]): Promise<Person> => {
    const u = await createUser(
      t.db,
      { email, name, role, password: "long enough password" },
      { actorId: null, via: "cli" },
    );
    return { id: u.id, role, name: u.name };
  };
  uploader = await mk("up@example.com", "Rumana Reporter", "reporter");
  rival = await mk("rival@example.com", "Omar Reporter", "reporter");
  editor = await mk("ed@example.com", "Emdad Editor", "editor");
  const [s] = await t.db.insert(sections).values({ slug: "city", name: "City" }).returning();
  sectionId = s!.id;
});
after(async () => {
  await t.drop();
  await stopTestServer();
  await fs.rm(root, { recursive: true, force: true });
});

describe("where an image is used, as each person sees it", () => {
  it("names only the stories the viewer may open and counts the rest", async () => {
    const bytes = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#357" } })
      .jpeg()
      .toBuffer();
    const image = await uploadImage(t.db, storage, uploader, { name: "ghat.jpg", bytes });
    const own = await draftUsing(uploader, "Ferry ghat reopens", image.id);
    const secret = await draftUsing(rival, "Minister to resign, sources say", image.id);

    const seen = await getMediaDetails(image.id, uploader, t.db);
    const body = JSON.stringify(seen);
    assert.ok(!body.includes("Minister to resign"), "another reporter's draft headline is not shown");
    assert.ok(!body.includes(secret), "nor its id");
    assert.deepEqual(
      seen!.usage.map((s) => s.id),
      [own],
    );
    assert.equal(seen!.hiddenUsage, 1);

    const asEditor = await getMediaDetails(image.id, editor, t.db);
    assert.deepEqual(asEditor!.usage.map((s) => s.id).sort(), [own, secret].sort());
    assert.equal(asEditor!.hiddenUsage, 0);

    await assert.rejects(deleteMedia(t.db, storage, uploader, image.id), (e: unknown) => {
      assert.ok(e instanceof AppError && e.kind === "conflict");
      assert.doesNotMatch(e.message, /Minister to resign/);
      assert.match(e.message, /“Ferry ghat reopens” and 1 story you cannot open/);
      return true;
    });
  });
});
