"use client";
import { useEffect } from "react";

/** Counts this page view once it is really shown (never on a prefetch). */
export function ViewPing({ storyId }: { storyId: string }) {
  useEffect(() => {
    const send = () => navigator.sendBeacon("/api/views", storyId);
    // A page prerendered speculatively counts only if the reader actually opens it.
    const doc = document as Document & { prerendering?: boolean };
    if (!doc.prerendering) return void send();
    document.addEventListener("prerenderingchange", send, { once: true });
    return () => document.removeEventListener("prerenderingchange", send);
  }, [storyId]);
  return null;
}
