// What `npm run bench` (timed), `npm run bench:count` (counted) and `npm run eager:update` share: the environment a runner gives a
// step, the floors of bench/floors/ built as dist/ is, and the bare-`fetch` floor's request taken from the
// one the action sent to the API double.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { RecordedRequest } from '../test/double/server.ts';
import { inputVariable } from '../test/support/run-action.ts';
import { finishSteps } from './minify.ts';
import { nccBuild } from './ncc.ts';

const root = resolve(import.meta.dirname, '..');

/** The floor of an API call made from Node: start node, send one fetch, read the JSON answer. */
export const FETCH_FLOOR = join(root, 'bench/fetch-floor.mjs');

/** The variables a GitHub-hosted runner sets for a step, files included (in `work`, which must exist). */
export async function runnerEnvironment(work: string): Promise<Record<string, string>> {
  for (const file of ['output.txt', 'state.txt', 'summary.md']) await writeFile(join(work, file), '');
  return {
    PATH: process.env.PATH ?? '',
    HOME: work,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo-org/deploy-service',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_WORKSPACE: work,
    RUNNER_TEMP: work,
    GITHUB_OUTPUT: join(work, 'output.txt'),
    GITHUB_STATE: join(work, 'state.txt'),
    GITHUB_STEP_SUMMARY: join(work, 'summary.md'),
  };
}

/**
 * A step's inputs as the runner passes them (INPUT_* variables): the API double's URL, zone and token, the
 * bench's timeout and retries, and the path's own.
 */
export function stepInputs(api: { url: string; zoneId: string; token: string }, values: Record<string, string>): Record<string, string> {
  const all = { 'api-url': api.url, 'zone-id': api.zoneId, 'api-token': api.token, 'timeout-seconds': '60', 'max-retries': '3', ...values };
  return Object.fromEntries(Object.entries(all).map(([name, value]) => [inputVariable(name), value]));
}

/**
 * Builds bench/floors/<name>.ts as dist/ is built (ncc, CommonJS, the start-up transform, minified) into
 * `<work>/floors/<name>`; returns the path of its index.js.
 */
export async function buildFloor(name: string, work: string): Promise<string> {
  const { files } = await nccBuild(join(root, 'bench/floors', `${name}.ts`), { esm: false });
  const out = join(work, 'floors', name);
  await mkdir(out, { recursive: true });
  const built = Object.fromEntries(Object.entries(files).map(([file, source]) => [file, String(source)]));
  const { files: finished, problems } = finishSteps(built, ['index.js']);
  if (problems.length > 0) throw new Error(`bench/floors/${name}.ts: ${problems.join('; ')}`);
  for (const [file, source] of Object.entries(finished)) await writeFile(join(out, file), source);
  return join(out, 'index.js');
}

/** Headers that Node's fetch adds by itself: the floor's fetch adds them too. */
const FETCH_OWN_HEADERS = new Set(['host', 'connection', 'content-length', 'accept-encoding', 'accept-language', 'sec-fetch-mode']);

/**
 * The variables that make bench/fetch-floor.mjs (and bench/floors/request.ts) send the request the action
 * sent: its method, URL (on the double's origin), headers and body.
 */
export function floorRequestEnvironment(sent: readonly RecordedRequest[], doubleUrl: string): Record<string, string> {
  const request = sent[0];
  if (sent.length !== 1 || request === undefined) throw new Error(`the floor is one request; the action sent ${sent.length}`);
  const query = new URLSearchParams(request.query).toString();
  const headers = Object.fromEntries(
    Object.entries(request.headers)
      .filter(([name, value]) => !FETCH_OWN_HEADERS.has(name) && value !== undefined)
      .map(([name, value]) => [name, String(value)]),
  );
  return {
    FLOOR_METHOD: request.method,
    FLOOR_URL: `${new URL(doubleUrl).origin}${request.path}${query === '' ? '' : `?${query}`}`,
    FLOOR_HEADERS: JSON.stringify(headers),
    FLOOR_BODY: request.body,
  };
}

/**
 * Runs a command in `cwd` to completion without blocking (the API double answers from this process).
 * Resolves with its exit code and what it printed.
 */
export function runCommand(
  cwd: string,
  command: string,
  args: readonly string[],
  env: Record<string, string>,
): Promise<{ status: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', chunk => (output += chunk));
    child.stderr.on('data', chunk => (output += chunk));
    child.on('error', fail);
    child.on('close', status => done({ status, output }));
  });
}
