// `npm run local-action` runs src/main.ts with @github/local-action against the API double: the way to
// debug the action locally (README, "Local runs") keeps working.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

it('runs the action from source with @github/local-action, generating a key and issuing a certificate', async () => {
  const root = resolve(import.meta.dirname, '../..');
  const { code, output } = await new Promise<{ code: number | null; output: string }>(done => {
    const child = spawn(process.execPath, ['scripts/local-action.ts', '.env.example'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', chunk => (output += chunk));
    child.stderr.on('data', chunk => (output += chunk));
    child.on('close', code => done({ code, output }));
  });
  expect(code).toBe(0);
  expect(output).toMatch(/::set-output name=id::[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  expect(output).toMatch(/::set-output name=status::active/);
  expect(output).toMatch(/::set-output name=private-key-file::.*\/cloudflare-mtls-[^/]+\/client\.key/);
  expect(output).toMatch(/the double received: POST \/client\/v4\/zones\/[0-9a-f]{32}\/client_certificates$/m);
  expect(output).not.toContain('PRIVATE KEY-----');
}, 60_000);
