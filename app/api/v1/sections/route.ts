// GET /api/v1/sections: every section in navigation order.
import { listSections } from "@/db/queries/api";
import { publicRoute } from "../_lib/public-route";

export const dynamic = "force-dynamic";

export const GET = publicRoute(() => listSections());
