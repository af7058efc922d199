// How long an image's alt text, caption and credit may be: the library's own values and the
// per-use ones a story body sets for one appearance (lib/rich-text/image.ts) share these limits.
// Kept apart from library.ts so the editor bundle can import it without the server code.
export const MEDIA_TEXT_LIMITS = { alt: 500, caption: 1_000, credit: 200 } as const;
