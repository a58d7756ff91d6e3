// Runs the committed dist/index.js the way the GitHub runner does: a child process with INPUT_*
// variables (upper-cased, hyphens kept), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, in a workspace.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { assertNoSecretIn, assertNoSecretPrinted, assertNothingLeakedToGitHub } from './secrets.ts';

export const DIST_ENTRY = resolve(import.meta.dirname, '../../dist/index.js');
export const DIST_POST_ENTRY = resolve(import.meta.dirname, '../../dist/post/index.js');

/** Defaults from action.yml, which the runner passes as INPUT_* variables for inputs a workflow leaves out. */
const ACTION_DEFAULTS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries((parse(readFileSync(resolve(import.meta.dirname, '../../action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs)
    .filter(([, input]) => input.default !== undefined)
    .map(([name, input]) => [name, String(input.default)]),
);

export interface ActionRun {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  /** What the step saved with core.saveState, for its post step. */
  readonly state: Record<string, string>;
  readonly summary: string;
  readonly workspace: string;
  readonly runnerTemp: string;
  /** ::error:: lines, without the command prefix. */
  readonly errors: string[];
  readonly warnings: string[];
  /** Values registered with ::add-mask::, in order. */
  readonly masks: string[];
}

export { assertNoSecretPrinted, registerSecrets } from './secrets.ts';

/**
 * Every place a run could leak a registered secret: its stdout and stderr, the job summary (markdown
 * escapes undone), every output but private-key (the generated key by design, opt-in), and what it sent
 * to the API double's GitHub part (tracking issues).
 */
function assertNoSecretLeaked(run: Pick<ActionRun, 'stdout' | 'stderr' | 'summary' | 'outputs'>): void {
  assertNoSecretPrinted(run.stdout, run.stderr);
  assertNoSecretIn(run.summary, 'the job summary');
  for (const [name, value] of Object.entries(run.outputs)) if (name !== 'private-key') assertNoSecretIn(value, `the ${name} output`);
  assertNothingLeakedToGitHub();
}

export interface RunOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Step debug logging (RUNNER_DEBUG=1), on unless set to false: every run doubles as a leak test. */
  readonly debug?: boolean;
  /** Called with the child once it started (to send it a signal, say). */
  readonly onSpawn?: (child: import('node:child_process').ChildProcess) => void;
  readonly entry?: string;
  /** Prepares the fresh workspace (files a step before would have written) before the action starts. */
  readonly beforeRun?: (workspace: string) => Promise<void>;
  /** State from the main step, passed as STATE_* variables the way the runner does for a post step. */
  readonly state?: Readonly<Record<string, string>>;
  /** Runs in this RUNNER_TEMP instead of a new one (a post step shares its main step's). */
  readonly runnerTemp?: string;
}

/** Environment variable name for an input, as the runner makes it. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export async function runAction(inputs: Readonly<Record<string, string>>, options: RunOptions = {}): Promise<ActionRun> {
  const root = await mkdtemp(join(tmpdir(), 'cf-mtls-run-'));
  const workspace = join(root, 'workspace');
  const runnerTemp = options.runnerTemp ?? join(root, 'runner-temp');
  await mkdir(workspace);
  await mkdir(runnerTemp, { recursive: true });
  const outputFile = join(root, 'output.txt');
  const summaryFile = join(root, 'summary.md');
  const stateFile = join(root, 'state.txt');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await writeFile(stateFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? root,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_STATE: stateFile,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_REPOSITORY: 'octo-org/deploy-service',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    ...(options.debug === false ? {} : { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' }),
  };
  for (const [name, value] of Object.entries({ ...ACTION_DEFAULTS, ...inputs })) env[inputVariable(name)] = value;
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  await options.beforeRun?.(workspace);
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const child = spawn(process.execPath, [options.entry ?? DIST_ENTRY], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  options.onSpawn?.(child);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(done => child.on('close', (code, sig) => done([code, sig])));
  const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
  const summary = await readFile(summaryFile, 'utf8');
  assertNoSecretLeaked({ stdout, stderr, summary, outputs });
  const lines = stdout.split(/\r?\n/);
  const command = (name: string): string[] =>
    lines.filter(line => line.startsWith(`::${name}`)).map(line => unescapeData(line.slice(line.indexOf('::', 2) + 2)));
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs,
    state: parseOutputFile(await readFile(stateFile, 'utf8')),
    summary,
    workspace,
    runnerTemp,
    errors: command('error'),
    warnings: command('warning'),
    masks: command('add-mask'),
  };
}

/** Reads the GITHUB_OUTPUT file format: name<<delimiter, value lines, delimiter. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (match) {
      const [, name = '', delimiter] = match;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '');
      outputs[name] = value.join('\n');
    } else if ((lines[i] ?? '').includes('=')) {
      const line = lines[i] ?? '';
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
