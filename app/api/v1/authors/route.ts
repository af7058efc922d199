// GET /api/v1/authors: authors with at least one published byline (name, slug, bio, page URL only).
import { listAuthors } from "@/db/queries/api";
import { publicRoute } from "../_lib/public-route";

export const dynamic = "force-dynamic";

export const GET = publicRoute(() => listAuthors());
