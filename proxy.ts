// Gives the dashboard and sign-in a nonce-based Content-Security-Policy (lib/security-headers.ts).
// A proxy costs every request it matches a separate step (docs/adr/0002), so it matches only
// these per-request pages, never the cached public ones: their policy is set in scripts/serve.ts.
import { NextResponse, type NextRequest } from "next/server";
import { privateCsp } from "@/lib/security-headers";

export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = privateCsp(nonce, process.env);
  // Next reads the nonce for its own scripts from the request's policy header.
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = { matcher: ["/dashboard/:path*", "/login"] };
