import type { Deadline } from './deadline.js';
import type { Sleep } from './sleep.js';

/** The first wait, the growth and the longest wait of every poll. */
const FIRST_MS = 1000;
const GROWTH = 1.5;
const MAX_MS = 10_000;

export interface PollLimits {
  /** Time the poll may spend waiting in all, below what the deadline leaves (default: all of it). */
  readonly budgetMs?: number;
  /** Time kept after the last wait for the look that follows it (default 1 s). */
  readonly reserveMs?: number;
}

/**
 * The one polling schedule for everything Cloudflare applies later than it answers (its reads are
 * eventually consistent): a pending revocation or reactivation, a hostname list after a write, a
 * certificate that listings show late. It yields the wait before each next look: 1 s, growing by half
 * each time up to 10 s (1, 1.5, 2.3, 3.4, 5.1, 7.6, 10, 10, …), quick when the API is quick and a look
 * every 10 s when it takes minutes; and it ends when the next wait and one more look would not fit in
 * the budget or before the deadline. It counts its own waits as well as the clock, so that a test's
 * sleep that takes no time ends it too.
 */
export function* pollDelays(deadline: Deadline, limits: PollLimits = {}): Generator<number, void> {
  const reserve = limits.reserveMs ?? 1000;
  const budget = Math.min(limits.budgetMs ?? Number.POSITIVE_INFINITY, deadline.remainingMs());
  let waited = 0;
  for (let delay = FIRST_MS; ; delay = Math.min(MAX_MS, Math.round(delay * GROWTH))) {
    if (waited + delay + reserve > budget || delay + reserve > deadline.remainingMs()) return;
    waited += delay;
    yield delay;
  }
}

/**
 * The one way a poll waits: within the deadline, and a cancelled step or a passed deadline ends the wait
 * as the deadline's error (never a bare abort reason, which would show as "Unexpected error").
 */
export async function pause(ms: number, { deadline, sleep }: { readonly deadline: Deadline; readonly sleep: Sleep }): Promise<void> {
  try {
    await sleep(ms, deadline.signal);
  } catch {
    throw deadline.error();
  }
}
