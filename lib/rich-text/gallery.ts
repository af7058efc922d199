// A gallery: several library images shown together (issue 12, capability 6). Like a single
// image, the body stores only media ids (and, per photo, alt text, caption and credit of its own
// for this use, edited in the gallery's panel); the files and the library's texts are looked up
// when the HTML is derived.
import { Node } from "@tiptap/core";
import { MEDIA_TEXT_LIMITS } from "@/lib/media/text-limits";
import { isUuid } from "@/lib/uuid";
import { editorPreviewUrl, PER_USE_FIELDS, type PerUseField, type PerUseText } from "./image";

/** Fewer than two is a single image; more than twelve stops being read (and slows the page). */
export const GALLERY_MIN = 2;
export const GALLERY_MAX = 12;

/** Per photo: its library id, and alt text, caption and credit of its own for this use (empty: the library's). */
export type GalleryItem = { mediaId: string } & Partial<PerUseText>;

const FIELD_NAMES: Record<PerUseField, string> = { alt: "alt text", caption: "caption", credit: "credit" };

/** Why a gallery's items are refused, or null when they are fine. */
export function galleryProblem(items: unknown): string | null {
  if (!Array.isArray(items) || items.length < GALLERY_MIN || items.length > GALLERY_MAX)
    return `A gallery holds ${GALLERY_MIN} to ${GALLERY_MAX} images.`;
  for (const item of items) {
    if (typeof item !== "object" || item === null || Array.isArray(item))
      return "A gallery's images must come from the media library.";
    const { mediaId, alt, caption, credit, ...rest } = item as Record<string, unknown>;
    if (Object.keys(rest).length) return `Unknown property "${Object.keys(rest)[0]}" on a gallery image.`;
    if (typeof mediaId !== "string" || !isUuid(mediaId)) return "A gallery's images must come from the media library.";
    const own: Record<PerUseField, unknown> = { alt, caption, credit };
    for (const field of PER_USE_FIELDS) {
      const value = own[field];
      if (value !== undefined && typeof value !== "string") return `A gallery ${FIELD_NAMES[field]} must be text.`;
      if (typeof value === "string" && value.length > MEDIA_TEXT_LIMITS[field])
        return `A gallery ${FIELD_NAMES[field]} may be at most ${MEDIA_TEXT_LIMITS[field]} characters.`;
    }
  }
  return null;
}

export const Gallery = Node.create({
  name: "gallery",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      items: {
        default: [],
        parseHTML: (el) => {
          try {
            return JSON.parse(el.getAttribute("data-items") ?? "[]") as unknown;
          } catch {
            return [];
          }
        },
        renderHTML: (attrs) => ({ "data-items": JSON.stringify(attrs.items ?? []) }),
      },
    };
  },
  parseHTML() {
    // Only our own galleries (copied inside the editor) come back; the ids are checked on save.
    return [
      {
        tag: "figure[data-gallery]",
        getAttrs: (el) => {
          try {
            const items = JSON.parse((el as HTMLElement).getAttribute("data-items") ?? "") as unknown;
            return galleryProblem(items) ? false : { items };
          } catch {
            return false;
          }
        },
      },
    ];
  },
  renderHTML({ node, HTMLAttributes }) {
    const items = (Array.isArray(node.attrs.items) ? node.attrs.items : []) as GalleryItem[];
    return [
      "figure",
      { ...HTMLAttributes, "data-gallery": "", class: "body-gallery" },
      ...items.map((item) => [
        "img",
        { src: isUuid(String(item.mediaId)) ? editorPreviewUrl(String(item.mediaId)) : "", alt: "" },
      ]),
    ];
  },
});
