// What a check of every zone of an account (list with account-id) publishes, as pure functions: its
// outputs (three zone lists that together name every zone, within their share of the 1 MiB of outputs),
// its job summary (the verdict and the account first, one table across zones, the zones skipped and not
// checked; escaped, within the summary's cap), its tracking issue's body (every expiring certificate with
// its zone, within GitHub's limit), and the hint when the listing of its zones is refused.
import { describe, expect, it } from 'vitest';
import type { VerifiedCertificate } from '../../src/certificate.ts';
import { CloudflareApiError } from '../../src/cloudflare/errors.ts';
import type { InventoryResult, ZoneCertificate, ZoneNote, ZoneRef } from '../../src/commands/result.ts';
import type { Credentials } from '../../src/config/types.ts';
import { hintFor } from '../../src/hints.ts';
import { MAX_ISSUE_BODY_CHARACTERS, MAX_OUTPUT_BYTES, MAX_SUMMARY_BYTES } from '../../src/limits.ts';
import { inventoryOutputs } from '../../src/outputs.ts';
import { inventorySummary } from '../../src/result-summary.ts';
import { failureSummary } from '../../src/summary.ts';
import { issueBody } from '../../src/tracking-issue.ts';
import { newGlobalKey, newId, newToken } from '../support/fixtures.ts';

const accountId = newId();

function certificate(zone: ZoneRef, n: number, daysRemaining: number): ZoneCertificate {
  const expiresOn = new Date(Date.UTC(2026, 11, 1) + daysRemaining * 86_400_000).toISOString().replace('.000Z', 'Z');
  const id = `${n.toString(16).padStart(8, '0')}-7600-42e1-81c4-e4c0da9aa515`;
  const verified: VerifiedCertificate = {
    api: { id, expires_on: expiresOn },
    id,
    pem: '',
    fingerprint: 'dfd7811a3a90b1bd5e475e2be5448ce152d8df45fab6cf076f20f5709debdb3d',
    serialNumber: '1c2ae14061a5da10af8c80d2fc846a11dc20a582',
    status: 'active',
    commonName: 'deploy.example.com',
    notAfter: new Date(expiresOn),
    expiresOn,
    daysRemaining,
    warnings: [],
  };
  return { ...verified, zone };
}

const zone = (n: number, name = `zone-${n}.example`): ZoneRef => ({ id: n.toString(16).padStart(32, '0'), name });

/** An account of `checked` zones holding `perZone` certificates each, then skipped and not checked ones. */
function inventory(options: {
  checked: number;
  perZone: number;
  skipped?: readonly ZoneNote[];
  notChecked?: readonly ZoneNote[];
  failed?: readonly ZoneNote[];
}): InventoryResult {
  const checked = Array.from({ length: options.checked }, (_, i) => zone(i));
  const certificates = checked
    .flatMap((z, i) => Array.from({ length: options.perZone }, (_, j) => certificate(z, i * options.perZone + j, 10 + ((i * 7 + j) % 300))))
    .sort((a, b) => a.notAfter.getTime() - b.notAfter.getTime());
  const skipped = options.skipped ?? [];
  const notChecked = options.notChecked ?? [];
  const failed = options.failed ?? [];
  return {
    kind: 'account-list',
    accountId,
    zones: [...checked, ...skipped, ...failed, ...notChecked].map(({ id, name }) => ({ id, name })),
    certificates,
    expiring: certificates.filter(c => c.daysRemaining < 30),
    zonesChecked: checked.map(z => ({ ...z, count: options.perZone })),
    zonesSkipped: skipped,
    zonesFailed: failed,
    zonesNotChecked: notChecked,
    stop: undefined,
    requests: 1 + options.checked,
    budget: 600,
    rate: { maxInFlight: 4, slowedDown: false },
    requestsNeeded: 1 + options.checked,
    failures: [],
    warnings: [],
    notices: [],
  };
}

const notes = (from: number, count: number, why: string): ZoneNote[] => Array.from({ length: count }, (_, i) => ({ ...zone(from + i), why }));

describe('inventoryOutputs', () => {
  it('names every zone once across zones-checked, zones-skipped and zones-not-checked, and each certificate with its zone', () => {
    const result = inventory({
      checked: 3,
      perZone: 2,
      skipped: notes(10, 1, 'Cloudflare API error 10000 (HTTP 403)'),
      failed: notes(20, 1, 'HTTP 502'),
      notChecked: notes(30, 2, 'not checked: the budget was spent'),
    });
    const { outputs, warnings } = inventoryOutputs(result);
    expect(warnings).toEqual([]);
    expect(outputs.count).toBe('6');
    const certificates = JSON.parse(outputs.certificates ?? '') as { id: string; 'zone-id': string; 'zone-name': string }[];
    expect(certificates.map(c => [c.id, c['zone-id'], c['zone-name']])).toEqual(result.certificates.map(c => [c.id, c.zone.id, c.zone.name]));
    const checked = JSON.parse(outputs['zones-checked'] ?? '') as ZoneRef[];
    const skipped = JSON.parse(outputs['zones-skipped'] ?? '') as ZoneNote[];
    const notChecked = JSON.parse(outputs['zones-not-checked'] ?? '') as ZoneNote[];
    expect(checked).toEqual(result.zonesChecked);
    expect(skipped).toEqual(result.zonesSkipped);
    expect(notChecked).toEqual([{ ...zone(20), why: 'its check failed: HTTP 502' }, ...result.zonesNotChecked]);
    expect([...checked, ...skipped, ...notChecked].map(z => z.id)).toEqual(result.zones.map(z => z.id));
  });

  it('keeps the zone lists within their share, and the certificates within the rest, saying what was left out', () => {
    const why = 'x'.repeat(480);
    const result = inventory({ checked: 1200, perZone: 3, notChecked: notes(5000, 1200, why) });
    const { outputs, warnings } = inventoryOutputs(result);
    const bytes = Object.values(outputs).reduce((sum, value) => sum + Buffer.byteLength(value ?? ''), 0);
    expect(bytes).toBeLessThanOrEqual(MAX_OUTPUT_BYTES);
    const notChecked = JSON.parse(outputs['zones-not-checked'] ?? '') as ZoneNote[];
    expect(notChecked.length).toBeGreaterThan(0);
    expect(notChecked.length).toBeLessThan(1200);
    expect(warnings).toContainEqual(
      `the zones-not-checked output holds ${notChecked.length} of 1200 zones: the other ${1200 - notChecked.length} would pass the share of the outputs it may take here`,
    );
    expect(warnings).toContainEqual(expect.stringMatching(/^the zones-checked output holds \d+ of 1200 zones/));
    // Soonest-expiring kept.
    const kept = JSON.parse(outputs.certificates ?? '') as { id: string }[];
    expect(kept.map(c => c.id)).toEqual(result.certificates.slice(0, kept.length).map(c => c.id));
    expect(outputs.count).toBe('3600');
  });
});

describe('inventorySummary', () => {
  it('puts the verdict and the account first, then one table across zones, then the skipped and the not checked zones', () => {
    const result = {
      ...inventory({ checked: 2, perZone: 2, skipped: notes(10, 1, 'HTTP 403'), notChecked: notes(20, 1, 'not checked: HTTP 429') }),
      failures: ['Stopped before the account was checked'],
    };
    const lines = inventorySummary({ command: 'list', zoneId: undefined, accountId }, result, []).split('\n');
    expect(lines[0]).toBe(`### ❌ Client certificates checked · account \`${accountId}\``);
    const at = (prefix: string): number => lines.findIndex(line => line.startsWith(prefix));
    expect(at('> Stopped before')).toBeLessThan(at('4 zones: 2 checked, 1 skipped, 1 not checked. 4 certificates,'));
    expect(at('| | Zone | ID |')).toBeGreaterThan(at('4 zones:'));
    expect(at('#### Zones skipped (1)')).toBeGreaterThan(at('| | Zone | ID |'));
    expect(at('#### Zones not checked (1)')).toBeGreaterThan(at('#### Zones skipped (1)'));
    const rows = lines.filter(line => /^\| (⚠️)? \| zone-/.test(line));
    expect(rows.map(row => row.split(' | ')[1])).toEqual(result.certificates.map(c => c.zone.name));
    expect(lines).toContain(`| zone-10.example | \`${zone(10).id}\` | HTTP 403 |`);
  });

  it('escapes what came from outside: zone names and the reasons given', () => {
    const hostile = { ...zone(1, '[x](https://evil.example) @team <img src=x> #1') };
    const result = inventory({ checked: 0, perZone: 0, skipped: [{ ...hostile, why: '**bold** | cell `code` \n> quote' }] });
    const summary = inventorySummary({ command: 'list', zoneId: undefined, accountId }, result, []);
    const row = summary.split('\n').find(line => line.includes(hostile.id)) ?? '';
    // Through the one escaper: no link, mention, HTML, issue reference, emphasis, code or cell break forms.
    expect(row).toBe(
      `| \\[x\\]\\(https\\:\u200b//evil.example\\) \\@\u200bteam \\<img src\\=x\\> \\#\u200b1 | \`${hostile.id}\` | \\*\\*bold\\*\\* \\| cell \\\`code\\\`  \\> quote |`,
    );
    expect(row.split(' | ')).toHaveLength(3);
  });

  it('stays within the summary cap: at most 200 rows per zone table, certificate rows left out last-expiring first, and says so', () => {
    const result = {
      ...inventory({ checked: 1200, perZone: 10, notChecked: notes(5000, 300, 'not checked: the budget was spent') }),
      failures: Array.from({ length: 25 }, (_, i) => `Zone ${i} could not be checked`),
    };
    const summary = inventorySummary({ command: 'list', zoneId: undefined, accountId }, result, []);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(summary).toContain('100 more not shown: the zones-not-checked output lists them.');
    expect(summary).toMatch(/\n\d+ more certificates not shown: a job summary holds at most 1 MiB\. The certificates output lists them\.\n/);
    expect(summary.match(/> \[!CAUTION\]/g)).toHaveLength(11);
    expect(summary).toContain('> And 15 more failures\\: the log lists them all');
    const shown = summary.split('\n').filter(line => /^\| (⚠️)? \| zone-/.test(line));
    expect(shown.map(row => row.match(/`([^`]+)`/)?.[1])).toEqual(result.certificates.slice(0, shown.length).map(c => c.id));
  });

  it('a failure before any result names the account', () => {
    expect(failureSummary({ command: 'list', zoneId: undefined, accountId }, ['Cloudflare API error']).split('\n')[0]).toBe(
      `### ❌ Account check failed · account \`${accountId}\``,
    );
  });
});

describe("the account's tracking issue", () => {
  it('names the account, and lists every expiring certificate with its zone', () => {
    const z = zone(3, 'shop.example');
    const body = issueBody({
      zoneId: undefined,
      accountId,
      failing: true,
      failures: ['1 active client certificate of account … expires'],
      certificates: [{ id: 'c1', commonName: 'deploy.example.com', status: 'active', expiresOn: '2026-12-08T06:00:00Z', daysRemaining: 7, zone: z }],
      runUrl: undefined,
    });
    expect(body.split('\n')[0]).toBe(`The scheduled check of the API Shield client certificates of every zone of account \`${accountId}\` fails:`);
    expect(body).toContain('| Zone | ID | Common name | Status | Expires | Days left |');
    expect(body).toContain(`| shop.example (\`${z.id}\`) | \`c1\` | deploy.example.com | active |`);
  });

  it("stays within GitHub's limit on an issue body, saying how many rows and failures it left out", () => {
    const certificates = Array.from({ length: 2000 }, (_, i) => ({
      id: `c${i}`,
      commonName: 'a-long-common-name-for-a-client.example.com',
      status: 'active',
      expiresOn: '2026-12-08T06:00:00Z',
      daysRemaining: 7,
      zone: zone(i, `zone-with-a-long-name-${i}.example.com`),
    }));
    const failures = Array.from({ length: 100 }, (_, i) => `Zone ${i} could not be checked: ${'x'.repeat(900)}`);
    const body = issueBody({ zoneId: undefined, accountId, failing: true, failures, certificates, runUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(body.length).toBeLessThanOrEqual(MAX_ISSUE_BODY_CHARACTERS);
    expect(body).toMatch(/\n- and \d+ more, not shown here: the run's log and job summary list them\n/);
    expect(body).toMatch(/\n\d+ more not shown here \(an issue holds at most 60000 characters\)/);
    expect(body).toContain('| `c0` |');
    expect(body.endsWith('This issue is updated while the check fails and closed when it passes.')).toBe(true);
  });
});

describe('hintFor, when the listing of the zones is refused', () => {
  const token: Credentials = { kind: 'api-token', token: newToken() };
  const context = { command: 'list', accountId, credentials: token } as const;

  it.each([
    ['code 10000', [{ code: 10000, message: 'Authentication error' }]],
    ['no details', []],
  ])('HTTP 403 (%s): the token needs "Zone: Read" on the account\'s zones', (_name, errors) => {
    expect(hintFor(new CloudflareApiError(errors, { status: 403 }), context)).toBe(
      `check that the token has "Zone: Read" on the zones of account ${accountId}, which lists them (for a token: a Zone: Read permission ` +
        'whose Zone Resources include all zones of the account), and "SSL and Certificates: Read" on every zone to check',
    );
    const globalKey: Credentials = { kind: 'global-api-key', email: 'ops@example.com', key: newGlobalKey() };
    expect(hintFor(new CloudflareApiError(errors, { status: 403 }), { ...context, credentials: globalKey })).toMatch(
      /^check that the Global API Key's user has "Zone: Read"/,
    );
  });

  it('HTTP 401: the credential, as for a zone', () => {
    expect(hintFor(new CloudflareApiError([{ code: 10001, message: 'Unable to authenticate request' }], { status: 401 }), context)).toMatch(
      /^HTTP 401 means the token was not accepted/,
    );
  });

  it('"no route": check account-id, or api-url first when its path is not the API\'s', () => {
    const noRoute = new CloudflareApiError([{ code: 7003, message: 'No route for the URI' }], { status: 404 });
    expect(hintFor(noRoute, context)).toBe(`check account-id: ${accountId} is not an account Cloudflare knows for these credentials`);
    expect(hintFor(noRoute, { ...context, apiUrl: 'https://cf.example.com/proxy' })).toMatch(/^check api-url: its path \("\/proxy"\).*, check account-id: /);
  });

  it('anything else: no hint', () => {
    expect(hintFor(new CloudflareApiError([{ code: 1000, message: 'Internal error' }], { status: 500 }), context)).toBeUndefined();
  });
});
