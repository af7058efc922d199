// Addresses no page can have, answered 400 before Next sees them:
// - a malformed or cut-off percent-escape (`/national/%E0%A6`, a Bengali address cut short by a
//   messenger; `?q=%ZZ`), which would make Next's own decoding throw, a 500 (issue 11, part 5):
//   the site's "bad address" page, rendered by Next at /bad-address;
// - a control character once decoded (`%00`, `%0A`, …; issue 19, item 5): each cost a 500 and
//   ~67 ms of CPU in Next, and Next wrote the bytes after it raw into the server log. A short
//   plain answer here, and nothing of the address reaches Next. The path is also decoded again
//   (until it stops changing) because Next decodes a page's dynamic segments a second time:
//   `/%2500` reached PostgreSQL as "\0", a 500, and three of them made nginx take every app
//   server out of the front for 10 s. A query is decoded once: `?q=%2500` searches for "%00".
import { editionOfPath, errorPagePath } from "@/lib/routes";
import { safeDecode } from "@/lib/safe-decode";
import type { Step } from "./step";

/** app/(site)/(framed)/bad-address: the page for an address that cannot be decoded, sent with 400 (under /bn, app/(bn)/bn/(framed)/bad-address). */
export const BAD_ADDRESS = errorPagePath("en", "bad");
const PRIVATE = "private, no-store";
// C0 (U+0000–U+001F) and DEL: no section, slug, search or API filter contains one.
const CONTROL = /[\u0000-\u001f\u007f]/;

export const MALFORMED = "The address has a malformed percent-escape.";
export const CONTROL_CHARACTER =
  "The address contains a control character (such as %00 or %0A), which no address on this site has.";

export type BadAddress = "malformed" | "control" | null;

// More decodings than any layer applies (Next's router and its params: two).
const MAX_DECODINGS = 4;

/** What is wrong with a request target (path and query), if anything. */
export function badAddress(url: string): BadAddress {
  const decoded = safeDecode(url);
  if (decoded === null) return "malformed";
  if (CONTROL.test(decoded)) return "control";
  const query = url.indexOf("?");
  return controlOnceDecodedAgain(safeDecode(query === -1 ? url : url.slice(0, query)) ?? "");
}

/** A control character that appears when the (once-decoded) path is decoded again and again. */
function controlOnceDecodedAgain(path: string): BadAddress {
  for (let i = 0; i < MAX_DECODINGS && path.includes("%"); i++) {
    const again = safeDecode(path);
    // A literal "%" that is not an escape (`/50%-off`): nothing decodes it further.
    if (again === null || again === path) return null;
    if (CONTROL.test(again)) return "control";
    path = again;
  }
  return null;
}

export const badAddresses: Step = {
  name: "bad-address",
  run(x) {
    const bad = badAddress(x.req.url ?? "/");
    if (bad === null) return false;
    const api = x.pathname.startsWith("/api/");
    if (api || bad === "control") {
      const message = bad === "malformed" ? MALFORMED : CONTROL_CHARACTER;
      x.res.writeHead(400, {
        "Content-Type": api ? "application/json" : "text/plain; charset=utf-8",
        "Cache-Control": PRIVATE,
      });
      x.res.end(api ? JSON.stringify({ error: message, requestId: x.id }) : `Bad request. ${message}\n`);
      return true;
    }
    x.res.statusCode = 400;
    const page = errorPagePath(editionOfPath(x.pathname), "bad");
    x.req.url = page;
    x.pathname = page;
    x.search = "";
    return false;
  },
};
