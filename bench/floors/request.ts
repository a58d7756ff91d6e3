// The floor of a get or a create (bench/floors/README.md): @actions/core reads the inputs and masks the
// token; the request the action sent (FLOOR_METHOD, FLOOR_URL, FLOOR_HEADERS, FLOOR_BODY) through
// Node's fetch, the JSON read; the certificate parsed and fingerprinted; the outputs and the summary
// written through @actions/core.
import { createHash, X509Certificate } from 'node:crypto';
import * as core from '@actions/core';
import { useSynchronousStdout } from '../../src/stdout.js';

// The steps' lines go to fd 1 as the action's do (src/stdout.ts).
useSynchronousStdout();

core.setSecret(core.getInput('api-token'));
const { FLOOR_METHOD: method, FLOOR_URL: url = '', FLOOR_HEADERS: headers = '{}', FLOOR_BODY: body } = process.env;
const response = await fetch(url, { method, headers: JSON.parse(headers) as Record<string, string>, body: body || undefined });
const envelope = (await response.json()) as { success?: boolean; result?: Record<string, unknown> };
const result = envelope.result ?? {};
if (!response.ok || envelope.success !== true || typeof result.certificate !== 'string') process.exit(1);
const x509 = new X509Certificate(result.certificate);
const fingerprint = createHash('sha256').update(x509.raw).digest('hex');
const outputs: Record<string, string> = {
  id: String(result.id),
  status: String(result.status),
  fingerprint,
  'serial-number': x509.serialNumber.toLowerCase(),
  'expires-on': new Date(x509.validTo).toISOString(),
  certificate: result.certificate,
};
for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
await core.summary.addRaw(`### ✅ Client certificate \`${outputs.id}\`\n\n| Fingerprint | \`${fingerprint}\` |\n| --- | --- |\n`).write();
core.info(`Certificate ${outputs.id}: ${outputs.status}`);
