// The media library's writes: upload, edit, delete, and the sweeper that keeps storage and
// rows in step. A file is recorded in media_garbage before it is written and leaves it in the
// transaction that gives it a row, so a crash or failure at any point leaves nothing behind.
import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import type { Database, Tx } from "@/db";
import { media, mediaGarbage, stories, storyMedia, type Media, type MediaFile, type MediaFiles } from "@/db/schema";
import { describeUsage, mediaUsage } from "@/db/queries/media-usage";
import { recordAudit } from "@/lib/audit";
import { publicWrite } from "@/lib/cache/public-write";
import { AppError, forbidden, invalid, mediaGone, FIELDS_NEED_ATTENTION } from "@/lib/errors";
import { can, canEverywhere, type Actor } from "@/lib/permissions";
import { renderBody } from "@/lib/rich-text/render";
import { imageIds } from "@/lib/rich-text/image";
import { pictureColumns } from "./columns";
import { makeCrops, MediaError, processImage, type Focal, type ProcessedCrop } from "./process";
import { withProcessingSlot } from "./queue";
import { contentKey, type MediaStorage } from "./storage";
import { MEDIA_TEXT_LIMITS } from "./text-limits";

export { MEDIA_TEXT_LIMITS };

/** How long a recorded-but-unclaimed file may wait before the sweeper deletes it. */
const GRACE_MS = 15 * 60_000;

/** Names are content-addressed per image (its id is mixed in), so no two rows share a file. */
function keyFor(mediaId: string, data: Buffer, ext: string, prefix: "o" | "v" | "c"): string {
  return contentKey(Buffer.concat([Buffer.from(mediaId), data]), ext, prefix);
}

const extOf = (format: MediaFile["format"]) => (format === "jpeg" ? "jpg" : format);

type Pending = { key: string; data: Buffer };

/** Stores files under the garbage guard; returns once all are written, or cleans up and throws. */
async function storeGuarded(db: Database, storage: MediaStorage, files: Pending[]): Promise<void> {
  await db
    .insert(mediaGarbage)
    .values(files.map((f) => ({ key: f.key, dueAt: new Date(Date.now() + GRACE_MS) })))
    .onConflictDoNothing();
  try {
    for (const f of files) await storage.put(f.key, f.data);
  } catch (e) {
    await discard(
      db,
      storage,
      files.map((f) => f.key),
    ).catch(() => undefined);
    throw e;
  }
}

/** Deletes files and their garbage entries (files first: an entry outlives its file, never the reverse). */
async function discard(db: Database, storage: MediaStorage, keys: string[]): Promise<void> {
  for (const key of keys) await storage.delete(key);
  if (keys.length) await db.delete(mediaGarbage).where(inArray(mediaGarbage.key, keys));
}

function cropFiles(mediaId: string, crops: ProcessedCrop[]): { files: MediaFiles["crops"]; pending: Pending[] } {
  const pending: Pending[] = [];
  const files = {} as MediaFiles["crops"];
  for (const c of crops) {
    const key = keyFor(mediaId, c.data, "jpg", "c");
    pending.push({ key, data: c.data });
    files[c.ratio] = { key, width: c.width, height: c.height, format: "jpeg", bytes: c.data.length };
  }
  return { files, pending };
}

export function allKeys(files: MediaFiles): string[] {
  return [files.original.key, ...files.variants.map((v) => v.key), ...Object.values(files.crops).map((c) => c.key)];
}

/** A clean file name for display and search: no path, no control characters, bounded. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 200);
  return clean || "image";
}

export async function uploadImage(
  db: Database,
  storage: MediaStorage,
  actor: Actor,
  file: { name: string; bytes: Buffer },
  ctx: { ip?: string | null } = {},
): Promise<Media> {
  if (!can(actor, "media.upload")) throw forbidden("Your role cannot upload images.");
  let processed;
  try {
    processed = await withProcessingSlot(() => processImage(file.bytes));
  } catch (e) {
    if (e instanceof MediaError) throw invalid(e.message);
    throw e;
  }
  const id = randomUUID();
  const originalExt = processed.original.format === "png" ? "png" : "jpg";
  const original: MediaFile = {
    key: keyFor(id, processed.original.data, originalExt, "o"),
    width: processed.width,
    height: processed.height,
    format: processed.original.format,
    bytes: processed.original.data.length,
  };
  const variants: MediaFile[] = processed.variants.map((v) => ({
    key: keyFor(id, v.data, extOf(v.format), "v"),
    width: v.width,
    height: v.height,
    format: v.format,
    bytes: v.data.length,
  }));
  const crops = cropFiles(id, processed.crops);
  const pending: Pending[] = [
    { key: original.key, data: processed.original.data },
    ...processed.variants.map((v, i) => ({ key: variants[i]!.key, data: v.data })),
    ...crops.pending,
  ];
  await storeGuarded(db, storage, pending);
  const files: MediaFiles = { original, variants, crops: crops.files };
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(media)
        .values({
          id,
          uploadedById: actor.id,
          fileName: cleanFileName(file.name),
          type: processed.type,
          width: processed.width,
          height: processed.height,
          animated: processed.animated,
          bytes: file.bytes.length,
          files,
        })
        .returning();
      await tx.delete(mediaGarbage).where(inArray(mediaGarbage.key, allKeys(files)));
      await recordAudit(tx, {
        actorId: actor.id,
        action: "media.uploaded",
        targetType: "media",
        targetId: id,
        ip: ctx.ip,
        details: { fileName: row!.fileName },
      });
      return row!;
    });
  } catch (e) {
    await discard(
      db,
      storage,
      pending.map((p) => p.key),
    ).catch(() => undefined);
    throw e;
  }
}

async function lockMedia(tx: Tx, id: string): Promise<Media> {
  const [row] = await tx.select().from(media).where(eq(media.id, id)).for("update");
  if (!row) throw mediaGone();
  return row;
}

export type MediaEdit = { alt?: string; caption?: string; credit?: string; focal?: Focal };

export function validateEdit(raw: unknown): MediaEdit {
  if (typeof raw !== "object" || raw === null) throw invalid("Send the fields to change.");
  const r = raw as Record<string, unknown>;
  const out: MediaEdit = {};
  const errors: Record<string, string> = {};
  for (const field of ["alt", "caption", "credit"] as const) {
    if (r[field] === undefined) continue;
    if (typeof r[field] !== "string") errors[field] = "Must be text.";
    else if (r[field].trim().length > MEDIA_TEXT_LIMITS[field])
      errors[field] = `At most ${MEDIA_TEXT_LIMITS[field]} characters.`;
    else out[field] = r[field].trim();
  }
  if (r.focal !== undefined) {
    const f = r.focal as { x?: unknown; y?: unknown } | null;
    const ok = (v: unknown) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 1;
    if (!f || !ok(f.x) || !ok(f.y)) errors.focal = "The focal point must be inside the image.";
    else out.focal = { x: f.x as number, y: f.y as number };
  }
  if (Object.keys(errors).length) throw invalid(FIELDS_NEED_ATTENTION, errors);
  return out;
}

type Editable = Pick<Media, "alt" | "caption" | "credit" | "focalX" | "focalY">;

const editable = (m: Editable) => ({
  alt: m.alt,
  caption: m.caption,
  credit: m.credit,
  focalX: m.focalX,
  focalY: m.focalY,
});

/** Does the edit change anything a reader would see? Re-sending the same values is harmless. */
function changes(current: Editable, edit: MediaEdit): boolean {
  return (
    (edit.alt !== undefined && edit.alt !== current.alt) ||
    (edit.caption !== undefined && edit.caption !== current.caption) ||
    (edit.credit !== undefined && edit.credit !== current.credit) ||
    (edit.focal !== undefined && (edit.focal.x !== current.focalX || edit.focal.y !== current.focalY))
  );
}

/**
 * An image's alt, caption, credit and crops re-render every page that uses it at once, so
 * changing one on a published or scheduled story is editing live content: editors only
 * (issue 10, item 3), as for the story itself.
 */
const mayChangeLive = (actor: Actor) => canEverywhere(actor, "story.editLive");

async function assertNotLive(db: Database | Tx, id: string): Promise<void> {
  const live = (await mediaUsage(db, id)).some((s) => s.status === "published" || s.status === "scheduled");
  if (live) throw forbidden("This image is on a live story; ask an editor.");
}

export async function updateMedia(
  db: Database,
  storage: MediaStorage,
  actor: Actor,
  id: string,
  raw: unknown,
  ctx: { ip?: string | null } = {},
): Promise<Media> {
  const edit = validateEdit(raw);
  const [before] = await db.select().from(media).where(eq(media.id, id));
  if (!before) throw mediaGone();
  if (!can(actor, "media.edit", { ownerId: before.uploadedById }))
    throw forbidden("Reporters can edit only the images they uploaded. Ask an editor.");
  // Early, so a refused edit costs no cropping; the transaction below asks again under lock.
  if (changes(before, edit) && !mayChangeLive(actor)) await assertNotLive(db, id);
  // New crops are made and stored before the transaction; if it fails they are swept.
  let crops: ReturnType<typeof cropFiles> | null = null;
  if (edit.focal && (edit.focal.x !== before.focalX || edit.focal.y !== before.focalY)) {
    const original = await storage.get(before.files.original.key);
    if (!original)
      throw new AppError("conflict", "The original of this image is missing from storage; upload it again.");
    crops = cropFiles(id, await withProcessingSlot(() => makeCrops(original, edit.focal!)));
    await storeGuarded(db, storage, crops.pending);
  }
  const replaced: string[] = [];
  const row = await publicWrite(db, async (tx, changed) => {
    const current = await lockMedia(tx, id);
    // Under the image's lock: a story that went live since the early check is caught here.
    if (changes(current, edit) && !mayChangeLive(actor)) await assertNotLive(tx, id);
    const next = {
      alt: edit.alt ?? current.alt,
      caption: edit.caption ?? current.caption,
      credit: edit.credit ?? current.credit,
    };
    if (!next.alt && current.alt) {
      const live = (await mediaUsage(tx, id)).filter((s) => s.status === "published" || s.status === "scheduled");
      if (live.length)
        throw invalid(
          `Alt text is required while the image is used by ${live.length === 1 ? "a live or scheduled story" : "live or scheduled stories"}: ${describeUsage(actor, live)}.`,
          { alt: "Required while the image is published." },
        );
    }
    let files = current.files;
    if (crops) {
      const kept = new Set(crops.pending.map((p) => p.key));
      // Identical pixels give identical names: only crops that really changed are retired.
      replaced.push(
        ...Object.values(current.files.crops)
          .map((c) => c.key)
          .filter((k) => !kept.has(k)),
      );
      files = { ...current.files, crops: crops.files };
      await tx.delete(mediaGarbage).where(inArray(mediaGarbage.key, [...kept]));
      if (replaced.length)
        await tx
          .insert(mediaGarbage)
          .values(replaced.map((key) => ({ key, dueAt: new Date() })))
          .onConflictDoNothing();
    }
    const [updated] = await tx
      .update(media)
      .set({ ...next, focalX: edit.focal?.x ?? current.focalX, focalY: edit.focal?.y ?? current.focalY, files })
      .where(eq(media.id, id))
      .returning();
    await rerenderBodies(tx, id);
    // Alt text, caption, credit and crops show on every live page using the image, and on its cards.
    const live = (await mediaUsage(tx, id)).filter((s) => s.status === "published").map((s) => s.id);
    if (live.length) changed({ stories: live });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "media.updated",
      targetType: "media",
      targetId: id,
      ip: ctx.ip ?? null,
      // Before and after, so a changed caption on a live page can be traced and put back.
      details: { fields: Object.keys(edit), before: editable(current), after: editable(updated!) },
    });
    return updated!;
  });
  await discard(db, storage, replaced).catch(() => undefined);
  return row;
}

/** Stories showing this image in their body keep their stored HTML in step with its alt, caption and credit. */
async function rerenderBodies(tx: Tx, mediaId: string): Promise<void> {
  const using = await tx
    .select({ id: stories.id, bodyJson: stories.bodyJson })
    .from(stories)
    .innerJoin(storyMedia, eq(storyMedia.storyId, stories.id))
    .where(eq(storyMedia.mediaId, mediaId));
  for (const story of using) {
    const ids = imageIds(story.bodyJson);
    const rows = await tx.select(pictureColumns).from(media).where(inArray(media.id, ids));
    const { html } = renderBody(story.bodyJson, new Map(rows.map((r) => [r.id, r])));
    await tx.update(stories).set({ bodyHtml: html }).where(eq(stories.id, story.id));
  }
}

export async function deleteMedia(
  db: Database,
  storage: MediaStorage,
  actor: Actor,
  id: string,
  ctx: { ip?: string | null } = {},
): Promise<void> {
  const files = await db.transaction(async (tx) => {
    const row = await lockMedia(tx, id);
    if (!can(actor, "media.delete", { ownerId: row.uploadedById }))
      throw forbidden("Reporters can delete only the images they uploaded.");
    const usage = await mediaUsage(tx, id);
    if (usage.length) {
      const live = usage.filter((s) => s.status === "published");
      // Named only where the actor may open them; the rest are counted (issue 10, item 11).
      const list = describeUsage(actor, usage);
      throw new AppError(
        "conflict",
        live.length
          ? `This image is used by a live story and cannot be deleted: ${list}.`
          : `This image is used by ${usage.length === 1 ? "a story" : `${usage.length} stories`} and cannot be deleted: ${list}. Remove it from them first.`,
      );
    }
    await tx.delete(media).where(eq(media.id, id));
    await tx
      .insert(mediaGarbage)
      .values(allKeys(row.files).map((key) => ({ key, dueAt: new Date() })))
      .onConflictDoNothing();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "media.deleted",
      targetType: "media",
      targetId: id,
      ip: ctx.ip,
      details: { fileName: row.fileName },
    });
    return row.files;
  });
  await discard(db, storage, allKeys(files)).catch(() => undefined); // the sweeper retries
}

/** Deletes every file whose garbage entry is due: failed uploads, crashes, deleted images. */
export async function sweepMediaGarbage(db: Database, storage: MediaStorage, now = new Date()): Promise<number> {
  // A key still named by a row is never deleted, only forgotten (a guard against any slip).
  const due = await db.execute<{ key: string; referenced: boolean }>(sql`
    select g.key, exists (select 1 from ${media} m where position(g.key in m.files::text) > 0) as referenced
    from ${mediaGarbage} g where g.due_at <= ${now} limit 1000`);
  const orphans = due.rows.filter((r) => !r.referenced).map((r) => r.key);
  const kept = due.rows.filter((r) => r.referenced).map((r) => r.key);
  await discard(db, storage, orphans);
  if (kept.length) await db.delete(mediaGarbage).where(inArray(mediaGarbage.key, kept));
  return orphans.length;
}
