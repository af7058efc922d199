// The desk works at whatever address the browser used: no redirect, navigation or request
// goes to the process's own hostname. Forwarded headers from a client nobody vouches for
// change nothing (DATELINE_TRUSTED_PROXIES is unset here). Health endpoints for load balancers.
import http from "node:http";
import type { BrowserContext } from "@playwright/test";
import { demoAccount } from "./helpers/env";
import { editorJourney, offOrigin, recordAddresses } from "./helpers/journey";
import { expect, test } from "./helpers/test";

// Playwright's baseURL says localhost; this spec uses the loopback address on purpose.
const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`;

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A request with exactly the headers given (Host included), as a proxy or a client could send it. */
function raw(method: string, path: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(path, BASE), { method, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies(BASE)).map((c) => `${c.name}=${c.value}`).join("; ");
}

// Signs in through the form on purpose: the sign-in's own redirects are part of the journey.
test("the editor's journey at http://127.0.0.1 never leaves that origin", async ({ page }) => {
  const hops = recordAddresses(page);
  await editorJourney(page, BASE, await demoAccount("editor"));
  expect(hops.filter((h) => h.kind === "location").length).toBeGreaterThan(2);
  expect(offOrigin(hops, BASE)).toEqual([]);
});

test("behind a proxy at another host, redirects are relative and forwarded headers are not believed", async ({
  deskAs,
}) => {
  const page = await deskAs("editor", { base: BASE });
  const cookie = await cookieHeader(page.context());

  const proxied = {
    Host: "news.example.com",
    "X-Forwarded-Proto": "https",
    "X-Forwarded-Host": "evil.example",
    "X-Forwarded-For": "6.6.6.6",
    Cookie: cookie,
  };
  // New story through the proxy: a relative Location, so the browser stays wherever it is.
  const created = await raw("POST", "/api/stories", { ...proxied, Origin: "http://news.example.com" });
  expect(created.status).toBe(303);
  expect(created.headers.location).toMatch(/^\/dashboard\/stories\/[0-9a-f-]{36}$/);
  // next-auth's own redirect names the host the request came to — the Host header, since the
  // forwarded host and proto come from a client nobody trusts — never localhost.
  const signin = await raw("GET", "/api/auth/signin", proxied);
  expect(signin.status).toBe(302);
  const location = new URL(signin.headers.location!, "http://news.example.com");
  expect(location.origin).toBe("http://news.example.com");
  expect(new URL(location.searchParams.get("callbackUrl")!).origin).toBe("http://news.example.com");
});

test("a client's own X-Forwarded-For is not believed: the audit log records the socket's address", async ({
  deskAs,
  browser,
}) => {
  // A failed sign-in claiming another address through X-Forwarded-For is recorded with the
  // socket's address in the audit log (and counted against it by the throttle).
  const email = `nobody-${Date.now()}@example.com`;
  const spoofing = await browser.newContext({
    extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.77", "X-Real-IP": "203.0.113.78" },
  });
  const attacker = await spoofing.newPage();
  await attacker.goto(`${BASE}/login`);
  await attacker.getByLabel("Email").fill(email);
  await attacker.getByLabel("Password").fill("not-the-password-at-all");
  await attacker.getByRole("button", { name: "Sign in" }).click();
  await expect(attacker.locator("form").getByRole("alert")).toBeVisible();
  await spoofing.close();

  const page = await deskAs("editor", { base: BASE });
  await page.goto(`${BASE}/dashboard/audit`);
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").nth(4)).toHaveText("127.0.0.1");
});

test("GET /healthz and /readyz answer for load balancers, never cached", async () => {
  const health = await raw("GET", "/healthz", {});
  expect([health.status, health.body, health.headers["cache-control"]]).toEqual([200, "ok\n", "no-store"]);
  const ready = await raw("GET", "/readyz", {});
  expect([ready.status, ready.body, ready.headers["cache-control"]]).toEqual([200, "ok\n", "no-store"]);
});
