// command: list with account-id, through dist/ as the runner runs it: every zone of an account in one
// step, within a request budget, a pool of 4 requests and Cloudflare's rate limit (issue 21,
// docs/account-inventory.md). Request counts are exact: ⌈Z/50⌉ zone pages + Σ max(1, ⌈Nᵢ/50⌉).
import { afterEach, describe, expect, it } from 'vitest';
import type { RateLimitOptions } from '../double/rate-limiter.ts';
import { CloudflareDouble, type DoubleOptions } from '../double/server.ts';
import { CERTIFICATE_ID, newId, newToken } from '../support/fixtures.ts';
import { generateCsr } from '../support/pki.ts';
import { type ActionRun, registerSecrets, runAction } from '../support/run-action.ts';

const DAY_MS = 86_400_000;
const githubToken = `ghs_${newToken()}`;
const csr = await generateCsr({ keyType: 'ec-p256' });
registerSecrets(githubToken);

let double: CloudflareDouble | undefined;
afterEach(async () => {
  await double?.close();
  double = undefined;
});

interface Account {
  readonly double: CloudflareDouble;
  readonly accountId: string;
  readonly token: string;
  /** The account's zones, in the listing's order; zone i is named zone-<i>.example. */
  readonly zones: readonly string[];
  /** A zone of another account the token also reads, which must never show. */
  readonly other: string;
}

/**
 * An account whose zone i holds counts[i] certificates (valid a year), and another account with one zone
 * of its own. The token reads ("Zone: Read") every zone; its "SSL and Certificates: Read" covers all but
 * the `uncovered` ones.
 */
async function startAccount(
  counts: readonly number[],
  options: { uncovered?: readonly number[]; rateLimit?: RateLimitOptions | false; extra?: Partial<DoubleOptions> } = {},
): Promise<Account> {
  const accountId = newId();
  const token = newToken();
  registerSecrets(token);
  const zones = counts.map(() => newId());
  const other = newId();
  const covered = zones.filter((_, index) => !(options.uncovered ?? []).includes(index));
  const started = await CloudflareDouble.start({
    tokens: [{ token, permission: 'read', zones: [...covered, other], zoneRead: [...zones, other] }],
    accounts: [
      { id: accountId, name: 'Example Account', zones },
      { id: newId(), name: 'Another Account', zones: [other] },
    ],
    zoneNames: { ...Object.fromEntries(zones.map((zone, index) => [zone, `zone-${index}.example`])), [other]: 'other.example' },
    githubToken,
    ...(options.rateLimit !== undefined ? { rateLimit: options.rateLimit } : {}),
    ...options.extra,
  });
  double = started;
  await started.seed(other, csr.csrPem, 365);
  for (const [index, count] of counts.entries()) for (let n = 0; n < count; n++) await started.seed(zones[index] as string, csr.csrPem, 365);
  started.reset();
  return { double: started, accountId, token, zones, other };
}

const inputs = (account: Account, extra: Record<string, string> = {}): Record<string, string> => ({
  command: 'list',
  'account-id': account.accountId,
  'api-token': account.token,
  'api-url': account.double.url,
  'list-status': 'all',
  ...extra,
});

/** The fewest requests: ⌈Z/50⌉ zone pages, and max(1, ⌈Nᵢ/50⌉) certificate pages per zone. */
const fewest = (counts: readonly number[]): number => Math.ceil(counts.length / 50) + counts.reduce((sum, n) => sum + Math.max(1, Math.ceil(n / 50)), 0);

const notices = (run: ActionRun): string[] => run.stdout.split('\n').filter(line => line.startsWith('::notice::'));
const json = <T>(run: ActionRun, name: string): T => JSON.parse(run.outputs[name] ?? 'null') as T;

interface CertificateEntry {
  readonly id: string;
  readonly 'days-remaining': number;
  readonly 'zone-id': string;
  readonly 'zone-name': string;
}
interface ZoneEntry {
  readonly id: string;
  readonly name: string;
  readonly why?: string;
  readonly count?: number;
}

describe('an account of three zones, one of them outside the token\'s "SSL and Certificates: Read"', () => {
  it('checks two, skips the third with a notice naming it, and passes', async () => {
    const account = await startAccount([1, 2, 1], { uncovered: [2] });
    const run = await runAction(inputs(account));
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    // One zone page and one certificate page per zone, the skipped one's 403 included.
    expect(account.double.requests).toHaveLength(fewest([1, 2, 1]));
    expect(account.double.requests.map(r => r.query['account.id'] ?? r.path)).toEqual([
      account.accountId,
      ...account.zones.map(zone => `/client/v4/zones/${zone}/client_certificates`),
    ]);
    expect(notices(run)).toEqual([expect.stringMatching(new RegExp(`^::notice::Zone zone-2\\.example \\(${account.zones[2]}\\) was skipped: .*HTTP 403`))]);

    expect(run.outputs.count).toBe('3');
    expect(run.outputs['expiring-count']).toBe('0');
    const certificates = json<CertificateEntry[]>(run, 'certificates');
    for (const certificate of certificates) {
      expect(account.double.certificates(certificate['zone-id']).map(c => c.id)).toContain(certificate.id);
      expect(certificate['zone-name']).toBe(`zone-${account.zones.indexOf(certificate['zone-id'])}.example`);
    }
    expect(certificates.map(c => c['zone-id']).sort()).toEqual([account.zones[0], account.zones[1], account.zones[1]].sort());
    expect(json<ZoneEntry[]>(run, 'zones-checked')).toEqual([
      { id: account.zones[0], name: 'zone-0.example', count: 1 },
      { id: account.zones[1], name: 'zone-1.example', count: 2 },
    ]);
    expect(json<ZoneEntry[]>(run, 'zones-skipped')).toEqual([
      {
        id: account.zones[2],
        name: 'zone-2.example',
        why: expect.stringMatching(/10000: Authentication error \(HTTP 403.*"SSL and Certificates: Read" does not include zone/),
      },
    ]);
    expect(json<ZoneEntry[]>(run, 'zones-not-checked')).toEqual([]);

    // The verdict and the account first, one table across zones, then the skipped zone.
    expect(run.summary).toMatch(new RegExp(`^### ✅ Client certificates checked · account \`${account.accountId}\`\n`));
    expect(run.summary).toContain('3 zones: 2 checked, 1 skipped, 0 not checked. 3 certificates, 0 expiring soon.');
    expect(run.summary).toContain('4 requests of a budget of 600 (the account needs at least 4)');
    const table = run.summary.indexOf('| | Zone | ID | Common name | Status | Expires | Days left |');
    const skipped = run.summary.indexOf('#### Zones skipped (1)');
    expect(table).toBeGreaterThan(run.summary.indexOf('3 zones:'));
    expect(skipped).toBeGreaterThan(table);
    expect(run.summary.slice(skipped)).toContain(`| zone-2.example | \`${account.zones[2]}\` | Cloudflare API error 10000`);
    expect(run.summary).not.toContain('other.example');
    expect(run.summary).not.toContain('Zones not checked');
  });
});

describe('120 zones with 0 to 3 certificates each', () => {
  it('sends exactly ⌈120/50⌉ + 120 requests, never more than 4 at once, and lists every certificate with its zone', async () => {
    const counts = Array.from({ length: 120 }, (_, index) => index % 4);
    const account = await startAccount(counts);
    // Latency, so that the action's concurrent requests overlap at the double as on the internet.
    account.double.latencyMs = 20;
    const run = await runAction(inputs(account));
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const expected = fewest(counts);
    expect(expected).toBe(3 + 120);
    expect(account.double.requests).toHaveLength(expected);
    expect(account.double.requests.filter(r => r.path.endsWith('/zones')).map(r => r.query.page)).toEqual(['1', '2', '3']);
    // Never more than the pool in flight, as the double saw them; and the pool used, as the action counted them.
    expect(account.double.maxInFlight).toBeLessThanOrEqual(4);
    expect(Math.max(...account.double.requests.map(r => r.inFlight ?? 0))).toBeLessThanOrEqual(4);
    expect(run.stdout).toContain(`(${expected} requests of a budget of 600, at most 4 at once)`);

    const total = counts.reduce((a, b) => a + b, 0);
    expect(run.outputs.count).toBe(String(total));
    const certificates = json<CertificateEntry[]>(run, 'certificates');
    expect(certificates).toHaveLength(total);
    const listed = new Set(certificates.map(c => `${c['zone-id']}/${c.id}`));
    const stored = new Set(account.zones.flatMap(zone => account.double.certificates(zone).map(c => `${zone}/${c.id}`)));
    expect(listed).toEqual(stored);
    expect(json<ZoneEntry[]>(run, 'zones-checked').map(z => [z.id, z.count])).toEqual(account.zones.map((zone, index) => [zone, counts[index]]));
    // One table across zones, sorted by expiry, the zone's name in a column.
    const rows = run.summary.split('\n').filter(line => /^\| {2}\| zone-\d+\.example \|/.test(line));
    expect(rows).toHaveLength(total);
    const expiries = rows.map(row => row.match(/title="([^"]+)"/)?.[1] ?? '');
    expect(expiries).toEqual([...expiries].sort());
  });
});

describe('a request budget smaller than the account needs', () => {
  const counts = Array.from({ length: 20 }, () => 1);

  it('stops before it would pass the budget, names the zones not checked, and fails the step after the outputs', async () => {
    const account = await startAccount(counts);
    const run = await runAction(inputs(account, { 'request-budget': '10' }));
    expect(run.exitCode).toBe(1);
    expect(account.double.requests).toHaveLength(10);
    const checked = json<ZoneEntry[]>(run, 'zones-checked');
    const notChecked = json<ZoneEntry[]>(run, 'zones-not-checked');
    expect(checked).toHaveLength(9);
    expect(notChecked).toHaveLength(11);
    expect([...checked, ...notChecked].map(z => z.id).sort()).toEqual([...account.zones].sort());
    for (const zone of notChecked) expect(zone.why).toBe("not checked: the run's request budget (10 requests) was spent");
    expect(run.outputs.count).toBe('9');
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^Stopped before the account was checked: the run's request budget \(10 requests\) is spent\. 11 of 20 zones were not checked: .*\. The account needs at least 21 requests; this run sent 10 of its budget of 10$/,
      ),
    ]);
    for (const zone of notChecked) expect(run.errors[0]).toContain(`${zone.name} (${zone.id})`);
    expect(run.summary).toMatch(/^### ❌ Client certificates checked · account/);
    expect(run.summary).toContain('#### Zones not checked (11)');
  });

  it('only warns with fail-on-incomplete: false', async () => {
    const account = await startAccount(counts);
    const run = await runAction(inputs(account, { 'request-budget': '10', 'fail-on-incomplete': 'false' }));
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(account.double.requests).toHaveLength(10);
    expect(run.warnings).toContainEqual(expect.stringMatching(/^Stopped before the account was checked: .*11 of 20 zones were not checked/));
    expect(json<ZoneEntry[]>(run, 'zones-not-checked')).toHaveLength(11);
    expect(run.summary).toMatch(/^### ⚠️ Client certificates checked/);
  });
});

describe('a 429 in the middle of the run', () => {
  it('sends no request after it but those already in flight, keeps what was read, and says how long to wait', async () => {
    // 15 requests allowed per 5 minutes, and no rate-limit headers: the action cannot see it coming.
    const account = await startAccount(
      Array.from({ length: 40 }, () => 1),
      { rateLimit: { limit: 15, windowMs: 300_000, headers: 'none' } },
    );
    account.double.latencyMs = 10;
    const run = await runAction(inputs(account));
    expect(run.exitCode).toBe(1);
    const requests = account.double.requests;
    const first = requests.findIndex(r => r.limited);
    expect(first).toBe(15);
    // After the first 429, only the requests in flight with it (at most the pool's 3 others), refused as well.
    expect(requests.length - first - 1).toBeLessThanOrEqual(3);
    expect(requests.slice(first).every(r => r.limited)).toBe(true);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^Stopped before the account was checked: Cloudflare answered HTTP 429 \(rate limited\): no request was sent after it, .*; wait 300 s before the next run\. 26 of 40 zones were not checked/,
      ),
    ]);
    expect(json<ZoneEntry[]>(run, 'zones-checked')).toHaveLength(14);
    expect(run.outputs.count).toBe('14');
    const notChecked = json<ZoneEntry[]>(run, 'zones-not-checked');
    expect(notChecked).toHaveLength(26);
    for (const zone of notChecked) expect(zone.why).toMatch(/HTTP 429/);
  });
});

describe('one expiring certificate in the 80th of 100 zones', () => {
  it("is found, with its zone, in the outputs, the summary and the account's tracking issue", async () => {
    const counts = Array.from({ length: 100 }, () => 1);
    const account = await startAccount(counts);
    const zone = account.zones[79] as string;
    const old = await account.double.seed(zone, csr.csrPem, 365, new Date(Date.now() - 360 * DAY_MS));
    const run = await runAction(inputs(account, { 'list-status': 'active', 'min-days-remaining': '30', 'github-token': githubToken }), {
      env: { GITHUB_API_URL: account.double.githubUrl },
    });
    expect(run.exitCode).toBe(1);
    expect(account.double.requests).toHaveLength(fewest([...counts.slice(0, 79), 2, ...counts.slice(80)]));
    for (const request of account.double.requests.slice(2)) expect(request.query.status).toBe('active');
    expect(run.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^1 active client certificate of account ${account.accountId} expires in fewer than 30 days \\(min-days-remaining\\): ${old.id} \\(.*, zone zone-79\\.example, [0-5] days\\)$`,
        ),
      ),
    ]);
    expect(run.warnings).toContainEqual(
      expect.stringMatching(new RegExp(`^Client certificate ${old.id} \\(.*\\) of zone zone-79\\.example \\(${zone}\\) expires on`)),
    );
    expect(run.outputs['expiring-count']).toBe('1');
    expect(json<CertificateEntry[]>(run, 'certificates')[0]).toMatchObject({ id: old.id, 'zone-id': zone, 'zone-name': 'zone-79.example' });
    // First row of the one table: soonest expiry, marked, with its zone.
    const firstRow = run.summary.split('\n').find(line => line.startsWith('| ⚠️ |'));
    expect(firstRow).toMatch(new RegExp(`^\\| ⚠️ \\| zone-79\\.example \\| \`${old.id}\` \\|`));
    expect(run.summary.split('\n').filter(line => line.startsWith('| ⚠️ |'))).toHaveLength(1);

    // One issue for the account, under its own label, listing the certificate with its zone.
    expect(account.double.issues).toHaveLength(1);
    const [issue] = account.double.issues;
    expect(issue).toMatchObject({ state: 'open', labels: [{ name: 'client-certificate-expiry-account' }] });
    expect(issue?.title).toBe(`Cloudflare mTLS client certificates need attention (account ${account.accountId})`);
    expect(issue?.body).toContain(`| zone-79.example (\`${zone}\`) | \`${old.id}\` |`);
    expect(issue?.body.match(new RegExp(`^\\| .* \\| \`(${CERTIFICATE_ID.source})\` \\|`, 'gm'))).toHaveLength(1);
    expect(run.outputs['issue-number']).toBe(String(issue?.number));
    expect(run.summary).toContain(`Tracking issue: [#${issue?.number}]`);

    // A zone's check of the same repository keeps an issue of its own (its own default label).
    const zoneRun = await runAction(
      { command: 'list', 'zone-id': zone, 'api-token': account.token, 'api-url': account.double.url, 'min-days-remaining': '30', 'github-token': githubToken },
      { env: { GITHUB_API_URL: account.double.githubUrl } },
    );
    expect(zoneRun.exitCode).toBe(1);
    expect(account.double.issues.map(i => i.labels.map(l => l.name))).toEqual([['client-certificate-expiry-account'], ['client-certificate-expiry']]);
  });
});

describe('errors', () => {
  it('a 403 on listing the zones: the error says the token needs "Zone: Read", and nothing else is sent', async () => {
    const account = await startAccount([1, 1]);
    account.double.faults.push({ type: 'status', status: 403, code: 10000, message: 'Authentication error' });
    const run = await runAction(inputs(account));
    expect(run.exitCode).toBe(1);
    expect(account.double.requests).toHaveLength(1);
    expect(run.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Cloudflare API error 10000: Authentication error \\(HTTP 403.*\\): check that the token has "Zone: Read" on the zones of account ${account.accountId}`,
        ),
      ),
    ]);
    expect(run.outputs).toEqual({});
    expect(run.summary).toMatch(new RegExp(`^### ❌ Account check failed · account \`${account.accountId}\``));
  });

  it('a zone whose check fails: the step fails after the outputs of the other zones, naming the zone', async () => {
    const account = await startAccount([1, 1, 1, 1]);
    account.double.zoneFaults.set(account.zones[2] as string, [{ type: 'html', status: 502 }]);
    const run = await runAction(inputs(account, { 'max-retries': '0' }));
    expect(run.exitCode).toBe(1);
    expect(account.double.requests).toHaveLength(1 + 4);
    expect(run.errors).toEqual([expect.stringMatching(new RegExp(`^Zone zone-2\\.example \\(${account.zones[2]}\\) could not be checked: .*HTTP 502`))]);
    expect(run.outputs.count).toBe('3');
    expect(json<ZoneEntry[]>(run, 'zones-checked')).toHaveLength(3);
    expect(json<ZoneEntry[]>(run, 'zones-not-checked')).toEqual([
      { id: account.zones[2], name: 'zone-2.example', why: expect.stringMatching(/^its check failed: .*HTTP 502/) },
    ]);
    expect(run.summary).toContain('#### Zones not checked (1)');
  });

  it("a zone's error that echoes the token across the note's cut: *** in the note, no prefix of the token anywhere", async () => {
    const account = await startAccount([1, 1]);
    // The error reads "Cloudflare API error 1400: " (27 characters), 450 x's, a space, then the token: the
    // zone's note keeps 500 characters, so a cut before the redaction would keep the token's first 22.
    const message = `${'x'.repeat(450)} ${account.token}`;
    account.double.zoneFaults.set(account.zones[1] as string, [{ type: 'status', status: 400, code: 1400, message }]);
    const run = await runAction(inputs(account));
    expect(run.exitCode).toBe(1);
    const [note] = json<ZoneEntry[]>(run, 'zones-not-checked');
    expect(note?.why).toMatch(/^its check failed: Cloudflare API error 1400: x{450} \*\*\* \(HTTP 400/);
    expect(run.errors).toEqual([expect.stringMatching(/could not be checked: .*x{450} \*\*\* \(HTTP 400/)]);
    const prefix = account.token.slice(0, 12);
    const log = run.stdout
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n');
    for (const text of [log, run.stderr, run.summary.replace(/\\(.)/g, '$1'), JSON.stringify(run.outputs)]) expect(text).not.toContain(prefix);
  });

  it('fail-on-empty applies to the whole account', async () => {
    const account = await startAccount([0, 0]);
    const warned = await runAction(inputs(account));
    expect(warned.exitCode).toBe(0);
    expect(warned.warnings).toEqual([expect.stringMatching(/^The 2 zones checked in account .* have no client certificates with status all/)]);
    const failed = await runAction(inputs(account, { 'fail-on-empty': 'true' }));
    expect(failed.exitCode).toBe(1);
    expect(failed.errors).toEqual([expect.stringMatching(/\(fail-on-empty\)$/)]);
    expect(failed.outputs.count).toBe('0');
  });
});
