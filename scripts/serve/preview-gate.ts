// Next's draft mode skips the page cache for any request carrying its cookie, whatever the value
// (lib/auth/preview-gate.ts): the cookie counts only beside a live staff session; otherwise it is
// dropped from the request before Next reads it.
import { hasPreviewCookie, withoutPreviewCookies } from "@/lib/auth/preview-gate";
import type { Step } from "./step";

/** `allowed` checks the cookie header's session; a failure to check counts as no. */
export function previewGate(allowed: (cookie: string) => Promise<boolean>): Step {
  return {
    name: "preview-gate",
    async run({ req }) {
      const cookie = req.headers.cookie;
      if (!hasPreviewCookie(cookie)) return false;
      if (!(await allowed(cookie!).catch(() => false))) req.headers.cookie = withoutPreviewCookies(cookie!);
      return false;
    },
  };
}
