// Serves stored variants and crops to everyone. Names are content-addressed, so a response
// never changes: a year-long immutable cache. Originals (the o/ prefix) are never served.
import { mediaStorage } from "@/lib/media/store";

const TYPES: Record<string, string> = { jpg: "image/jpeg", png: "image/png", webp: "image/webp", avif: "image/avif" };
const PUBLIC_KEY = /^[vc]\/[0-9a-f]{2}\/[0-9a-f]{64}\.(jpg|png|webp|avif)$/;

export async function GET(req: Request, { params }: { params: Promise<{ key: string[] }> }): Promise<Response> {
  const key = (await params).key.join("/");
  if (!PUBLIC_KEY.test(key))
    return new Response("Not found", { status: 404, headers: { "Cache-Control": "public, max-age=60" } });
  const etag = `"${key.slice(5, 69)}"`;
  if (req.headers.get("if-none-match") === etag)
    return new Response(null, {
      status: 304,
      headers: { ETag: etag, "Cache-Control": "public, max-age=31536000, immutable" },
    });
  const data = await mediaStorage().get(key);
  if (!data) return new Response("Not found", { status: 404, headers: { "Cache-Control": "public, max-age=60" } });
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": TYPES[key.split(".").pop()!]!,
      "Content-Length": String(data.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      ETag: etag,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
