// npm run demo: the action's main job with no Cloudflare account. Starts the API double on 127.0.0.1,
// generates a key and CSR, runs dist/index.js as a workflow step would (the whole rollout in one create
// step: the certificate, mTLS on two hostnames beside one someone else already protects, and the WAF rule
// that blocks requests without a valid, unrevoked certificate, added after a rule someone else made; then
// a scheduled-style get that checks expiry, the hostnames and the rule), and prints what the step logged,
// its outputs and its job summary.
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudflareDouble } from '../test/double/server.ts';
import { generateCsr } from '../test/support/pki.ts';
import { type ActionRun, runAction } from '../test/support/run-action.ts';

const token = randomBytes(30).toString('base64url');
const zoneId = randomBytes(16).toString('hex');
// "SSL and Certificates: Edit" and "Zone WAF: Edit": the whole rollout.
const double = await CloudflareDouble.start({ tokens: [{ token, permission: 'write', waf: 'edit' }], zones: [zoneId] });
// Someone already protects one hostname of the zone, and has a WAF custom rule of their own: the action keeps both.
double.setHostnameAssociations(zoneId, ['shop.example.com']);
const theirs = double.rulesets.addRule(zoneId, { action: 'block', expression: 'ip.src in {192.0.2.0/24}', description: 'Block a bad network' });

function show(title: string, run: ActionRun): void {
  console.log(`\n=== ${title}: exit code ${run.exitCode}`);
  console.log('--- step log');
  console.log(run.stdout.replaceAll(token, '***').trimEnd());
  console.log('--- outputs');
  for (const [name, value] of Object.entries(run.outputs)) {
    const shown = name === 'json' ? `${value.slice(0, 100)}…` : value.includes('\n') ? `\n${value.trimEnd()}` : value;
    console.log(`${name}: ${shown}`);
  }
  console.log('--- job summary');
  console.log(run.summary.trimEnd());
}

try {
  const { csrPem } = await generateCsr({ keyType: 'ec-p256' });
  const folder = await mkdtemp(join(tmpdir(), 'cf-mtls-demo-'));
  await writeFile(join(folder, 'client.csr'), csrPem);
  console.log(`API double listening at ${double.url} (zone ${zoneId})`);

  const created = await runAction({
    command: 'create',
    'zone-id': zoneId,
    'api-token': token,
    'api-url': double.url,
    csr: csrPem,
    'validity-days': '365',
    'certificate-file': 'certs/client.pem',
    hostnames: 'api.example.com\nadmin.example.com',
    'block-without-certificate': 'true',
  });
  show('create with hostnames and block-without-certificate: the whole rollout (deploy job)', created);

  const checked = await runAction({
    command: 'get',
    'zone-id': zoneId,
    'api-token': token,
    'api-url': double.url,
    'certificate-id': created.outputs.id ?? '',
    'min-days-remaining': '400',
    hostnames: 'api.example.com\nadmin.example.com',
    'block-without-certificate': 'true',
  });
  show('get with min-days-remaining: 400, hostnames and block-without-certificate (scheduled check; fails on purpose: 365-day certificate)', checked);

  console.log(`\nThe double received ${double.requests.length} requests: ${double.requests.map(r => `${r.method} ${r.path}`).join(', ')}`);
  const hostnames = double.hostnameAssociations(zoneId);
  console.log(`mTLS is enabled on: ${hostnames.join(', ')}`);
  const rules = double.rulesets.entrypoint(zoneId)?.rules ?? [];
  console.log(
    `The zone's WAF custom rules, in order:\n${rules.map((r, i) => `  ${i + 1}. ${r.action} ${r.expression} (${r.description.slice(0, 60)}…)`).join('\n')}`,
  );
  const ours = rules.find(r => r.id === created.outputs['waf-rule-id']);
  const ok =
    created.exitCode === 0 &&
    checked.exitCode === 1 &&
    checked.errors.length === 1 &&
    created.outputs.fingerprint !== undefined &&
    created.outputs['hostnames-added'] === '["api.example.com","admin.example.com"]' &&
    hostnames.join() === 'shop.example.com,api.example.com,admin.example.com' &&
    rules.length === 2 &&
    JSON.stringify(rules[0]) === JSON.stringify(theirs) &&
    ours?.expression ===
      '(http.host in {"admin.example.com" "api.example.com"} and (not cf.tls_client_auth.cert_verified or cf.tls_client_auth.cert_revoked))' &&
    ours.enabled &&
    ours.action === 'block' &&
    checked.outputs['waf-rule-id'] === ours.id &&
    (double.rulesets.entrypointReplacements.get(zoneId) ?? 0) === 0;
  console.log(ok ? '\nDemo finished as expected.' : '\nDemo did NOT behave as expected.');
  process.exitCode = ok ? 0 : 1;
} finally {
  await double.close();
}
