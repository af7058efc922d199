// GET /api/v1/articles/{id}: one published story. Drafts, scheduled, unpublished, unknown and
// malformed ids all answer the same 404, so the API never confirms that a hidden story exists.
import { getArticle } from "@/db/queries/api";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/http";
import { publicRoute } from "../../_lib/public-route";

export const dynamic = "force-dynamic";

const NOT_FOUND = "No published article with that id.";

export const GET = publicRoute<{ id: string }>(
  async (_req, { id }) => {
    if (!isUuid(id)) throw notFound(NOT_FOUND);
    const article = await getArticle(id.toLowerCase());
    if (!article) throw notFound(NOT_FOUND);
    return article;
  },
  { cacheNotFound: true },
);
