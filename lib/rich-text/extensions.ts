// The one tiptap extension list: the editor, the server-side validator and the renderer
// all use it, so what an editor can write is exactly what the site can store and show.
import type { Extensions } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { MediaImage } from "./image";

export const ALLOWED_LINK_PROTOCOLS = ["http", "https", "mailto", "tel"] as const;

export function isAllowedHref(href: string): boolean {
  try {
    const url = new URL(href);
    return (ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(url.protocol.replace(/:$/, ""));
  } catch {
    return false;
  }
}

export const richTextExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    code: false,
    codeBlock: false,
    underline: false,
    strike: false,
    link: {
      openOnClick: false,
      autolink: true,
      protocols: ["mailto", "tel"],
      isAllowedUri: (url) => isAllowedHref(url),
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
    },
  }),
  MediaImage,
];
