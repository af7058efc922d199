// The one tiptap extension list: the editor, the server-side validator and the renderer
// all use it, so what an editor can write is exactly what the site can store and show.
import type { Extensions } from "@tiptap/core";
import { Link } from "@tiptap/extension-link";
import StarterKit from "@tiptap/starter-kit";
import { EmbedNode } from "./embed";
import { Gallery } from "./gallery";
import { MediaImage } from "./image";
import { tableExtensions } from "./table";

export const ALLOWED_LINK_PROTOCOLS = ["http", "https", "mailto", "tel"] as const;

export function isAllowedHref(href: string): boolean {
  try {
    const url = new URL(href);
    return (ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(url.protocol.replace(/:$/, ""));
  } catch {
    return false;
  }
}

/**
 * What every body link carries, whatever the author sent: no window.opener and no referrer for
 * the site linked to, and no endorsement from the paper's pages (issue 10, item 12).
 */
export const LINK_REL = "noopener noreferrer nofollow";
const REL_TOKENS = new Set(LINK_REL.split(" ").concat("ugc"));

/** The only target a link may have besides none. */
export const LINK_TARGET = "_blank";

/**
 * Why a link mark's attributes are refused, or null. rel is the site's to set (a stored value
 * that is only our own tokens is tolerated: the editor used to send the default), class would
 * let an author borrow the site's styles, and target may only open a new tab.
 */
export function linkAttrsProblem(attrs: Record<string, unknown>): string | null {
  if (attrs.class !== null && attrs.class !== undefined) return "Links may not carry a class.";
  if (attrs.target !== null && attrs.target !== undefined && attrs.target !== LINK_TARGET)
    return `A link may only open in a new tab (target "${LINK_TARGET}") or in the same one.`;
  if (attrs.rel !== null && attrs.rel !== undefined) {
    const tokens = typeof attrs.rel === "string" ? attrs.rel.split(/\s+/).filter(Boolean) : null;
    if (!tokens || tokens.some((t) => !REL_TOKENS.has(t)))
      return `A link's rel is set by the site (${LINK_REL}); leave it out.`;
  }
  return null;
}

// rel and class are never read from pasted HTML or written from the JSON; target only as _blank.
// So a paste from another site cannot bring a class or rel the save would then refuse.
const SafeLink = Link.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      target: {
        default: null,
        parseHTML: (el: HTMLElement) => (el.getAttribute("target") === LINK_TARGET ? LINK_TARGET : null),
        renderHTML: (attrs: Record<string, unknown>) => (attrs.target === LINK_TARGET ? { target: LINK_TARGET } : {}),
      },
      rel: { default: null, parseHTML: () => null, renderHTML: () => ({ rel: LINK_REL }) },
      class: { default: null, parseHTML: () => null, renderHTML: () => ({}) },
    };
  },
});

export const richTextExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    code: false,
    codeBlock: false,
    underline: false,
    strike: false,
    link: false,
  }),
  SafeLink.configure({
    openOnClick: false,
    autolink: true,
    protocols: ["mailto", "tel"],
    isAllowedUri: (url) => isAllowedHref(url),
    HTMLAttributes: { rel: LINK_REL, target: null, class: null },
  }),
  MediaImage,
  Gallery,
  EmbedNode,
  ...tableExtensions,
];
