// The nginx front's templates (deploy/nginx/) pass `nginx -t` with real nginx: as `npm run
// cluster` and the e2e tests run it, without brotli as on a bare CI machine, and as the
// production file `npm run front:config` prints, inside a stock http {} block.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { test } from "node:test";
import { freePort } from "@/db/embedded";
import {
  findNginx,
  renderSite,
  signalFront,
  startFront,
  testFrontConfig,
  writeFrontDir,
} from "@/scripts/lib/nginx-front";
import { rawGet } from "./front-cluster";
import { ROOT, tempDir } from "./helpers";

function nginxOrFail(): string {
  const nginx = findNginx();
  assert.ok(nginx, "nginx not found: apt-get install nginx (.ci/run installs it)");
  return nginx;
}

test("the rendered run configuration passes nginx -t", async () => {
  const nginx = nginxOrFail();
  const dir = await tempDir("dateline-nginx-");
  const front = writeFrontDir(dir, {
    listen: "127.0.0.1:18080",
    upstreams: ["127.0.0.1:18081", "127.0.0.1:18082"],
    mediaMaxMb: 20,
    workerProcesses: "auto",
  });
  const checked = testFrontConfig(nginx, front);
  assert.ok(checked.ok, checked.output);
  const site = fs.readFileSync(path.join(dir, "dateline.conf"), "utf8");
  assert.match(site, /server 127\.0\.0\.1:18081 max_fails=3 fail_timeout=10s;\n\s+server 127\.0\.0\.1:18082 /);
  // Five 20 MB images per request and the framing, as the app allows.
  assert.match(site, /client_max_body_size 101m;/);
  assert.doesNotMatch(site, /\{\{\w+\}\}/, "no placeholder left unfilled");
  fs.rmSync(dir, { recursive: true, force: true });
});

test("without the brotli module the configuration still passes and compresses with gzip only", async () => {
  const nginx = nginxOrFail();
  const dir = await tempDir("dateline-nginx-");
  const front = writeFrontDir(dir, {
    listen: "127.0.0.1:18080",
    upstreams: ["127.0.0.1:18081"],
    mediaMaxMb: 20,
    brotli: false,
  });
  const checked = testFrontConfig(nginx, front);
  assert.ok(checked.ok, checked.output);
  assert.doesNotMatch(fs.readFileSync(front.conf, "utf8"), /^load_module/m);
  assert.doesNotMatch(fs.readFileSync(path.join(dir, "dateline.conf"), "utf8"), /^\s*brotli /m);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("the production file from npm run front:config passes nginx -t inside a plain http block", async () => {
  const nginx = nginxOrFail();
  const dir = await tempDir("dateline-nginx-");
  const site = execFileSync(
    process.execPath,
    [
      "--import",
      "tsx",
      path.join(ROOT, "scripts", "front-config.ts"),
      "--upstream",
      "10.0.0.11:3000",
      "--upstream",
      "10.0.0.12:3000",
      "--no-brotli",
      "--cache-dir",
      path.join(dir, "cache"),
      "--access-log",
      path.join(dir, "access.log"),
      "--origin-socket",
      path.join(dir, "origin.sock"),
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  assert.match(site, /listen 80;/);
  fs.writeFileSync(path.join(dir, "dateline.conf"), site);
  for (const t of ["body", "proxy", "fastcgi", "uwsgi", "scgi"])
    fs.mkdirSync(path.join(dir, "tmp", t), { recursive: true });
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((t, i) => `${t}_temp_path ${dir}/tmp/${["body", "proxy", "fastcgi", "uwsgi", "scgi"][i]};`)
    .join(" ");
  const user = process.getuid?.() === 0 ? "user root;" : "";
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    `${user} pid ${dir}/nginx.pid; events {} http { ${temp} include ${dir}/dateline.conf; }\n`,
  );
  const r = spawnSync(nginx, ["-t", "-p", dir, "-e", path.join(dir, "error.log"), "-c", path.join(dir, "nginx.conf")], {
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stderr);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("front:config refuses a malformed app server with one line", () => {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "scripts", "front-config.ts"), "--upstream", "app one"],
    { cwd: ROOT, encoding: "utf8" },
  );
  assert.equal(r.status, 1);
  assert.equal(r.stderr, "error: not a host:port for an app server: app one\n");
  assert.throws(
    () =>
      renderSite({
        listen: "80",
        upstreams: [],
        cacheDir: "/c",
        accessLog: "/a",
        originSocket: "/s",
        mediaMaxMb: 20,
        brotli: false,
      }),
    /at least one app server/,
  );
});

test("answers of 500 do not take the app servers out of the front", async () => {
  // A 500 is the request's own failure (issue 19, item 5: `/%2500` was one), not the server's:
  // counted as one, three of them marked both servers down for 10 s, and every reader got 502.
  const nginx = nginxOrFail();
  const dir = await tempDir("dateline-nginx-");
  const hits: string[] = [];
  const apps = await Promise.all(
    ["a", "b"].map(
      (name) =>
        new Promise<http.Server>((resolve) => {
          const srv = http.createServer((req, res) => {
            hits.push(`${name} ${req.url}`);
            res.writeHead(req.url!.startsWith("/boom") ? 500 : 200, { "Cache-Control": "no-store" });
            res.end(name);
          });
          srv.listen(0, "127.0.0.1", () => resolve(srv));
        }),
    ),
  );
  const port = await freePort();
  const front = writeFrontDir(dir, {
    listen: `127.0.0.1:${port}`,
    upstreams: apps.map((a) => `127.0.0.1:${(a.address() as AddressInfo).port}`),
    mediaMaxMb: 20,
  });
  const checked = testFrontConfig(nginx, front);
  assert.ok(checked.ok, checked.output);
  const child = startFront(nginx, front);
  try {
    const deadline = Date.now() + 10_000;
    while (
      !(await rawGet(port, "/ready").then(
        () => true,
        () => false,
      ))
    ) {
      assert.ok(Date.now() < deadline, "nginx did not answer within 10 s");
      await new Promise((r) => setTimeout(r, 100));
    }
    for (let i = 0; i < 6; i++) assert.equal((await rawGet(port, `/boom-${i}`)).status, 500);
    // Each failing request reached one server once: a 500 is not tried again elsewhere.
    assert.equal(hits.filter((h) => h.includes("/boom")).length, 6);
    for (let i = 0; i < 4; i++) {
      const r = await rawGet(port, `/fine-${i}`);
      assert.equal(r.status, 200, `a reader after the 500s got ${r.status}`);
    }
  } finally {
    const exited = new Promise((r) => child.once("exit", r));
    signalFront(child, "SIGTERM");
    await exited;
    await Promise.all(apps.map((a) => new Promise((r) => a.close(r))));
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
