// Attaches cache tags to the page being rendered. Without `cacheComponents` the only public
// way to put a tag on an ISR page is a tagged `unstable_cache` call during its render: Next adds
// the call's tags to the page's entry. The cached value is a constant; the tags are the point.
import "server-only";
import { unstable_cache } from "next/cache";

const marker = async () => true;

export async function tagPage(...tags: string[]): Promise<void> {
  const unique = [...new Set(tags)].sort();
  if (unique.length === 0) return;
  await unstable_cache(marker, ["dateline-page-tags", ...unique], { tags: unique })();
}
