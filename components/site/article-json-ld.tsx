import type { Counterpart, TopicLink } from "@/db/queries/article";
import type { PublicSettings } from "@/db/queries/settings";
import type { Article } from "@/db/queries/stories";
import { articleBreadcrumbs, newsArticle, type CorrectionNote } from "@/lib/seo/structured-data";
import { JsonLd } from "./json-ld";

/** An article's structured data: the NewsArticle, and its breadcrumb trail (Home › Section › Headline). */
export function ArticleJsonLd({
  article,
  topics,
  settings,
  counterpart = null,
  corrections = [],
}: {
  article: Article;
  topics: TopicLink[];
  settings: PublicSettings;
  counterpart?: Counterpart | null;
  corrections?: CorrectionNote[];
}) {
  return (
    <>
      <JsonLd data={newsArticle(article, topics, settings, counterpart, corrections)} />
      <JsonLd data={articleBreadcrumbs(article)} />
    </>
  );
}
