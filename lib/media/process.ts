// Re-encodes an upload: orientation applied, all metadata (EXIF, GPS, XMP, ICC beyond sRGB)
// stripped, a private original plus responsive variants. Limits refuse decompression bombs
// before any pixel is decoded. sharp does the work on libuv's thread pool, off the event loop.
import sharp, { type Metadata } from "sharp";
import { describeRefusal, sniffImageType, type ImageType } from "./sniff";

export const MAX_PIXELS = 60_000_000; // ~60 megapixels: any real camera; no 50,000 × 50,000 bombs
export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1600, 2048] as const;
export type VariantFormat = "webp" | "avif" | "jpeg";

export class MediaError extends Error {}

export type ProcessedVariant = { width: number; height: number; format: VariantFormat; data: Buffer };
export type Processed = {
  type: ImageType;
  width: number;
  height: number;
  animated: boolean;
  original: Buffer; // re-encoded, metadata-free; kept privately
  variants: ProcessedVariant[];
};

export async function processImage(bytes: Buffer, opts: { formats?: VariantFormat[]; widths?: readonly number[] } = {}): Promise<Processed> {
  const type = sniffImageType(bytes);
  if (!type) throw new MediaError(describeRefusal(bytes));
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: "error" }).metadata();
  } catch (e) {
    throw new MediaError(tooBig(e) ? `The image is too large (over ${MAX_PIXELS / 1_000_000} megapixels).` : "The image could not be read; it may be damaged or incomplete.");
  }
  if (!meta.width || !meta.height) throw new MediaError("The image could not be read; it may be damaged or incomplete.");
  if (meta.width * meta.height > MAX_PIXELS) throw new MediaError(`The image is too large (over ${MAX_PIXELS / 1_000_000} megapixels).`);
  // GIFs keep their animation in WebP variants; the JPEG fallback and AVIF use the first frame.
  const animated = type === "gif" && (meta.pages ?? 1) > 1;
  const base = () => sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: "error", animated }).rotate();
  try {
    const original = await (type === "png" || type === "gif" ? base().png() : base().jpeg({ quality: 92, mozjpeg: true })).toBuffer({ resolveWithObject: true });
    const formats = opts.formats ?? ["webp", "avif", "jpeg"];
    const widths = (opts.widths ?? VARIANT_WIDTHS).filter((w) => w <= original.info.width);
    if (widths.length === 0) widths.push(original.info.width);
    const variants = await Promise.all(
      widths.flatMap((width) =>
        formats.map(async (format) => {
          const pipeline = sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: "error", animated: animated && format === "webp" }).rotate().resize({ width, withoutEnlargement: true });
          const encoded = format === "webp" ? pipeline.webp({ quality: 80 }) : format === "avif" ? pipeline.avif({ quality: 55, effort: 2 }) : pipeline.jpeg({ quality: 82, mozjpeg: true });
          const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
          return { width: info.width, height: animated && format === "webp" ? Math.round(info.height / (meta.pages ?? 1)) : info.height, format, data };
        }),
      ),
    );
    return { type, width: original.info.width, height: original.info.height, animated, original: original.data, variants };
  } catch (e) {
    if (e instanceof MediaError) throw e;
    throw new MediaError("The image could not be processed; it may be damaged or incomplete.");
  }
}

function tooBig(e: unknown): boolean {
  return e instanceof Error && /pixel limit/i.test(e.message);
}
