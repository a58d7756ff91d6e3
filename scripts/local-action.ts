// npm run local-action [-- path/to/.env]: runs the action's source (src/main.ts) with @github/local-action,
// as VS Code's debugger would, against the API double on 127.0.0.1. Uses .env when it exists, else
// .env.example; the placeholders API_URL, API_TOKEN, ZONE_ID, LOCAL_WORKSPACE and LOCAL_TEMP are filled in.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CloudflareDouble } from '../test/double/server.ts';

const root = resolve(import.meta.dirname, '..');
const source = process.argv[2] ?? (existsSync(join(root, '.env')) ? join(root, '.env') : join(root, '.env.example'));
const token = randomBytes(30).toString('base64url');
const zoneId = randomBytes(16).toString('hex');
const double = await CloudflareDouble.start({ tokens: [{ token, permission: 'write' }], zones: [zoneId] });
const folder = await mkdtemp(join(tmpdir(), 'cf-mtls-local-'));
const workspace = join(folder, 'workspace');
const temp = join(folder, 'temp');
await mkdir(workspace);
await mkdir(temp);
const env = (await readFile(source, 'utf8'))
  .replaceAll('API_URL', double.url)
  .replaceAll('API_TOKEN', token)
  .replaceAll('ZONE_ID', zoneId)
  .replaceAll('LOCAL_WORKSPACE', workspace)
  .replaceAll('LOCAL_TEMP', temp);
const envFile = join(folder, '.env');
await writeFile(envFile, env, { mode: 0o600 });
console.log(`API double at ${double.url}; inputs from ${source}`);

const code = await new Promise<number | null>(done => {
  const child = spawn('npx', ['--no-install', 'local-action', 'run', root, 'src/main.ts', envFile], { cwd: root, stdio: 'inherit' });
  child.on('close', done);
});
console.log(`\nlocal-action exited ${code}; the double received: ${double.requests.map(r => `${r.method} ${r.path}`).join(', ') || 'nothing'}`);
await double.close();
process.exitCode = code === 0 && double.requests.length > 0 ? 0 : 1;
