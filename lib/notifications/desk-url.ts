// Links in emails and webhooks point at the newsroom's own address: NEXTAUTH_URL when the desk
// has one, else the site's public address (one host serves both by default).
import { env } from "@/lib/env";
import { siteOrigin } from "@/lib/site-url";

export function deskUrl(path: string): string {
  const raw = env().NEXTAUTH_URL;
  const origin = raw ? new URL(raw).origin : siteOrigin();
  return origin + path;
}
