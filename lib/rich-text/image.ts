// An image from the media library placed in a story body. The body stores the image's id and,
// optionally, alt text, caption and credit for this one use (issue 12, capability 6); the files
// and any per-use value left empty come from its library row when the HTML is derived, so a
// crafted body can never point an <img> at another site.
import { Node } from "@tiptap/core";
import { MEDIA_TEXT_LIMITS } from "@/lib/media/text-limits";
import { isUuid } from "@/lib/uuid";

/** The texts a body may set per use; empty means "the library's". */
export const PER_USE_FIELDS = ["alt", "caption", "credit"] as const;
export type PerUseField = (typeof PER_USE_FIELDS)[number];
export type PerUseText = Record<PerUseField, string>;

/** Why an image node's per-use texts are refused, or null when they are fine. */
export function perUseProblem(attrs: Record<string, unknown>): string | null {
  for (const field of PER_USE_FIELDS) {
    const v = attrs[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== "string") return `An image's ${field} text in the body must be text.`;
    if (v.length > MEDIA_TEXT_LIMITS[field])
      return `An image's ${field} text in the body may be at most ${MEDIA_TEXT_LIMITS[field]} characters.`;
  }
  return null;
}

/** The texts one use shows: its own where set (not blank), else the library's. */
export function effectiveText(library: PerUseText, attrs: Record<string, unknown>): PerUseText {
  const pick = (field: PerUseField) => {
    const own = attrs[field];
    return typeof own === "string" && own.trim() ? own.trim() : library[field];
  };
  return { alt: pick("alt"), caption: pick("caption"), credit: pick("credit") };
}

/** Where the editor shows an image while writing (signed-in only; redirects to a variant). */
export const editorPreviewUrl = (mediaId: string) => `/api/media/${mediaId}/preview`;

export const MediaImage = Node.create({
  name: "image",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      mediaId: {
        default: null,
        parseHTML: (el) => el.getAttribute("data-media-id"),
        renderHTML: (attrs) => ({ "data-media-id": attrs.mediaId }),
      },
      // Per use: a copy-pasted figure keeps what was written for it.
      ...Object.fromEntries(
        PER_USE_FIELDS.map((field) => [
          field,
          {
            default: "",
            parseHTML: (el: HTMLElement) => el.getAttribute(`data-${field}`) ?? "",
            renderHTML: (attrs: Record<string, unknown>) => (attrs[field] ? { [`data-${field}`]: attrs[field] } : {}),
          },
        ]),
      ),
    };
  },
  parseHTML() {
    // Pasted images from elsewhere are dropped: only our own figures carry a media id.
    return [
      {
        tag: "figure[data-media-id]",
        getAttrs: (el) => (isUuid((el as HTMLElement).getAttribute("data-media-id") ?? "") ? null : false),
      },
    ];
  },
  renderHTML({ node, HTMLAttributes }) {
    const id = String(node.attrs.mediaId ?? "");
    return [
      "figure",
      { ...HTMLAttributes, class: "body-image" },
      ["img", { src: isUuid(id) ? editorPreviewUrl(id) : "", alt: String(node.attrs.alt ?? "") }],
    ];
  },
});

/** The ids of every library image in a tiptap JSON body, in order, without repeats. */
export function imageIds(json: unknown): string[] {
  const ids = new Set<string>();
  // An explicit stack, not recursion: a body stored before depth was capped may nest
  // thousands of levels, and this runs on every save and media edit.
  const stack: unknown[] = [json];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null) continue;
    const n = node as { type?: unknown; attrs?: { mediaId?: unknown; items?: unknown }; content?: unknown };
    if (n.type === "image" && typeof n.attrs?.mediaId === "string") ids.add(n.attrs.mediaId);
    if (n.type === "gallery") for (const use of galleryUses(n.attrs?.items)) ids.add(use.mediaId);
    // Pushed in reverse so they come off the stack in document order.
    if (Array.isArray(n.content)) for (let i = n.content.length - 1; i >= 0; i--) stack.push(n.content[i]);
  }
  return [...ids];
}

/** Every image use in a body, in order, repeats included: each may carry its own texts. */
export function imageUses(json: unknown): ({ mediaId: string } & Partial<PerUseText>)[] {
  const uses: ({ mediaId: string } & Partial<PerUseText>)[] = [];
  const stack: unknown[] = [json];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null) continue;
    const n = node as { type?: unknown; attrs?: Record<string, unknown>; content?: unknown };
    if (n.type === "image" && typeof n.attrs?.mediaId === "string") {
      const use: { mediaId: string } & Partial<PerUseText> = { mediaId: n.attrs.mediaId };
      for (const field of PER_USE_FIELDS) if (typeof n.attrs[field] === "string") use[field] = n.attrs[field];
      uses.push(use);
    }
    if (n.type === "gallery") uses.push(...galleryUses(n.attrs?.items));
    if (Array.isArray(n.content)) for (let i = n.content.length - 1; i >= 0; i--) stack.push(n.content[i]);
  }
  return uses;
}

/** A gallery's images as uses: each with the texts of its own that are set. */
function galleryUses(items: unknown): ({ mediaId: string } & Partial<PerUseText>)[] {
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown) => {
    const i = item as Record<string, unknown> | null;
    if (typeof i?.mediaId !== "string") return [];
    const use: { mediaId: string } & Partial<PerUseText> = { mediaId: i.mediaId };
    for (const field of PER_USE_FIELDS) if (typeof i[field] === "string") use[field] = i[field];
    return [use];
  });
}
