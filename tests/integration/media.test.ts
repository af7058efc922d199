import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { count, eq } from "drizzle-orm";
import sharp from "sharp";
import { listMedia } from "@/db/queries/media";
import { media, mediaGarbage, sections, stories } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { allKeys, deleteMedia, sweepMediaGarbage, updateMedia, uploadImage } from "@/lib/media/library";
import { DiskStorage, type MediaStorage } from "@/lib/media/storage";
import { currentSnapshot } from "@/db/queries/snapshots";
import { createStory, saveStory } from "@/lib/stories/store";
import { transition } from "@/lib/stories/transition";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, tempDir, type TestDb } from "./helpers";

let t: TestDb;
let root: string;
let storage: DiskStorage;
type Person = { id: string; role: "reporter" | "editor"; name: string };
let reporter: Person;
let otherReporter: Person;
let editor: Person;
let sectionId: string;

const photo = (w = 900, h = 600) =>
  sharp({ create: { width: w, height: h, channels: 3, background: { r: 30, g: 120, b: 90 } } })
    .jpeg()
    .toBuffer();

async function filesOnDisk(): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string) => {
    for (const e of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
      if (e.isDirectory()) await walk(path.join(dir, e.name));
      else out.push(path.relative(root, path.join(dir, e.name)));
    }
  };
  await walk(root);
  return out.sort();
}

async function keysOfRows(): Promise<string[]> {
  const rows = await t.db.select({ files: media.files }).from(media);
  return rows.flatMap((r) => allKeys(r.files)).sort();
}

const version = async (id: string) =>
  (await t.db.select({ v: stories.version }).from(stories).where(eq(stories.id, id)))[0]!.v;

async function storyWith(over: Record<string, unknown>): Promise<string> {
  const { id } = await createStory(t.db, reporter);
  const [row] = await t.db.select().from(stories).where(eq(stories.id, id));
  const snap = await currentSnapshot(t.db, row!);
  const fields = {
    ...snap,
    headline: `Monsoon ${Math.random()}`,
    sectionId,
    slug: `m-${Math.random().toString(36).slice(2)}`,
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Rain fell." }] }] },
    ...over,
  };
  await saveStory(t.db, reporter, id, { version: await version(id), kind: "save", fields });
  return id;
}

before(async () => {
  t = await freshDatabase();
  root = await tempDir("dateline-media-");
  storage = new DiskStorage(root);
  const ctx = { actorId: null, via: "cli" as const };
  const mk = async (email: string, name: string, role: "reporter" | "editor") => {
    const u = await createUser(t.db, { email, name, role, password: "long enough password" }, ctx);
    return { id: u.id, role, name: u.name };
  };
  reporter = await mk("r@example.com", "Rumana Reporter", "reporter");
  otherReporter = await mk("o@example.com", "Omar Reporter", "reporter");
  editor = await mk("e@example.com", "Emdad Editor", "editor");
  const [s] = await t.db.insert(sections).values({ slug: "city", name: "City" }).returning();
  sectionId = s!.id;
});
after(async () => {
  await t.drop();
  await stopTestServer();
  await fs.rm(root, { recursive: true, force: true });
});

describe("uploading", () => {
  it("stores one row whose every file exists, and nothing else", async () => {
    const row = await uploadImage(t.db, storage, reporter, { name: "../../ferry ghat.jpg", bytes: await photo() });
    assert.equal(row.fileName, "ferry ghat.jpg");
    assert.deepEqual([row.width, row.height, row.type], [900, 600, "jpeg"]);
    assert.deepEqual(row.files.variants.map((v) => `${v.format}${v.width}`).sort(), [
      "avif320",
      "avif640",
      "jpeg320",
      "jpeg640",
      "webp320",
      "webp640",
    ]);
    assert.deepEqual(Object.keys(row.files.crops).sort(), ["16x9", "1x1", "4x3"]);
    assert.deepEqual(await filesOnDisk(), await keysOfRows());
    assert.equal((await t.db.select({ n: count() }).from(mediaGarbage))[0]!.n, 0);
  });

  it("refuses bad files with a clear message and stores nothing for them", async () => {
    const before = await filesOnDisk();
    const jpeg = await photo();
    const bad: [string, Buffer, RegExp][] = [
      ["truncated.jpg", jpeg.subarray(0, jpeg.length / 3), /damaged or incomplete/],
      ["empty.jpg", Buffer.alloc(0), /empty/],
      [
        "drawing.svg",
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        /SVG images are not accepted/,
      ],
      ["page.jpg", Buffer.from("<!DOCTYPE html><html><body>hi</body></html>"), /web page/],
    ];
    for (const [name, bytes, message] of bad) {
      await assert.rejects(
        uploadImage(t.db, storage, reporter, { name, bytes }),
        (e: unknown) => e instanceof AppError && e.kind === "validation" && message.test(e.message),
        name,
      );
    }
    assert.deepEqual(await filesOnDisk(), before);
  });

  it("takes the type from the bytes: a PNG named .jpg is stored as a PNG", async () => {
    const png = await sharp({
      create: { width: 400, height: 300, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 0.5 } },
    })
      .png()
      .toBuffer();
    const row = await uploadImage(t.db, storage, reporter, { name: "logo.jpg", bytes: png });
    assert.equal(row.type, "png");
    assert.equal(row.files.original.format, "png");
  });

  it("leaves no file behind when storage fails halfway, and the sweeper clears a crash's leftovers", async () => {
    const before = await filesOnDisk();
    let puts = 0;
    const flaky: MediaStorage = {
      put: async (key, data) => {
        if (++puts === 5) throw new Error("disk full");
        return storage.put(key, data);
      },
      get: (k) => storage.get(k),
      delete: (k) => storage.delete(k),
      exists: (k) => storage.exists(k),
      publicUrl: () => null,
    };
    await assert.rejects(uploadImage(t.db, flaky, reporter, { name: "x.jpg", bytes: await photo() }), /disk full/);
    assert.deepEqual(await filesOnDisk(), before);
    assert.equal((await t.db.select({ n: count() }).from(mediaGarbage))[0]!.n, 0);

    // A crash after the files were written but before the row: only garbage entries remain.
    const key = "v/ab/" + "ab".repeat(32) + ".webp";
    await t.db.insert(mediaGarbage).values({ key, dueAt: new Date(Date.now() + 60_000) });
    await storage.put(key, Buffer.from("left by a crash"));
    assert.equal(await sweepMediaGarbage(t.db, storage), 0, "not yet due");
    assert.equal(await sweepMediaGarbage(t.db, storage, new Date(Date.now() + 120_000)), 1);
    assert.equal(await storage.exists(key), false);
    assert.deepEqual(await filesOnDisk(), await keysOfRows());
  });
});

describe("using images in stories", () => {
  it("needs alt text on the featured image and on body images before publishing", async () => {
    const featured = await uploadImage(t.db, storage, reporter, { name: "featured.jpg", bytes: await photo() });
    const inline = await uploadImage(t.db, storage, reporter, { name: "inline.jpg", bytes: await photo(700, 700) });
    const body = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Water rose." }] },
        { type: "image", attrs: { mediaId: inline.id } },
      ],
    };
    const id = await storyWith({ featuredImageId: featured.id, body });
    await transition(t.db, reporter, id, { action: "submit", version: await version(id) });
    await assert.rejects(
      transition(t.db, editor, id, { action: "publish", version: await version(id) }),
      (e: unknown) => {
        const err = e as AppError;
        return (
          err.kind === "validation" &&
          /alt text/.test(err.fieldErrors?.featuredImageId ?? "") &&
          /alt text/.test(err.fieldErrors?.body ?? "")
        );
      },
    );
    await updateMedia(t.db, storage, reporter, featured.id, {
      alt: "Boats tied up at Sadarghat",
      caption: "The ghat at dawn",
      credit: "Photo: Dateline",
    });
    await updateMedia(t.db, storage, reporter, inline.id, { alt: "A flooded street" });
    await transition(t.db, editor, id, { action: "publish", version: await version(id) });
    const [row] = await t.db.select().from(stories).where(eq(stories.id, id));
    assert.equal(row!.status, "published");
    assert.match(row!.bodyHtml, /<picture>.*<img [^>]*alt="A flooded street"/s);
    assert.match(row!.bodyHtml, /srcset="\/media\/v\//);

    // Editing the library row updates the stored HTML of the story showing it.
    await updateMedia(t.db, storage, editor, inline.id, { caption: "Water on Green Road", credit: "Photo: Staff" });
    const [after] = await t.db.select({ html: stories.bodyHtml }).from(stories).where(eq(stories.id, id));
    assert.match(
      after!.html,
      /<figcaption>Water on Green Road <span class="credit">Photo: Staff<\/span><\/figcaption>/,
    );

    // Alt text cannot be removed while a live story shows the image.
    await assert.rejects(updateMedia(t.db, storage, editor, featured.id, { alt: "" }), /Alt text is required/);

    // An image only in pending (not yet public) edits to the live story is in use too.
    const pendingImage = await uploadImage(t.db, storage, editor, {
      name: "pending.jpg",
      bytes: await photo(500, 500),
    });
    const live = (await t.db.select().from(stories).where(eq(stories.id, id)))[0]!;
    const saved = await saveStory(t.db, editor, id, {
      version: live.version,
      kind: "save",
      fields: { ...(await currentSnapshot(t.db, live)), featuredImageId: pendingImage.id },
    });
    assert.equal(saved.pending, true);
    await assert.rejects(
      deleteMedia(t.db, storage, editor, pendingImage.id),
      (e: unknown) => e instanceof AppError && e.kind === "conflict",
    );

    // A live story's image cannot be deleted, by anyone, and the message names the story.
    await assert.rejects(
      deleteMedia(t.db, storage, editor, featured.id),
      (e: unknown) => e instanceof AppError && e.kind === "conflict" && e.message.includes(row!.headline),
    );
  });

  it("refuses a body that names an image not in the library, or carries a src", async () => {
    await assert.rejects(
      storyWith({
        body: { type: "doc", content: [{ type: "image", attrs: { mediaId: "7d9f4a53-0000-4000-8000-000000000000" } }] },
      }),
      (e: unknown) => /no longer in the media library/.test((e as AppError).fieldErrors?.body ?? ""),
    );
    await assert.rejects(
      storyWith({
        body: { type: "doc", content: [{ type: "image", attrs: { mediaId: "x", src: "https://evil.example/x.png" } }] },
      }),
      /Unknown attribute "src"/,
    );
  });
});

describe("per-use alt text, caption and credit", () => {
  it("publishes with alt text written for this use, shows its caption, and leaves the library row alone", async () => {
    const img = await uploadImage(t.db, storage, reporter, { name: "ferry.jpg", bytes: await photo(800, 500) });
    await updateMedia(t.db, storage, reporter, img.id, { caption: "Library caption", credit: "Photo: Library" });
    const body = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "The ferry left late." }] },
        {
          type: "image",
          attrs: { mediaId: img.id, alt: "A ferry leaving the ghat", caption: "Launch day in Barishal" },
        },
      ],
    };
    // The library has no alt text; this use's own counts, so publishing goes through.
    const id = await storyWith({ body });
    await transition(t.db, reporter, id, { action: "submit", version: await version(id) });
    await transition(t.db, editor, id, { action: "publish", version: await version(id) });
    const [row] = await t.db.select().from(stories).where(eq(stories.id, id));
    assert.equal(row!.status, "published");
    assert.match(row!.bodyHtml, /alt="A ferry leaving the ghat"/);
    assert.match(row!.bodyHtml, /<figcaption>Launch day in Barishal <span class="credit">Photo: Library<\/span>/);
    const [lib] = await t.db.select().from(media).where(eq(media.id, img.id));
    assert.equal(lib!.caption, "Library caption");
    assert.equal(lib!.alt, "");

    // A library edit re-renders the story, and this use's own caption still wins.
    await updateMedia(t.db, storage, editor, img.id, { caption: "New library caption", credit: "Photo: Staff" });
    const [after] = await t.db.select({ html: stories.bodyHtml }).from(stories).where(eq(stories.id, id));
    assert.match(after!.html, /<figcaption>Launch day in Barishal <span class="credit">Photo: Staff<\/span>/);
    assert.ok(!after!.html.includes("New library caption"));
  });

  it("publishes a gallery once each photo has alt text, and counts its photos as in use", async () => {
    const a = await uploadImage(t.db, storage, reporter, { name: "g1.jpg", bytes: await photo(640, 480) });
    const b = await uploadImage(t.db, storage, reporter, { name: "g2.jpg", bytes: await photo(480, 640) });
    await updateMedia(t.db, storage, reporter, a.id, { alt: "Stalls along the river bank", caption: "Morning market" });
    const body = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "The market opened early." }] },
        { type: "gallery", attrs: { items: [{ mediaId: a.id }, { mediaId: b.id, caption: "Evening crowd" }] } },
      ],
    };
    const id = await storyWith({ body });
    await transition(t.db, reporter, id, { action: "submit", version: await version(id) });
    // The second photo has no alt text anywhere: publishing is refused on the body.
    await assert.rejects(
      transition(t.db, editor, id, { action: "publish", version: await version(id) }),
      (e: unknown) => e instanceof AppError && /Add alt text to the image/.test(e.fieldErrors?.body ?? ""),
    );
    await updateMedia(t.db, storage, reporter, b.id, { alt: "A crowd between the stalls" });
    await transition(t.db, editor, id, { action: "publish", version: await version(id) });
    const [row] = await t.db.select().from(stories).where(eq(stories.id, id));
    assert.match(row!.bodyHtml, /<div class="body-gallery" role="group" aria-label="Gallery, 2 photos">/);
    assert.match(row!.bodyHtml, /<figcaption>Morning market<\/figcaption>/);
    assert.match(
      row!.bodyHtml,
      /alt="A crowd between the stalls"[^>]*><\/picture><figcaption>Evening crowd<\/figcaption>/,
    );
    await assert.rejects(
      deleteMedia(t.db, storage, editor, b.id),
      (e: unknown) => e instanceof AppError && e.kind === "conflict",
    );
  });

  it("refuses bad per-use texts as a body error and stores nothing", async () => {
    const img = await uploadImage(t.db, storage, reporter, { name: "bad.jpg", bytes: await photo(600, 400) });
    const id = await storyWith({});
    const before = (await t.db.select().from(stories).where(eq(stories.id, id)))[0]!;
    const snap = await currentSnapshot(t.db, before);
    for (const attrs of [{ caption: 7 }, { credit: "c".repeat(201) }]) {
      await assert.rejects(
        saveStory(t.db, reporter, id, {
          version: before.version,
          kind: "save",
          fields: {
            ...snap,
            body: { type: "doc", content: [{ type: "image", attrs: { mediaId: img.id, ...attrs } }] },
          },
        }),
        (e: unknown) => e instanceof AppError && e.kind === "validation" && /image's/.test(e.fieldErrors?.body ?? ""),
      );
    }
    const [now] = await t.db.select().from(stories).where(eq(stories.id, id));
    assert.equal(now!.version, before.version);
    assert.deepEqual(now!.bodyJson, before.bodyJson);
  });
});

describe("deleting and editing", () => {
  it("lets a reporter delete only their own unused images; editors any unused one", async () => {
    const mine = await uploadImage(t.db, storage, reporter, { name: "mine.jpg", bytes: await photo(400, 300) });
    const theirs = await uploadImage(t.db, storage, otherReporter, {
      name: "theirs.jpg",
      bytes: await photo(400, 300),
    });
    await assert.rejects(
      deleteMedia(t.db, storage, reporter, theirs.id),
      (e: unknown) => (e as AppError).kind === "forbidden",
    );
    await assert.rejects(
      updateMedia(t.db, storage, reporter, theirs.id, { alt: "x" }),
      (e: unknown) => (e as AppError).kind === "forbidden",
    );

    const draft = await storyWith({ featuredImageId: mine.id });
    await assert.rejects(
      deleteMedia(t.db, storage, reporter, mine.id),
      (e: unknown) => (e as AppError).kind === "conflict" && /used by a story/.test((e as Error).message),
    );
    const unused = async () => (await listMedia({ q: "mine.jpg", unused: true }, t.db)).items.map((i) => i.id);
    assert.deepEqual(await unused(), [], "a draft's featured image is in use");
    await saveStory(t.db, reporter, draft, {
      version: await version(draft),
      kind: "save",
      fields: {
        ...(await currentSnapshot(t.db, (await t.db.select().from(stories).where(eq(stories.id, draft)))[0]!)),
        featuredImageId: null,
      },
    });
    assert.deepEqual(await unused(), [mine.id], "unused once the draft lets it go");
    await deleteMedia(t.db, storage, reporter, mine.id);
    await deleteMedia(t.db, storage, editor, theirs.id);
    assert.equal((await t.db.select().from(media).where(eq(media.id, mine.id))).length, 0);
    assert.deepEqual(await filesOnDisk(), await keysOfRows(), "the deleted images' files are gone");
  });

  it("remakes the crops when the focal point moves and removes the old ones", async () => {
    const left = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#ff0000" } })
      .png()
      .toBuffer();
    const wide = await sharp({ create: { width: 1600, height: 600, channels: 3, background: "#0000ff" } })
      .composite([{ input: left, left: 0, top: 0 }])
      .jpeg()
      .toBuffer();
    const row = await uploadImage(t.db, storage, editor, { name: "wide.jpg", bytes: wide });
    // Same pixels in every crop: nothing is retired, nothing lost.
    const same = await updateMedia(t.db, storage, editor, row.id, { focal: { x: 0.5, y: 0.51 } });
    for (const c of Object.values(same.files.crops)) assert.equal(await storage.exists(c.key), true);
    const updated = await updateMedia(t.db, storage, editor, row.id, { focal: { x: 0.9, y: 0.5 } });
    assert.notEqual(updated.files.crops["1x1"].key, same.files.crops["1x1"].key);
    assert.equal(await storage.exists(same.files.crops["1x1"].key), false);
    assert.equal(await storage.exists(updated.files.crops["1x1"].key), true);
    await assert.rejects(updateMedia(t.db, storage, editor, row.id, { focal: { x: 2, y: 0 } }), (e: unknown) =>
      /focal point/.test((e as AppError).fieldErrors?.focal ?? ""),
    );
    assert.deepEqual(await filesOnDisk(), await keysOfRows());
  });
});
