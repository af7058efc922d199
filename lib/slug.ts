// URL slugs from headlines. Unicode-safe: Latin accents fold to ASCII, other scripts
// (Bengali, for one) keep their letters and combining marks, so no headline gives an empty slug.

const MAX_LENGTH = 80;

export function slugify(text: string): string {
  const folded = text
    .normalize("NFKD")
    // Drop combining marks only after Latin letters (café → cafe); Bengali vowel signs stay.
    .replace(/([A-Za-z])\p{M}+/gu, "$1")
    .normalize("NFC")
    .toLowerCase();
  const slug = folded
    .replace(/['’‘`]/g, "")
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return truncate(slug);
}

function truncate(slug: string): string {
  if (slug.length <= MAX_LENGTH) return slug;
  const cut = slug.slice(0, MAX_LENGTH);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > MAX_LENGTH / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, "");
}

/** A slug for a headline, or `fallback` when nothing usable is left (e.g. only punctuation). */
export function slugOr(text: string, fallback: string): string {
  return slugify(text) || fallback;
}
