/** decodeURIComponent that answers null instead of throwing on malformed escapes like `%E0%A4`. */
export function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
