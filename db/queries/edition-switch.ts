import "server-only";
import { getCounterpart } from "@/db/queries/article";
import { getPublishedArticle } from "@/db/queries/stories";
import type { EditionCode } from "@/lib/editions";
import { parsePublicPath, publicPath } from "@/lib/routes";

/**
 * Where the edition switch on the page at `from` takes a reader who wants edition `to`: the same
 * story in that edition while its translation is published, else that edition's front. Only
 * published stories are looked up, so the answer never reveals a draft's address.
 */
export async function editionSwitchTarget(from: string, to: EditionCode): Promise<string> {
  const page = parsePublicPath(from);
  if (page.kind === "story" && page.edition !== to) {
    const article = await getPublishedArticle(page.sectionSlug, page.slug);
    if (article && article.edition === page.edition) {
      const live = (await getCounterpart(article.id))?.live;
      if (live && live.edition === to) return publicPath.story(live);
    }
  }
  return publicPath.home(to);
}
