// The editor shows body images by id; this sends it to a mid-sized variant of that image.
import { eq } from "drizzle-orm";
import { media } from "@/db/schema";
import { mediaGone } from "@/lib/errors";
import { isUuid, redirectTo, route } from "@/lib/http";
import { mediaUrl, variantsOf } from "@/lib/media/picture";

export const GET = route<{ id: string }>(async (_req, { db, params }) => {
  const [row] = isUuid(params.id)
    ? await db.select({ files: media.files }).from(media).where(eq(media.id, params.id))
    : [];
  if (!row) throw mediaGone();
  const webp = variantsOf(row.files, "webp");
  const pick = webp.find((v) => v.width >= 960) ?? webp[webp.length - 1] ?? row.files.crops["4x3"];
  return redirectTo(mediaUrl(pick.key), 307, { "Cache-Control": "private, max-age=60" });
});
