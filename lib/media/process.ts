// Re-encodes an upload: orientation applied, all metadata (EXIF, GPS, XMP, ICC beyond sRGB)
// stripped, a private original plus responsive variants and focal-point crops. Limits refuse
// decompression bombs before any pixel is decoded. sharp does the work on libuv's thread pool,
// off the event loop; the image is decoded once and every size is made from those pixels, one
// width at a time, which keeps a 12-megapixel photo's peak memory near a few hundred MB.
import sharp, { type Metadata, type OutputInfo, type Sharp } from "sharp";
import type { CropRatio } from "@/db/schema";
import { describeRefusal, sniffImageType, type ImageType } from "./sniff";

export const MAX_PIXELS = 60_000_000; // ~60 megapixels: any real camera; no 50,000 × 50,000 bombs
/**
 * Frames × pixels per frame for an animation. Each frame is decoded and re-encoded at every
 * width, so a 53 KB GIF of 300 small frames cost 16 s of CPU; 25 million is 100 frames at
 * 500 × 500, more than any newsroom's animated chart or reaction image needs.
 */
export const MAX_ANIMATION_PIXELS = 25_000_000;
export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1600, 2048] as const;
export const CROP_WIDTH = 1200;
export const CROP_RATIOS: Record<CropRatio, number> = { "16x9": 16 / 9, "4x3": 4 / 3, "1x1": 1 };
export type VariantFormat = "webp" | "avif" | "jpeg";

export class MediaError extends Error {}

export type ProcessedVariant = { width: number; height: number; format: VariantFormat; data: Buffer };
export type ProcessedCrop = { ratio: CropRatio; width: number; height: number; data: Buffer };
export type Processed = {
  type: ImageType;
  width: number;
  height: number;
  animated: boolean;
  original: { data: Buffer; format: "jpeg" | "png" }; // re-encoded, metadata-free; kept privately
  variants: ProcessedVariant[];
  crops: ProcessedCrop[];
};
export type Focal = { x: number; y: number };

const UNREADABLE = "The image could not be read; it may be damaged or incomplete.";
const TOO_BIG = `The image is too large (over ${MAX_PIXELS / 1_000_000} megapixels).`;

function input(bytes: Buffer, animated = false): Sharp {
  return sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: "error", animated });
}

async function readMeta(bytes: Buffer): Promise<Metadata & { width: number; height: number }> {
  let meta: Metadata;
  try {
    meta = await input(bytes).metadata();
  } catch (e) {
    throw new MediaError(e instanceof Error && /pixel limit/i.test(e.message) ? TOO_BIG : UNREADABLE);
  }
  if (!meta.width || !meta.height) throw new MediaError(UNREADABLE);
  if (meta.width * meta.height > MAX_PIXELS) throw new MediaError(TOO_BIG);
  // For an animation sharp reports one frame's height in pageHeight and the frame count in pages.
  const frames = meta.pages ?? 1;
  const frameHeight = meta.pageHeight ?? meta.height;
  if (frames > 1 && frames * meta.width * frameHeight > MAX_ANIMATION_PIXELS) {
    throw new MediaError(
      `The animation is too long for its size (${frames} frames of ${meta.width} × ${frameHeight}); keep frames × width × height under ${MAX_ANIMATION_PIXELS / 1_000_000} million, e.g. 100 frames at 500 × 500.`,
    );
  }
  return meta as Metadata & { width: number; height: number };
}

function encode(pipeline: Sharp, format: VariantFormat): Sharp {
  if (format === "webp") return pipeline.webp({ quality: 80 });
  if (format === "avif") return pipeline.avif({ quality: 55, effort: 2 });
  // Plain libjpeg, not mozjpeg: mozjpeg saved ~10% of bytes on a file modern browsers rarely
  // fetch (AVIF and WebP come first) at ten times the encoding time (see BENCHMARKS.md).
  return pipeline.flatten({ background: "#ffffff" }).jpeg({ quality: 82, progressive: true });
}

/** The largest rectangle of `ratio` inside width × height, centred on the focal point as far as the edges allow. */
export function cropBox(
  width: number,
  height: number,
  ratio: number,
  focal: Focal,
): { left: number; top: number; width: number; height: number } {
  let w = width;
  let h = Math.round(width / ratio);
  if (h > height) {
    h = height;
    w = Math.round(height * ratio);
  }
  const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), max);
  return {
    left: clamp(Math.round(focal.x * width - w / 2), width - w),
    top: clamp(Math.round(focal.y * height - h / 2), height - h),
    width: w,
    height: h,
  };
}

type Pixels = { data: Buffer; info: OutputInfo };
const fromPixels = (p: Pixels) =>
  sharp(p.data, { raw: { width: p.info.width, height: p.info.height, channels: p.info.channels } });

async function cropsFrom(pixels: Pixels, focal: Focal): Promise<ProcessedCrop[]> {
  const out: ProcessedCrop[] = [];
  for (const [ratio, value] of Object.entries(CROP_RATIOS) as [CropRatio, number][]) {
    const box = cropBox(pixels.info.width, pixels.info.height, value, focal);
    const { data, info } = await encode(
      fromPixels(pixels).extract(box).resize({ width: CROP_WIDTH, withoutEnlargement: true }),
      "jpeg",
    ).toBuffer({ resolveWithObject: true });
    out.push({ ratio, width: info.width, height: info.height, data });
  }
  return out;
}

/** The 16:9, 4:3 and 1:1 crops for social cards and structured data, from a stored original. */
export async function makeCrops(original: Buffer, focal: Focal): Promise<ProcessedCrop[]> {
  await readMeta(original);
  const pixels = await input(original).raw().toBuffer({ resolveWithObject: true });
  return cropsFrom(pixels, focal);
}

export async function processImage(
  bytes: Buffer,
  opts: { formats?: VariantFormat[]; widths?: readonly number[]; focal?: Focal } = {},
): Promise<Processed> {
  const type = sniffImageType(bytes);
  if (!type) throw new MediaError(describeRefusal(bytes));
  const meta = await readMeta(bytes);
  // GIFs keep their animation in WebP variants; the JPEG fallback, AVIF and crops use the first frame.
  const animated = type === "gif" && (meta.pages ?? 1) > 1;
  try {
    const pixels = await input(bytes).rotate().raw().toBuffer({ resolveWithObject: true });
    const keepsAlpha = type === "png" || type === "gif";
    const original = await (
      keepsAlpha ? fromPixels(pixels).png() : fromPixels(pixels).jpeg({ quality: 92 })
    ).toBuffer();
    const formats = opts.formats ?? ["webp", "avif", "jpeg"];
    const widths = (opts.widths ?? VARIANT_WIDTHS).filter((w) => w <= pixels.info.width);
    if (widths.length === 0) widths.push(pixels.info.width);
    const variants: ProcessedVariant[] = [];
    for (const width of widths) {
      const made = await Promise.all(
        formats.map(async (format) => {
          const moving = animated && format === "webp";
          const source = moving ? input(bytes, true).rotate() : fromPixels(pixels);
          const { data, info } = await encode(source.resize({ width, withoutEnlargement: true }), format).toBuffer({
            resolveWithObject: true,
          });
          return {
            width: info.width,
            height: moving ? Math.round(info.height / (meta.pages ?? 1)) : info.height,
            format,
            data,
          };
        }),
      );
      variants.push(...made);
    }
    const crops = await cropsFrom(pixels, opts.focal ?? { x: 0.5, y: 0.5 });
    return {
      type,
      width: pixels.info.width,
      height: pixels.info.height,
      animated,
      original: { data: original, format: keepsAlpha ? "png" : "jpeg" },
      variants,
      crops,
    };
  } catch (e) {
    if (e instanceof MediaError) throw e;
    throw new MediaError("The image could not be processed; it may be damaged or incomplete.");
  }
}
