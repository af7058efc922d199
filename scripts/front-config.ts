// `npm run -s front:config -- --upstream 10.0.0.11:3000 --upstream 10.0.0.12:3000 > dateline.conf`
// prints deploy/nginx/dateline.conf.template filled in for a production nginx (Debian's
// /etc/nginx/conf.d/), where nginx.conf, the brotli module and the user are the system's own.
import { parseArgs } from "node:util";
import { BROTLI_MODULE, brotliAvailable, renderSite } from "./lib/nginx-front";
import { die } from "./lib/open-db";

function main(): void {
  const { values } = parseArgs({
    options: {
      upstream: { type: "string", multiple: true },
      listen: { type: "string", default: "80" },
      "cache-dir": { type: "string", default: "/var/cache/nginx/dateline" },
      "access-log": { type: "string", default: "/var/log/nginx/dateline.access.log" },
      "origin-socket": { type: "string", default: "/run/nginx-dateline-origin.sock" },
      "media-max-mb": { type: "string", default: process.env.DATELINE_MEDIA_MAX_MB ?? "20" },
      brotli: { type: "boolean", default: brotliAvailable() },
      "no-brotli": { type: "boolean", default: false },
      // The app servers' DATELINE_FRONT_SECRET (lib/front/): lets them replace pages on change.
      "refresh-secret": { type: "string", default: process.env.DATELINE_FRONT_SECRET },
    },
  });
  const upstreams = values.upstream ?? [];
  if (upstreams.length === 0) die("give each app server as --upstream host:port (at least one)");
  const mediaMaxMb = Number(values["media-max-mb"]);
  if (!(mediaMaxMb > 0)) die("--media-max-mb must be a positive number of megabytes");
  try {
    process.stdout.write(
      renderSite({
        listen: values.listen,
        upstreams,
        cacheDir: values["cache-dir"],
        accessLog: values["access-log"],
        originSocket: values["origin-socket"],
        mediaMaxMb,
        // Debian loads the module itself (modules-enabled) when libnginx-mod-http-brotli-filter is installed.
        brotli: values.brotli && !values["no-brotli"],
        refreshSecret: values["refresh-secret"] || undefined,
      }),
    );
  } catch (e) {
    die(e instanceof Error ? e.message : String(e));
  }
  if (values.brotli && !values["no-brotli"] && !brotliAvailable())
    process.stderr.write(`note: brotli directives included; ${BROTLI_MODULE} must be loaded\n`);
  if (!values["refresh-secret"])
    process.stderr.write(
      "note: no --refresh-secret (or DATELINE_FRONT_SECRET): pages are kept one second, not purged on change\n",
    );
}

main();
