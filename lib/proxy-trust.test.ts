import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseEnv } from "./env";
import { decideClient, describeTrust, parseTrustedProxies, type Incoming } from "./proxy-trust";

const base: Incoming = {
  socketAddress: "::ffff:203.0.113.9",
  encrypted: false,
  host: "127.0.0.1:3000",
  forwardedFor: undefined,
  forwardedProto: undefined,
  forwardedHost: undefined,
};

// [setting, request, decided ip, proto, host]
const table: [string | undefined, Partial<Incoming>, string, "http" | "https", string | undefined][] = [
  // Nobody trusted: whatever the client claims, the socket decides.
  [undefined, {}, "203.0.113.9", "http", "127.0.0.1:3000"],
  [
    undefined,
    { forwardedFor: "1.2.3.4", forwardedProto: "https", forwardedHost: "evil.example" },
    "203.0.113.9",
    "http",
    "127.0.0.1:3000",
  ],
  ["", { forwardedFor: "1.2.3.4" }, "203.0.113.9", "http", "127.0.0.1:3000"],
  ["0", { forwardedFor: "1.2.3.4" }, "203.0.113.9", "http", "127.0.0.1:3000"],
  [undefined, { encrypted: true }, "203.0.113.9", "https", "127.0.0.1:3000"],
  // One hop: the last X-Forwarded-For entry (what our proxy saw); a client's own entries are ignored.
  [
    "1",
    {
      socketAddress: "10.0.0.2",
      forwardedFor: "6.6.6.6, 198.51.100.7",
      forwardedProto: "https",
      forwardedHost: "news.example.com",
    },
    "198.51.100.7",
    "https",
    "news.example.com",
  ],
  ["1", { socketAddress: "10.0.0.2" }, "10.0.0.2", "http", "127.0.0.1:3000"],
  // Two hops (CDN, then nginx): second from the right; proxies that append proto take the outer one.
  [
    "2",
    { socketAddress: "10.0.0.2", forwardedFor: "6.6.6.6, 198.51.100.7, 172.16.0.5", forwardedProto: "https, http" },
    "198.51.100.7",
    "https",
    "127.0.0.1:3000",
  ],
  // More hops configured than the chain has: the leftmost address.
  ["3", { socketAddress: "10.0.0.2", forwardedFor: "198.51.100.7" }, "198.51.100.7", "http", "127.0.0.1:3000"],
  // A list: walk right to left past trusted proxies.
  [
    "10.0.0.0/8, 127.0.0.1",
    {
      socketAddress: "::ffff:10.0.0.2",
      forwardedFor: "6.6.6.6, 198.51.100.7, 10.1.1.1",
      forwardedProto: "https",
      forwardedHost: "news.example.com",
    },
    "198.51.100.7",
    "https",
    "news.example.com",
  ],
  // The socket is not a trusted proxy: its forwarded headers mean nothing.
  [
    "10.0.0.0/8",
    { socketAddress: "198.51.100.99", forwardedFor: "1.2.3.4", forwardedProto: "https", forwardedHost: "evil.example" },
    "198.51.100.99",
    "http",
    "127.0.0.1:3000",
  ],
  [
    "2001:db8::/32",
    { socketAddress: "2001:db8::1", forwardedFor: "[2001:db8:ffff::5]:4433" },
    "2001:db8:ffff::5",
    "http",
    "127.0.0.1:3000",
  ],
  // Every hop trusted: the leftmost address.
  ["10.0.0.0/8", { socketAddress: "10.0.0.2", forwardedFor: "10.0.0.3" }, "10.0.0.3", "http", "127.0.0.1:3000"],
  // Ports are dropped; garbage in the client's place falls back to the trusted proxy's view.
  ["1", { socketAddress: "10.0.0.2", forwardedFor: "198.51.100.7:5555" }, "198.51.100.7", "http", "127.0.0.1:3000"],
  ["1", { socketAddress: "10.0.0.2", forwardedFor: "not-an-ip" }, "10.0.0.2", "http", "127.0.0.1:3000"],
  // A forwarded host that could smuggle a path or credentials is dropped for the Host header.
  [
    "1",
    { socketAddress: "10.0.0.2", forwardedFor: "198.51.100.7", forwardedHost: "evil.example/path" },
    "198.51.100.7",
    "http",
    "127.0.0.1:3000",
  ],
  [
    "1",
    {
      socketAddress: "10.0.0.2",
      forwardedFor: "198.51.100.7",
      forwardedHost: "a@evil.example",
      forwardedProto: "gopher",
    },
    "198.51.100.7",
    "http",
    "127.0.0.1:3000",
  ],
  [undefined, { host: "bad host\\x" }, "203.0.113.9", "http", undefined],
];

describe("decideClient", () => {
  for (const [setting, req, ip, proto, host] of table) {
    it(`${JSON.stringify(setting)} with ${JSON.stringify(req)} → ${ip} ${proto} ${host}`, () => {
      assert.deepEqual(decideClient(parseTrustedProxies(setting), { ...base, ...req }), { ip, proto, host });
    });
  }
});

describe("parseTrustedProxies", () => {
  it("refuses what is neither a hop count nor addresses", () => {
    for (const bad of [
      "yes",
      "11",
      "-1",
      "10.0.0.0/33",
      "::1/129",
      "10.0.0.0/8/1",
      "10.0.0.0/x",
      "1.2.3",
      "10.0.0.1,,",
    ]) {
      assert.throws(() => parseTrustedProxies(bad), /DATELINE_TRUSTED_PROXIES must be/, bad);
    }
  });

  it("describes each mode for the start-up log", () => {
    assert.equal(describeTrust(parseTrustedProxies(undefined)), "socket (no trusted proxies)");
    assert.equal(describeTrust(parseTrustedProxies("2")), "X-Forwarded-For, 2 trusted proxy hops");
    assert.equal(
      describeTrust(parseTrustedProxies("10.0.0.0/8,::1")),
      "X-Forwarded-For from trusted proxies 10.0.0.0/8, ::1",
    );
  });
});

describe("DATELINE_TRUSTED_PROXIES in the environment", () => {
  it("is validated at start with one clear message, and defaults to trusting nobody", () => {
    assert.throws(
      () => parseEnv({ DATELINE_TRUSTED_PROXIES: "nginx" }),
      /^Error: Invalid environment: DATELINE_TRUSTED_PROXIES: DATELINE_TRUSTED_PROXIES must be a number of proxy hops/,
    );
    assert.deepEqual(parseEnv({}).DATELINE_TRUSTED_PROXIES, { kind: "none" });
    assert.deepEqual(parseEnv({ DATELINE_TRUSTED_PROXIES: "1" }).DATELINE_TRUSTED_PROXIES, { kind: "hops", hops: 1 });
  });
});
