import { randomBytes } from "node:crypto";
import { z } from "zod";
import { authors } from "@/db/schema";
import { invalid } from "@/lib/errors";
import { readJson, route } from "@/lib/http";
import { slugify } from "@/lib/slug";

/** A contributor byline without an account (a stringer, an agency). Any staff member may add one. */
export const POST = route(async (req, { db }) => {
  const parsed = z
    .object({ name: z.string().trim().min(2, "Enter the contributor's name.").max(120) })
    .safeParse(await readJson(req, 4096));
  if (!parsed.success)
    throw invalid(parsed.error.issues[0]?.message ?? "Enter a name.", { name: parsed.error.issues[0]?.message ?? "" });
  const slug = `${slugify(parsed.data.name) || "contributor"}-${randomBytes(3).toString("hex")}`;
  const [row] = await db
    .insert(authors)
    .values({ name: parsed.data.name, slug })
    .returning({ id: authors.id, name: authors.name });
  return row!;
});
