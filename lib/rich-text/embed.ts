// A post, video or map from another site in a story body (issue 12, capability 3). The body stores
// the provider and the canonical address only — never the provider's HTML — and each output
// derives what it needs: the public page a click-to-load placeholder (nothing is fetched from the
// provider until the reader asks), feeds and the Content API a plain link.
import { Node } from "@tiptap/core";
import { PROVIDER_NAMES, isCanonicalEmbed, parseEmbedUrl, type Embed } from "./embed-url";
import { escapeHtml } from "@/lib/html-escape";

/** "YouTube video", "X post", "Google Maps map" reads oddly: a map is just a map. */
export function embedLabel(e: Pick<Embed, "provider" | "kind">): string {
  return e.provider === "maps" ? "Google map" : `${PROVIDER_NAMES[e.provider]} ${e.kind}`;
}

export const EmbedNode = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      provider: { default: null, parseHTML: (el) => el.getAttribute("data-embed") },
      url: { default: null, parseHTML: (el) => el.getAttribute("data-embed-url") },
    };
  },
  parseHTML() {
    // Our own figures only (copied from the editor or a Dateline page), and only when the address
    // is still on the allow-list; it is stored in its canonical form.
    return [
      {
        tag: "figure[data-embed-url]",
        getAttrs: (el) => {
          const embed = parseEmbedUrl((el as HTMLElement).getAttribute("data-embed-url") ?? "");
          return embed ? { provider: embed.provider, url: embed.url } : false;
        },
      },
    ];
  },
  // The editor's view and the clipboard: a card naming the provider, with the address as a link.
  renderHTML({ node }) {
    const embed = parseEmbedUrl(String(node.attrs.url ?? ""));
    if (!embed) return ["p", {}, String(node.attrs.url ?? "")];
    return [
      "figure",
      { class: "embed-card", "data-embed": embed.provider, "data-embed-url": embed.url },
      ["p", { class: "embed-label" }, embedLabel(embed)],
      ["a", { href: embed.url, rel: "noopener noreferrer nofollow" }, embed.url],
    ];
  },
});

/** Why an embed node's attributes are refused, or null. */
export function embedAttrsProblem(attrs: Record<string, unknown>): string | null {
  return isCanonicalEmbed(attrs.provider, attrs.url)
    ? null
    : "An embed must be a YouTube, Facebook, X, Instagram, TikTok or Google Maps address in its usual form.";
}

/**
 * The public page's placeholder: the provider, a link to the original, and a button (shown only
 * with JavaScript; `data-needs-js`) that lib/reader/enhance.ts turns into the provider's frame.
 * No iframe, image or script from the provider is in it.
 */
export function embedPlaceholderHtml(url: string): string {
  const embed = parseEmbedUrl(url);
  if (!embed) return "";
  const name = PROVIDER_NAMES[embed.provider];
  const label = embedLabel(embed);
  return (
    `<figure class="embed embed-${embed.provider}" data-embed="${embed.provider}" data-embed-url="${escapeHtml(embed.url)}">` +
    `<div class="embed-placeholder">` +
    `<p class="embed-label">${escapeHtml(label)}</p>` +
    `<p class="embed-note">Loading it connects to ${escapeHtml(name)}, which may set cookies and see that you read this page.</p>` +
    `<p class="embed-actions"><button type="button" class="embed-load" data-embed-load data-needs-js>Load ${escapeHtml(label)}</button> ` +
    `<a href="${escapeHtml(embed.url)}" rel="noopener noreferrer nofollow">Open on ${escapeHtml(name)}</a></p>` +
    `</div></figure>`
  );
}

const PLACEHOLDER =
  /<figure class="embed embed-[a-z]+" data-embed="([a-z]+)" data-embed-url="([^"]*)"[^>]*>[\s\S]*?<\/figure>/g;
const TABLE_WRAPPER = /<div class="table-scroll"[^>]*>(<table[\s\S]*?<\/table>)<\/div>/g;
// A gallery (lib/rich-text/render.ts) wraps its figures in a list; other sites get the figures alone.
const GALLERY_WRAPPER = /<div class="body-gallery"[^>]*><ul>([\s\S]*?)<\/ul><\/div>/g;

/**
 * Body HTML for other sites (feeds, the Content API): each embed placeholder becomes a plain
 * link (a feed reader runs no script, and a button would do nothing), and a table loses its
 * scrolling wrapper. Works on the renderer's own output, whose shape these patterns match.
 */
export function portableBodyHtml(html: string): string {
  return html
    .replace(PLACEHOLDER, (_m, provider: string, url: string) => {
      const embed = parseEmbedUrl(url.replace(/&amp;/g, "&"));
      const label = embed ? embedLabel(embed) : (PROVIDER_NAMES as Record<string, string>)[provider];
      return `<p><a href="${url}">${escapeHtml(label ?? "Embedded content")}: ${url}</a></p>`;
    })
    .replace(TABLE_WRAPPER, "$1")
    .replace(GALLERY_WRAPPER, (_m, items: string) => items.replace(/<\/?li>/g, ""));
}

/** The embeds in a body's HTML, in order, as data: the Content API lists them beside body_html. */
export function embedsInHtml(html: string): { provider: string; url: string }[] {
  return [...html.matchAll(PLACEHOLDER)].map((m) => ({ provider: m[1]!, url: m[2]!.replace(/&amp;/g, "&") }));
}
