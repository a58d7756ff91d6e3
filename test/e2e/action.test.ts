// The committed dist/index.js, run as the GitHub runner runs it, against the API double.
import { execFileSync } from 'node:child_process';
import { createHash, createPrivateKey, randomUUID, X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_NAMES } from '../../src/outputs.ts';
import { ACTION_VERSION } from '../../src/version.ts';
import { CloudflareDouble, publicView } from '../double/server.ts';
import { newAccount, newId, PROFILES } from '../support/fixtures.ts';
import { type GeneratedCsr, generateCsr } from '../support/pki.ts';
import { type ActionRun, assertNoSecretPrinted, registerSecrets, runAction } from '../support/run-action.ts';

const account = newAccount();
const { token, readToken, globalKey, zoneId } = account;
let double: CloudflareDouble;
let ec: GeneratedCsr;
let rsa: GeneratedCsr;

beforeAll(async () => {
  double = await CloudflareDouble.start(account.doubleOptions);
  [ec, rsa] = await Promise.all([generateCsr({ keyType: 'ec-p256' }), generateCsr({ keyType: 'rsa-2048' })]);
  // Every run below, in debug mode, fails if any of these is printed outside an ::add-mask:: line.
  registerSecrets(token, readToken, globalKey.key, ec.privateKeyPem, rsa.privateKeyPem);
});
afterAll(() => double.close());
afterEach(() => double.reset());

const base = (): Record<string, string> => ({ 'zone-id': zoneId, 'api-token': token, 'api-url': double.url });

/** Every line of stdout that is not a mask registration, which must never hold a secret. */
function printed(run: ActionRun): string {
  return [...run.stdout.split('\n').filter(line => !line.startsWith('::add-mask::')), run.stderr].join('\n');
}

function expectCleanFailure(run: ActionRun): void {
  expect(run.exitCode).toBe(1);
  expect(run.outputs).toEqual({});
  expect(run.stderr).toBe('');
  expect(run.stdout).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m); // no stack trace
}

describe.each(PROFILES)('the %s profile', profile => {
  // A double of this profile, for the tests in this block (the file's own double answers the live way).
  let double: CloudflareDouble;
  beforeAll(async () => {
    double = await CloudflareDouble.start({ ...account.doubleOptions, profile });
  });
  afterAll(() => double.close());
  afterEach(() => double.reset());
  const base = (): Record<string, string> => ({ 'zone-id': zoneId, 'api-token': token, 'api-url': double.url });

  describe('create', () => {
    it.each([
      ['RSA-PSS (SHA-256, salt 32)', ['-newkey', 'rsa:2048', '-sha256', '-sigopt', 'rsa_padding_mode:pss', '-sigopt', 'rsa_pss_saltlen:32']],
      ['EC P-384 with SHA-512', ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-384', '-sha512']],
    ])('issues a certificate from a CSR openssl req signed with %s', async (_name, options) => {
      const folder = await mkdtemp(join(tmpdir(), 'cf-mtls-openssl-'));
      const [csrFile, keyFile] = [join(folder, 'client.csr'), join(folder, 'client.key')];
      execFileSync('openssl', ['req', '-new', ...options, '-nodes', '-subj', '/CN=openssl-client', '-keyout', keyFile, '-out', csrFile], { stdio: 'ignore' });
      const key = await readFile(keyFile, 'utf8');
      registerSecrets(key);
      const run = await runAction({ ...base(), 'csr-file': csrFile });
      expect(run.errors).toEqual([]);
      expect(run.exitCode).toBe(0);
      expect(run.outputs['common-name']).toBe('openssl-client');
      expect(new X509Certificate(run.outputs.certificate ?? '').checkPrivateKey(createPrivateKey(key))).toBe(true);
    });

    it('issues a certificate from an EC P-256 CSR and sets every output from verified data', async () => {
      const run = await runAction({ ...base(), csr: ec.csrPem, 'certificate-file': 'certs/client.pem' });
      expect(run.errors).toEqual([]);
      expect(run.exitCode).toBe(0);

      const stored = double.certificates(zoneId).find(c => c.id === run.outputs.id);
      expect(stored).toBeDefined();
      const x509 = new X509Certificate(run.outputs.certificate ?? '');
      expect(run.outputs.fingerprint).toBe(createHash('sha256').update(x509.raw).digest('hex'));
      expect(run.outputs.fingerprint).toBe(stored?.fingerprint_sha256);
      expect(x509.checkPrivateKey(await import('node:crypto').then(c => c.createPrivateKey(ec.privateKeyPem)))).toBe(true);
      // The certificate's own serial number, in lower-case hex, whatever form the API reports it in.
      expect(BigInt(`0x${run.outputs['serial-number']}`)).toBe(BigInt(profile === 'live' ? (stored?.serial_number ?? '') : `0x${stored?.serial_number}`));
      expect(run.outputs['serial-number']).toBe(x509.serialNumber.toLowerCase().replace(/^0+/, ''));
      expect(run.outputs.id).toMatch(profile === 'live' ? /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/ : /^[0-9a-f]{32}$/);
      expect(run.outputs).toMatchObject({
        'expires-on': stored?.expires_on,
        'issued-on': stored?.issued_on,
        status: 'active',
        'common-name': 'deploy.example.com',
        'days-remaining': '3649',
        'certificate-file': join(run.workspace, 'certs/client.pem'),
      });
      expect(JSON.parse(run.outputs.json ?? '')).toEqual(JSON.parse(JSON.stringify(stored && publicView(stored))));
      const certificateOutputs = [
        'id',
        'certificate',
        'fingerprint',
        'expires-on',
        'issued-on',
        'serial-number',
        'status',
        'common-name',
        'days-remaining',
        'certificate-file',
        'json',
        'reused',
        'certificate-authority-id',
        'certificate-authority-name',
      ];
      expect(Object.keys(run.outputs).sort()).toEqual(certificateOutputs.sort());
      expect(OUTPUT_NAMES).toEqual(expect.arrayContaining(certificateOutputs));
      expect(run.outputs.reused).toBe('false');

      const file = join(run.workspace, 'certs/client.pem');
      expect(await readFile(file, 'utf8')).toBe(run.outputs.certificate);
      expect((await stat(file)).mode & 0o777).toBe(0o644);

      expect(double.requests).toHaveLength(1);
      const [request] = double.requests;
      expect(request?.method).toBe('POST');
      expect(request?.headers.authorization).toBe(`Bearer ${token}`);
      expect(request?.headers['user-agent']).toMatch(new RegExp(`^cloudflare-mtls-certificate-action/${ACTION_VERSION.replace(/\./g, '\\.')} `));
      expect(JSON.parse(request?.body ?? '')).toEqual({ csr: ec.csrPem.replace(/\n?$/, '\n'), validity_days: 3650 });
    });

    it('masks the token before anything else is printed', async () => {
      const run = await runAction({ ...base(), csr: ec.csrPem });
      expect(run.exitCode).toBe(0);
      expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${token}`);
    });

    it('writes a job summary: the verdict with the command and zone first, then the certificate, dates as dates', async () => {
      const run = await runAction({ ...base(), csr: ec.csrPem, 'validity-days': '30' });
      expect(run.summary.split('\n')[0]).toBe(`### ✅ Client certificate issued · zone \`${zoneId}\``);
      for (const row of ['ID', 'Status', 'Common name', 'Expires', 'Issued', 'Serial number', 'SHA-256 fingerprint']) {
        expect(run.summary).toMatch(new RegExp(`^\\| ${row} \\| .+ \\|$`, 'm'));
      }
      expect(run.summary).toContain(`| ID | \`${run.outputs.id}\` |`);
      const expires = run.outputs['expires-on'] ?? '';
      expect(run.summary).toContain(`| Expires | <abbr title="${expires}">${expires.slice(0, 10)}</abbr> (29 days left) |`);
      // The run being viewed is not linked to itself.
      expect(run.summary).not.toContain('actions/runs/4242');
    });

    it('writes no summary with job-summary: false', async () => {
      const run = await runAction({ ...base(), csr: ec.csrPem, 'job-summary': 'false' });
      expect(run.exitCode).toBe(0);
      expect(run.summary).toBe('');
    });

    it('sends a CSR pasted with literal \\n escapes as clean PEM', async () => {
      const escaped = rsa.csrPem.trim().replace(/\n/g, '\\n');
      const run = await runAction({ ...base(), csr: escaped, 'validity-days': '7' });
      expect(run.exitCode).toBe(0);
      const body = JSON.parse(double.requests[0]?.body ?? '') as { csr: string; validity_days: number };
      expect(body.csr).toBe(`${rsa.csrPem.trim()}\n`);
      expect(body.validity_days).toBe(7);
      expect(run.outputs['days-remaining']).toBe('6');
    });

    it("fails with Cloudflare's code, message and status when the token may not create, and sets nothing", async () => {
      const run = await runAction({ ...base(), 'api-token': readToken, csr: ec.csrPem });
      expectCleanFailure(run);
      expect(run.errors).toEqual([
        expect.stringMatching(
          /^Cloudflare API error 10000: Authentication error \(HTTP 403, cf-ray .+\): check that the token has "SSL and Certificates: Edit" on zone [0-9a-f]{32} .*use the Zone ID from the zone's Overview page instead$/,
        ),
      ]);
    });

    it('recovers from a 502 HTML page on create: looks for the certificate, finds none, issues exactly one', async () => {
      const fresh = await generateCsr();
      double.faults.push({ type: 'html', status: 502 });
      // Listings can lag a create: the step keeps looking for half the time left (here 8 s: listings after
      // 1, 1.5 and 2.25 s of waiting) before it concludes that nothing was issued.
      const run = await runAction({ ...base(), csr: fresh.csrPem, 'timeout-seconds': '16' });
      expect(run.exitCode).toBe(0);
      expect(run.warnings).toEqual([
        expect.stringMatching(
          /^The create request may or may not have issued a certificate \(Cloudflare API answered HTTP 502 with a non-JSON body \(text\/html\)/,
        ),
        // Said at the end of every ambiguous create: the first request may still complete.
        expect.stringMatching(new RegExp(`^A create request of this step failed without a clear answer.*revoke any other than ${run.outputs.id}`)),
      ]);
      expect(double.requests.map(r => r.method)).toEqual(['POST', 'GET', 'GET', 'GET', 'GET', 'POST', 'GET']);
      expect(run.stdout).toMatch(/No certificate for this CSR in 4 listings over \d+ s/);
      const forCsr = double.certificates(zoneId).filter(c => c.csr.replace(/\r\n/g, '\n') === fresh.csrPem.replace(/\n?$/, '\n'));
      expect(forCsr.map(c => c.id)).toEqual([run.outputs.id]);
    });
  });

  describe('get', () => {
    let id: string;
    beforeAll(async () => {
      id = (await double.seed(zoneId, ec.csrPem, 365)).id;
    });

    it('fetches a certificate with a read-only token', async () => {
      const run = await runAction({ ...base(), 'api-token': readToken, command: 'get', 'certificate-id': id, 'min-days-remaining': '30' });
      expect(run.errors).toEqual([]);
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toMatchObject({ id, status: 'active', 'days-remaining': '364' });
      expect(double.requests.map(r => `${r.method} ${r.path}`)).toEqual([`GET /client/v4/zones/${zoneId}/client_certificates/${id}`]);
      expect(run.summary).toContain(`### ✅ Client certificate checked · zone \`${zoneId}\`\n`);
    });

    it('fails after setting the outputs when fewer days remain than min-days-remaining', async () => {
      const run = await runAction({ ...base(), command: 'get', 'certificate-id': id, 'min-days-remaining': '365' });
      expect(run.exitCode).toBe(1);
      expect(run.outputs).toMatchObject({ id, status: 'active', 'days-remaining': '364' });
      expect(run.errors).toEqual([expect.stringMatching(/364 days left, fewer than min-days-remaining \(365\)/)]);
      // Failed checks first, right under a ❌ heading.
      expect(run.summary).toMatch(/^### ❌ Client certificate checked · zone `[0-9a-f]{32}`\n\n> \[!CAUTION\]\n> certificate .* 364 days left/);
    });

    it('fails on a revoked certificate after setting the outputs, unless require-active is false', async () => {
      const revoked = await double.seed(zoneId, ec.csrPem, 365);
      double.tamper(zoneId, revoked.id, { status: 'revoked' });
      const strict = await runAction({ ...base(), command: 'get', 'certificate-id': revoked.id });
      expect(strict.exitCode).toBe(1);
      expect(strict.outputs.status).toBe('revoked');
      expect(strict.errors).toEqual([expect.stringMatching(/is revoked, not active/)]);
      const lenient = await runAction({ ...base(), command: 'get', 'certificate-id': revoked.id, 'require-active': 'false' });
      expect(lenient.exitCode).toBe(0);
      expect(lenient.outputs.status).toBe('revoked');
    });

    it('refuses a certificate whose reported fingerprint is not its own, and sets nothing', async () => {
      const lied = await double.seed(zoneId, ec.csrPem, 365);
      double.tamper(zoneId, lied.id, { fingerprint_sha256: 'ab'.repeat(32) });
      const run = await runAction({ ...base(), command: 'get', 'certificate-id': lied.id });
      expectCleanFailure(run);
      expect(run.errors).toEqual([expect.stringMatching(/is not the SHA-256 of the certificate it returned/)]);
    });

    it("reports an unknown certificate id with Cloudflare's code and status, naming the id and the zone", async () => {
      const unknown = profile === 'live' ? randomUUID() : newId();
      const run = await runAction({ ...base(), command: 'get', 'certificate-id': unknown });
      expectCleanFailure(run);
      const answer = profile === 'live' ? '1415: Invalid Certificate ID in request \\(HTTP 400' : '1404: .*\\(HTTP 404';
      expect(run.errors).toEqual([
        expect.stringMatching(
          new RegExp(
            `^Cloudflare API error ${answer}, cf-ray .*\\): zone ${zoneId} has no client certificate ${unknown}\\. Check certificate-id, and that zone-id is the zone that issued it`,
          ),
        ),
      ]);
    });
  });
});

describe('what the live API answers', () => {
  it("serial numbers in upper-case hex: create and get verify them as numbers, and output the certificate's own", async () => {
    const upper = await CloudflareDouble.start({ ...account.doubleOptions, serialFormat: 'upper-hex' });
    try {
      const run = await runAction({ ...base(), 'api-url': upper.url, csr: ec.csrPem });
      expect(run.exitCode).toBe(0);
      const stored = upper.certificates(zoneId).find(c => c.id === run.outputs.id);
      expect(stored?.serial_number).toMatch(/^[0-9A-F]{40}$/);
      expect(run.outputs['serial-number']).toBe(stored?.serial_number.toLowerCase().replace(/^0+/, ''));
      const got = await runAction({ ...base(), 'api-url': upper.url, command: 'get', 'certificate-id': run.outputs.id ?? '' });
      expect(got.exitCode).toBe(0);
      expect(got.outputs['serial-number']).toBe(run.outputs['serial-number']);
    } finally {
      await upper.close();
    }
  });

  it('a serial number as colon-separated bytes without their leading zeros (a:b for 0a0b): get verifies it as the same number', async () => {
    // A random serial has a byte below 0x10 about 3 times in 4: seed until one has, so that the short form differs.
    let seeded: { id: string; bytes: string[] } | undefined;
    for (let attempt = 0; attempt < 50 && seeded === undefined; attempt++) {
      const stored = await double.seed(zoneId, ec.csrPem, 365);
      const hex = new X509Certificate(stored.certificate).serialNumber.toLowerCase();
      const bytes = (hex.length % 2 === 0 ? hex : `0${hex}`).match(/../g) ?? [];
      if (bytes.some(byte => byte.startsWith('0'))) seeded = { id: stored.id, bytes };
    }
    if (seeded === undefined) throw new Error('no serial with a byte below 0x10 in 50 certificates');
    const short = seeded.bytes.map(byte => byte.replace(/^0/, '')).join(':');
    double.tamper(zoneId, seeded.id, { serial_number: short });
    const run = await runAction({ ...base(), command: 'get', 'certificate-id': seeded.id });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['serial-number']).toBe(seeded.bytes.join('').replace(/^0+/, ''));
  });

  it('an ambiguous create whose certificate shows in listings only after 2 listings: adopted, no second certificate', async () => {
    double.listingLag = 2;
    const fresh = await generateCsr();
    double.faults.push({ type: 'reset-after-processing' });
    const run = await runAction({ ...base(), csr: fresh.csrPem });
    expect(run.exitCode).toBe(0);
    expect(double.requests.map(r => r.method)).toEqual(['POST', 'GET', 'GET', 'GET']);
    const forCsr = double.certificates(zoneId).filter(c => c.csr.replace(/\r\n/g, '\n') === fresh.csrPem.replace(/\n?$/, '\n'));
    expect(forCsr.map(c => c.id)).toEqual([run.outputs.id]);
    expect(run.stdout).toContain('No certificate for this CSR in the listing yet (listings can lag a create): looking again in 1.0 s');
    expect(run.stdout).toMatch(/Found certificate [0-9a-f-]{36}, issued for this CSR since the step began/);
  });
});

describe('secrets', () => {
  it('never prints the token or the Global API Key, in debug mode, on success and on errors', async () => {
    const runs = [
      await runAction({ ...base(), csr: ec.csrPem }),
      await runAction({ ...base(), 'api-token': readToken, csr: ec.csrPem }),
      await runAction({ ...base(), 'zone-id': 'bad', 'api-token': `${token} x` }),
      await runAction({ ...base(), 'api-token': '', 'api-email': globalKey.email, 'api-key': globalKey.key, command: 'get', 'certificate-id': newId() }),
    ];
    for (const run of runs) {
      expect(run.stdout).toContain('::debug::');
      expect(printed(run)).not.toContain(token);
      expect(printed(run)).not.toContain(readToken);
      expect(printed(run)).not.toContain(globalKey.key);
    }
    expect(runs.map(r => r.exitCode)).toEqual([0, 1, 1, 1]);
    expect(runs[3]?.masks).toContain(globalKey.key);
  });

  it('has a leak check that catches a printed secret', async () => {
    const leaky = join(await import('node:fs/promises').then(fs => fs.mkdtemp(join(tmpdir(), 'leaky-'))), 'leaky.mjs');
    await writeFile(leaky, `console.log('::debug::using ' + process.env['INPUT_API-TOKEN'])`);
    await expect(runAction({ 'api-token': token }, { entry: leaky })).rejects.toThrow(
      /a registered secret \(40 characters\) was printed: ::debug::using \[SECRET\]/,
    );
    expect(() => assertNoSecretPrinted(`::add-mask::${token}\nfine`, '')).not.toThrow();
    expect(() => assertNoSecretPrinted('', `Error: ${ec.privateKeyPem.split('\n')[2]}`)).toThrow(/was printed/);
  });

  it('masks a private key pasted as the CSR, as a whole and line by line, and never echoes it', async () => {
    const run = await runAction({ ...base(), csr: ec.privateKeyPem });
    expectCleanFailure(run);
    const keyLines = ec.privateKeyPem.trim().split('\n');
    expect(run.masks).toEqual(expect.arrayContaining([token, ec.privateKeyPem.trim(), ...keyLines]));
    for (const line of keyLines.filter(l => !l.startsWith('-----'))) expect(printed(run)).not.toContain(line);
  });
});

describe('CSR file', () => {
  it('reads an RSA 2048 CSR with CRLF line ends from the workspace, and authenticates with the Global API Key pair', async () => {
    const inputs = {
      'zone-id': zoneId,
      'api-email': globalKey.email,
      'api-key': globalKey.key,
      'api-url': double.url,
      'csr-file': 'request.csr',
      'validity-days': '90',
    };
    const probe = await runAction(inputs);
    expect(probe.errors).toEqual([expect.stringMatching(/^Input csr-file cannot be read \(.*request\.csr: no such file\)/)]);
    const run = await runAction(inputs, { beforeRun: workspace => writeFile(join(workspace, 'request.csr'), rsa.csrPem.replace(/\n/g, '\r\n')) });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const request = double.requests.at(-1);
    expect(request?.headers['x-auth-key']).toBe(globalKey.key);
    expect(request?.headers.authorization).toBeUndefined();
    expect(JSON.parse(request?.body ?? '').csr).toBe(rsa.csrPem.replace(/\n?$/, '\n'));
    expect(run.outputs['days-remaining']).toBe('89');
  });
});
