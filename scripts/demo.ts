// npm run demo: the action's main job with no Cloudflare account. Starts the API double on 127.0.0.1,
// generates a key and CSR, runs dist/index.js as a workflow step would (create, enabling mTLS on two
// hostnames beside one someone else already protects; then a scheduled-style get that checks expiry and
// the hostnames), and prints what the step logged, its outputs and its job summary.
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudflareDouble } from '../test/double/server.ts';
import { generateCsr } from '../test/support/pki.ts';
import { type ActionRun, runAction } from '../test/support/run-action.ts';

const token = randomBytes(30).toString('base64url');
const zoneId = randomBytes(16).toString('hex');
const double = await CloudflareDouble.start({ tokens: [{ token, permission: 'write' }], zones: [zoneId] });
// Someone already protects one hostname of the zone: the action keeps it.
double.setHostnameAssociations(zoneId, ['shop.example.com']);

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
  });
  show('create with hostnames (deploy job)', created);

  const checked = await runAction({
    command: 'get',
    'zone-id': zoneId,
    'api-token': token,
    'api-url': double.url,
    'certificate-id': created.outputs.id ?? '',
    'min-days-remaining': '400',
    hostnames: 'api.example.com\nadmin.example.com',
  });
  show('get with min-days-remaining: 400 and hostnames (scheduled check; fails on purpose: 365-day certificate)', checked);

  console.log(`\nThe double received ${double.requests.length} requests: ${double.requests.map(r => `${r.method} ${r.path}`).join(', ')}`);
  const hostnames = double.hostnameAssociations(zoneId);
  console.log(`mTLS is enabled on: ${hostnames.join(', ')}`);
  const ok =
    created.exitCode === 0 &&
    checked.exitCode === 1 &&
    created.outputs.fingerprint !== undefined &&
    created.outputs['hostnames-added'] === '["api.example.com","admin.example.com"]' &&
    hostnames.join() === 'shop.example.com,api.example.com,admin.example.com';
  console.log(ok ? '\nDemo finished as expected.' : '\nDemo did NOT behave as expected.');
  process.exitCode = ok ? 0 : 1;
} finally {
  await double.close();
}
