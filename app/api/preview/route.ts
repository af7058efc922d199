// Signed-in staff can read the public site rendered afresh on every request, past the page
// cache (Next's draft mode: a cookie that only this route sets). Nothing unpublished is shown;
// it is for checking a page by its live render, and it is how the benchmark measures pages
// "with the cache bypassed". GET /api/preview?to=/path turns it on, ?off=1 turns it off.
import { draftMode } from "next/headers";
import { redirectTo, route } from "@/lib/http";
import { safeLocalPath } from "@/lib/safe-local-path";

export const GET = route(async (req) => {
  const draft = await draftMode();
  if (req.nextUrl.searchParams.has("off")) draft.disable();
  else draft.enable();
  // Only a path on this site: never an open redirect.
  return redirectTo(safeLocalPath(req.nextUrl.searchParams.get("to") ?? "/") ?? "/", 303);
});
