import assert from "node:assert/strict";
import type http from "node:http";
import { describe, it } from "node:test";
import { parseTrustedProxies } from "@/lib/proxy-trust";
import { clientAddress } from "@/scripts/serve/client-address";
import { fakeExchange } from "./harness";

function from(socket: string, headers: http.IncomingHttpHeaders) {
  const x = fakeExchange("/", { headers });
  (x.req as { socket: unknown }).socket = { remoteAddress: socket };
  return x;
}

describe("the client-address step", () => {
  it("believes only the socket when no proxy is trusted, and says so to Next", async () => {
    const x = from("198.51.100.7", {
      host: "news.example",
      "x-forwarded-for": "1.2.3.4",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "evil.example",
      "x-real-ip": "1.2.3.4",
      forwarded: "for=1.2.3.4",
    });
    assert.equal(await clientAddress(parseTrustedProxies("")).run(x), false);
    assert.equal(x.ip, "198.51.100.7");
    const h = x.req.headers;
    assert.deepEqual(
      [h["x-forwarded-for"], h["x-forwarded-proto"], h["x-forwarded-host"], h["x-real-ip"], h.forwarded],
      ["198.51.100.7", "http", "news.example", undefined, undefined],
    );
  });

  it("takes the forwarded client from a trusted proxy", async () => {
    const x = from("127.0.0.1", {
      host: "127.0.0.1:3000",
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "news.example",
    });
    await clientAddress(parseTrustedProxies("127.0.0.1")).run(x);
    assert.equal(x.ip, "203.0.113.9");
    assert.deepEqual(
      [x.req.headers["x-forwarded-for"], x.req.headers["x-forwarded-proto"], x.req.headers["x-forwarded-host"]],
      ["203.0.113.9", "https", "news.example"],
    );
  });
});
