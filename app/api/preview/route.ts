// Signed-in staff can read the public site rendered afresh on every request, past the page
// cache (Next's draft mode: a cookie that only this route sets). Nothing unpublished is shown;
// it is for checking a page by its live render, and it is how the benchmark measures pages
// "with the cache bypassed". GET /api/preview?to=/path turns it on, ?off=1 turns it off.
import { draftMode } from "next/headers";
import { NextResponse } from "next/server";
import { route } from "@/lib/http";

export const GET = route(async (req) => {
  const draft = await draftMode();
  if (req.nextUrl.searchParams.has("off")) draft.disable();
  else draft.enable();
  const to = req.nextUrl.searchParams.get("to") ?? "/";
  // Only a path on this site: never an open redirect.
  const target = to.startsWith("/") && !to.startsWith("//") ? to : "/";
  return NextResponse.redirect(new URL(target, req.url), 303);
});
