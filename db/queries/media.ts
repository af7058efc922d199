// The media library's reads: the grid with search and filters, one image's details and usage.
// Rows become plain DTOs here; storage keys of originals never leave the server.
import "server-only";
import { and, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { getDb, type Database } from "@/db";
import { media, stories, users, type CropRatio, type Media } from "@/db/schema";
import { mediaUsage, storyUsesMedia, visibleUsage } from "./media-usage";
import type { Actor } from "@/lib/permissions";
import { CROP_ORDER, mediaUrl, pictureParts, variantsOf } from "@/lib/media/picture";

export const MEDIA_PAGE_SIZE = 24;

export type MediaFilters = {
  q?: string;
  uploaderId?: string;
  from?: string;
  to?: string;
  unused?: boolean;
  page?: number;
};

export type MediaItem = {
  id: string;
  fileName: string;
  type: string;
  width: number;
  height: number;
  bytes: number;
  animated: boolean;
  alt: string;
  caption: string;
  credit: string;
  focalX: number;
  focalY: number;
  thumb: string;
  preview: { src: string; srcSet: string };
  /** The focal-point crops the site shows (16:9, 4:3, 1:1), for previewing them in the editor. */
  crops: { ratio: CropRatio; src: string; width: number; height: number }[];
  uploadedById: string;
  uploadedBy: string;
  createdAt: string;
};

export function toItem(m: Media, uploadedBy: string): MediaItem {
  const thumb = variantsOf(m.files, "webp")[0] ?? variantsOf(m.files, "jpeg")[0] ?? m.files.crops["4x3"];
  const parts = pictureParts(m);
  return {
    id: m.id,
    fileName: m.fileName,
    type: m.type,
    width: m.width,
    height: m.height,
    bytes: m.bytes,
    animated: m.animated,
    alt: m.alt,
    caption: m.caption,
    credit: m.credit,
    focalX: m.focalX,
    focalY: m.focalY,
    thumb: mediaUrl(thumb.key),
    preview: { src: parts.img.src, srcSet: parts.img.srcSet },
    crops: CROP_ORDER.map((ratio) => {
      const c = m.files.crops[ratio];
      return { ratio, src: mediaUrl(c.key), width: c.width, height: c.height };
    }),
    uploadedById: m.uploadedById,
    uploadedBy,
    createdAt: m.createdAt.toISOString(),
  };
}

const isDay = (s: string | undefined): s is string =>
  !!s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

/** Searches file name, alt, caption and credit (trigram index); `unused` = in no story at all. */
export async function listMedia(
  f: MediaFilters,
  db: Database = getDb(),
): Promise<{ items: MediaItem[]; total: number; page: number; pages: number }> {
  const where: SQL[] = [];
  const q = f.q?.trim().toLowerCase().slice(0, 200);
  if (q)
    where.push(
      sql`lower(${media.fileName} || ' ' || ${media.alt} || ' ' || ${media.caption} || ' ' || ${media.credit}) like ${`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`,
    );
  if (f.uploaderId) where.push(eq(media.uploadedById, f.uploaderId));
  if (isDay(f.from)) where.push(gte(media.createdAt, new Date(`${f.from}T00:00:00Z`)));
  if (isDay(f.to)) where.push(lt(media.createdAt, new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000)));
  if (f.unused) where.push(sql`not exists (select 1 from ${stories} where ${storyUsesMedia(sql`${media.id}`)})`);
  const condition = where.length ? and(...where) : undefined;
  const [{ total }] = (await db.select({ total: count() }).from(media).where(condition)) as [{ total: number }];
  const pages = Math.max(1, Math.ceil(total / MEDIA_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(f.page ?? 1)), pages);
  const rows = await db
    .select({ m: media, uploadedBy: users.name })
    .from(media)
    .innerJoin(users, eq(users.id, media.uploadedById))
    .where(condition)
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(MEDIA_PAGE_SIZE)
    .offset((page - 1) * MEDIA_PAGE_SIZE);
  return { items: rows.map((r) => toItem(r.m, r.uploadedBy)), total, page, pages };
}

/** usage: the stories the viewer may open; hiddenUsage: how many others use the image. */
export type MediaDetails = MediaItem & {
  usage: { id: string; headline: string; status: string }[];
  hiddenUsage: number;
};

export async function getMediaDetails(id: string, viewer: Actor, db: Database = getDb()): Promise<MediaDetails | null> {
  const [row] = await db
    .select({ m: media, uploadedBy: users.name })
    .from(media)
    .innerJoin(users, eq(users.id, media.uploadedById))
    .where(eq(media.id, id));
  if (!row) return null;
  const { visible, hidden } = visibleUsage(viewer, await mediaUsage(db, id));
  return { ...toItem(row.m, row.uploadedBy), usage: visible, hiddenUsage: hidden };
}

export async function mediaUploaders(db: Database = getDb()): Promise<{ id: string; name: string }[]> {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(media, eq(media.uploadedById, users.id))
    .orderBy(users.name);
}
