// A hostile or broken API, through dist/ as the runner runs it: every string the API returns is data
// chosen by someone else. No line of output may become a workflow command the action did not mean, no
// summary or issue markdown may gain structure, links, images, HTML or mentions, and no answer may grow
// the action's memory past its cap.
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloudflareDouble, publicView, type StoredCertificate } from '../double/server.ts';
import { newAccount, newId } from '../support/fixtures.ts';
import { type GeneratedCsr, generateCsr } from '../support/pki.ts';
import { type ActionRun, registerSecrets, runAction } from '../support/run-action.ts';
import { envelope, hugeAnswer, type ScriptedServer, startScriptedServer } from '../support/scripted-server.ts';

/** Every way a line break or a command can hide in a string; each marked PWNED so an injection is easy to see. */
const COMMAND_PAYLOADS = [
  'cn\n::error::PWNED annotation',
  'cn\r\n::add-mask::PWNED',
  'cn\r::stop-commands::PWNED',
  'cn\u2028::warning::PWNED',
  'cn\u0085::notice::PWNED',
  'cn\n##[error]PWNED legacy',
  'cn ##[set-output name=id;]PWNED legacy mid-line',
  'cn\n::save-state name=private-key-file::PWNED',
  'cn\n::set-output name=id::PWNED',
  '::error::PWNED at the start',
  '  ::debug::PWNED indented',
  'cn\u001b[2K\u001b[1G::error::PWNED after a terminal escape',
];
/** Markdown that would make structure, links, images, HTML or mentions. */
const MARKDOWN_PAYLOAD =
  'x | y |\n## PWNED heading\n[PWNED](https://evil.example) ![PWNED](https://evil.example/p.png) <img src=x onerror=alert(1)> @octo-org/admins https://evil.example/auto www.evil.example *bold* `code`';

const account = newAccount();
const { token, zoneId } = account;
let double: CloudflareDouble;
let csr: GeneratedCsr;

beforeAll(async () => {
  double = await CloudflareDouble.start(account.doubleOptions);
  csr = await generateCsr();
  registerSecrets(token);
});
afterAll(() => double.close());
afterEach(() => double.reset());

const base = (): Record<string, string> => ({ 'zone-id': zoneId, 'api-token': token, 'api-url': double.url });

/** The workflow commands the action itself issues; anything else at the start of a line is an injection. */
const OWN_COMMANDS = /^::(add-mask|debug|warning|error)::/;

function expectNoInjectedCommand(run: ActionRun): void {
  // The runner reads lines as .NET does (\r, \n and \r\n end a line); U+2028, U+2029 and U+0085 too, to be safe.
  const lines = `${run.stdout}\n${run.stderr}`.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/);
  for (const line of lines) {
    const trimmed = line.trimStart();
    if (trimmed.startsWith('::')) expect(trimmed, 'a workflow command the action did not mean').toMatch(OWN_COMMANDS);
    // The legacy form is found anywhere in a line.
    expect(trimmed).not.toContain('##[');
    // The action's own commands carry the payload only escaped inside them, never as their value's start.
    expect(trimmed).not.toMatch(/^::[a-z-]+::PWNED|^::[a-z-]+ [^:]*::PWNED/);
  }
  expect(run.masks.filter(mask => mask.includes('PWNED'))).toEqual([]);
  expect(Object.values(run.state).join('')).not.toContain('PWNED');
}

/** The summary as GitHub would render it (GFM), and what it must not contain. */
function expectInertMarkdown(markdown: string): void {
  const html = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  expect(html).not.toMatch(/<a [^>]*href="https:\/\/evil/);
  expect(html).not.toMatch(/<img/);
  expect(html).not.toMatch(/<h2/);
  expect(html).not.toMatch(/<(em|strong)>/);
  expect(html).not.toMatch(/<code>code<\/code>/);
  // Raw HTML from data is shown as text (micromark escapes it to &lt;img …).
  expect(html).not.toMatch(/<img src=x/);
  // A mention needs "@" right before the name; the escaper puts a zero-width space between them.
  expect(html).not.toMatch(/@octo-org/);
  // Every table row keeps its columns: a "|" from data does not split a cell.
  for (const table of html.split('<table>').slice(1)) {
    const rows = table.split('</table>')[0]?.split('<tr>').slice(1) ?? [];
    const widths = new Set(rows.map(row => (row.match(/<t[dh][ >]/g) ?? []).length));
    expect(widths.size).toBe(1);
  }
}

/** A certificate with these API fields, and, with commonName, that CN in the certificate itself (a CSR subject is outside data too). */
async function seedWith(change: Partial<StoredCertificate>, commonName?: string): Promise<string> {
  const request = commonName === undefined ? csr : await generateCsr({ commonName });
  const { id } = await double.seed(zoneId, request.csrPem, 365);
  double.tamper(zoneId, id, change);
  return id;
}

describe('workflow-command injection', () => {
  it.each(COMMAND_PAYLOADS)('get: every string field carrying %j stays data', async payload => {
    const id = await seedWith(
      { common_name: payload, status: `active${payload}` as 'active', issued_on: payload, location: payload, organization: payload },
      payload,
    );
    const run = await runAction({ ...base(), command: 'get', 'certificate-id': id, 'require-active': 'false' });
    expect(run.exitCode).toBe(0);
    expectNoInjectedCommand(run);
    expect(run.outputs['common-name']).toBe(payload);
  });

  it.each(COMMAND_PAYLOADS)('list, reuse, revoke, reactivate and an error envelope carrying %j', async payload => {
    await seedWith({ common_name: payload }, payload);
    // For the reuse below: a certificate for the CSR's key whose API common_name lies (a warning quotes it).
    await seedWith({ common_name: payload });
    const list = await runAction({ ...base(), command: 'list', 'list-status': 'all', 'min-days-remaining': '400' });
    expect(list.exitCode).toBe(1);
    expectNoInjectedCommand(list);

    const reused = await runAction({ ...base(), csr: csr.csrPem, 'reuse-existing': 'true' });
    expect(reused.outputs.reused).toBe('true');
    expectNoInjectedCommand(reused);

    const target = await seedWith({ common_name: payload }, payload);
    const revoke = await runAction({ ...base(), command: 'revoke', 'certificate-id': target });
    expectNoInjectedCommand(revoke);
    double.tamper(zoneId, target, { status: payload as 'revoked' });
    const reactivate = await runAction({ ...base(), command: 'reactivate', 'certificate-id': target });
    expect(reactivate.exitCode).toBe(1);
    expectNoInjectedCommand(reactivate);

    double.faults.push({ type: 'status', status: 400, code: 1001, message: payload });
    const failed = await runAction({ ...base(), command: 'get', 'certificate-id': target });
    expect(failed.exitCode).toBe(1);
    expect(failed.errors).toEqual([expect.stringContaining('PWNED')]);
    expectNoInjectedCommand(failed);
  });

  it('recovery: an adopted certificate and a duplicate it names stay data', async () => {
    const fresh = await generateCsr({ commonName: 'cn\r::error::PWNED via recovery' });
    // A certificate for this CSR from "another job", with a hostile name: recovery adopts one and names the other.
    const other = await double.seed(zoneId, fresh.csrPem, 365);
    // Issued "later" than the POST's certificate, whatever second each falls in: recovery adopts it, so its name is logged.
    const later = new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    double.tamper(zoneId, other.id, { issued_on: later });
    double.faults.push({ type: 'reset-after-processing' });
    const run = await runAction({ ...base(), csr: fresh.csrPem });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('PWNED via recovery');
    expectNoInjectedCommand(run);
  });
});

describe('markdown and mention injection', () => {
  it('the job summary of get and of list renders data as text', async () => {
    const id = await seedWith(
      {
        common_name: MARKDOWN_PAYLOAD,
        status: MARKDOWN_PAYLOAD as 'active',
        issued_on: MARKDOWN_PAYLOAD,
        expires_on: MARKDOWN_PAYLOAD,
      },
      MARKDOWN_PAYLOAD,
    );
    const get = await runAction({ ...base(), command: 'get', 'certificate-id': id, 'require-active': 'false' });
    expect(get.summary).toContain('PWNED');
    expectInertMarkdown(get.summary);
    const list = await runAction({ ...base(), command: 'list', 'list-status': 'all', 'min-days-remaining': '400' });
    expect(list.summary).toContain('PWNED');
    expectInertMarkdown(list.summary);
  });

  it('the tracking issue body renders data as text, and pings nobody', async () => {
    const github = await CloudflareDouble.start({ ...account.doubleOptions, githubToken: 'ghs_test' });
    try {
      const id = await github.seed(zoneId, (await generateCsr({ commonName: MARKDOWN_PAYLOAD })).csrPem, 365);
      github.tamper(zoneId, id.id, { common_name: MARKDOWN_PAYLOAD, status: 'revoked' });
      const run = await runAction(
        { ...base(), 'api-url': github.url, command: 'get', 'certificate-id': id.id, 'github-token': 'ghs_test' },
        { env: { GITHUB_API_URL: github.githubUrl } },
      );
      expect(run.exitCode).toBe(1);
      const [issue] = github.issues;
      expect(issue?.body).toContain('PWNED');
      expectInertMarkdown(issue?.body ?? '');
    } finally {
      await github.close();
    }
  });
});

describe('hidden text', () => {
  /** Bidi overrides and isolates, zero-width characters, a byte order mark, a soft hyphen. */
  const INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/;

  it('a CSR subject and an API error message carrying U+202E reach the log and the summary as escapes', async () => {
    const hidden = await generateCsr({ commonName: 'invoice\u202efdp.exe\u2066' });
    const created = await runAction({ ...base(), csr: hidden.csrPem });
    expect(created.exitCode).toBe(0);
    expect(created.outputs['common-name']).toBe('invoice\u202efdp.exe\u2066');
    expect(created.stdout).toContain('(invoice\\u202efdp.exe\\u2066)');
    expect(created.summary).toContain('invoice\\\\u202efdp.exe\\\\u2066');
    // The summary's own zero-width spaces (none needed here) aside, nothing invisible from outside is left.
    expect(created.stdout).not.toMatch(INVISIBLE);
    expect(created.summary.replace(/\u200b/g, '')).not.toMatch(INVISIBLE);

    double.faults.push({ type: 'status', status: 400, code: 1001, message: 'zone \u202eeulav\u202c \ufeffbad' });
    const failed = await runAction({ ...base(), command: 'get', 'certificate-id': created.outputs.id ?? '' });
    expect(failed.exitCode).toBe(1);
    expect(failed.errors).toEqual([expect.stringContaining('zone \\u202eeulav\\u202c \\ufeffbad')]);
    expect(failed.summary).toContain('zone \\\\u202eeulav\\\\u202c \\\\ufeffbad');
    expect(failed.stdout).not.toMatch(INVISIBLE);
    expect(failed.summary.replace(/\u200b/g, '')).not.toMatch(INVISIBLE);
  });
});

describe('bounded memory, requests and time', () => {
  let server: ScriptedServer;
  beforeAll(async () => {
    server = await startScriptedServer();
  });
  afterAll(() => server.close());

  it('a 500 MB answer is cut at the cap: the step fails clearly, and its peak memory stays far under 200 MB', async () => {
    const huge = hugeAnswer('{"success":true,"errors":[],"messages":[],"result":{"common_name":"', 500 * 1024 * 1024, '"}}');
    server.script = () => huge.answer;
    // A preload that records the process's peak memory when it exits (dist/ itself is unchanged).
    const report = join(tmpdir(), `cf-mtls-rss-${process.pid}-${Date.now()}.txt`);
    const preload = join(tmpdir(), `cf-mtls-rss-${process.pid}-${Date.now()}.cjs`);
    await writeFile(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS)));`);
    const run = await runAction(
      { command: 'get', 'zone-id': zoneId, 'api-token': token, 'api-url': server.url, 'certificate-id': newId() },
      { env: { NODE_OPTIONS: `--require ${preload}` } },
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/larger than 4 MiB, the most this action reads from an API/)]);
    expect(server.requests).toHaveLength(1);
    expect(huge.sent()).toBeLessThan(100 * 1024 * 1024);
    const peakKiB = Number(await import('node:fs/promises').then(fs => fs.readFile(report, 'utf8')));
    console.log(`peak memory under a 500 MB answer: ${(peakKiB / 1024).toFixed(1)} MiB (${(huge.sent() / 1024 / 1024).toFixed(0)} MiB sent before the cut)`);
    expect(peakKiB).toBeLessThan(200 * 1024);
  });

  it('a GitHub API that never answers does not hold the step past timeout-seconds; the check keeps its verdict', async () => {
    const certificateId = await seedWith({ status: 'revoked' });
    server.script = () => ({ custom: () => {} }); // never answers
    const started = Date.now();
    const run = await runAction(
      { ...base(), command: 'get', 'certificate-id': certificateId, 'github-token': 'ghs_test', 'timeout-seconds': '3' },
      { env: { GITHUB_API_URL: server.url.replace('/client/v4', '') } },
    );
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/is revoked, not active/)]);
    expect(run.warnings).toContainEqual(
      expect.stringMatching(/Could not update the tracking issue.*no answer from the GitHub API within the step's deadline of 3 s/),
    );
  });

  it('an endless GitHub answer is cut at the cap', async () => {
    const certificateId = await seedWith({ status: 'revoked' });
    server.script = () => hugeAnswer('[', 200 * 1024 * 1024).answer;
    const run = await runAction(
      { ...base(), command: 'get', 'certificate-id': certificateId, 'github-token': 'ghs_test' },
      { env: { GITHUB_API_URL: server.url.replace('/client/v4', '') } },
    );
    expect(run.exitCode).toBe(1);
    expect(run.warnings).toContainEqual(expect.stringMatching(/Could not update the tracking issue.*larger than 4 MiB/));
  });

  it('huge fields keep the outputs and the summary within GitHub limits, saying what was left out', async () => {
    // The common name is read from the certificate: 50 certificates with a 20,000-character CN.
    const huge = 'H'.repeat(20_000);
    const hugeCsr = await generateCsr({ commonName: huge });
    const listing = Array.from({ length: 50 }, () => null);
    const source = await Promise.all(listing.map(() => double.seed(zoneId, hugeCsr.csrPem, 365)));
    server.script = () => ({
      json: envelope(
        source.map(c => {
          const { csr: _csr, ...view } = publicView(c);
          return { ...view, common_name: huge };
        }),
        { result_info: { page: 1, per_page: 50, count: 50, total_count: 50 } },
      ),
    });
    const run = await runAction({ command: 'list', 'zone-id': zoneId, 'api-token': token, 'api-url': server.url });
    expect(run.exitCode).toBe(0);
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    expect(Buffer.byteLength(run.outputs.certificates ?? '')).toBeLessThanOrEqual(900 * 1024);
    expect(run.outputs.count).toBe('50');
    expect(run.warnings).toContainEqual(expect.stringMatching(/the certificates output holds the \d+ soonest-expiring of 50 certificates/));
    expect(run.summary).toMatch(/more characters not shown/);
  });
});
