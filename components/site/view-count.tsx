import { countLabels } from "@/lib/i18n/count-labels";
import type { ReaderText } from "@/lib/i18n/reader-text";

/**
 * The article's view count. The page is cached, so the server's number is as of the last
 * render (at most five minutes old); the reader script replaces it with the total the view ping
 * answers with (`data-view-count`, lib/reader/enhance.ts), so a reader with JavaScript sees the
 * current total and one without sees the cached one. The script words it from
 * `data-count-labels`, the page's own phrases, so a Bangla page stays Bangla.
 */
export function ViewCount({ storyId, initial, text }: { storyId: string; initial: number; text: ReaderText }) {
  return (
    <span
      className="text-xs whitespace-nowrap"
      data-testid="view-count"
      data-view-count={storyId}
      data-locale={text.locale}
      data-count-labels={JSON.stringify(countLabels(text, "story.views"))}
    >
      {text.t("story.views", { count: initial })}
    </span>
  );
}
