import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { bijoyToUnicode, isBijoyFont, looksLikeBijoy } from "./bijoy";

// Each pair was typed for this test: the Unicode word, and the keys a Bijoy typist presses for it
// (what a SutonnyMJ document holds).
const WORDS: [string, string][] = [
  ["Avgvi", "আমার"],
  ["†mvbvi", "সোনার"],
  ["evsjv", "বাংলা"],
  ["XvKv", "ঢাকা"],
  ["wbe©vPb", "নির্বাচন"],
  ["Kvh©µg", "কার্যক্রম"],
  ["c~‡e©", "পূর্বে"],
  ["mZx_©iv", "সতীর্থরা"],
  ["†K›`ª", "কেন্দ্র"],
  ["`ª“Z", "দ্রুত"],
  ["wk¶v_©x", "শিক্ষার্থী"],
  ["‰`wbK", "দৈনিক"],
  ["†gŠmyg", "মৌসুম"],
  ["ivRavbx", "রাজধানী"],
  ["evRvi", "বাজার"],
  ["cÖvK…wZK", "প্রাকৃতিক"],
  ["`yN©Ubv", "দুর্ঘটনা"],
  ["m¤ú`", "সম্পদ"],
  ["Avš—R©vwZK", "আন্তর্জাতিক"],
  ["w¯Œ‡b", "স্ক্রিনে"],
  ["Pvu`", "চাঁদ"],
  ["e¨vsK", "ব্যাংক"],
  ["cwi‡ek", "পরিবেশ"],
  ["Dc‡Rjv", "উপজেলা"],
];

describe("bijoyToUnicode", () => {
  it("converts words with pre-base vowel signs, reph, phala and conjuncts", () => {
    for (const [bijoy, unicode] of WORDS) assert.equal(bijoyToUnicode(bijoy), unicode, bijoy);
  });

  it("converts a sentence with digits and the dari, leaving spaces and Latin punctuation", () => {
    assert.equal(bijoyToUnicode("XvKvq 25 wWwMÖ ZvcgvÎv|"), "ঢাকায় ২৫ ডিগ্রি তাপমাত্রা।");
    assert.equal(bijoyToUnicode("mKvj 10t30 wgwb‡U, e„n¯úwZevi"), "সকাল ১০:৩০ মিনিটে, বৃহস্পতিবার");
  });
});

describe("bijoyToUnicode: য় ড় ঢ় before a vowel sign (issue 19, item 17)", () => {
  // Spelled out by code point: the letter, its nukta, then the vowel sign, as NFC text is stored
  // and searched (the precomposed forms are excluded from composition, so NFC keeps them apart).
  const cases: [string, string][] = [
    ["n‡q‡Q", "\u09B9\u09AF\u09BC\u09C7\u099B\u09C7"], // হয়েছে
    ["evwo", "\u09AC\u09BE\u09A1\u09BC\u09BF"], // বাড়ি
    [
      "wek¦we`¨vj‡qi",
      "\u09AC\u09BF\u09B6\u09CD\u09AC\u09AC\u09BF\u09A6\u09CD\u09AF\u09BE\u09B2\u09AF\u09BC\u09C7\u09B0",
    ], // বিশ্ববিদ্যালয়ের
  ];
  it("keeps the nukta with its letter, before the vowel sign, in NFC", () => {
    for (const [bijoy, unicode] of cases) {
      const out = bijoyToUnicode(bijoy);
      assert.equal(out, unicode, bijoy);
      assert.equal(out, out.normalize("NFC"));
      assert.doesNotMatch(out, /[\u09BE-\u09CC]\u09BC/);
    }
  });
});

describe("looksLikeBijoy", () => {
  it("recognises Bijoy text", () => {
    assert.ok(looksLikeBijoy("Avgvi †mvbvi evsjv, Avwg †Zvgvq fv‡jvevwm|"));
    assert.ok(looksLikeBijoy("XvKvi evRv‡i Pv‡ji `vg evo‡Q"));
  });

  it("leaves English, Unicode Bangla, addresses and short text alone", () => {
    assert.ok(!looksLikeBijoy("The river rose overnight and several villages were cut off from the town."));
    assert.ok(!looksLikeBijoy("Dhaka traffic: the avenue was heavy with vans and buses by seven."));
    assert.ok(!looksLikeBijoy("আমার সোনার বাংলা"));
    assert.ok(!looksLikeBijoy("https://www.youtube.com/watch?v=dQw4w9WgXcQ"));
    assert.ok(!looksLikeBijoy("Avgvi"));
  });

  it("knows the Bijoy fonts by name", () => {
    assert.ok(isBijoyFont('"SutonnyMJ", serif'));
    assert.ok(isBijoyFont("SutonnyOMJ"));
    assert.ok(!isBijoyFont("Times New Roman"));
    assert.ok(!isBijoyFont("SolaimanLipi"));
  });
});
