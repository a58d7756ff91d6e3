// The mTLS rollout's last step through dist/, as the runner runs it: enabling mTLS on hostnames after a
// create (read first, add only what is missing, read back until the write shows), and checking on
// schedule that it stays on. The double answers the live way: a write shows in reads one read late (its
// hostnameReadLag), and an empty list is null.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloudflareDouble } from '../double/server.ts';
import { CERTIFICATE_ID, newAccount, newToken } from '../support/fixtures.ts';
import { type GeneratedCsr, generateCsr } from '../support/pki.ts';
import { type ActionRun, registerSecrets, runAction } from '../support/run-action.ts';

const account = newAccount();
const { token, readToken, zoneId } = account;
const githubToken = `ghs_${newToken()}`;
const uploadedCa = randomUUID();
let double: CloudflareDouble;
let csr: GeneratedCsr;

beforeAll(async () => {
  double = await CloudflareDouble.start({ ...account.doubleOptions, githubToken, mtlsCertificates: [uploadedCa] });
  csr = await generateCsr({ keyType: 'ec-p256' });
  registerSecrets(token, readToken, githubToken, csr.privateKeyPem);
});
afterAll(() => double.close());
afterEach(() => {
  double.reset();
  double.setHostnameAssociations(zoneId, []);
  double.setHostnameAssociations(zoneId, [], uploadedCa);
});

const base = (): Record<string, string> => ({ 'zone-id': zoneId, 'api-token': token, 'api-url': double.url });
const ASSOCIATIONS = `/client/v4/zones/${zoneId}/certificate_authorities/hostname_associations`;

/** The hostname association requests, in order, as "METHOD" strings. */
function hostnameCalls(): string[] {
  return double.requests.filter(r => r.path === ASSOCIATIONS).map(r => r.method);
}

function putBodies(): unknown[] {
  return double.requests.filter(r => r.path === ASSOCIATIONS && r.method === 'PUT').map(r => JSON.parse(r.body));
}

function json(run: ActionRun, output: string): unknown {
  return JSON.parse(run.outputs[output] ?? 'null');
}

describe('create with hostnames', () => {
  it('enables mTLS on an empty list: GET, PUT, then GETs until the write shows, and says so in the outputs and the summary', async () => {
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com\nadmin.example.com' });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(double.requests.map(r => `${r.method} ${r.path === ASSOCIATIONS ? 'associations' : 'certificates'}`)).toEqual([
      'POST certificates',
      'GET associations',
      'PUT associations',
      'GET associations', // still the list as it was: not visible yet
      'GET associations',
    ]);
    expect(putBodies()).toEqual([{ hostnames: ['api.example.com', 'admin.example.com'] }]);
    expect(double.hostnameAssociations(zoneId)).toEqual(['api.example.com', 'admin.example.com']);
    expect(json(run, 'hostnames')).toEqual(['api.example.com', 'admin.example.com']);
    expect(json(run, 'hostnames-added')).toEqual(['api.example.com', 'admin.example.com']);
    expect(json(run, 'hostnames-missing')).toEqual([]);
    expect(run.outputs.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(run.outputs['certificate-authority-name']).toMatch(/^Cloudflare Managed CA for account [0-9a-f]{32}$/);
    expect(run.outputs['certificate-authority-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(run.summary).toContain('#### mTLS hostnames');
    expect(run.summary).toMatch(/\| api\.example\.com \| ✅ enabled by this step \|/);
    expect(run.summary).toContain('This step added 2.');
    expect(run.stdout).toContain('The list does not show the write yet (read 1; Cloudflare applies writes with a delay): reading again in 1.0 s');
    expect(run.stdout).toContain('confirmed by reading the list back (read 2)');
  });

  it('keeps hostnames someone else associated, and adds only the missing ones', async () => {
    double.setHostnameAssociations(zoneId, ['shop.example.com', 'api.example.com']);
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com, admin.example.com' });
    expect(run.exitCode).toBe(0);
    expect(putBodies()).toEqual([{ hostnames: ['shop.example.com', 'api.example.com', 'admin.example.com'] }]);
    expect(double.hostnameAssociations(zoneId)).toEqual(['shop.example.com', 'api.example.com', 'admin.example.com']);
    expect(json(run, 'hostnames')).toEqual(['shop.example.com', 'api.example.com', 'admin.example.com']);
    expect(json(run, 'hostnames-added')).toEqual(['admin.example.com']);
    expect(run.summary).toMatch(/\| shop\.example\.com \| ✅ enabled \(not in hostnames\) \|/);
    expect(run.summary).toMatch(/\| api\.example\.com \| ✅ enabled \|/);
  });

  it('sends no PUT when every hostname already has mTLS: one GET', async () => {
    double.setHostnameAssociations(zoneId, ['API.example.com', 'admin.example.com']);
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com' });
    expect(run.exitCode).toBe(0);
    expect(hostnameCalls()).toEqual(['GET']);
    expect(json(run, 'hostnames-added')).toEqual([]);
    expect(json(run, 'hostnames')).toEqual(['API.example.com', 'admin.example.com']);
    expect(run.stdout).toContain('mTLS is already enabled on api.example.com: nothing to change');
  });

  it('reuses a certificate and changes nothing on a second run: list, then one GET', async () => {
    // Listings that show a new certificate at once (the live API's listing lag is tested with create recovery).
    double.listingLag = 0;
    const fresh = await generateCsr();
    const inputs = { ...base(), csr: fresh.csrPem, hostnames: 'reuse.example.com', 'reuse-existing': 'true' };
    const first = await runAction(inputs);
    expect(first.exitCode).toBe(0);
    double.reset();
    const second = await runAction(inputs);
    expect(second.exitCode).toBe(0);
    expect(second.outputs.reused).toBe('true');
    expect(second.outputs.id).toBe(first.outputs.id);
    expect(double.requests.map(r => r.method)).toEqual(['GET', 'GET']);
    expect(hostnameCalls()).toEqual(['GET']);
  });

  it('says clearly when another writer replaced the list right after our write, and fails after setting the outputs', async () => {
    double.setHostnameAssociations(zoneId, ['shop.example.com']);
    // A second job read the list before our write and writes its own version right after it.
    double.otherWriters.push({ after: 'PUT', change: () => ['shop.example.com', 'other-job.example.com'] });
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com' });
    expect(run.exitCode).toBe(1);
    // The first read after the write still shows the list as it was (not visible yet); the next shows another
    // list, which one read alone does not prove (reads lag); a third agrees with it.
    expect(hostnameCalls()).toEqual(['GET', 'PUT', 'GET', 'GET', 'GET']);
    expect(run.outputs.id).toMatch(CERTIFICATE_ID);
    expect(json(run, 'hostnames-missing')).toEqual(['api.example.com']);
    expect(json(run, 'hostnames-added')).toEqual([]);
    expect(json(run, 'hostnames')).toEqual(['shop.example.com', 'other-job.example.com']);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(
      "mTLS is not enabled on api.example.com: this step wrote it to the zone's mTLS hostname list, but reads after the write show a different list without it",
    );
    expect(run.errors[0]).toContain('Another job or person replaced the list at the same time');
    expect(run.errors[0]).toContain(`Certificate ${run.outputs.id} was issued`);
    expect(run.errors[0]).toContain('reuse-existing: true');
    expect(run.summary).toMatch(/\| api\.example\.com \| ❌ not enabled \|/);
  });

  it('warns when a hostname that was on the list disappeared during the step (another writer), and keeps its own', async () => {
    double.setHostnameAssociations(zoneId, ['shop.example.com']);
    double.otherWriters.push({ after: 'PUT', change: list => list.filter(name => name !== 'shop.example.com') });
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com' });
    expect(run.exitCode).toBe(0);
    expect(run.warnings.some(w => w.includes('shop.example.com had mTLS enabled before this step') && w.includes('at the same time'))).toBe(true);
    expect(json(run, 'hostnames')).toEqual(['api.example.com']);
  });

  it('with a read-only token: the reused certificate stands, the write is refused with the permission to add', async () => {
    await double.seed(zoneId, csr.csrPem, 365);
    double.reset();
    const run = await runAction({
      ...base(),
      'api-token': readToken,
      csr: csr.csrPem,
      'reuse-existing': 'true',
      'validity-days': '365',
      hostnames: 'api.example.com',
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.reused).toBe('true');
    expect(run.outputs.id).toMatch(CERTIFICATE_ID);
    expect(double.hostnameAssociations(zoneId)).toEqual([]);
    expect(hostnameCalls()).toEqual(['GET', 'PUT', 'GET']);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain("Writing the zone's mTLS hostname list failed: Cloudflare API error 10000: Authentication error (HTTP 403");
    expect(run.errors[0]).toContain('"SSL and Certificates: Edit"');
    expect(run.errors[0]).toContain(`Certificate ${run.outputs.id} was reused and is unchanged`);
  });

  it("surfaces Cloudflare's refusal of a hostname outside the zone, with what to check", async () => {
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com\nwww.other-zone.test' });
    expect(run.exitCode).toBe(1);
    expect(double.hostnameAssociations(zoneId)).toEqual([]);
    expect(run.errors[0]).toContain('Hostname www.other-zone.test is not part of zone example.com');
    expect(run.errors[0]).toContain('(HTTP 400');
    expect(run.errors[0]).toContain(`check hostnames: each must be a hostname of zone ${zoneId}`);
    expect(run.outputs.id).toMatch(CERTIFICATE_ID);
  });

  it('uses an uploaded CA with mtls-certificate-id (query on GET, field on PUT), and warns that it is not the issuing CA', async () => {
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com', 'mtls-certificate-id': uploadedCa.toUpperCase() });
    expect(run.exitCode).toBe(0);
    const calls = double.requests.filter(r => r.path === ASSOCIATIONS);
    expect(calls.map(r => r.query)).toEqual([
      { mtls_certificate_id: uploadedCa },
      {},
      { mtls_certificate_id: uploadedCa },
      { mtls_certificate_id: uploadedCa },
    ]);
    expect(putBodies()).toEqual([{ hostnames: ['api.example.com'], mtls_certificate_id: uploadedCa }]);
    expect(double.hostnameAssociations(zoneId, uploadedCa)).toEqual(['api.example.com']);
    expect(double.hostnameAssociations(zoneId)).toEqual([]);
    expect(run.warnings.some(w => w.startsWith('mtls-certificate-id is set'))).toBe(true);
  });

  it('names mtls-certificate-id when Cloudflare does not know it', async () => {
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com', 'mtls-certificate-id': randomUUID() });
    expect(run.exitCode).toBe(1);
    expect(hostnameCalls()).toEqual(['GET']);
    expect(run.errors[0]).toContain('(HTTP 404');
    expect(run.errors[0]).toContain('check mtls-certificate-id');
  });

  it('works on a zone whose empty list the API leaves out (the schema makes it optional)', async () => {
    double.emptyHostnameList = 'omitted';
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com' });
    expect(run.exitCode).toBe(0);
    expect(hostnameCalls()).toEqual(['GET', 'PUT', 'GET', 'GET']);
    expect(json(run, 'hostnames')).toEqual(['api.example.com']);
  });

  it('reads the list back when the answer to the write was lost, until the applied write shows', async () => {
    double.faults.push({ type: 'none' }, { type: 'none' }, { type: 'reset-after-processing' });
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com', 'max-retries': '0' });
    expect(run.exitCode).toBe(0);
    expect(hostnameCalls()).toEqual(['GET', 'PUT', 'GET', 'GET']);
    expect(json(run, 'hostnames-added')).toEqual(['api.example.com']);
    expect(json(run, 'hostnames-missing')).toEqual([]);
    expect(
      run.warnings.some(w => w.startsWith("Writing the zone's mTLS hostname list failed") && w.includes('The list read back has every hostname all the same')),
    ).toBe(true);
  });

  it('never resends a write as it was: after a lost answer, reads come first, then the write is rebuilt from the list as read', async () => {
    double.setHostnameAssociations(zoneId, ['shop.example.com']);
    double.faults.push({ type: 'none' }, { type: 'none' }, { type: 'reset' });
    // The write may have been applied and not show yet: the step reads for half the time left (3 s here:
    // two reads) before it takes the list as it is and writes it again, rebuilt from that read.
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com', 'max-retries': '1', 'timeout-seconds': '6' });
    expect(run.exitCode).toBe(0);
    expect(hostnameCalls()).toEqual(['GET', 'PUT', 'GET', 'GET', 'PUT', 'GET', 'GET']);
    expect(putBodies()).toEqual([{ hostnames: ['shop.example.com', 'api.example.com'] }, { hostnames: ['shop.example.com', 'api.example.com'] }]);
    expect(json(run, 'hostnames-added')).toEqual(['api.example.com']);
    expect(run.stdout).toMatch(
      /Writing the list again, rebuilt from the list as just read \(1 hostnames on it\), to enable mTLS on api\.example\.com \(attempt 2\)/,
    );
  });

  it('a write applied whose answer was lost, then another job adds a name before it shows: no stale resend, the name is kept', async () => {
    double.setHostnameAssociations(zoneId, ['shop.example.com']);
    double.otherWriters.push({ after: 'PUT', change: list => [...list, 'other-job.example.com'] });
    double.faults.push({ type: 'none' }, { type: 'none' }, { type: 'reset-after-processing' });
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com', 'max-retries': '1' });
    expect(run.exitCode).toBe(0);
    // The first read lags (the list as it was): not taken for an answer; the next shows ours and theirs.
    expect(hostnameCalls()).toEqual(['GET', 'PUT', 'GET', 'GET']);
    expect(double.hostnameAssociations(zoneId)).toEqual(['shop.example.com', 'api.example.com', 'other-job.example.com']);
    expect(json(run, 'hostnames')).toEqual(['shop.example.com', 'api.example.com', 'other-job.example.com']);
    expect(run.warnings.filter(w => w.includes('no longer'))).toEqual([]);
  });

  it("a read showing another job's change from before our write is not taken for final: ours shows next, the dropped name is said", async () => {
    double.setHostnameAssociations(zoneId, ['shop.example.com']);
    // Another job adds its name between our read and our write: our write (from our read) replaces it.
    double.otherWriters.push({ after: 'GET', change: list => [...list, 'other-job.example.com'] });
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com' });
    expect(run.exitCode).toBe(0);
    expect(hostnameCalls()).toEqual(['GET', 'PUT', 'GET', 'GET']);
    expect(json(run, 'hostnames')).toEqual(['shop.example.com', 'api.example.com']);
    expect(json(run, 'hostnames-missing')).toEqual([]);
    expect(run.warnings).toContainEqual(expect.stringMatching(/^other-job\.example\.com had mTLS enabled before this step's write and no longer has/));
  });

  it('a refused write whose re-read already shows ours (another job added it): no second write', async () => {
    double.otherWriters.push({ after: 'GET', change: list => [...list, 'api.example.com'] });
    double.faults.push({ type: 'none' }, { type: 'none' }, { type: 'status', status: 409, code: 1409, message: 'Conflict' });
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com', 'max-retries': '2' });
    expect(run.exitCode).toBe(0);
    expect(hostnameCalls()).toEqual(['GET', 'PUT', 'GET']);
    expect(json(run, 'hostnames-missing')).toEqual([]);
  });

  it('a 429 on the write whose retry-after passes the deadline: one read, a failure naming the 429, the outputs set', async () => {
    double.faults.push({ type: 'none' }, { type: 'none' }, { type: 'status', status: 429, retryAfter: '3600' });
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com', 'max-retries': '2' });
    expect(run.exitCode).toBe(1);
    expect(hostnameCalls()).toEqual(['GET', 'PUT', 'GET']);
    expect(run.outputs.id).toMatch(CERTIFICATE_ID);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^mTLS is not enabled on api\.example\.com: Writing the zone's mTLS hostname list failed: .*\(HTTP 429.* The list read back does not have it\./,
      ),
    ]);
  });

  it.each([
    ['409', { type: 'status', status: 409, code: 1409, message: 'Conflict' }],
    ['503', { type: 'status', status: 503 }],
  ] as const)('a %s on the write with another job writing in between: the name it added is kept (never a stale list resent)', async (_name, fault) => {
    double.setHostnameAssociations(zoneId, ['shop.example.com']);
    // Another job adds its name right after our first read; our first write is refused.
    double.otherWriters.push({ after: 'GET', change: list => [...list, 'other-job.example.com'] });
    double.faults.push({ type: 'none' }, { type: 'none' }, fault);
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com', 'max-retries': '2' });
    expect(run.exitCode).toBe(0);
    expect(putBodies()).toEqual([
      { hostnames: ['shop.example.com', 'api.example.com'] }, // refused (the fault)
      { hostnames: ['shop.example.com', 'other-job.example.com', 'api.example.com'] }, // rebuilt from a fresh read
    ]);
    expect(double.hostnameAssociations(zoneId)).toEqual(['shop.example.com', 'other-job.example.com', 'api.example.com']);
    expect(run.warnings.filter(w => w.includes('no longer'))).toEqual([]);
  });

  it('reads back after a 5xx to the write until the deadline, and fails with its code when the list does not have ours', async () => {
    double.faults.push({ type: 'none' }, { type: 'none' }, { type: 'status', status: 500 });
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com', 'max-retries': '0', 'timeout-seconds': '4' });
    expect(run.exitCode).toBe(1);
    expect(hostnameCalls().slice(0, 3)).toEqual(['GET', 'PUT', 'GET']);
    expect(
      hostnameCalls()
        .slice(3)
        .every(method => method === 'GET'),
    ).toBe(true);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^mTLS is not enabled on api\.example\.com: Writing .* 1500: Internal server error \(HTTP 500.* The list read back does not have it \(\d+ reads? over \d+ s\)\. If an attempt of the write was applied, Cloudflare may still show it later/,
      ),
    ]);
  });

  it('reads the list back when the write got no answer, and fails naming the write when it was not applied', async () => {
    double.faults.push({ type: 'none' }, { type: 'none' }, { type: 'reset' });
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com', 'max-retries': '0', 'timeout-seconds': '4' });
    expect(run.exitCode).toBe(1);
    expect(hostnameCalls().slice(0, 3)).toEqual(['GET', 'PUT', 'GET']);
    expect(json(run, 'hostnames-missing')).toEqual(['api.example.com']);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^mTLS is not enabled on api\.example\.com: Writing the zone's mTLS hostname list failed: PUT .* The list read back does not have it \(/,
      ),
    ]);
  });

  it('confirms a write that shows only after 3 reads: one PUT, exit 0', async () => {
    double.hostnameReadLag = 3;
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com' });
    expect(run.exitCode).toBe(0);
    expect(hostnameCalls()).toEqual(['GET', 'PUT', 'GET', 'GET', 'GET', 'GET']);
    expect(json(run, 'hostnames-added')).toEqual(['api.example.com']);
    expect(run.stdout).toContain('confirmed by reading the list back (read 4)');
    expect(run.warnings).toEqual([]);
  });

  it('says "written, not visible yet" when the deadline ends before the write shows', async () => {
    double.hostnameReadLag = 100;
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com', 'timeout-seconds': '4' });
    expect(run.exitCode).toBe(1);
    expect(hostnameCalls().filter(method => method === 'PUT')).toHaveLength(1);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^mTLS on api\.example\.com is written but not visible yet: Cloudflare accepted the write, and \d+ reads? over \d+ s still show the list as it was before it\..*give timeout-seconds: 180\. Certificate .* was issued/,
      ),
    ]);
    expect(run.outputs.id).toMatch(CERTIFICATE_ID);
  });

  it('never writes back a list the API says it answered in part', async () => {
    double.setHostnameAssociations(zoneId, ['shop.example.com', 'admin.example.com', 'www.example.com']);
    double.hostnamePageSize = 2;
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com' });
    expect(run.exitCode).toBe(1);
    expect(hostnameCalls()).toEqual(['GET']);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^mTLS is not enabled on api\.example\.com: Cloudflare answered only part of the zone's mTLS hostname list \(2 names and a larger total\), and every write replaces the whole list, so nothing was written/,
      ),
    ]);
    expect(double.hostnameAssociations(zoneId)).toEqual(['shop.example.com', 'admin.example.com', 'www.example.com']);
  });

  it('matches names the API lists in Unicode with ours in punycode: no false "missing", no write', async () => {
    double.setHostnameAssociations(zoneId, ['bücher.example.com']);
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'xn--bcher-kva.example.com' });
    expect(run.exitCode).toBe(0);
    expect(hostnameCalls()).toEqual(['GET']);
    expect(json(run, 'hostnames-missing')).toEqual([]);
  });

  it('never writes a list longer than it can read back', async () => {
    double.setHostnameAssociations(
      zoneId,
      Array.from({ length: 2000 }, (_, i) => `h${i}.example.com`),
    );
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com' });
    expect(run.exitCode).toBe(1);
    expect(hostnameCalls()).toEqual(['GET']);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /the zone's mTLS hostname list has 2000 names, and with 1 more it would pass the 2000 this action can read back, so nothing was written/,
      ),
    ]);
  });

  it('with generate-key, tells to enable the hostnames in the dashboard, never to re-run with reuse-existing', async () => {
    double.otherWriters.push({ after: 'PUT', change: () => ['other.example.com'] });
    const run = await runAction({ ...base(), 'generate-key': 'true', 'common-name': 'client', hostnames: 'api.example.com' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['private-key-file']).toBeTruthy();
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(
      'was issued for the key generated in this step, and its outputs and key file are set: enable the hostnames in the dashboard',
    );
    expect(run.errors[0]).not.toContain('reuse-existing');
  });

  it('names the hostnames it enabled when a file cannot be written afterwards', async () => {
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com', 'certificate-file': '/proc/cf-mtls-client.pem' });
    expect(run.exitCode).toBe(1);
    expect(double.hostnameAssociations(zoneId)).toEqual(['api.example.com']);
    expect(run.errors).toEqual([
      expect.stringMatching(/^Could not write a file: .* This step enabled mTLS on api\.example\.com before the write failed; that stays\./),
    ]);
  });

  it('never writes over a list it could not read: an answer with a number in it is refused, no PUT', async () => {
    double.setHostnameAssociations(zoneId, ['shop.example.com', 42 as unknown as string]);
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com' });
    expect(run.exitCode).toBe(1);
    expect(hostnameCalls()).toEqual(['GET']);
    expect(double.hostnameAssociations(zoneId)).toEqual(['shop.example.com', 42]);
    expect(run.errors[0]).toMatch(
      /^Reading the zone's mTLS hostname list failed: Cloudflare API answered HTTP 200 with a hostname association list whose entry 2 is not a string/,
    );
    expect(run.outputs.id).toMatch(CERTIFICATE_ID);
  });

  it('sends internationalized names as punycode, and says so', async () => {
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'Bücher.Example.com' });
    expect(run.exitCode).toBe(0);
    expect(putBodies()).toEqual([{ hostnames: ['xn--bcher-kva.example.com'] }]);
    expect(run.stdout).toContain('Hostname Bücher.Example.com is xn--bcher-kva.example.com in DNS (punycode)');
  });
});

describe('scheduled checks with hostnames (read only)', () => {
  it('get: passes while mTLS is on, fails with a tracking issue when someone switches it off, and closes it when it is back', async () => {
    const seeded = await double.seed(zoneId, csr.csrPem, 365);
    double.setHostnameAssociations(zoneId, ['api.example.com', 'shop.example.com']);
    const inputs = {
      ...base(),
      'api-token': readToken,
      command: 'get',
      'certificate-id': seeded.id,
      hostnames: 'api.example.com',
      'github-token': githubToken,
      'issue-label': 'mtls-hostnames',
    };
    const env = { GITHUB_API_URL: double.githubUrl };
    double.reset();
    const passing = await runAction(inputs, { env });
    expect(passing.exitCode).toBe(0);
    // The certificate, the hostname list, and the zone's WAF custom rules (one read, for rules that revoked
    // certificates pass; this token has no "Zone WAF: Read", so that check is skipped, said in the log only).
    expect(double.requests.map(r => `${r.method} ${r.path.split('/').slice(5).join('/')}`)).toEqual([
      `GET client_certificates/${seeded.id}`,
      'GET certificate_authorities/hostname_associations',
      'GET rulesets/phases/http_request_firewall_custom/entrypoint',
    ]);
    expect(passing.warnings).toEqual([]);
    expect(passing.stdout).toMatch(/^The zone's WAF custom rules were not checked for rules that revoked certificates pass: .*"Zone WAF: Read"/m);
    expect(json(passing, 'hostnames-missing')).toEqual([]);
    expect(passing.outputs['hostnames-added']).toBeUndefined();

    double.setHostnameAssociations(zoneId, ['shop.example.com']); // switched off in the dashboard
    double.reset();
    const failing = await runAction(inputs, { env });
    expect(failing.exitCode).toBe(1);
    expect(hostnameCalls()).toEqual(['GET']);
    expect(failing.outputs.id).toBe(seeded.id);
    expect(json(failing, 'hostnames-missing')).toEqual(['api.example.com']);
    expect(failing.errors).toEqual([expect.stringContaining(`mTLS is not enabled on api.example.com (hostnames) in zone ${zoneId}`)]);
    const issue = double.issues.find(i => i.labels.some(l => l.name === 'mtls-hostnames'));
    expect(issue?.state).toBe('open');
    expect(issue?.body).toContain('mTLS is not enabled on:');
    expect(issue?.body).toContain('- api.example.com');
    expect(failing.outputs['issue-number']).toBe(String(issue?.number));

    double.setHostnameAssociations(zoneId, ['shop.example.com', 'api.example.com']);
    const back = await runAction(inputs, { env });
    expect(back.exitCode).toBe(0);
    expect(issue?.state).toBe('closed');
  });

  it('list: fails after setting the outputs when a hostname lost mTLS', async () => {
    await double.seed(zoneId, csr.csrPem, 365);
    double.setHostnameAssociations(zoneId, ['shop.example.com']);
    double.reset();
    const run = await runAction({ ...base(), 'api-token': readToken, command: 'list', hostnames: 'api.example.com\nshop.example.com' });
    expect(run.exitCode).toBe(1);
    expect(Number(run.outputs.count)).toBeGreaterThan(0);
    expect(json(run, 'hostnames')).toEqual(['shop.example.com']);
    expect(json(run, 'hostnames-missing')).toEqual(['api.example.com']);
    expect(hostnameCalls()).toEqual(['GET']);
    expect(double.requests.some(r => r.method === 'PUT')).toBe(false);
    expect(run.summary).toMatch(/\| api\.example\.com \| ❌ not enabled \|/);
  });

  it('says the check could not be made when the list cannot be read, with the permission to check', async () => {
    const seeded = await double.seed(zoneId, csr.csrPem, 365);
    double.reset();
    double.faults.push({ type: 'none' }, { type: 'status', status: 403, code: 10000, message: 'Authentication error' });
    const run = await runAction(
      {
        ...base(),
        'api-token': readToken,
        command: 'get',
        'certificate-id': seeded.id,
        hostnames: 'api.example.com',
        'github-token': githubToken,
        'issue-label': 'unreadable-list',
      },
      { env: { GITHUB_API_URL: double.githubUrl } },
    );
    const issue = double.issues.find(i => i.labels.some(l => l.name === 'unreadable-list'));
    expect(issue?.body).toContain('Could not check mTLS on the hostnames');
    expect(issue?.body).not.toContain('mTLS is not enabled on:');
    expect(run.exitCode).toBe(1);
    expect(run.outputs.id).toBe(seeded.id);
    expect(run.outputs.hostnames).toBeUndefined();
    expect(run.outputs['hostnames-missing']).toBeUndefined(); // unknown, not missing
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^Could not check mTLS on the hostnames: Reading the zone's mTLS hostname list failed: Cloudflare API error 10000: Authentication error \(HTTP 403.*"SSL and Certificates: Read"/,
      ),
    ]);
    expect(run.summary).toContain('| api.example.com | ❔ unknown: the list could not be read |');
  });

  it('a list answered in part: passes when ours are on the part, and says it could not check otherwise', async () => {
    const seeded = await double.seed(zoneId, csr.csrPem, 365);
    double.setHostnameAssociations(zoneId, ['api.example.com', 'shop.example.com', 'admin.example.com']);
    double.hostnamePageSize = 2;
    const inputs = { ...base(), 'api-token': readToken, command: 'get', 'certificate-id': seeded.id };
    const present = await runAction({ ...inputs, hostnames: 'api.example.com' });
    expect(present.exitCode).toBe(0);
    const beyond = await runAction({ ...inputs, hostnames: 'admin.example.com' });
    expect(beyond.exitCode).toBe(1);
    expect(beyond.outputs['hostnames-missing']).toBeUndefined(); // unknown, not missing
    expect(beyond.errors).toEqual([
      expect.stringMatching(
        /^Could not check mTLS on admin\.example\.com: Cloudflare answered only part of the zone's mTLS hostname list \(2 names and a larger total\)/,
      ),
    ]);
  });

  it('compares hostnames as DNS does: case and a final dot do not matter', async () => {
    const seeded = await double.seed(zoneId, csr.csrPem, 365);
    double.setHostnameAssociations(zoneId, ['API.Example.com.']);
    double.reset();
    const run = await runAction({ ...base(), 'api-token': readToken, command: 'get', 'certificate-id': seeded.id, hostnames: 'api.example.com' });
    expect(run.exitCode).toBe(0);
    expect(json(run, 'hostnames-missing')).toEqual([]);
  });

  it('leaves a list too long for an output out of it, and the summary says so', async () => {
    const seeded = await double.seed(zoneId, csr.csrPem, 365);
    const long = (i: number): string => `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.h${i}.example.com`;
    double.setHostnameAssociations(zoneId, ['api.example.com', ...Array.from({ length: 1000 }, (_, i) => long(i))]);
    double.reset();
    const run = await runAction({ ...base(), command: 'get', 'certificate-id': seeded.id, hostnames: 'api.example.com' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.hostnames).toBeUndefined();
    expect(json(run, 'hostnames-missing')).toEqual([]);
    expect(run.warnings).toContainEqual(expect.stringMatching(/^the hostnames output is left out: the zone's list is \d+ bytes as JSON, more than the 102400/));
    expect(run.summary).toContain('801 more not shown (the list is too long for the hostnames output too).');
  });

  it('treats hostnames from the API as data: no workflow command, no markdown', async () => {
    const seeded = await double.seed(zoneId, csr.csrPem, 365);
    double.setHostnameAssociations(zoneId, ['api.example.com', 'x\n::error::injected', '[click](https://evil.test) @octocat']);
    const run = await runAction({ ...base(), command: 'get', 'certificate-id': seeded.id, hostnames: 'api.example.com' });
    expect(run.exitCode).toBe(0);
    expect(run.errors).toEqual([]);
    expect(run.stdout).not.toMatch(/^::error::injected/m);
    expect(run.summary).not.toContain('](https://evil.test)');
    expect(run.summary).not.toMatch(/(^|[^\\])@octocat/);
    expect(json(run, 'hostnames')).toEqual(['api.example.com', 'x\n::error::injected', '[click](https://evil.test) @octocat']);
  });
});

describe('bad hostname inputs: one error line, no request', () => {
  it.each([
    ['https://api.example.com', /"https:\/\/api\.example\.com" is a URL: give the hostname alone, like api\.example\.com/],
    ['api.example.com:8443', /"api\.example\.com:8443" has a port/],
    ['*.example.com', /is a wildcard/],
    ['api example.com', /contains a space/],
    ['api.example.com/path', /has a path/],
    ['localhost', /is not a fully qualified hostname/],
    ['a..example.com', /has an empty label/],
    ['-bad.example.com', /has a label \("-bad"\)/],
    ['ex%41mple.com', /contains "%" or an invisible character/],
    ['ex\u200bample.com', /contains "%" or an invisible character/],
    ['api.example.123', /ends in a number, like an IP address/],
    ['192.0.2.1', /ends in a number, like an IP address/],
    ['0x7f000001', /is an IP address \(127\.0\.0\.1\)/],
    ['１０.０.０.１', /is an IP address \(10\.0\.0\.1\)/],
  ])('%s', async (hostnames, message) => {
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: `ok.example.com\n${hostnames}` });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/^Input hostnames must list DNS hostnames/);
    expect(run.errors[0]).toMatch(message);
    expect(run.outputs).toEqual({});
    expect(double.requests).toEqual([]);
  });

  it('refuses more than 100 hostnames in one step', async () => {
    const many = Array.from({ length: 101 }, (_, i) => `h${i}.example.com`).join(',');
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: many });
    expect(run.errors).toEqual([expect.stringMatching(/^Input hostnames must list .*names 101 hostnames; one step takes at most 100$/)]);
    expect(double.requests).toEqual([]);
  });

  it('names a bad hostname and a bad mtls-certificate-id in one run', async () => {
    const run = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'https://api.example.com', 'mtls-certificate-id': 'nope' });
    expect(run.errors).toEqual([expect.stringMatching(/^Input mtls-certificate-id must be/), expect.stringMatching(/^Input hostnames must list/)]);
    expect(double.requests).toEqual([]);
  });

  it('refuses a malformed mtls-certificate-id, one without hostnames, and hostnames on revoke', async () => {
    const bad = await runAction({ ...base(), csr: csr.csrPem, hostnames: 'api.example.com', 'mtls-certificate-id': '0123456789abcdef0123456789abcdef' });
    expect(bad.errors).toEqual([expect.stringMatching(/^Input mtls-certificate-id must be the 36-character UUID .*zone or client certificate ID/)]);
    const alone = await runAction({ ...base(), csr: csr.csrPem, 'mtls-certificate-id': uploadedCa });
    expect(alone.errors).toEqual([expect.stringMatching(/^Input mtls-certificate-id is only used with hostnames/)]);
    const revoke = await runAction({ ...base(), command: 'revoke', 'certificate-id': '0123456789abcdef0123456789abcdef', hostnames: 'api.example.com' });
    expect(revoke.errors).toEqual([expect.stringMatching(/^Input hostnames is only used by command "create"/)]);
    for (const run of [bad, alone, revoke]) expect(run.exitCode).toBe(1);
    expect(double.requests).toEqual([]);
  });
});
