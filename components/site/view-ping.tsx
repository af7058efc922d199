"use client";
import { useEffect } from "react";

export const VIEWS_EVENT = "dateline-views";
export type ViewsDetail = { storyId: string; views: number };

/**
 * Counts this page view once it is really shown (never on a prefetch), and passes the current
 * total the server answers with to the view count (the cached page's number may be minutes old).
 */
export function ViewPing({ storyId }: { storyId: string }) {
  useEffect(() => {
    const send = () => {
      fetch("/api/views", { method: "POST", body: storyId, keepalive: true, headers: { "Content-Type": "text/plain" } })
        .then((r) => (r.ok ? (r.json() as Promise<{ views?: unknown }>) : null))
        .then((body) => {
          if (typeof body?.views === "number")
            window.dispatchEvent(new CustomEvent<ViewsDetail>(VIEWS_EVENT, { detail: { storyId, views: body.views } }));
        })
        .catch(() => {}); // a lost ping loses one view, never the page
    };
    // A page prerendered speculatively counts only if the reader actually opens it.
    const doc = document as Document & { prerendering?: boolean };
    if (!doc.prerendering) return void send();
    document.addEventListener("prerenderingchange", send, { once: true });
    return () => document.removeEventListener("prerenderingchange", send);
  }, [storyId]);
  return null;
}
