// The reader pages' one script (lib/reader/): at its plain address (what the layout renders, and
// all development uses) revalidated on every use; at its hashed address, immutable for a year.
import type { ReaderScript } from "@/lib/reader/bundle";
import { READER_SCRIPT_PATH } from "@/lib/reader/script-path";
import { acceptsGzip } from "./lite-response";
import { answerText, isRead, type Step } from "./step";

/** `script` gives the current build of it (in development, a fresh one per request). */
export function readerScript(script: () => ReaderScript | Promise<ReaderScript>): Step {
  return {
    name: "reader-script",
    async run({ req, res, pathname }) {
      if (!pathname.startsWith("/_dateline/")) return false;
      const s = await script();
      const plain = pathname === READER_SCRIPT_PATH;
      if ((!plain && pathname !== s.hashedPath) || !isRead(req)) {
        answerText(res, 404, "Not found");
        return true;
      }
      res.setHeader("Content-Type", "text/javascript; charset=utf-8");
      res.setHeader("Cache-Control", plain ? "public, no-cache" : "public, max-age=31536000, immutable");
      res.setHeader("ETag", s.etag);
      res.setHeader("Vary", "Accept-Encoding");
      res.setHeader("X-Content-Type-Options", "nosniff");
      if (req.headers["if-none-match"] === s.etag) {
        res.writeHead(304);
        res.end();
        return true;
      }
      const gz = acceptsGzip(String(req.headers["accept-encoding"] ?? ""));
      const body = gz ? s.gzipped : s.code;
      if (gz) res.setHeader("Content-Encoding", "gzip");
      res.setHeader("Content-Length", body.length);
      res.end(body);
      return true;
    },
  };
}
