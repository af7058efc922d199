// The nginx front (deploy/nginx/): renders its templates, and runs nginx unprivileged from a
// directory of its own, for `npm run cluster`, the tests and `npm run front:config`.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const TEMPLATES = path.join(ROOT, "deploy", "nginx");
const NGINX_CANDIDATES = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx"];
// Debian's libnginx-mod-http-brotli-filter; optional, so a machine without it still runs.
export const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so";
// Same list as gzip_types in the template (text/html is always compressed).
const COMPRESSED_TYPES =
  "text/css text/plain text/xml text/x-component application/javascript application/json application/xml " +
  "application/rss+xml application/atom+xml application/manifest+json image/svg+xml";

export type SiteOptions = {
  /** `3000`, `127.0.0.1:3000`, `80`… — anything nginx's `listen` takes. */
  listen: string;
  /** App servers as host:port. */
  upstreams: string[];
  cacheDir: string;
  accessLog: string;
  /** The unix socket of the hop to the app servers (see the template), in a directory only nginx uses. */
  originSocket: string;
  /** The app's DATELINE_MEDIA_MAX_MB. */
  mediaMaxMb: number;
  /** Emit brotli directives (the module must be loaded by whoever includes this file). */
  brotli: boolean;
  cacheMaxSize?: string;
  /** A log of what reached the app servers (the spike benchmark counts renders); none by default. */
  originAccessLog?: string;
  /**
   * The app servers' DATELINE_FRONT_SECRET: a request carrying it in X-Dateline-Refresh replaces
   * the stored copy (lib/front/). Without one, nothing can refresh the front, and pages are kept
   * for a second only, as before purging existed.
   */
  refreshSecret?: string;
  /** Seconds a public page is kept when the front can be refreshed (default PAGE_LIFETIME_S). */
  pageLifetime?: number;
};

/**
 * How long the front keeps a page it can be told to refresh: the app servers' own background
 * refresh of articles (five minutes) bounds what no write changes, such as view counts.
 */
export const PAGE_LIFETIME_S = 300;

/** Long and unguessable, and safe inside a quoted nginx map key. */
export function checkRefreshSecret(secret: string): void {
  if (!/^[A-Za-z0-9_-]{24,}$/.test(secret))
    throw new Error("the front's refresh secret must be at least 24 letters, digits, '-' or '_'");
}

/** nginx's own binary: on PATH, or where Debian and source builds put it. */
export function findNginx(): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, "nginx"))) return path.join(dir, "nginx");
  }
  return NGINX_CANDIDATES.find(isExecutable) ?? null;
}

function isExecutable(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

export function brotliAvailable(): boolean {
  return fs.existsSync(BROTLI_MODULE);
}

function fill(template: string, values: Record<string, string>): string {
  const text = fs.readFileSync(path.join(TEMPLATES, template), "utf8");
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    // A template line that mentions {{placeholders}} in a comment is left as it is.
    if (!(name in values)) return whole;
    return values[name]!;
  });
}

/** The http-context file (deploy/nginx/dateline.conf.template) with its values filled in. */
export function renderSite(o: SiteOptions): string {
  if (o.upstreams.length === 0) throw new Error("the nginx front needs at least one app server");
  for (const u of o.upstreams) {
    if (!/^[A-Za-z0-9.[\]:-]+:\d{1,5}$/.test(u)) throw new Error(`not a host:port for an app server: ${u}`);
  }
  // The app accepts up to five images of the limit per request plus 64 KB of multipart framing
  // (app/api/media/route.ts); 1 MB more keeps its own clear 413 message for anything larger.
  const bodyMb = Math.ceil(o.mediaMaxMb * 5) + 1;
  if (o.refreshSecret !== undefined) checkRefreshSecret(o.refreshSecret);
  return fill("dateline.conf.template", {
    refresh_secret_line: o.refreshSecret
      ? `    "${o.refreshSecret}" 1;`
      : "    # (no refresh secret: nothing can refresh this front; pages are kept for a second)",
    // Without a way to replace a page on change, the one-second lifetime the app asks for stands.
    page_lifetime: o.refreshSecret ? String(o.pageLifetime ?? PAGE_LIFETIME_S) : "@$dateline_this_second",
    upstream_servers: o.upstreams.map((u) => `    server ${u} max_fails=3 fail_timeout=10s;`).join("\n"),
    cache_dir: o.cacheDir,
    origin_socket: o.originSocket,
    cache_max_size: o.cacheMaxSize ?? "1g",
    listen: o.listen,
    access_log: o.accessLog,
    origin_access_log: o.originAccessLog ? `${o.originAccessLog} dateline_origin` : "off",
    client_max_body_size: `${bodyMb}m`,
    // A reader taking brotli gets the brotli copy (the word `br` in its list), others gzip.
    brotli_encoding_line: o.brotli ? '    "~*\\bbr\\b" "br";' : "    # (no brotli module: gzip only)",
    brotli: o.brotli
      ? [
          "    brotli on;",
          "    brotli_comp_level 5;",
          "    brotli_min_length 1024;",
          `    brotli_types ${COMPRESSED_TYPES};`,
        ].join("\n")
      : "    # (brotli: the module is not installed here; gzip only)",
  });
}

export type FrontDir = { dir: string; conf: string; errorLog: string; accessLog: string; brotli: boolean };

/**
 * Writes nginx.conf and dateline.conf into `dir` with every path nginx writes inside it.
 * As root, nginx's workers would run as `nobody`, so the directories they write are handed to
 * that user rather than running workers as root.
 */
export function writeFrontDir(
  dir: string,
  o: {
    listen: string;
    upstreams: string[];
    mediaMaxMb: number;
    workerProcesses?: number | "auto";
    brotli?: boolean;
    originAccessLog?: string;
    refreshSecret?: string;
    pageLifetime?: number;
  },
): FrontDir {
  const brotli = (o.brotli ?? true) && brotliAvailable();
  const accessLog = path.join(dir, "access.log");
  const errorLog = path.join(dir, "error.log");
  const cacheDir = path.join(dir, "cache");
  const writable = [cacheDir, ...["body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => path.join(dir, "tmp", t))];
  for (const d of writable) fs.mkdirSync(d, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    fs.chmodSync(dir, 0o711);
    fs.chmodSync(path.join(dir, "tmp"), 0o711);
    for (const d of writable) fs.chownSync(d, 65534, 65534);
  }
  fs.writeFileSync(
    path.join(dir, "dateline.conf"),
    renderSite({
      listen: o.listen,
      upstreams: o.upstreams,
      cacheDir,
      accessLog,
      originSocket: path.join(dir, "origin.sock"),
      mediaMaxMb: o.mediaMaxMb,
      brotli,
      originAccessLog: o.originAccessLog,
      refreshSecret: o.refreshSecret,
      pageLifetime: o.pageLifetime,
    }),
  );
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(
    conf,
    fill("nginx.conf.template", {
      dir,
      load_modules: brotli ? `load_module ${BROTLI_MODULE};` : "# (no brotli module on this machine)",
      user: asRoot ? `user nobody ${nobodyGroup()};` : "# (not root: workers run as this user)",
      worker_processes: String(o.workerProcesses ?? 1),
    }),
  );
  return { dir, conf, errorLog, accessLog, brotli };
}

/** Debian calls nobody's group `nogroup`; other systems `nobody`. */
function nobodyGroup(): string {
  const groups = fs.existsSync("/etc/group") ? fs.readFileSync("/etc/group", "utf8") : "";
  return /^nogroup:/m.test(groups) ? "nogroup" : "nobody";
}

function nginxArgs(front: FrontDir): string[] {
  // -e: the error log before the config is read (Debian's default is /var/log/nginx, root's).
  return ["-p", front.dir, "-e", front.errorLog, "-c", front.conf];
}

/** `nginx -t` on the written files: { ok, output } with nginx's own words. */
export function testFrontConfig(nginx: string, front: FrontDir): { ok: boolean; output: string } {
  const r = spawnSync(nginx, ["-t", ...nginxArgs(front)], { encoding: "utf8" });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}`.trim() };
}

/**
 * Starts nginx in the foreground, in a process group of its own: stop it with stopFront().
 * Its workers outlive a master that is killed hard and keep the port, so the whole group goes.
 */
export function startFront(nginx: string, front: FrontDir): ChildProcess {
  return spawn(nginx, [...nginxArgs(front), "-g", "daemon off;"], {
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
}

/** SIGQUIT (graceful: answers in flight finish) or SIGTERM to nginx and whatever it left behind. */
export function signalFront(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}
