/** Any RFC 4122-shaped id, checked before it reaches a uuid column (which would throw). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/**
 * A random (version 4) UUID in the browser too. `crypto.randomUUID()` exists only in secure
 * contexts (https, localhost), so the desk opened over plain http at any other address — a
 * newsroom's intranet, or a front at http://news.example.com — crashed on it; getRandomValues
 * works everywhere.
 */
export function randomUuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
