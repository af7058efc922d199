// Who is the client, and which address did they type? Only the server that owns the socket can
// tell, and only by believing X-Forwarded-* from the proxies it was told to trust
// (DATELINE_TRUSTED_PROXIES). scripts/serve.ts asks decideClient() once per request and
// rewrites the headers Next sees, so every reader of them downstream gets the decided values.
import { BlockList, isIP } from "node:net";

export type ProxyTrust =
  { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; entries: string[]; list: BlockList };

export type Incoming = {
  /** The socket's remote address, as Node reports it (may be `::ffff:1.2.3.4`). */
  socketAddress: string | undefined;
  /** True when the socket itself is TLS. */
  encrypted: boolean;
  host: string | undefined;
  forwardedFor: string | undefined;
  forwardedProto: string | undefined;
  forwardedHost: string | undefined;
};

export type Decided = { ip: string; proto: "http" | "https"; host: string | undefined };

/**
 * Reads the setting: unset or empty = trust nobody; a whole number = that many proxy hops;
 * otherwise a comma list of IP addresses and CIDR ranges. Throws one message for anything else.
 */
export function parseTrustedProxies(raw: string | undefined): ProxyTrust {
  const value = raw?.trim() ?? "";
  if (value === "" || value === "0") return { kind: "none" };
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new Error(TRUST_FORMAT);
    return { kind: "hops", hops };
  }
  const list = new BlockList();
  const entries = value.split(",").map((s) => s.trim());
  for (const entry of entries) {
    const [address = "", bits, extra] = entry.split("/");
    const family = isIP(address);
    if (family === 0 || extra !== undefined) throw new Error(TRUST_FORMAT);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = /^\d+$/.test(bits) ? Number(bits) : NaN;
    if (!(prefix >= 0 && prefix <= (family === 4 ? 32 : 128))) throw new Error(TRUST_FORMAT);
    list.addSubnet(address, prefix, type);
  }
  return { kind: "list", entries, list };
}

export const TRUST_FORMAT =
  "DATELINE_TRUSTED_PROXIES must be a number of proxy hops (1–10), or a comma list of proxy addresses and CIDR ranges like 10.0.0.0/8,127.0.0.1";

/** One line for the start-up log. */
export function describeTrust(trust: ProxyTrust): string {
  if (trust.kind === "none") return "socket (no trusted proxies)";
  if (trust.kind === "hops") return `X-Forwarded-For, ${trust.hops} trusted proxy hop${trust.hops === 1 ? "" : "s"}`;
  return `X-Forwarded-For from trusted proxies ${trust.entries.join(", ")}`;
}

export function decideClient(trust: ProxyTrust, req: Incoming): Decided {
  const socket = normalise(req.socketAddress ?? "") ?? "unknown";
  const own: Decided = { ip: socket, proto: req.encrypted ? "https" : "http", host: validHost(req.host) };
  if (trust.kind === "none") return own;

  // Every hop appends the address it saw, so the chain reads client … proxy, then our socket.
  const chain = [...list(req.forwardedFor), req.socketAddress ?? ""];
  // How many entries, counted from the right, were written or seen by proxies we trust.
  let trusted = 0;
  if (trust.kind === "hops") {
    trusted = Math.min(trust.hops, chain.length - 1);
  } else {
    while (trusted < chain.length - 1 && isTrusted(trust.list, chain[chain.length - 1 - trusted]!)) trusted++;
  }
  if (trusted === 0) return own;

  // The client is the first address no trusted proxy vouches for; if that entry is garbage,
  // the nearest valid address to its right (a trusted proxy's view) stands in for it.
  let ip = socket;
  for (let i = chain.length - 1 - trusted; i < chain.length; i++) {
    const candidate = normalise(chain[i]!);
    if (candidate) {
      ip = candidate;
      break;
    }
  }
  // Proxies that append write one value per hop: take the one the outermost trusted proxy wrote.
  const pick = (values: string[]) => values[Math.max(0, values.length - trusted)];
  const proto = pick(list(req.forwardedProto))?.toLowerCase();
  return {
    ip,
    proto: proto === "https" || proto === "http" ? proto : own.proto,
    host: validHost(pick(list(req.forwardedHost))) ?? own.host,
  };
}

function list(header: string | undefined): string[] {
  return (header ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

function isTrusted(blocks: BlockList, raw: string): boolean {
  const ip = normalise(raw);
  if (!ip) return false;
  return blocks.check(ip, isIP(ip) === 4 ? "ipv4" : "ipv6");
}

/** An address without port, brackets or the IPv4-mapped prefix; null when it is not one. */
export function normalise(raw: string): string | null {
  let s = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracketed) s = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(":"));
  s = s.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(s) ? s.toLowerCase() : null;
}

// A host name or address with an optional port, nothing else: a forwarded or Host value that
// could smuggle a path, credentials or a second host into a URL is dropped.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,62})(?:\.[a-z0-9-]{1,63})*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

function validHost(raw: string | undefined): string | undefined {
  const s = raw?.trim();
  return s && s.length <= 255 && HOST.test(s) ? s.toLowerCase() : undefined;
}
