// Header corrections to what Next answers, applied as its headers go out (./head.ts).
import type http from "node:http";
import { LIST_PAGE_PATH } from "@/lib/list-pages";
import { onHead } from "./head";
import type { Step } from "./step";

const PRIVATE = "private, no-store";

/**
 * Next 16 replays a cached redirect's headers onto the response it already started, so the first
 * 308 after a live story's address changes carries `Location` twice; proxies and fetch join the
 * two as "/city/x, /city/x", a 404 (vercel/next.js#82117, fix pending in #95913). One value out.
 */
export function oneLocation(res: http.ServerResponse): void {
  const location = res.getHeader("location");
  if (Array.isArray(location) && new Set(location).size === 1) res.setHeader("Location", location[0]!);
}

/**
 * Responses that must not sit in a shared cache: a redirect answering an RSC request (Next sends
 * it with a public Cache-Control and no Vary, so a CDN would hand it to a browser asking for the
 * HTML page), and a 404 for a list page past the last one.
 */
export function mustStayPrivate(status: number, r: { rsc: boolean; listPage: boolean }): boolean {
  return (r.rsc && status >= 300 && status < 400) || (r.listPage && status === 404);
}

export const responseFixes: Step = {
  name: "response-fixes",
  run(x) {
    const r = {
      rsc: x.req.headers.rsc !== undefined,
      listPage: LIST_PAGE_PATH.test(x.pathname) || /[?&]page=/.test(x.search),
    };
    onHead(x.res, (res) => {
      oneLocation(res);
      if (mustStayPrivate(res.statusCode, r)) res.setHeader("Cache-Control", PRIVATE);
    });
    return false;
  },
};
