// Signed-in staff can read the public site rendered afresh on every request, past the page
// cache (Next's draft mode: a cookie that only this route sets). Nothing unpublished is shown;
// it is for checking a page by its live render, and it is how the benchmark measures pages
// "with the cache bypassed". GET /api/preview?to=/path turns it on, ?off=1 turns it off.
// The cookie alone does nothing: scripts/serve.ts drops it from requests without a live session
// (lib/auth/preview-gate.ts), and it expires after an hour.
import { cookies, draftMode } from "next/headers";
import { redirectTo, route } from "@/lib/http";
import { safeLocalPath } from "@/lib/safe-local-path";
import { publicUrlIsHttps } from "@/lib/site-url";

const BYPASS_COOKIE = "__prerender_bypass";
const PREVIEW_SECONDS = 3600;

export const GET = route(async (req) => {
  const draft = await draftMode();
  if (req.nextUrl.searchParams.has("off")) draft.disable();
  else {
    draft.enable();
    // Next sets it for the browser's whole session; an hour is enough to check a page.
    const jar = await cookies();
    const value = jar.get(BYPASS_COOKIE)?.value;
    if (value)
      jar.set(BYPASS_COOKIE, value, {
        httpOnly: true,
        path: "/",
        sameSite: "lax",
        // As the session cookie's: https when the public URL says so, even behind an untrusted proxy.
        secure: publicUrlIsHttps() || req.headers.get("x-forwarded-proto") === "https",
        maxAge: PREVIEW_SECONDS,
      });
  }
  // Only a path on this site: never an open redirect.
  return redirectTo(safeLocalPath(req.nextUrl.searchParams.get("to") ?? "/") ?? "/", 303);
});
