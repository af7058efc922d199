// The masthead's edition switch ("বাংলা" / "English"): a plain link, so it works without
// JavaScript. It names the page it was pressed on in `?from=` (the reader script adds it) or,
// without scripts, in the Referer the browser sends to its own site; the answer is a redirect
// to the paired story or the other front, never cached (it depends on where the reader was).
import { editionSwitchTarget } from "@/db/queries/edition-switch";
import { isEditionCode } from "@/lib/editions";
import { publicPath } from "@/lib/routes";

const NO_STORE = { "Cache-Control": "private, no-store" };

/**
 * The path of the page the reader came from. Whatever it says, the answer is one of this site's
 * own addresses built by publicPath (never the path itself), so a crafted `from` or Referer can
 * only pick between our pages, never redirect elsewhere.
 */
function fromPath(req: Request): string {
  const from = new URL(req.url).searchParams.get("from");
  if (from) return from;
  try {
    return new URL(req.headers.get("referer") ?? "/", "http://x").pathname;
  } catch {
    return "/";
  }
}

export async function GET(req: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  if (!isEditionCode(code)) {
    return new Response("No such edition.\n", { status: 404, headers: { ...NO_STORE, "Content-Type": "text/plain" } });
  }
  let target: string;
  try {
    target = await editionSwitchTarget(fromPath(req), code);
  } catch {
    // The database is away: the other front is still the right answer, and the front may hold it.
    target = publicPath.home(code);
  }
  return new Response(null, { status: 303, headers: { ...NO_STORE, Location: target } });
}
