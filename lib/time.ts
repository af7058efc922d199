// Newsroom time: every timestamp a reader sees is formatted in the site's time zone (from
// settings), with Intl, so another outlet only changes a setting.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    formatters.set(key, f);
  }
  return f;
}

type Parts = Record<Intl.DateTimeFormatPartTypes, string>;

const FIELDS: Intl.DateTimeFormatOptions = {
  hourCycle: "h23",
  year: "numeric",
  month: "long",
  day: "numeric",
  weekday: "long",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
};

function parts(date: Date, timeZone: string, locale = "en-GB"): Parts {
  const f = formatter(timeZone, locale, FIELDS);
  return Object.fromEntries(f.formatToParts(date).map((p) => [p.type, p.value])) as Parts;
}

/**
 * A wall-clock reading as numbers, whatever digits the locale writes: `bn-BD` writes ১৩ for 13,
 * which `Number()` reads as NaN (every timestamp once printed "NaN:১৩:০৭"). Read in Latin digits,
 * then written back in the locale's own by `digits()`.
 */
function clockNumbers(date: Date, timeZone: string) {
  const p = parts(date, timeZone, "en-GB");
  return {
    hour: Number(p.hour),
    minute: Number(p.minute),
    second: Number(p.second),
    day: Number(p.day),
    year: Number(p.year),
  };
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `n` in the locale's digits (Bengali for `bn-BD`, unless the locale says `-u-nu-latn`), zero-padded to `width`. */
export function digits(n: number, locale: string, width = 1): string {
  const key = `${locale}|${width}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { useGrouping: false, minimumIntegerDigits: width });
    numberFormats.set(key, f);
  }
  return f.format(n);
}

function twelveHour(hour24: number): { hour: number; meridiem: "am" | "pm" } {
  return { hour: hour24 % 12 === 0 ? 12 : hour24 % 12, meridiem: hour24 < 12 ? "am" : "pm" };
}

/**
 * Bangla papers do not write am/pm: the time of day goes in front as a word, as people say it
 * (রাত ১:৩৯, সকাল ৯:১৫, বিকেল ৫:১৩). The hour each word starts at, in the zone's 24-hour clock.
 */
const BANGLA_DAY_PERIODS: readonly [startHour: number, word: string][] = [
  [0, "রাত"],
  [4, "ভোর"],
  [6, "সকাল"],
  [12, "দুপুর"],
  [15, "বিকেল"],
  [18, "সন্ধ্যা"],
  [20, "রাত"],
];

/** A 12-hour reading as the locale writes it: `5:13 pm` in English, `বিকেল ৫:১৩` in Bangla. */
function withDayPeriod(hour24: number, clock: string, locale: string): string {
  if (/^bn(?:-|$)/i.test(locale)) {
    // A plain loop, not findLast: this also runs in the reader script on old phones' browsers.
    let word = "";
    for (const [start, w] of BANGLA_DAY_PERIODS) if (hour24 >= start) word = w;
    return `${word} ${clock}`;
  }
  return `${clock} ${twelveHour(hour24).meridiem}`;
}

/** `05:13:07 pm, Friday, 4 July 2025` — the article page's precise timestamp. */
export function formatTimestamp(date: Date, timeZone: string, locale = "en-GB"): string {
  const words = parts(date, timeZone, locale);
  const n = clockNumbers(date, timeZone);
  const { hour } = twelveHour(n.hour);
  const d = (v: number, width = 1) => digits(v, locale, width);
  const clock = withDayPeriod(n.hour, `${d(hour, 2)}:${d(n.minute, 2)}:${d(n.second, 2)}`, locale);
  return `${clock}, ${words.weekday}, ${d(n.day)} ${words.month} ${d(n.year)}`;
}

/**
 * `1:39 am, Sunday, 3 August 2025` — the masthead clock and the article's publish line (no
 * seconds, no leading zero; the article's `<time datetime>` keeps the second).
 */
export function formatClock(date: Date, timeZone: string, locale = "en-GB"): string {
  const words = parts(date, timeZone, locale);
  const n = clockNumbers(date, timeZone);
  const { hour } = twelveHour(n.hour);
  const d = (v: number, width = 1) => digits(v, locale, width);
  const clock = withDayPeriod(n.hour, `${d(hour)}:${d(n.minute, 2)}`, locale);
  return `${clock}, ${words.weekday}, ${d(n.day)} ${words.month} ${d(n.year)}`;
}

/**
 * A story's time in a "Latest" list: the time of day when it is from today in the newsroom's
 * zone (`5:13 pm`, `বিকেল ৫:১৩`), else the day and month (`6 Dec`), so the column stays narrow.
 */
export function formatListTime(date: Date, timeZone: string, locale = "en-GB", now = new Date()): string {
  const day = (d: Date) =>
    formatter(timeZone, "en-GB", { year: "numeric", month: "numeric", day: "numeric" }).format(d);
  if (day(date) === day(now)) {
    const n = clockNumbers(date, timeZone);
    return withDayPeriod(n.hour, `${digits(twelveHour(n.hour).hour, locale)}:${digits(n.minute, locale, 2)}`, locale);
  }
  return formatter(timeZone, locale, { day: "numeric", month: "short" }).format(date);
}

/** `3 August 2025` — short dates in lists. */
export function formatDate(date: Date, timeZone: string, locale = "en-GB"): string {
  return formatter(timeZone, locale, { day: "numeric", month: "long", year: "numeric" }).format(date);
}

/** The zone's offset from UTC at that instant, in minutes (Dhaka: +360). */
export function offsetMinutes(date: Date, timeZone: string): number {
  const p = parts(date, timeZone, "en-GB");
  const asUtc = Date.UTC(
    Number(p.year),
    monthIndex(date, timeZone),
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

function monthIndex(date: Date, timeZone: string): number {
  return Number(formatter(timeZone, "en-GB", { month: "numeric" }).format(date)) - 1;
}

/** ISO 8601 in the newsroom's zone with its offset, for `<time datetime>` and JSON-LD. */
export function isoWithOffset(date: Date, timeZone: string): string {
  const offset = offsetMinutes(date, timeZone);
  const local = new Date(Math.floor(date.getTime() / 1000) * 1000 + offset * 60_000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${local.toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * A wall-clock time typed in the newsroom's zone (`2025-07-04T17:13`, as a datetime-local
 * input gives it) to the instant it names. Returns null for malformed input.
 */
export function zonedLocalToUtc(local: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(asUtc)) return null;
  // The offset depends on the instant; two passes settle it across daylight-saving changes.
  let guess = asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60_000;
  guess = asUtc - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

/** The `YYYY-MM-DDTHH:mm` a datetime-local input shows for an instant, in the newsroom's zone. */
export function utcToZonedLocal(date: Date, timeZone: string): string {
  return isoWithOffset(date, timeZone).slice(0, 16);
}
