// Page-cache invalidation for code that runs outside a request (the scheduled-publishing loop):
// revalidateTag needs a request's store, so that code calls this route on its own process.
// Only a caller holding this process's in-memory secret gets anything but a 404.
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { expireInRequest, internalSecret } from "@/lib/cache/invalidate";

export const dynamic = "force-dynamic";

const schema = z.object({ tags: z.array(z.string().min(1).max(256)).max(500), everything: z.boolean().optional() });

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });

function secretMatches(given: string | null): boolean {
  const a = Buffer.from(given ?? "");
  const b = Buffer.from(internalSecret());
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function POST(req: Request): Promise<Response> {
  if (!secretMatches(req.headers.get("x-dateline-secret"))) return notFound();
  const parsed = schema.safeParse(await req.json().catch(() => null));
  if (!parsed.success)
    return new Response("Bad request", { status: 400, headers: { "Cache-Control": "private, no-store" } });
  expireInRequest(parsed.data);
  return new Response(null, { status: 204, headers: { "Cache-Control": "private, no-store" } });
}
