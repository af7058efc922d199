// Responsive delivery from the stored variants: a <picture> with AVIF and WebP sources and a
// JPEG <img> fallback, width and height always set so nothing shifts while it loads.
import type { MediaFile, MediaFiles } from "@/db/schema";
import { mediaStorage } from "./store";
import { escapeHtml } from "@/lib/html-escape";

/** What a page needs to show a library image. */
export type PictureMedia = {
  id: string;
  alt: string;
  caption: string;
  credit: string;
  width: number;
  height: number;
  files: MediaFiles;
};

/**
 * Public address of a stored file: the bucket's public URL (DATELINE_S3_PUBLIC_URL) when one is
 * set, else the app's own /media route, which serves it with a year-long immutable cache.
 */
export const mediaUrl = (key: string) => mediaStorage().publicUrl(key) ?? `/media/${key}`;

const TYPES = { avif: "image/avif", webp: "image/webp", jpeg: "image/jpeg", png: "image/png" } as const;

export type PictureParts = {
  sources: { type: string; srcSet: string }[];
  img: { src: string; srcSet: string; width: number; height: number };
};

/** An image's variants in one format, narrowest first. */
export function variantsOf(files: Pick<MediaFiles, "variants">, format: MediaFile["format"]): MediaFile[] {
  return files.variants.filter((v) => v.format === format).sort((a, b) => a.width - b.width);
}

function srcSet(files: MediaFile[]): string {
  return files.map((f) => `${mediaUrl(f.key)} ${f.width}w`).join(", ");
}

/** Sources best-first; the fallback <img> is the JPEG closest to 1280 px wide. */
export function pictureParts(m: Pick<PictureMedia, "files" | "width" | "height">): PictureParts {
  const jpeg = variantsOf(m.files, "jpeg");
  const fallback = jpeg.find((v) => v.width >= 1280) ?? jpeg[jpeg.length - 1] ?? m.files.original;
  const sources = (["avif", "webp"] as const).flatMap((format) => {
    const files = variantsOf(m.files, format);
    return files.length ? [{ type: TYPES[format], srcSet: srcSet(files) }] : [];
  });
  return { sources, img: { src: mediaUrl(fallback.key), srcSet: srcSet(jpeg), width: m.width, height: m.height } };
}

/** The figure for an image inside a story body (stored as derived HTML), lazy-loaded. */
export function bodyFigureHtml(m: PictureMedia, sizes = "(min-width: 768px) 42rem, 100vw"): string {
  const p = pictureParts(m);
  const sources = p.sources
    .map((s) => `<source type="${s.type}" srcset="${escapeHtml(s.srcSet)}" sizes="${escapeHtml(sizes)}">`)
    .join("");
  const img = `<img src="${escapeHtml(p.img.src)}" srcset="${escapeHtml(p.img.srcSet)}" sizes="${escapeHtml(sizes)}" width="${p.img.width}" height="${p.img.height}" alt="${escapeHtml(m.alt)}" loading="lazy" decoding="async">`;
  const caption =
    m.caption || m.credit
      ? `<figcaption>${escapeHtml(m.caption)}${m.credit ? ` <span class="credit">${escapeHtml(m.credit)}</span>` : ""}</figcaption>`
      : "";
  return `<figure class="body-image" data-media-id="${escapeHtml(m.id)}"><picture>${sources}${img}</picture>${caption}</figure>`;
}

export const CROP_ORDER = ["16x9", "4x3", "1x1"] as const;

/** Social cards and structured data: the 16:9, 4:3 and 1:1 focal-point crops, widest first. */
export function cropImages(
  m: Pick<PictureMedia, "files" | "alt">,
): { url: string; width: number; height: number; alt: string }[] {
  return CROP_ORDER.map((ratio) => {
    const c = m.files.crops[ratio];
    return { url: mediaUrl(c.key), width: c.width, height: c.height, alt: m.alt };
  });
}

/** Body HTML for other sites (feeds, the content API): the app's own /media/ addresses made absolute. */
export function absoluteMediaUrls(html: string, origin: string): string {
  return html.replace(/(src="|srcset="|, )\/media\//g, `$1${origin}/media/`);
}
