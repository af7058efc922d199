"use client";
import { useEffect, useState } from "react";
import { VIEWS_EVENT, type ViewsDetail } from "./view-ping";

/**
 * The article's view count. The page is cached, so the server's number is as of the last
 * render (at most five minutes old); the count the view ping answers with replaces it, so a
 * reader with JavaScript sees the current total.
 */
export function ViewCount({ storyId, initial, locale }: { storyId: string; initial: number; locale: string }) {
  const [views, setViews] = useState(initial);
  useEffect(() => {
    const update = (e: Event) => {
      const detail = (e as CustomEvent<ViewsDetail>).detail;
      if (detail.storyId === storyId) setViews(detail.views);
    };
    window.addEventListener(VIEWS_EVENT, update);
    return () => window.removeEventListener(VIEWS_EVENT, update);
  }, [storyId]);
  return (
    <p className="text-sm" data-testid="view-count">
      {views.toLocaleString(locale)} {views === 1 ? "view" : "views"}
    </p>
  );
}
