// Security headers decided by the server rather than next.config.ts (which Next bakes into the
// build), because they follow this server's own settings: HSTS when the public address is
// https, Permissions-Policy, and the Content-Security-Policy (lib/security-headers.ts).
import { randomBytes } from "node:crypto";
import { HSTS, PERMISSIONS_POLICY, hasPrivatePolicy, privateCsp } from "@/lib/security-headers";
import type { Step } from "./step";

export type HeaderOptions = { hsts: boolean; publicPolicy: string; env: Parameters<typeof privateCsp>[1] };

export function securityHeaders(o: HeaderOptions): Step {
  return {
    name: "security-headers",
    run({ req, res, pathname }) {
      res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
      if (o.hsts) res.setHeader("Strict-Transport-Security", HSTS);
      if (hasPrivatePolicy(pathname)) {
        // The desk and sign-in render per request, so each answer gets its own nonce. Next reads it
        // from the request's policy header and puts it on every script it writes. Set here rather
        // than in a proxy.ts: a proxy adds a step to every request it matches, and with one
        // present Next's instrumentation (the scheduler) no longer started with the server.
        const policy = privateCsp(randomBytes(16).toString("base64"), o.env);
        req.headers["content-security-policy"] = policy;
        res.setHeader("Content-Security-Policy", policy);
      } else {
        res.setHeader("Content-Security-Policy", o.publicPolicy);
      }
      return false;
    },
  };
}
