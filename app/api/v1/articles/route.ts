// GET /api/v1/articles: published stories, newest first, in keyset pages.
import { listArticles } from "@/db/queries/api";
import { parseArticleListParams } from "@/lib/api-v1";
import { publicRoute } from "../_lib/public-route";

export const dynamic = "force-dynamic";

export const GET = publicRoute(async (req) => listArticles(parseArticleListParams(req.nextUrl.searchParams)));
