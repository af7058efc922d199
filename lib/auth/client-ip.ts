import { isIP } from "node:net";

/**
 * The client's address. scripts/serve.ts owns the socket and sets x-forwarded-for to exactly
 * the address it decided (the socket's, or the right hop when DATELINE_TRUSTED_PROXIES says
 * whom to believe: lib/proxy-trust.ts), so there is nothing left to judge here. The last entry
 * is read so that, run without that server, a client's own entries still come first.
 */
export function clientIp(headers: { get(name: string): string | null } | Record<string, unknown>): string {
  const read = (name: string): string | null => {
    if (typeof (headers as { get?: unknown }).get === "function")
      return (headers as { get(n: string): string | null }).get(name);
    const v = (headers as Record<string, unknown>)[name];
    return typeof v === "string" ? v : Array.isArray(v) ? String(v[v.length - 1]) : null;
  };
  const forwarded =
    read("x-forwarded-for")
      ?.split(",")
      .map((s) => s.trim())
      .filter(Boolean) ?? [];
  const candidate = forwarded[forwarded.length - 1] ?? read("x-real-ip") ?? "";
  const ip = candidate.replace(/^::ffff:/, "");
  return isIP(ip) ? ip : "unknown";
}
