// What an uploaded file really is, decided from its first bytes — never from its name or the
// browser's claim. Only the raster formats a newsroom publishes are accepted.

export type ImageType = "jpeg" | "png" | "webp" | "avif" | "gif";

export const MIME: Record<ImageType, string> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
  gif: "image/gif",
};

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/** The image type, or null for anything else (SVG, HTML, PDF, archives, truncated junk). */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (bytes.length < 12) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (ascii(bytes, 0, 8) === "\x89PNG\r\n\x1a\n") return "png";
  if (ascii(bytes, 0, 6) === "GIF87a" || ascii(bytes, 0, 6) === "GIF89a") return "gif";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "webp";
  // ISO-BMFF: box size, "ftyp", then a brand; AVIF files name avif/avis among their brands.
  if (ascii(bytes, 4, 8) === "ftyp") {
    const size = Math.min(bytes.length, (bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!);
    for (let i = 8; i + 4 <= size; i += 4) {
      const brand = ascii(bytes, i, i + 4);
      if (brand === "avif" || brand === "avis") return "avif";
    }
  }
  return null;
}

/** A reason a person can act on, for files we refuse. */
export function describeRefusal(bytes: Uint8Array): string {
  const head = ascii(bytes, 0, Math.min(bytes.length, 256)).trimStart().toLowerCase();
  if (bytes.length === 0) return "The file is empty.";
  if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg")))
    return "SVG images are not accepted: they can carry scripts. Export a PNG instead.";
  if (head.startsWith("<!doctype html") || head.startsWith("<html")) return "That is a web page, not an image.";
  if (head.startsWith("%pdf")) return "PDFs are not accepted. Export the page as a JPEG or PNG.";
  return "Only JPEG, PNG, WebP, AVIF and GIF images are accepted.";
}
