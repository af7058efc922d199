// GET /api/v1/sections: every section in navigation order; `?edition=bn` for one edition's.
import { listSections } from "@/db/queries/api";
import { editionParam } from "@/lib/api-v1";
import { publicRoute } from "../_lib/public-route";

export const dynamic = "force-dynamic";

export const GET = publicRoute(async (req) => listSections(editionParam(req.nextUrl.searchParams)));
