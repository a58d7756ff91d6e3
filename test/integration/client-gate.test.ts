// The client's two hooks for the account inventory (src/cloudflare/client.ts): a gate consulted before
// every attempt and told how it ended, and an option that makes a 429 final. Against the API double.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type AttemptAnswer, type AttemptGate, type ClientOptions, CloudflareClient } from '../../src/cloudflare/client.ts';
import { CloudflareApiError } from '../../src/cloudflare/errors.ts';
import { Deadline, DeadlineError } from '../../src/deadline.ts';
import { CloudflareDouble } from '../double/server.ts';
import { newAccount } from '../support/fixtures.ts';

const account = newAccount();
let double: CloudflareDouble;
beforeAll(async () => {
  double = await CloudflareDouble.start(account.doubleOptions);
});
afterAll(() => double.close());
afterEach(() => double.reset());

/** A gate that records what it is told, and refuses from the nth attempt on when asked. */
function recordingGate(refuseFrom = Number.POSITIVE_INFINITY): AttemptGate & { entered: number; answers: (AttemptAnswer | undefined)[] } {
  const gate = {
    entered: 0,
    answers: [] as (AttemptAnswer | undefined)[],
    async enter(): Promise<(answer: AttemptAnswer | undefined) => void> {
      gate.entered += 1;
      if (gate.entered >= refuseFrom) throw new Error('refused by the gate');
      return answer => void gate.answers.push(answer);
    },
  };
  return gate;
}

function client(options: Partial<ClientOptions> = {}): { client: CloudflareClient; waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    client: new CloudflareClient({
      apiUrl: double.url,
      credentials: { kind: 'api-token', token: account.token },
      userAgent: 'test',
      deadline: new Deadline(60_000),
      maxRetries: 3,
      log: { debug: () => {}, info: () => {} },
      sleep: async ms => void waits.push(ms),
      random: () => 0.5,
      ...options,
    }),
  };
}

const listing = ['zones', account.zoneId, 'client_certificates'];

describe('the gate', () => {
  it('is consulted before every attempt, retries included, and told each status and its headers', async () => {
    const gate = recordingGate();
    double.faults.push({ type: 'status', status: 503 });
    await client({ gate }).client.call('GET', listing);
    expect(gate.entered).toBe(2);
    expect(gate.answers.map(a => a?.status)).toEqual([503, 200]);
    expect(gate.answers[1]?.headers.get('cf-ray')).toMatch(/-TST$/);
  });

  it('is told of an attempt that got no answer', async () => {
    const gate = recordingGate();
    double.faults.push({ type: 'reset' });
    await client({ gate }).client.call('GET', listing);
    expect(gate.answers.map(a => a?.status)).toEqual([undefined, 200]);
  });

  it('refuses: nothing is sent, the call throws the refusal, and nothing is retried', async () => {
    const gate = recordingGate(1);
    const { client: c, waits } = client({ gate });
    await expect(c.call('GET', listing)).rejects.toThrow('refused by the gate');
    expect(double.requests).toEqual([]);
    expect(c.requestCount).toBe(0);
    expect(waits).toEqual([]);
  });

  it('refusing a retry ends the call with the refusal, after the one attempt sent', async () => {
    const gate = recordingGate(2);
    double.faults.push({ type: 'status', status: 503 });
    const { client: c } = client({ gate });
    await expect(c.call('GET', listing)).rejects.toThrow('refused by the gate');
    expect(double.requests).toHaveLength(1);
  });

  it('answers with the deadline error when the deadline passes while the gate holds the attempt', async () => {
    const controller = new AbortController();
    const gate: AttemptGate = {
      enter: signal =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => reject(signal.reason), { once: true });
          controller.abort();
        }),
    };
    const { client: c } = client({ gate, deadline: new Deadline(60_000, controller.signal) });
    await expect(c.call('GET', listing)).rejects.toBeInstanceOf(DeadlineError);
    expect(double.requests).toEqual([]);
  });

  it('works through attemptOnce too', async () => {
    const gate = recordingGate();
    const outcome = await client({ gate }).client.attemptOnce('GET', listing);
    expect(outcome.ok).toBe(true);
    expect(gate.answers.map(a => a?.status)).toEqual([200]);
  });
});

describe('retryRateLimited', () => {
  it('false: a 429 is final, never retried, and thrown with its status', async () => {
    double.faults.push({ type: 'status', status: 429, retryAfter: '5' });
    const { client: c, waits } = client({ retryRateLimited: false });
    const error = await c.call('GET', listing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudflareApiError);
    expect((error as CloudflareApiError).response.status).toBe(429);
    expect(double.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('false leaves every other retry as it was', async () => {
    double.faults.push({ type: 'status', status: 503 });
    const { client: c } = client({ retryRateLimited: false });
    await c.call('GET', listing);
    expect(double.requests).toHaveLength(2);
  });

  it('by default, a 429 is retried after its retry-after, as before', async () => {
    double.faults.push({ type: 'status', status: 429, retryAfter: '5' });
    const { client: c, waits } = client();
    await c.call('GET', listing);
    expect(double.requests).toHaveLength(2);
    expect(waits).toEqual([5000]);
  });
});
