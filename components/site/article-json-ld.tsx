import type { Counterpart, TopicLink } from "@/db/queries/article";
import type { PublicSettings } from "@/db/queries/settings";
import type { Article } from "@/db/queries/stories";
import { articleBreadcrumbs, newsArticle } from "@/lib/seo/structured-data";
import { JsonLd } from "./json-ld";

/** An article's structured data: the NewsArticle, and its breadcrumb trail (Home › Section › Headline). */
export function ArticleJsonLd({
  article,
  topics,
  settings,
  counterpart = null,
}: {
  article: Article;
  topics: TopicLink[];
  settings: PublicSettings;
  counterpart?: Counterpart | null;
}) {
  return (
    <>
      <JsonLd data={newsArticle(article, topics, settings, counterpart)} />
      <JsonLd data={articleBreadcrumbs(article)} />
    </>
  );
}
