import * as core from '@actions/core';
import { certificateOutputs, summaryMarkdown, writeCertificateFile, type RunLink } from './outputs.js';
import { Deadline } from './deadline.js';
import { INPUT_NAMES, InputError, parseConfig, type Config, type RawInputs } from './inputs.js';
import type { CommandResult } from './commands/result.js';
import { CloudflareApiError, TransportError, UnexpectedResponseError, VerificationError } from './cloudflare/errors.js';

/**
 * The action's entry: the only place that speaks the runner's protocol (@actions/core). It reads the
 * inputs into one validated config, runs one command, and hands one result to the outputs.
 */
export async function run(): Promise<void> {
  // A cancelled workflow sends SIGINT, then SIGTERM: abort what is in flight and fail cleanly.
  const cancel = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => cancel.abort(new Error(signal));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const raw = readInputs();
    maskSecrets(raw);
    // Names only: values may be secrets.
    core.debug(`Inputs set: ${INPUT_NAMES.filter(name => raw[name] !== '').join(', ') || 'none'}`);
    const config = await parseConfig(raw, { workingDirectory: process.cwd() });
    const deadline = new Deadline(config.timeoutMs, cancel.signal);
    // Loaded only once the inputs are valid: a bad input fails fast, without loading the HTTP stack.
    const { executeCommand } = await import('./commands/index.js');
    const result = await executeCommand(config, { deadline, log: { debug: core.debug, info: core.info, warning: core.warning } });
    if (cancel.signal.aborted) throw deadline.error();
    await publish(config, result);
    for (const failure of result.failures) core.error(failure);
    if (result.failures.length > 0) process.exitCode = 1;
  } catch (error) {
    report(error);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function readInputs(): RawInputs {
  return Object.fromEntries(INPUT_NAMES.map(name => [name, core.getInput(name)])) as RawInputs;
}

/** Masks credentials before anything can print. A private key pasted as the CSR by mistake is masked too. */
function maskSecrets(raw: RawInputs): void {
  const secrets = [raw['api-token'], raw['api-key']];
  if (raw.csr.includes('PRIVATE KEY')) secrets.push(raw.csr);
  for (const secret of secrets) maskSecret(secret);
}

/** The runner masks line by line, so a multi-line secret is registered as a whole and each line alone. */
export function maskSecret(secret: string): void {
  if (secret === '') return;
  core.setSecret(secret);
  const lines = secret.split(/\r?\n|\\n/).map(line => line.trim());
  if (lines.length > 1) for (const line of lines) if (line !== '') core.setSecret(line);
}

async function publish(config: Config, result: CommandResult): Promise<void> {
  const { certificate } = result;
  for (const warning of certificate.warnings) core.warning(warning);
  const file = config.certificateFile === undefined ? undefined : await writeCertificateFile(config.certificateFile, certificate.pem);
  for (const [name, value] of Object.entries(certificateOutputs(certificate, file))) core.setOutput(name, value);
  const verb = config.command === 'create' ? 'Issued' : 'Fetched';
  core.info(
    `${verb} client certificate ${certificate.id} (${certificate.commonName}): ${certificate.status}, expires ${certificate.notAfter.toISOString()} ` +
      `(${certificate.daysRemaining} days), SHA-256 ${certificate.fingerprint}${file ? `, written to ${file}` : ''}`,
  );
  if (process.env.GITHUB_STEP_SUMMARY) {
    const heading = config.command === 'create' ? 'Client certificate issued' : 'Client certificate';
    await core.summary.addRaw(summaryMarkdown(certificate, result.failures, heading, await runLink())).write();
  }
}

async function runLink(): Promise<RunLink | undefined> {
  if (!process.env.GITHUB_REPOSITORY || !process.env.GITHUB_RUN_ID) return undefined;
  const { context } = await import('@actions/github');
  const { owner, repo } = context.repo;
  return { url: `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}`, label: `Workflow run ${context.runId}` };
}

/** One ::error:: line per problem; never a stack trace (that goes to the debug log for bugs only). */
function report(error: unknown): void {
  process.exitCode = 1;
  if (error instanceof InputError) {
    for (const problem of error.problems) core.error(`Input ${problem.input} ${problem.message}`);
    return;
  }
  const known = [CloudflareApiError, UnexpectedResponseError, TransportError, VerificationError].some(type => error instanceof type);
  if (known) {
    core.error((error as Error).message);
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.stack) core.debug(error.stack);
  core.error(`Unexpected error: ${message}`);
}
