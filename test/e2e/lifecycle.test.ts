// The certificate lifecycle through dist/ as the runner runs it, against the API double: reuse,
// revoke and reactivate, the zone-wide check, keys generated in the step, the tracking issue.
import { createPrivateKey, randomUUID, X509Certificate } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloudflareDouble } from '../double/server.ts';
import { CERTIFICATE_ID, newId, newToken, PROFILES } from '../support/fixtures.ts';
import { type GeneratedCsr, generateCsr } from '../support/pki.ts';
import { type ActionRun, DIST_POST_ENTRY, registerSecrets, runAction } from '../support/run-action.ts';

const DAY_MS = 86_400_000;
const token = newToken();
const githubToken = `ghs_${newToken()}`;
const zoneId = newId();
const bigZoneId = newId();
/** Another zone of the same account, for a certificate that zoneId does not have. */
const otherZoneId = newId();
/** A zone for list-status: all, with revoked certificates among the active ones. */
const mixedZoneId = newId();
let double: CloudflareDouble;
let csr: GeneratedCsr;

beforeAll(async () => {
  double = await CloudflareDouble.start({ tokens: [{ token, permission: 'write' }], zones: [zoneId, bigZoneId], githubToken });
  csr = await generateCsr();
  registerSecrets(token, githubToken, csr.privateKeyPem);
});
afterAll(() => double.close());
afterEach(() => double.reset());

const base = (zone = zoneId): Record<string, string> => ({ 'zone-id': zone, 'api-token': token, 'api-url': double.url });

describe.each(PROFILES)('the %s profile', profile => {
  // A double of this profile for the tests in this block (the file's own double answers the live way).
  let double: CloudflareDouble;
  beforeAll(async () => {
    double = await CloudflareDouble.start({
      tokens: [{ token, permission: 'write' }],
      zones: [zoneId, bigZoneId, otherZoneId, mixedZoneId],
      githubToken,
      profile,
    });
  });
  afterAll(() => double.close());
  afterEach(() => double.reset());
  const base = (zone = zoneId): Record<string, string> => ({ 'zone-id': zone, 'api-token': token, 'api-url': double.url });
  const calls = (): string[] =>
    double.requests.map(r => `${r.method} ${r.path.replace(/^\/client\/v4\/zones\/[0-9a-f]{32}/, '')}${r.query.page ? `?page=${r.query.page}` : ''}`);

  describe('reuse-existing', () => {
    it('reuses an active certificate for the same CSR with enough days left: one request, nothing issued', async () => {
      const fresh = await generateCsr();
      const existing = await double.seed(zoneId, fresh.csrPem, 365);
      const before = double.certificates(zoneId).length;
      const run = await runAction({ ...base(), csr: fresh.csrPem, 'reuse-existing': 'true' });
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toMatchObject({ id: existing.id, reused: 'true', fingerprint: existing.fingerprint_sha256 });
      expect(calls()).toEqual(['GET /client_certificates?page=1']);
      expect(double.requests[0]?.query).toMatchObject({ status: 'active', per_page: '50' });
      expect(double.certificates(zoneId)).toHaveLength(before);
      expect(run.summary).toContain('### ✅ Client certificate reused · zone');
    });

    it('issues a new certificate when the one for the same CSR expires within min-days-remaining (30 by default)', async () => {
      // Listings that show a new certificate at once, so that the second run below sees the one the first
      // issued (the live API's listing lag is tested with create recovery).
      double.listingLag = 0;
      const fresh = await generateCsr();
      const expiring = await double.seed(zoneId, fresh.csrPem, 365, new Date(Date.now() - 340 * DAY_MS));
      const run = await runAction({ ...base(), csr: fresh.csrPem, 'reuse-existing': 'true' });
      expect(run.exitCode).toBe(0);
      expect(run.outputs.reused).toBe('false');
      expect(run.outputs.id).not.toBe(expiring.id);
      expect(calls()).toEqual(['GET /client_certificates?page=1', 'POST /client_certificates']);
      expect(run.stdout).toMatch(/No active certificate for this CSR has at least 30 days left \(1 for this CSR in all\)/);
      // And with a lower bar, that same certificate is good enough.
      const lenient = await runAction({ ...base(), csr: fresh.csrPem, 'reuse-existing': 'true', 'min-days-remaining': '10' });
      expect(lenient.outputs.reused).toBe('true');
      expect(lenient.outputs.id).not.toBe(expiring.id); // the newer one has more days left
    });

    it('issues a new certificate when no certificate was issued for this CSR', async () => {
      const other = await generateCsr();
      await double.seed(zoneId, other.csrPem, 365);
      const fresh = await generateCsr();
      const before = double.certificates(zoneId).length;
      const run = await runAction({ ...base(), csr: fresh.csrPem, 'reuse-existing': 'true' });
      expect(run.outputs.reused).toBe('false');
      expect(double.certificates(zoneId)).toHaveLength(before + 1);
    });
  });

  describe('revoke and reactivate', () => {
    it('revokes, then get shows the certificate revoked (after a read that still shows it pending, on the live API)', async () => {
      const { id } = await double.seed(zoneId, csr.csrPem, 365);
      const revoke = await runAction({ ...base(), command: 'revoke', 'certificate-id': id });
      expect(revoke.exitCode).toBe(0);
      expect(revoke.outputs).toMatchObject({ id, status: 'pending_revocation' });
      expect(calls()).toEqual([`DELETE /client_certificates/${id}`]);
      expect(revoke.summary).toContain('### ✅ Client certificate revoked · zone');

      const strict = await runAction({ ...base(), command: 'get', 'certificate-id': id });
      expect(strict.exitCode).toBe(1);
      expect(strict.outputs.status).toBe(profile === 'live' ? 'pending_revocation' : 'revoked');
      expect(strict.errors).toEqual([expect.stringContaining(`certificate ${id} is ${strict.outputs.status}, not active`)]);
      const lenient = await runAction({ ...base(), command: 'get', 'certificate-id': id, 'require-active': 'false' });
      expect(lenient.exitCode).toBe(0);
      expect(lenient.outputs.status).toBe('revoked');
    });

    it('with wait, polls until the revocation settles', async () => {
      const { id } = await double.seed(zoneId, csr.csrPem, 365);
      const run = await runAction({ ...base(), command: 'revoke', 'certificate-id': id, wait: 'true' });
      expect(run.exitCode).toBe(0);
      expect(run.outputs.status).toBe('revoked');
      const reads = profile === 'live' ? 2 : 1; // the live API shows the pending status for a while
      expect(calls()).toEqual([`DELETE /client_certificates/${id}`, ...Array(reads).fill(`GET /client_certificates/${id}`)]);
      expect(run.stdout).toMatch(/is pending_revocation; looking again in 1\.0 s/);
    });

    // The seam is the same in both profiles: run it once, where the live API's lag belongs.
    if (profile === 'live')
      it('with wait, polls with backoff through a pending state of 5 reads until it settles (real waits: 1 to 7.6 s)', async () => {
        double.pendingReads = 5;
        const { id } = await double.seed(zoneId, csr.csrPem, 365);
        const run = await runAction({ ...base(), command: 'revoke', 'certificate-id': id, wait: 'true', 'timeout-seconds': '60' });
        expect(run.exitCode).toBe(0);
        expect(run.outputs.status).toBe('revoked');
        expect(calls()).toEqual([`DELETE /client_certificates/${id}`, ...Array(6).fill(`GET /client_certificates/${id}`)]);
        const waits = [...run.stdout.matchAll(/is pending_revocation; looking again in ([\d.]+) s/g)].map(match => Number(match[1]));
        expect(waits).toEqual([1, 1.5, 2.3, 3.4, 5.1, 7.6]);
      }, 60_000);

    it('with wait, fails after the outputs when the deadline ends before the revocation settles, saying it will settle', async () => {
      double.pendingReads = 100;
      const { id } = await double.seed(zoneId, csr.csrPem, 365);
      const run = await runAction({ ...base(), command: 'revoke', 'certificate-id': id, wait: 'true', 'timeout-seconds': '4' });
      expect(run.exitCode).toBe(1);
      expect(run.outputs.status).toBe('pending_revocation');
      expect(run.errors).toEqual([
        expect.stringMatching(new RegExp(`^certificate ${id} is still pending_revocation after \\d+ s of waiting; it will become revoked on its own`)),
      ]);
    });

    it('a second revoke succeeds, saying the certificate was already revoked, with its outputs: safe to re-run', async () => {
      const { id } = await double.seed(zoneId, csr.csrPem, 365);
      const first = await runAction({ ...base(), command: 'revoke', 'certificate-id': id, wait: 'true' });
      expect(first.outputs.status).toBe('revoked');
      double.requests.length = 0;
      const again = await runAction({ ...base(), command: 'revoke', 'certificate-id': id });
      expect(again.exitCode).toBe(0);
      expect(again.errors).toEqual([]);
      expect(again.outputs).toMatchObject({ id, status: 'revoked' });
      expect(again.outputs.fingerprint).toBe(first.outputs.fingerprint);
      if (profile === 'live') {
        // 1407 "already deleted": the certificate's own details say where it stands.
        expect(calls()).toEqual([`DELETE /client_certificates/${id}`, `GET /client_certificates/${id}`]);
        expect(again.stdout).toMatch(new RegExp(`^::notice::Certificate ${id} is already revoked: nothing more to do \\(Cloudflare API error 1407`, 'm'));
        expect(again.summary).toMatch(/> \[!NOTE\]\n> Certificate .* is already revoked/);
      } else {
        expect(calls()).toEqual([`DELETE /client_certificates/${id}`]);
      }
    });

    it('a 1407 for a certificate its details show active is no success: the error stands, no notice', async () => {
      const { id } = await double.seed(zoneId, csr.csrPem, 365);
      double.faults.push({ type: 'status', status: 400, code: 1407, message: 'The client certificate is already deleted' });
      const run = await runAction({ ...base(), command: 'revoke', 'certificate-id': id });
      expect(run.exitCode).toBe(1);
      expect(calls()).toEqual([`DELETE /client_certificates/${id}`, `GET /client_certificates/${id}`]);
      expect(run.errors).toEqual([expect.stringMatching(/^Cloudflare API error 1407: The client certificate is already deleted \(HTTP 400/)]);
      expect(run.stdout).not.toMatch(/^::notice::/m);
      expect(run.outputs).toEqual({});
    });

    it('revoking an id the zone does not have: one error naming the id and the zone, and what to check', async () => {
      const unknown = profile === 'live' ? randomUUID() : newId();
      const run = await runAction({ ...base(), command: 'revoke', 'certificate-id': unknown });
      expect(run.exitCode).toBe(1);
      expect(run.outputs).toEqual({});
      expect(run.errors).toEqual([
        expect.stringMatching(
          new RegExp(
            `\\): zone ${zoneId} has no client certificate ${unknown}\\. Check certificate-id, and that zone-id is the zone that issued it: .*every zone of the account accepts it$`,
          ),
        ),
      ]);
    });

    it("revoking another zone's certificate: the 404 names the zone to check", async () => {
      const { id } = await double.seed(otherZoneId, csr.csrPem, 365);
      const run = await runAction({ ...base(), command: 'revoke', 'certificate-id': id });
      expect(run.exitCode).toBe(1);
      expect(run.errors).toEqual([expect.stringMatching(new RegExp(`\\(HTTP 404, .*\\): zone ${zoneId} has no client certificate ${id}\\.`))]);
      expect(double.certificates(otherZoneId).find(c => c.id === id)?.status).toBe('active');
    });

    it('reactivates a revoked certificate, and with wait sees it active again', async () => {
      const { id } = await double.seed(zoneId, csr.csrPem, 365);
      double.tamper(zoneId, id, { status: 'revoked' });
      const run = await runAction({ ...base(), command: 'reactivate', 'certificate-id': id, wait: 'true' });
      expect(run.exitCode).toBe(0);
      expect(run.outputs.status).toBe('active');
      // No body, as the official SDK's clientCertificates.edit() sends none: the path alone asks for reactivation.
      expect(double.requests[0]?.body).toBe('');
      expect(double.requests[0]?.headers['content-type']).toBeUndefined();
      expect(calls()[0]).toBe(`PATCH /client_certificates/${id}`);
    });
  });

  describe('list', () => {
    let expiringIds: string[];
    beforeAll(async () => {
      const csrs = await Promise.all(Array.from({ length: 6 }, () => generateCsr()));
      const seeded: Promise<unknown>[] = [];
      for (let i = 0; i < 117; i++) seeded.push(double.seed(bigZoneId, csrs[i % 6]?.csrPem ?? '', 365 + i));
      await Promise.all(seeded);
      expiringIds = [];
      for (const daysLeft of [3, 12, 25]) {
        const issuedOn = new Date(Date.now() - (365 - daysLeft) * DAY_MS - 60_000);
        expiringIds.push((await double.seed(bigZoneId, csrs[0]?.csrPem ?? '', 365, issuedOn)).id);
      }
    });

    it('checks 120 certificates in 3 requests and fails on the 3 expiring ones, one warning each', async () => {
      const run = await runAction({ ...base(bigZoneId), command: 'list', 'min-days-remaining': '30' });
      expect(run.exitCode).toBe(1);
      expect(calls()).toEqual(['GET /client_certificates?page=1', 'GET /client_certificates?page=2', 'GET /client_certificates?page=3']);
      expect(double.requests.every(r => r.query.per_page === '50' && r.query.status === 'active')).toBe(true);
      expect(run.outputs.count).toBe('120');
      expect(run.outputs['expiring-count']).toBe('3');
      const listed = JSON.parse(run.outputs.certificates ?? '') as {
        id: string;
        'days-remaining': number;
        fingerprint: string;
        status: string;
        'common-name': string;
        'expires-on': string;
      }[];
      expect(listed).toHaveLength(120);
      expect(listed.slice(0, 3).map(c => c.id)).toEqual(expiringIds);
      expect(listed.slice(0, 3).map(c => c['days-remaining'])).toEqual([2, 11, 24]);
      const days = listed.map(c => c['days-remaining']);
      expect(days).toEqual([...days].sort((a, b) => a - b));
      expect(Object.keys(listed[0] ?? {}).sort()).toEqual(['common-name', 'days-remaining', 'expires-on', 'fingerprint', 'id', 'status']);
      expect(run.warnings).toHaveLength(3);
      expect(run.warnings.map(w => w.match(new RegExp(`certificate (${CERTIFICATE_ID.source})`))?.[1])).toEqual(expiringIds);
      expect(run.errors).toEqual([expect.stringMatching(/^3 active client certificates of zone [0-9a-f]{32} expire in fewer than 30 days/)]);
      expect(run.summary).toMatch(/120 certificates, 3 expiring soon/);
      const rows = run.summary.split('\n').filter(line => /^\| (⚠️)? \| `/.test(line));
      expect(rows).toHaveLength(120);
      expect(rows.slice(0, 3).every(row => row.startsWith('| ⚠️ |'))).toBe(true);
      expect(rows[3]?.startsWith('|  |')).toBe(true);
    });

    it('passes without min-days-remaining, and lists another status when asked', async () => {
      const run = await runAction({ ...base(bigZoneId), command: 'list' });
      expect(run.exitCode).toBe(0);
      expect(run.outputs['expiring-count']).toBe('0');
      const revoked = await runAction({ ...base(bigZoneId), command: 'list', 'list-status': 'revoked' });
      expect(revoked.outputs.count).toBe('0');
      expect(double.requests.at(-1)?.query.status).toBe('revoked');
    });

    it('list-status all: a revoked certificate near expiry is listed, but is not expiring and does not fail the step', async () => {
      const nearExpiry = (daysLeft: number): Date => new Date(Date.now() - (365 - daysLeft) * DAY_MS - 60_000);
      const revoked = await double.seed(mixedZoneId, csr.csrPem, 365, nearExpiry(5));
      double.tamper(mixedZoneId, revoked.id, { status: 'revoked' });
      const healthy = await double.seed(mixedZoneId, csr.csrPem, 365);
      const inputs = { ...base(mixedZoneId), command: 'list', 'list-status': 'all', 'min-days-remaining': '30' };

      const passing = await runAction(inputs);
      expect(passing.errors).toEqual([]);
      expect(passing.exitCode).toBe(0);
      expect(passing.outputs).toMatchObject({ count: '2', 'expiring-count': '0' });
      const listed = JSON.parse(passing.outputs.certificates ?? '[]') as { id: string; status: string; 'days-remaining': number }[];
      expect(listed.map(c => [c.id, c.status, c['days-remaining']])).toEqual([
        [revoked.id, 'revoked', 4],
        [healthy.id, 'active', 364],
      ]);
      expect(passing.warnings).toEqual([]);

      // An active one near expiry in the same listing is expiring, and fails the step; the revoked one still is not.
      const active = await double.seed(mixedZoneId, csr.csrPem, 365, nearExpiry(10));
      const failing = await runAction(inputs);
      expect(failing.exitCode).toBe(1);
      expect(failing.outputs).toMatchObject({ count: '3', 'expiring-count': '1' });
      expect(failing.errors).toEqual([
        expect.stringMatching(new RegExp(`^1 active client certificate of zone ${mixedZoneId} expires in fewer than 30 days .*: ${active.id} \\(`)),
      ]);
      expect(failing.errors[0]).not.toContain(revoked.id);
    });
  });
});

describe('generate-key', () => {
  let run: ActionRun;
  beforeAll(async () => {
    run = await runAction({
      ...base(),
      'generate-key': 'true',
      'key-type': 'ecdsa-p256',
      organization: 'Example, Inc.',
      country: 'DE',
      'validity-days': '90',
      'output-private-key': 'true',
    });
  });

  it('issues a certificate for a key it generated, with the repository name as common name', () => {
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const certificate = new X509Certificate(run.outputs.certificate ?? '');
    expect(certificate.checkPrivateKey(createPrivateKey(run.outputs['private-key'] ?? ''))).toBe(true);
    expect(run.outputs['common-name']).toBe('deploy-service');
    expect(certificate.subject).toContain('O=Example\\, Inc.'); // RFC 4514 escaping of the comma
    expect(certificate.subject).toContain('C=DE');
    expect(run.outputs.reused).toBe('false');
  });

  it('masks the key as a whole and line by line before anything after its generation is printed', () => {
    const key = (run.outputs['private-key'] ?? '').trim();
    const keyLines = key.split('\n').filter(line => !line.startsWith('-----'));
    expect(keyLines.length).toBeGreaterThan(1);
    expect(run.masks).toEqual(expect.arrayContaining([key, ...keyLines]));
    const lines = run.stdout.split('\n');
    const lastKeyMask = Math.max(...keyLines.map(line => lines.indexOf(`::add-mask::${line}`)));
    const generated = lines.findIndex(line => line.startsWith('Generated an ecdsa-p256 key'));
    expect(lastKeyMask).toBeGreaterThan(-1);
    expect(lastKeyMask).toBeLessThan(generated);
    for (const line of keyLines) expect(run.stdout.split('\n').filter(l => l.includes(line) && !l.startsWith('::add-mask::'))).toEqual([]);
  });

  it('writes the key with mode 0600 under RUNNER_TEMP, never the workspace, and the post step deletes it', async () => {
    const file = run.outputs['private-key-file'] ?? '';
    expect(relative(run.runnerTemp, file).startsWith('..')).toBe(false);
    expect(relative(run.workspace, file).startsWith('..')).toBe(true);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(dirname(file))).mode & 0o777).toBe(0o700);
    expect(await readFile(file, 'utf8')).toBe(run.outputs['private-key']);
    expect(run.state).toEqual({ 'private-key-file': file });

    const post = await runAction({}, { entry: DIST_POST_ENTRY, state: run.state, runnerTemp: run.runnerTemp });
    expect(post.exitCode).toBe(0);
    await expect(stat(file)).rejects.toThrow(/ENOENT/);
    await expect(stat(dirname(file))).rejects.toThrow(/ENOENT/);
    expect((await stat(run.runnerTemp)).isDirectory()).toBe(true);
  });

  it('generates an RSA 3072 key into a file the user names, which the post step leaves alone', async () => {
    const rsa = await runAction({
      ...base(),
      'generate-key': 'true',
      'key-type': 'rsa-3072',
      'common-name': 'billing-client',
      'private-key-file': 'keys/client.key',
    });
    expect(rsa.exitCode).toBe(0);
    // The key output is opt-in (output-private-key): by default the file is the only channel.
    expect(rsa.outputs['private-key']).toBeUndefined();
    const written = await readFile(`${rsa.workspace}/keys/client.key`, 'utf8');
    registerSecrets(written);
    expect(createPrivateKey(written).asymmetricKeyDetails?.modulusLength).toBe(3072);
    expect(rsa.outputs['private-key-file']).toBe(`${rsa.workspace}/keys/client.key`);
    expect(rsa.outputs['common-name']).toBe('billing-client');
    expect(rsa.state).toEqual({});
  });

  it('keeps an empty csr an error: generating a key is an explicit choice', async () => {
    const empty = await runAction({ ...base(), csr: '' });
    expect(empty.errors).toEqual([expect.stringMatching(/^Input csr is required by command "create".*generate-key: true/)]);
    const both = await runAction({ ...base(), csr: csr.csrPem, 'generate-key': 'true' });
    expect(both.errors).toEqual([expect.stringMatching(/^Input generate-key cannot be combined with csr/)]);
    expect(double.requests).toHaveLength(0);
  });
});

describe('tracking issue', () => {
  it('opens an issue when the check fails, updates it while it fails, closes it when it passes', async () => {
    const { id } = await double.seed(zoneId, csr.csrPem, 365);
    const check = (extra: Record<string, string> = {}): Promise<ActionRun> =>
      runAction(
        { ...base(), command: 'get', 'certificate-id': id, 'min-days-remaining': '30', 'github-token': githubToken, ...extra },
        { env: { GITHUB_API_URL: double.githubUrl } },
      );

    const passing = await check();
    expect(passing.exitCode).toBe(0);
    expect(double.issues).toHaveLength(0);
    expect(passing.outputs['issue-number']).toBe('');

    double.tamper(zoneId, id, { status: 'revoked' });
    const opened = await check();
    expect(opened.exitCode).toBe(1);
    expect(double.issues).toHaveLength(1);
    const [issue] = double.issues;
    expect(issue).toMatchObject({ number: 1, state: 'open', labels: [{ name: 'client-certificate-expiry' }], repository: 'octo-org/deploy-service' });
    expect(issue?.body).toContain(`| \`${id}\` | deploy.example.com | revoked |`);
    expect(issue?.body).toContain('https://github.com/octo-org/deploy-service/actions/runs/4242');
    expect(opened.outputs['issue-number']).toBe('1');
    expect(double.githubRequests[0]?.headers.authorization).toBe(`token ${githubToken}`);

    const updated = await check();
    expect(updated.exitCode).toBe(1);
    expect(double.issues).toHaveLength(1);
    expect(double.githubRequests.map(r => r.method)).toEqual(['GET', 'GET', 'POST', 'GET', 'PATCH']);

    double.tamper(zoneId, id, { status: 'active' });
    const closed = await check();
    expect(closed.exitCode).toBe(0);
    expect(double.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(double.issues[0]?.comments).toEqual([expect.stringMatching(/^The check passes again/)]);
    expect(closed.outputs['issue-number']).toBe('1');
  });

  it('opens one issue for a failing zone-wide check, listing the expiring certificates', async () => {
    for (const daysLeft of [3, 12, 25]) await double.seed(bigZoneId, csr.csrPem, 365, new Date(Date.now() - (365 - daysLeft) * DAY_MS - 60_000));
    await double.seed(bigZoneId, csr.csrPem, 365);
    const label = 'zone-check';
    const run = await runAction(
      { ...base(bigZoneId), command: 'list', 'min-days-remaining': '30', 'github-token': githubToken, 'issue-label': label },
      { env: { GITHUB_API_URL: double.githubUrl } },
    );
    expect(run.exitCode).toBe(1);
    const issue = double.issues.find(i => i.labels.some(l => l.name === label));
    expect(issue?.body.match(new RegExp(`^\\| \`(${CERTIFICATE_ID.source})\` \\|`, 'gm'))).toHaveLength(3);
  });

  it("warns, and keeps the check's verdict, when the token may not write issues", async () => {
    const { id } = await double.seed(zoneId, csr.csrPem, 365);
    const run = await runAction(
      { ...base(), command: 'get', 'certificate-id': id, 'github-token': 'wrong-token' },
      { env: { GITHUB_API_URL: double.githubUrl } },
    );
    expect(run.exitCode).toBe(0);
    expect(run.warnings).toEqual([expect.stringMatching(/^Could not update the tracking issue \(label "client-certificate-expiry"\): .*Bad credentials/)]);
  });
});
