/**
 * Marks the page as a view of this story. The reader script (lib/reader/enhance.ts) pings
 * /api/views once the page is really shown, never for a speculative prerender the reader does
 * not open; without JavaScript nothing is counted.
 */
export function ViewPing({ storyId }: { storyId: string }) {
  return <div hidden data-view-ping={storyId} />;
}
