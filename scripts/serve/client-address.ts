// Who the client is and which address they used, decided once from the socket and the trusted
// proxies (lib/proxy-trust.ts). The X-Forwarded-* headers Next sees are rewritten to exactly
// that decision, so next-auth, the throttle, the audit log and Server Actions read one answer.
import type http from "node:http";
import { decideClient, type ProxyTrust } from "@/lib/proxy-trust";
import type { Step } from "./step";

const joined = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(",") : v);

/** Decides the client and rewrites the request's forwarding headers; returns the address. */
export function decideAddresses(trust: ProxyTrust, req: http.IncomingMessage): string {
  const h = req.headers;
  const decided = decideClient(trust, {
    socketAddress: req.socket.remoteAddress,
    encrypted: (req.socket as { encrypted?: boolean }).encrypted === true,
    host: h.host,
    forwardedFor: joined(h["x-forwarded-for"]),
    forwardedProto: joined(h["x-forwarded-proto"]),
    forwardedHost: joined(h["x-forwarded-host"]),
  });
  // Exactly one address, so every reader downstream (client-ip.ts, next-auth) agrees.
  h["x-forwarded-for"] = decided.ip;
  h["x-forwarded-proto"] = decided.proto;
  if (decided.host) h["x-forwarded-host"] = decided.host;
  else delete h["x-forwarded-host"];
  for (const name of ["x-forwarded-port", "x-real-ip", "forwarded"]) delete h[name];
  return decided.ip;
}

export function clientAddress(trust: ProxyTrust): Step {
  return {
    name: "client-address",
    run(x) {
      x.ip = decideAddresses(trust, x.req);
      return false;
    },
  };
}
