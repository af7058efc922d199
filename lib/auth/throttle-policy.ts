// The sign-in throttle's decision, as a pure function over the attempt history, so the whole
// policy can be tested as a table. Throttle, never lock: a stranger's wrong guesses may slow
// an account down but must not keep its owner out (issue 10, item 4).

export const WINDOW_MS = 15 * 60_000;
/** Hard limit per (account, address): guessing from one place stops here for the window. */
export const MAX_FAILURES_PER_PAIR = 5;
/** Per address it is higher: a whole newsroom often shares one office address. */
export const MAX_FAILURES_PER_IP = 30;
/** Failures on an account (from anywhere) before each further try must wait. */
export const BACKOFF_AFTER = 5;
/**
 * The account-wide wait stops growing here. It was the whole window (15 min): a stranger rotating
 * 50 addresses kept the owner out from any address the account had not used (issue 19, item 4).
 * Half a minute is a wait a person sits through; guessing stays bounded by the per-pair and
 * per-address hard limits, and by this wait between any two tries on the account.
 */
export const MAX_BACKOFF_MS = 30_000;
/** A correct password from an address that signed in to this account this recently skips the back-off. */
export const TRUSTED_ADDRESS_MS = 30 * 24 * 3600_000;

export type Attempt = { ip: string; success: boolean; at: Date };

export type AttemptHistory = {
  /** This account's attempts within the window, from every address. */
  account: Attempt[];
  /** Failures from this address within the window, on any account. */
  ipFailures: number;
  /** This account signed in successfully from this address within TRUSTED_ADDRESS_MS. */
  trustedAddress: boolean;
};

export type ThrottleDecision =
  | { kind: "allow" }
  /** The account is backing off, but this address is one its owner uses: a correct password goes through. */
  | { kind: "allow-if-correct"; retryAfterMs: number }
  | { kind: "refuse"; reason: "address" | "pair" | "account"; retryAfterMs: number };

/** Wait before the next try once an account has `failures` recent failures: 2^(n-5) s, capped. */
export function backoffMs(failures: number): number {
  if (failures < BACKOFF_AFTER) return 0;
  return Math.min(2 ** (failures - BACKOFF_AFTER) * 1000, MAX_BACKOFF_MS);
}

/** Failures after the latest success (a success clears the count), oldest first. */
function failuresSinceSuccess(attempts: Attempt[]): Attempt[] {
  const sorted = [...attempts].sort((a, b) => a.at.getTime() - b.at.getTime());
  const lastOk = sorted.findLastIndex((a) => a.success);
  return sorted.slice(lastOk + 1);
}

export function decideAttempt(history: AttemptHistory, ip: string, now: Date): ThrottleDecision {
  const since = now.getTime() - WINDOW_MS;
  const recent = history.account.filter((a) => a.at.getTime() > since && a.at.getTime() <= now.getTime());
  if (history.ipFailures >= MAX_FAILURES_PER_IP) {
    return { kind: "refuse", reason: "address", retryAfterMs: WINDOW_MS };
  }
  const pairFailures = failuresSinceSuccess(recent.filter((a) => a.ip === ip));
  if (pairFailures.length >= MAX_FAILURES_PER_PAIR) {
    const oldest = pairFailures[pairFailures.length - MAX_FAILURES_PER_PAIR]!;
    return { kind: "refuse", reason: "pair", retryAfterMs: oldest.at.getTime() + WINDOW_MS - now.getTime() };
  }
  const accountFailures = failuresSinceSuccess(recent);
  const wait = backoffMs(accountFailures.length);
  const last = accountFailures[accountFailures.length - 1];
  const retryAfterMs = last ? last.at.getTime() + wait - now.getTime() : 0;
  if (retryAfterMs <= 0) return { kind: "allow" };
  if (history.trustedAddress) return { kind: "allow-if-correct", retryAfterMs };
  return { kind: "refuse", reason: "account", retryAfterMs };
}
