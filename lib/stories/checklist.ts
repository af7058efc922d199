// The pre-publish checklist: what an editor wants true before a story goes live, each check
// off, a warning, or a block, as the desk configures it (Dashboard → Planning → Checklist).
// Pure: the editor shows the same verdicts the server enforces at Publish, Schedule and Update.
// What is always required to publish (a headline, a section, alt text on every image…) stays
// in publishProblems() (./input.ts) and is not configurable.

export const CHECK_MODES = ["off", "warn", "block"] as const;
export type CheckMode = (typeof CHECK_MODES)[number];

export const CHECKS = {
  photo: { label: "The story has a featured photo" },
  standfirst: { label: "The story has a standfirst" },
  headlineLength: { label: "The headline fits" },
  wordCount: { label: "The length is near the budget's target" },
  legal: { label: "A story flagged for legal has had its legal read" },
} as const;
export type CheckId = keyof typeof CHECKS;
export const CHECK_IDS = Object.keys(CHECKS) as CheckId[];

export type ChecklistConfig = {
  modes: Record<CheckId, CheckMode>;
  /** Longest headline, in characters (Google News shows about 110; print heads are shorter). */
  headlineMax: number;
  /** How far from the budget's target word count a story may be, in per cent either way. */
  wordTolerancePct: number;
};

export const DEFAULT_CHECKLIST: ChecklistConfig = {
  modes: { photo: "warn", standfirst: "warn", headlineLength: "warn", wordCount: "warn", legal: "block" },
  headlineMax: 110,
  wordTolerancePct: 25,
};

export type ChecklistInput = {
  headline: string;
  standfirst: string;
  words: number;
  hasPhoto: boolean;
  /** From the budget line the story was started from, if any. */
  targetWords: number | null;
  legal: { flagged: boolean; cleared: boolean };
};

export type CheckResult = { id: CheckId; label: string; mode: CheckMode; ok: boolean; detail: string };

/** Each configured check (those not off), passed or not, with a line saying why. */
export function evaluateChecklist(input: ChecklistInput, config: ChecklistConfig): CheckResult[] {
  const verdicts: Record<CheckId, [ok: boolean, detail: string]> = {
    photo: [input.hasPhoto, input.hasPhoto ? "Has a featured photo." : "No featured photo."],
    standfirst: [input.standfirst.trim() !== "", input.standfirst.trim() ? "Has a standfirst." : "No standfirst."],
    headlineLength: [
      [...input.headline].length <= config.headlineMax,
      `${[...input.headline].length} of at most ${config.headlineMax} characters.`,
    ],
    wordCount: (() => {
      if (!input.targetWords) return [true, "No target on the budget."];
      const slack = (input.targetWords * config.wordTolerancePct) / 100;
      const ok = Math.abs(input.words - input.targetWords) <= slack;
      return [ok, `${input.words} words; the budget says ${input.targetWords} (±${config.wordTolerancePct}%).`];
    })(),
    legal: input.legal.flagged
      ? [input.legal.cleared, input.legal.cleared ? "Flagged, and read by legal." : "Flagged for legal; not read yet."]
      : [true, "Not flagged for legal."],
  };
  return CHECK_IDS.filter((id) => config.modes[id] !== "off").map((id) => ({
    id,
    label: CHECKS[id].label,
    mode: config.modes[id],
    ok: verdicts[id][0],
    detail: verdicts[id][1],
  }));
}

/** The failures that stop a story going live. */
export function blockingFailures(results: CheckResult[]): CheckResult[] {
  return results.filter((r) => !r.ok && r.mode === "block");
}

/** A stored configuration read defensively: anything missing or unknown takes the default. */
export function readChecklistConfig(raw: unknown): ChecklistConfig {
  const r = (raw ?? {}) as Partial<ChecklistConfig>;
  const modes = { ...DEFAULT_CHECKLIST.modes };
  for (const id of CHECK_IDS) {
    const m = r.modes?.[id];
    if (m && (CHECK_MODES as readonly string[]).includes(m)) modes[id] = m;
  }
  const int = (v: unknown, lo: number, hi: number, d: number) =>
    typeof v === "number" && Number.isInteger(v) && v >= lo && v <= hi ? v : d;
  return {
    modes,
    headlineMax: int(r.headlineMax, 20, 300, DEFAULT_CHECKLIST.headlineMax),
    wordTolerancePct: int(r.wordTolerancePct, 0, 100, DEFAULT_CHECKLIST.wordTolerancePct),
  };
}
