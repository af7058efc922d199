// An edition's own masthead words (site name, tagline, clock city), kept in the settings row's
// `edition_names` and edited with the rest of the settings. Pure, so the form, the reads and the
// tests share it; a blank word falls back to the default edition's.
import type { EditionNames } from "@/db/schema";
import { DEFAULT_EDITION, EDITION_CODES, type EditionCode } from "./editions";

export const EDITION_NAME_FIELDS = ["siteName", "tagline", "cityLabel"] as const;
export type EditionNameField = (typeof EDITION_NAME_FIELDS)[number];

/** The editions that have words of their own (every one but the default). */
export const NAMED_EDITIONS = EDITION_CODES.filter((code) => code !== DEFAULT_EDITION);

/** The settings form's input name for an edition's word: `siteName_bn`. */
export const editionFieldName = (field: EditionNameField, edition: EditionCode) => `${field}_${edition}`;

export function withEditionNames<T extends { [K in EditionNameField]: string } & { editionNames: EditionNames }>(
  settings: T,
  edition: EditionCode,
): T {
  const own = settings.editionNames[edition] ?? {};
  const pick = (field: EditionNameField) => own[field]?.trim() || settings[field];
  return { ...settings, siteName: pick("siteName"), tagline: pick("tagline"), cityLabel: pick("cityLabel") };
}
