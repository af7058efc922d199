// HTML-first reader pages (issue 11): what scripts/serve.ts does to a public page Next rendered.
// The App Router has no switch to leave its client runtime off a route, so the server drops it
// from the finished HTML: every script but our own (`data-dateline`) and structured data, the
// script preloads, and the inline RSC payload (`self.__next_f.push`), which repeats the whole
// page. Pure string work on React's output, whose attribute values never hold a raw `>` and
// whose scripts never hold `</script>`, so the patterns below match exactly.
import { READER_SCRIPT_PATH } from "./script-path";

/** What decides, before Next answers, whether a response may be a lite reader page. */
export type LiteRequest = {
  method: string | undefined;
  pathname: string;
  search: string;
  headers: Record<string, string | string[] | undefined>;
};

// Staff areas and everything that is not a reader's page keep the full App Router.
const FULL_APP = /^\/(?:dashboard|login|api|_next|_dateline|media|cards|feeds|sitemaps)(?:\/|$)/;
// Files (feed.xml, sitemap.xml, robots.txt, icon.svg): never a page. Slugs have no dots. Streamed
// through the rewrite's wrapper, a feed stopped after its first chunk (e2e feeds).
const FILE = /\.[A-Za-z0-9]+$/;

/**
 * True for a browser's request for a public page: GET or HEAD, outside the desk, sign-in, the
 * APIs and assets, and not an App Router request for RSC data (`RSC: 1` or `_rsc=`), which a
 * signed-in editor's client navigation from the desk to a public page still makes.
 */
export function wantsLitePage(r: LiteRequest): boolean {
  if (r.method !== "GET" && r.method !== "HEAD") return false;
  if (FULL_APP.test(r.pathname) || FILE.test(r.pathname)) return false;
  if (r.headers.rsc !== undefined || r.headers["next-router-prefetch"] !== undefined) return false;
  return !/(?:^\?|&)_rsc=/.test(r.search);
}

const TAGS = /<script\b([^>]*)>([\s\S]*?)<\/script>|<link\b([^>]*)>|<!--(?: |\$|\/\$)-->/g;

function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s/]|$)`).exec(attrs);
  return m ? (m[1] ?? "") : null;
}

/** Kept: structured data (read by search engines and unfurlers) and scripts marked as ours. */
function keepScript(attrs: string): boolean {
  return attr(attrs, "type") === "application/ld+json" || attr(attrs, "data-dateline") !== null;
}

/** Script preloads: with the runtime gone they would fetch ~140 KB nobody runs. */
function isScriptHint(attrs: string): boolean {
  const rel = attr(attrs, "rel");
  return rel === "modulepreload" || (rel === "preload" && attr(attrs, "as") === "script");
}

/**
 * The page without Next's client runtime. `readerScript` replaces the layout's reader-script
 * address (the hashed, immutable one in production). React's empty text separators and
 * Suspense markers, which only hydration reads, go too.
 */
export function liteHtml(html: string, readerScript: string): string {
  return html.replace(TAGS, (whole, scriptAttrs: string | undefined, _body, linkAttrs: string | undefined) => {
    if (scriptAttrs !== undefined) {
      if (!keepScript(scriptAttrs)) return "";
      return attr(scriptAttrs, "src") === READER_SCRIPT_PATH
        ? whole.replace(`src="${READER_SCRIPT_PATH}"`, `src="${readerScript}"`)
        : whole;
    }
    if (linkAttrs !== undefined) return isScriptHint(linkAttrs) ? "" : whole;
    return "";
  });
}
