// The nginx front's templates (deploy/nginx/) pass `nginx -t` with real nginx: as `npm run
// cluster` and the e2e tests run it, without brotli as on a bare CI machine, and as the
// production file `npm run front:config` prints, inside a stock http {} block.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { findNginx, renderSite, testFrontConfig, writeFrontDir } from "@/scripts/lib/nginx-front";
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
