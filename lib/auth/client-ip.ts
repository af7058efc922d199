import { isIP } from "node:net";

/**
 * The client's address as seen by the nearest proxy. Next.js fills x-forwarded-for from the
 * socket when no proxy set it; a proxy in front appends the address it saw, so the last entry
 * is the one a client cannot forge through a proxy.
 */
export function clientIp(headers: { get(name: string): string | null } | Record<string, unknown>): string {
  const read = (name: string): string | null => {
    if (typeof (headers as { get?: unknown }).get === "function") return (headers as { get(n: string): string | null }).get(name);
    const v = (headers as Record<string, unknown>)[name];
    return typeof v === "string" ? v : Array.isArray(v) ? String(v[v.length - 1]) : null;
  };
  const forwarded = read("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean) ?? [];
  const candidate = forwarded[forwarded.length - 1] ?? read("x-real-ip") ?? "";
  const ip = candidate.replace(/^::ffff:/, "");
  return isIP(ip) ? ip : "unknown";
}
