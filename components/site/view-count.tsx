import { viewsLabel } from "@/lib/reader/views-label";

/**
 * The article's view count. The page is cached, so the server's number is as of the last
 * render (at most five minutes old); the reader script replaces it with the total the view ping
 * answers with (`data-view-count`, lib/reader/enhance.ts), so a reader with JavaScript sees the
 * current total and one without sees the cached one.
 */
export function ViewCount({ storyId, initial, locale }: { storyId: string; initial: number; locale: string }) {
  return (
    <p className="text-sm" data-testid="view-count" data-view-count={storyId} data-locale={locale}>
      {viewsLabel(initial, locale)}
    </p>
  );
}
