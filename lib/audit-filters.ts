// The audit page's filters, read from its address: anything malformed is dropped (and said so)
// rather than failing the page, and dates are whole days in the newsroom's time zone.
import { AUDIT_ACTIONS } from "./audit";
import { zonedLocalToUtc } from "./time";
import { isUuid } from "./uuid";

export type AuditParams = { who?: string; what?: string; story?: string; from?: string; to?: string };
export type ParsedAuditFilters = {
  /** What the form shows back (only the valid values). */
  values: AuditParams;
  actorId?: string;
  action?: string;
  storyId?: string;
  from?: Date;
  until?: Date;
  problems: string[];
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function dayStart(day: string | undefined, timeZone: string): Date | null {
  if (!day || !DAY.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) return null;
  return zonedLocalToUtc(`${day}T00:00`, timeZone);
}

export function parseAuditFilters(params: AuditParams, timeZone: string): ParsedAuditFilters {
  const out: ParsedAuditFilters = { values: {}, problems: [] };
  if (params.who) {
    if (isUuid(params.who)) out.actorId = out.values.who = params.who;
    else out.problems.push("Unknown person; showing everyone.");
  }
  if (params.what) {
    if ((AUDIT_ACTIONS as readonly string[]).includes(params.what)) out.action = out.values.what = params.what;
    else out.problems.push("Unknown action; showing every action.");
  }
  if (params.story) {
    if (isUuid(params.story)) out.storyId = out.values.story = params.story;
    else out.problems.push("Unknown story; showing every story.");
  }
  if (params.from) {
    const from = dayStart(params.from, timeZone);
    if (from) [out.from, out.values.from] = [from, params.from];
    else out.problems.push("The start date was not a date (YYYY-MM-DD); ignored.");
  }
  if (params.to) {
    // Inclusive for people: "to 3 December" means until the end of that day.
    const until = DAY.test(params.to) ? dayStart(nextDay(params.to), timeZone) : null;
    if (until) [out.until, out.values.to] = [until, params.to];
    else out.problems.push("The end date was not a date (YYYY-MM-DD); ignored.");
  }
  if (out.from && out.until && out.from >= out.until) out.problems.push("The start date is after the end date.");
  return out;
}
