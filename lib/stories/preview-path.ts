// Where the desk's preview frame of a story lives: inside its own edition's site frame.
import { DEFAULT_EDITION, type EditionCode } from "@/lib/editions";

export function previewFramePath(id: string, edition: EditionCode, version?: string): string {
  const base = edition === DEFAULT_EDITION ? "" : `/${edition}`;
  return `${base}/_preview/${id}${version && /^\d{1,9}$/.test(version) ? `?v=${version}` : ""}`;
}
