// What a public page tells caches in front of the app (a CDN, the nginx front): fresh for one
// second, then served stale for up to a minute while the new copy is fetched. The origin's own
// page cache is expired the moment a story changes (lib/cache/invalidate.ts); a front that is
// purged on change keeps such pages for minutes instead (deploy/nginx, X-Accel-Expires).
export const PUBLIC_PAGE_CACHE = "public, max-age=0, s-maxage=1, stale-while-revalidate=59";
