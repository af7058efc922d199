// The wrapper for every /api/v1 handler: public, read-only and sessionless (unlike lib/http's
// route()). Bad query parameters answer 400, AppErrors their status, anything else a bare 500;
// every answer carries the CORS header so browser apps on other origins can read errors too.
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { BadRequestError } from "@/lib/api-v1";
import { apiError, requestIdOf, toResponse } from "@/lib/http";

const CACHE_CONTROL = "public, s-maxage=60, stale-while-revalidate=300";

/**
 * `cacheNotFound`: the 404 of an entry addressed by id is cached like the entry itself. A front
 * that held the story's JSON then replaces it with the 404 when the story is taken down (issue 20:
 * a `no-store` 404 is never stored, so nginx kept serving the old entry), and a publish purges
 * the 404 under the story's own key (lib/front/).
 */
export function publicRoute<P>(
  fn: (req: NextRequest, params: P) => Promise<object>,
  opts: { cacheNotFound?: boolean } = {},
) {
  return async (req: NextRequest, { params }: { params: Promise<P> }): Promise<Response> => {
    let response: Response;
    try {
      response = NextResponse.json(await fn(req, await params), { headers: { "Cache-Control": CACHE_CONTROL } });
    } catch (e) {
      // Error answers keep apiError's `private, no-store`: a 404 may become a 200 once a story goes live.
      response =
        e instanceof BadRequestError
          ? apiError(400, e.message, { requestId: requestIdOf(req) })
          : toResponse(e, requestIdOf(req));
      if (opts.cacheNotFound && response.status === 404) response.headers.set("Cache-Control", CACHE_CONTROL);
    }
    response.headers.set("Access-Control-Allow-Origin", "*");
    return response;
  };
}
