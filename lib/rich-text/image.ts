// An image from the media library placed in a story body. The body stores only the image's
// id; everything else (files, alt text, caption, credit) comes from its library row when the
// HTML is derived, so a crafted body can never point an <img> at another site.
import { Node } from "@tiptap/core";
import { isUuid } from "@/lib/uuid";

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
      ["img", { src: isUuid(id) ? editorPreviewUrl(id) : "", alt: "" }],
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
    const n = node as { type?: unknown; attrs?: { mediaId?: unknown }; content?: unknown };
    if (n.type === "image" && typeof n.attrs?.mediaId === "string") ids.add(n.attrs.mediaId);
    // Pushed in reverse so they come off the stack in document order.
    if (Array.isArray(n.content)) for (let i = n.content.length - 1; i >= 0; i--) stack.push(n.content[i]);
  }
  return [...ids];
}
