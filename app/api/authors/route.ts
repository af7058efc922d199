import { addContributor } from "@/lib/contributors";
import { readJson, route } from "@/lib/http";

/** A contributor byline without an account (a stringer, an agency). Any staff member may add one. */
export const POST = route(async (req, { db, user, ip }) => addContributor(db, user, await readJson(req, 4096), { ip }));
