// The one polling schedule (src/poll.ts), with a deadline whose clock the test moves: no real time passes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Deadline, DeadlineError } from '../../src/deadline.ts';
import { pause, pollDelays } from '../../src/poll.ts';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-01T00:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('pollDelays', () => {
  it('grows from 1 s by half each time, and never waits more than 10 s', () => {
    const delays = [...pollDelays(new Deadline(3_600_000), { budgetMs: 120_000 })];
    expect(delays.slice(0, 8)).toEqual([1000, 1500, 2250, 3375, 5063, 7595, 10_000, 10_000]);
    expect(Math.max(...delays)).toBe(10_000);
  });

  it('ends when its own waits and one more look would pass the budget, even when no time passes (an injected sleep)', () => {
    const delays = [...pollDelays(new Deadline(60_000), { budgetMs: 5000 })];
    // 1 + 1.5 = 2.5 s, and 1 s kept for the last look; 2.5 + 2.25 + 1 > 5.
    expect(delays).toEqual([1000, 1500]);
    expect([...pollDelays(new Deadline(60_000), { budgetMs: 5000, reserveMs: 0 })]).toEqual([1000, 1500, 2250]);
  });

  it('ends when the next wait and one more look would pass the deadline, as the clock moves', () => {
    const deadline = new Deadline(10_000);
    const delays = pollDelays(deadline);
    const taken: number[] = [];
    for (const delay of delays) {
      taken.push(delay);
      // Each look itself takes 2 s of the deadline besides the wait.
      vi.advanceTimersByTime(delay + 2000);
    }
    // After 1 s (+2) and 1.5 s (+2), 3.5 s are left: 2.25 s and a look fit; then 3.4 s and a look do not.
    expect(taken).toEqual([1000, 1500, 2250]);
    expect(deadline.remainingMs()).toBe(0);
  });

  it('yields nothing when the deadline leaves no room for one wait and a look', () => {
    expect([...pollDelays(new Deadline(1500))]).toEqual([]);
  });
});

describe('pause', () => {
  it("ends a wait the deadline cuts short as the deadline's error, never a bare abort reason", async () => {
    const deadline = new Deadline(500);
    const waiting = pause(10_000, {
      deadline,
      sleep: (ms, signal) =>
        new Promise((resolve, reject) => {
          const timer = setTimeout(resolve, ms);
          signal.addEventListener(
            'abort',
            () => {
              clearTimeout(timer);
              reject(signal.reason);
            },
            { once: true },
          );
        }),
    });
    const caught = waiting.catch((error: unknown) => error);
    vi.advanceTimersByTime(600);
    const error = await caught;
    expect(error).toBeInstanceOf(DeadlineError);
    expect((error as Error).message).toMatch(/within the step's deadline of 0\.5 s/);
  });

  it('a cancelled step (SIGTERM) says it was cancelled', async () => {
    const cancel = new AbortController();
    const deadline = new Deadline(60_000, cancel.signal);
    const waiting = pause(10_000, {
      deadline,
      sleep: (_ms, signal) => new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true })),
    });
    cancel.abort(new Error('SIGTERM'));
    await expect(waiting).rejects.toThrow(/the step was cancelled/);
  });
});
