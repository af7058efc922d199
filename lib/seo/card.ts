// Generated images for link previews: a 1200×630 card for a story without a photo (site name,
// section, headline), a site card for list pages, and the square publisher logo that Google's
// NewsArticle rules ask for (a raster image of at least 112 px). Drawn by sharp, whose Pango text
// renderer shapes Bengali properly, from fonts shipped in ./fonts — no network, no system fonts.
import "server-only";
import { createHash } from "node:crypto";
import path from "node:path";
import sharp from "sharp";
import { escapeHtml } from "@/lib/html-escape";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const LOGO_SIZE = 512;

/** Bump when the cards' design changes, so every card address changes and caches refetch. */
const DESIGN = "1";

const FONT_DIR = path.join(process.cwd(), "lib", "seo", "fonts");
const FONTS = {
  serif: path.join(FONT_DIR, "NotoSerif-Bold-latin.ttf"),
  sans: path.join(FONT_DIR, "NotoSans-Bold-latin.ttf"),
  bengali: path.join(FONT_DIR, "NotoSansBengali-Bold.ttf"),
};
// Pango picks per character from the list, so a Bengali headline (or a Bengali word in an
// English one) is set in Noto Sans Bengali and the rest in the named face.
const SERIF = "Noto Serif, Noto Sans Bengali Bold";
const SANS = "Noto Sans, Noto Sans Bengali Bold";

const INK = "#111827";
const PAPER = "#fbfaf7";
const ACCENT = "#b91c1c";
const MUTED = "#4b5563";
// Measured on a 1200x630 card: a 256-colour palette halves the file (14 KB against 37 KB) but
// takes 350 ms instead of 47 ms; a share card is fetched a few times by each unfurler, while a
// slow first render holds up the first reader who pastes a breaking story's link.
const PNG_OPTIONS = { compressionLevel: 6 } as const;

/** A short, stable fingerprint of what a card shows: its address changes exactly when the card does. */
function cardVersion(...parts: string[]): string {
  return createHash("sha256")
    .update([DESIGN, ...parts].join("\u0000"))
    .digest("base64url")
    .slice(0, 12);
}

export const storyCardVersion = (siteName: string, story: { sectionName: string; headline: string }) =>
  cardVersion("story", siteName, story.sectionName, story.headline);
export const siteCardVersion = (s: { siteName: string; tagline: string }, origin: string) =>
  cardVersion("site", s.siteName, s.tagline, origin);
export const logoVersion = (siteName: string) => cardVersion("logo", siteName);

let fontsLoaded: Promise<void> | null = null;
/**
 * Pango knows a font file only after a text operation has named it, and each operation names
 * one: render a character with each file once, before the first card, so every card can fall
 * back to all three.
 */
function loadFonts(): Promise<void> {
  fontsLoaded ??= (async () => {
    for (const fontfile of Object.values(FONTS)) {
      await sharp({ text: { text: "a", fontfile, font: "sans 8" } })
        .png()
        .toBuffer();
    }
  })();
  return fontsLoaded;
}

type TextBox = { text: string; font: string; color: string; width: number; height: number; dpi?: number };

/** One block of text as a transparent PNG; with `dpi` unset it is scaled to fill the box. */
async function textImage(box: TextBox): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${box.color}">${escapeHtml(box.text)}</span>`,
      font: box.font,
      width: box.width,
      // A fixed dpi keeps labels the same size on every card; the headline has none and fits its box.
      ...(box.dpi ? { dpi: box.dpi } : { height: box.height }),
      rgba: true,
      wrap: "word",
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  // A label at a fixed dpi may still be taller than its box (a very long section name): trim it.
  if (info.height > box.height) {
    const cut = await sharp(data).extract({ left: 0, top: 0, width: info.width, height: box.height }).png().toBuffer();
    return { data: cut, width: info.width, height: box.height };
  }
  return { data, width: info.width, height: info.height };
}

const MARGIN = 72;
const INNER = CARD_WIDTH - 2 * MARGIN;

async function card(top: TextBox & { dpi: number }, main: TextBox, bottom: string): Promise<Buffer> {
  await loadFonts();
  const [label, body, footer] = await Promise.all([
    textImage(top),
    textImage(main),
    textImage({ text: bottom, font: `${SANS} 12`, color: MUTED, width: INNER, height: 60, dpi: 150 }),
  ]);
  // The headline sits in the space between the label and the footer, vertically centred.
  const bodyTop = 150 + Math.max(0, Math.round((330 - body.height) / 2));
  return sharp({ create: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3, background: PAPER } })
    .composite([
      { input: { create: { width: CARD_WIDTH, height: 16, channels: 3, background: ACCENT } }, top: 0, left: 0 },
      { input: label.data, top: 64, left: MARGIN },
      { input: body.data, top: bodyTop, left: MARGIN },
      {
        input: { create: { width: INNER, height: 2, channels: 3, background: INK } },
        top: CARD_HEIGHT - 110,
        left: MARGIN,
      },
      { input: footer.data, top: CARD_HEIGHT - 86, left: MARGIN },
    ])
    .png(PNG_OPTIONS)
    .toBuffer();
}

/** The card for a story without a photo: section, headline, site name. */
export function renderStoryCard(input: { siteName: string; sectionName: string; headline: string }): Promise<Buffer> {
  return card(
    { text: input.sectionName.toUpperCase(), font: `${SANS} 12`, color: ACCENT, width: INNER, height: 60, dpi: 180 },
    { text: input.headline, font: `${SERIF}`, color: INK, width: INNER, height: 330 },
    input.siteName,
  );
}

/** The card for the site's own pages: tagline, site name large, and the site's address. */
export function renderSiteCard(input: { siteName: string; tagline: string; host: string }): Promise<Buffer> {
  return card(
    { text: input.tagline || " ", font: `${SANS} 12`, color: ACCENT, width: INNER, height: 60, dpi: 150 },
    { text: input.siteName, font: `${SERIF}`, color: INK, width: INNER, height: 220 },
    input.host,
  );
}

/** The publisher logo: the site's name set in the masthead face on a square. */
export async function renderLogo(siteName: string): Promise<Buffer> {
  await loadFonts();
  const inner = LOGO_SIZE - 64;
  const name = await textImage({ text: siteName, font: SERIF, color: INK, width: inner, height: inner - 40 });
  return sharp({ create: { width: LOGO_SIZE, height: LOGO_SIZE, channels: 3, background: PAPER } })
    .composite([
      { input: { create: { width: LOGO_SIZE, height: 24, channels: 3, background: ACCENT } }, top: 0, left: 0 },
      {
        input: name.data,
        top: Math.round(24 + (LOGO_SIZE - 24 - name.height) / 2),
        left: Math.round((LOGO_SIZE - name.width) / 2),
      },
    ])
    .png(PNG_OPTIONS)
    .toBuffer();
}
