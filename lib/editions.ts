// The outlet's editions: one per language, each with its own sections, home page, feeds, search
// and address space. Client-safe data (the desk's editor reads it too). A story belongs to
// exactly one edition through its section (sections.edition): the edition is a fact about where
// a story is filed, so it is written once, cannot disagree with the section, and every public
// query that already joins sections scopes by it without another column on stories.
export const EDITION_CODES = ["en", "bn"] as const;
export type EditionCode = (typeof EDITION_CODES)[number];

export type Edition = {
  code: EditionCode;
  /** BCP 47 language of the edition's text: `lang`, `hreflang`, `inLanguage`, `<news:language>`. */
  language: "en" | "bn";
  /** The edition's name in its own language. */
  name: string;
  /** Where its addresses start: "" for the default edition (at "/"), "/bn" for Bangla. */
  prefix: string;
};

/** The default edition answers at "/"; the others under "/<code>". */
export const DEFAULT_EDITION: EditionCode = "en";

export const EDITIONS: Readonly<Record<EditionCode, Edition>> = {
  en: { code: "en", language: "en", name: "English", prefix: "" },
  bn: { code: "bn", language: "bn", name: "বাংলা", prefix: "/bn" },
};

export function isEditionCode(value: unknown): value is EditionCode {
  return typeof value === "string" && (EDITION_CODES as readonly string[]).includes(value);
}

/** The edition a stored code names; an unknown code (a hand-edited row) reads as the default. */
export function editionOf(code: string | null | undefined): Edition {
  return EDITIONS[isEditionCode(code) ? code : DEFAULT_EDITION];
}

/** The other edition of a two-edition outlet: the language a translation pair links to. */
export function otherEdition(code: EditionCode): Edition {
  return EDITIONS[code === "en" ? "bn" : "en"];
}

/**
 * The edition whose front page a route renders: "/" is rewritten to /_front/home, "/bn" to
 * /bn/_front/home (next.config.ts), whose route adds `frontOf: "bn"`. Anything else is no page.
 */
export function frontEdition(params: { edition: string; frontOf?: EditionCode }): EditionCode | null {
  if (params.edition !== "home") return null;
  return params.frontOf ?? DEFAULT_EDITION;
}
