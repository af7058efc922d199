// Bangla typed in the legacy Bijoy layout with a SutonnyMJ-family font arrives in the clipboard as
// Latin letters and Windows-1252 symbols ("Avgvi †mvbvi evsjv"): the font drew them as Bangla
// glyphs. This turns such text into Unicode Bangla (issue 12, capability 5): a glyph table, then
// the reordering Unicode needs — Bijoy stores glyphs in the order they are drawn, so the vowel
// signs drawn before a consonant (ি, ে, ৈ) come before it, and reph (র্, drawn above) comes after.

const CONSONANTS = "কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহড়ঢ়য়ৎংঃঁ";
const HALANT = "\u09CD";
const PRE_KARS = "িেৈ";
const POST_KARS = "াোৌৗুূীৃ";
const REPH = "\uE000";

// One glyph of the font → its Unicode. The letters follow the keyboard (K ক, L খ, … the vowels on
// A–J); the symbols above 0x80 are the font's ready-made conjuncts and the lower forms of
// consonants (phala), which are written with a halant in Unicode.
const GLYPHS: Record<string, string> = {
  ...pairs("ABCDEFGHIJ", ["অ", "ই", "ঈ", "উ", "ঊ", "ঋ", "এ", "ঐ", "ও", "ঔ"]),
  ...pairs("KLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstu", [
    ..."কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ",
    "ড়",
    "ঢ়",
    "য়",
    "ৎ",
    "ং",
    "ঃ",
    "ঁ",
  ]),
  ...pairs("0123456789", [..."০১২৩৪৫৬৭৮৯"]),
  // Vowel signs: several glyph variants draw the same sign at a different height or width.
  v: "া",
  w: "ি",
  x: "ী",
  y: "ু",
  z: "ু",
  "“": "ু",
  "–": "ু",
  "~": "ূ",
  ƒ: "ূ",
  "‚": "ূ",
  "„": "ৃ",
  "…": "ৃ",
  "†": "ে",
  "‡": "ে",
  ˆ: "ৈ",
  "‰": "ৈ",
  Š: "ৗ",
  "|": "।",
  "&": HALANT,
  // Half forms (a consonant with halant, joined to what follows) and lower forms (phala).
  "•": "ঙ্",
  "”": "চ্",
  "˜": "দ্",
  "™": "দ্",
  š: "ন্",
  "›": "ন্",
  "¤": "ম্",
  "®": "ষ্",
  "¯": "স্",
  // Reph: a marker until step 3 moves it where Unicode wants it.
  "©": REPH,
  "^": "্ব",
  "‘": "্তু",
  "’": "্থ",
  "‹": "্ক",
  Œ: "্ক্র",
  "—": "্ত",
  œ: "্ন",
  Ÿ: "্ব",
  "¡": "্ব",
  "¢": "্ভ",
  "£": "্ভ্র",
  "¥": "্ম",
  "¦": "্ব",
  "§": "্ম",
  "¨": "্য",
  ª: "্র",
  "«": "্র",
  "¬": "্ল",
  "\u00AD": "্ল",
  "¿": "্ত্র",
  Ö: "্র",
  è: "্ন",
  ú: "্প",
  // Whole conjuncts, in the font's order from 0xB0.
  ...pairs("°±²³´µ¶·¸¹º»¼½¾ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ", [
    "ক্ক",
    "ক্ট",
    "ক্ষ্ণ",
    "ক্ত",
    "ক্ম",
    "ক্র",
    "ক্ষ",
    "ক্স",
    "গু",
    "জ্ঞ",
    "গ্দ",
    "গ্ধ",
    "ঙ্ক",
    "ঙ্গ",
    "জ্জ",
    "জ্ঝ",
    "জ্ঞ",
    "ঞ্চ",
    "ঞ্ছ",
    "ঞ্জ",
    "ঞ্ঝ",
    "ট্ট",
    "ড্ড",
    "ণ্ট",
    "ণ্ঠ",
    "ণ্ড",
    "ত্ত",
    "ত্থ",
    "ত্ম",
    "ত্র",
    "দ্দ",
  ]),
  ...pairs("×ØÙÚÛÜÝÞßàáâãäåæçéêëìíîïðñòóôõö÷øùûüýþ", [
    "দ্ধ",
    "দ্ব",
    "দ্ম",
    "ন্ঠ",
    "ন্ড",
    "ন্ধ",
    "ন্স",
    "প্ট",
    "প্ত",
    "প্প",
    "প্স",
    "ব্জ",
    "ব্দ",
    "ব্ধ",
    "ভ্র",
    "ম্ন",
    "ম্ফ",
    "ল্ক",
    "ল্গ",
    "ল্ট",
    "ল্ড",
    "ল্প",
    "ল্ফ",
    "শু",
    "শ্চ",
    "শ্ছ",
    "ষ্ণ",
    "ষ্ট",
    "ষ্ঠ",
    "ষ্ফ",
    "স্খ",
    "স্ট",
    "স্ন",
    "স্ফ",
    "হু",
    "হৃ",
    "হ্ন",
    "হ্ম",
  ]),
  // Typographic marks the font kept for itself.
  Ð: "-",
  Ñ: "–",
  Ò: "“",
  Ó: "”",
  Ô: "‘",
  Õ: "’",
};

function pairs(keys: string, values: string[]): Record<string, string> {
  const chars = [...keys];
  if (chars.length !== values.length) throw new Error(`Bijoy table: ${chars.length} keys, ${values.length} values`);
  return Object.fromEntries(chars.map((k, i) => [k, values[i]!]));
}

const isConsonant = (c: string | undefined) => c !== undefined && CONSONANTS.includes(c);
const isKar = (c: string | undefined) => c !== undefined && (PRE_KARS.includes(c) || POST_KARS.includes(c));

/** End (exclusive) of the consonant cluster starting at i: a consonant, then (halant consonant)*. */
function clusterEnd(cs: string[], i: number): number {
  if (!isConsonant(cs[i])) return i;
  let j = i + 1;
  while (cs[j] === HALANT && isConsonant(cs[j + 1])) j += 2;
  return j;
}

/** Start of the consonant cluster ending just before `end` (exclusive). */
function clusterStart(cs: string[], end: number): number {
  let i = end - 1;
  if (!isConsonant(cs[i])) return end;
  while (cs[i - 1] === HALANT && isConsonant(cs[i - 2])) i -= 2;
  return i;
}

/** Converts Bijoy-encoded text (as a SutonnyMJ font shows it) to Unicode Bangla. */
export function bijoyToUnicode(input: string): string {
  // 1. Glyphs to characters, in drawing order. "A" + "v" is the independent আ.
  const mapped = [...input.replace(/Av/g, "\u0986")].map((c) => GLYPHS[c] ?? c).join("");
  // A half form followed by a lower form doubles the halant (স্ + ্ক); Unicode has one. ড় ঢ় য়
  // are a letter and a nukta: one unit, so a vowel sign never lands between them (issue 19:
  // হয়েছে came out as হ য ে ়, which no search for the word matched).
  let cs: string[] = mapped.replace(/\u09CD\u09CD+/g, HALANT).match(/[\u09A1\u09A2\u09AF]\u09BC|[^]/gu) ?? [];

  // 2. Pre-base vowel signs go after the cluster they were drawn in front of; ে with া or ৗ
  // after that cluster is ো or ৌ.
  const out: string[] = [];
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    if (PRE_KARS.includes(c) && isConsonant(cs[i + 1])) {
      const end = clusterEnd(cs, i + 1);
      out.push(...cs.slice(i + 1, end));
      if (c === "ে" && cs[end] === "া") {
        out.push("ো");
        i = end;
      } else if (c === "ে" && cs[end] === "ৗ") {
        out.push("ৌ");
        i = end;
      } else {
        out.push(c);
        i = end - 1;
      }
    } else out.push(c);
  }
  cs = out;

  // 3. Reph was drawn after its syllable: move it before the cluster, past any vowel signs.
  for (let i = 0; i < cs.length; i++) {
    if (cs[i] !== REPH) continue;
    let end = i;
    while (isKar(cs[end - 1])) end--;
    const start = clusterStart(cs, end);
    cs.splice(i, 1);
    cs.splice(start, 0, "র", HALANT);
    i++;
  }

  // 4. Signs typed in a different order than Unicode keeps them: candrabindu after the vowel
  // sign, a vowel sign after a lower form typed behind it.
  for (let i = 0; i < cs.length - 1; i++) {
    if (cs[i] === "ঁ" && POST_KARS.includes(cs[i + 1]!)) [cs[i], cs[i + 1]] = [cs[i + 1]!, cs[i]!];
    if (isKar(cs[i]) && cs[i + 1] === HALANT && isConsonant(cs[i + 2])) {
      const kar = cs[i]!;
      cs.splice(i, 1);
      cs.splice(i + 2, 0, kar);
    }
  }
  return (
    cs
      .join("")
      .replace(/অা/g, "আ")
      // ঃ (t) after a digit or a space was a colon.
      .replace(/([০-৯ ])ঃ/g, "$1:")
      // NFC, as search and slugs read Bangla: য় ড় ঢ় stay letter + nukta (excluded from composition).
      .normalize("NFC")
  );
}

// Symbols that only Bijoy text uses this densely: vowel signs and conjuncts from the font's upper half.
const BIJOY_SYMBOLS = /[†‡‰ˆŠ©¨ª«¯¶÷‚„…“–]/g;
const ENGLISH_WORDS =
  /\b(the|and|of|to|in|is|for|on|that|with|was|as|at|by|it|from|be|are|this|an|or|has|had|have|not|but|his|her|their|said|will|were|which)\b/gi;

/**
 * True when plain text looks like Bijoy-encoded Bangla rather than English (or anything else):
 * no Unicode Bangla, few common English words, and the marks of the encoding — "v" (া, the
 * most frequent vowel sign) far more often than any English text has it, or the font's symbols.
 */
export function looksLikeBijoy(text: string): boolean {
  if (/[\u0980-\u09FF]/.test(text)) return false;
  const words = text.match(/\S+/g) ?? [];
  if (words.length < 2) return false;
  const letters = (text.match(/[A-Za-z]/g) ?? []).length;
  if (letters < 6) return false;
  const english = (text.match(ENGLISH_WORDS) ?? []).length / words.length;
  if (english > 0.08) return false;
  const symbols = (text.match(BIJOY_SYMBOLS) ?? []).length / words.length;
  const v = (text.match(/v/g) ?? []).length / letters;
  // English has "v" at about 1 letter in 100; Bijoy Bangla at 1 in 8 or more.
  return symbols >= 0.2 || (v >= 0.07 && (text.match(/Av|wK|‡|†|w[A-Za-z`_]/g) ?? []).length > 0);
}

/** True when a CSS font-family names a Bijoy font (SutonnyMJ and its family all end in "MJ"). */
export function isBijoyFont(fontFamily: string): boolean {
  return /(^|[\s,"'])[A-Za-z]*MJ\b/.test(fontFamily);
}
