import * as core from '@actions/core';
import { CloudflareApiError } from './cloudflare/errors.js';
import { parseConfig } from './config/parse.js';
import { COMMANDS, type Command, type Config, INPUT_NAMES, type InputName, type RawInputs } from './config/types.js';
import { Deadline } from './deadline.js';
import { ActionError } from './errors.js';
import { logLine } from './escape.js';
import type { Outputs } from './outputs.js';
import { redact, registerSecret, secretLines } from './redact.js';
import { failureSummary } from './summary.js';

/**
 * Every line the action logs goes through here. Info lines are printed as they are by @actions/core, so
 * they pass through logLine (outside data can never start a workflow command); warnings, errors and debug
 * lines are escaped by @actions/core itself (%, \r, \n), and get the same shortening and control escapes.
 */
const log = {
  debug: (message: string): void => core.debug(logLine(message)),
  info: (message: string): void => core.info(logLine(message)),
  notice: (message: string): void => core.notice(logLine(message)),
  warning: (message: string): void => core.warning(logLine(message)),
  error: (message: string): void => core.error(logLine(message)),
};

/**
 * The action's entry: the only place that speaks the runner's protocol (@actions/core). It reads the
 * inputs into one validated config, runs one command, and hands one result to the outputs.
 */
export async function run(): Promise<void> {
  // A cancelled workflow sends SIGINT, then SIGTERM: abort what is in flight and fail cleanly.
  const cancel = new AbortController();
  let config: Config | undefined;
  let raw: RawInputs | undefined;
  const onSignal = (signal: NodeJS.Signals): void => cancel.abort(new Error(signal));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const inputs = readInputs();
    raw = inputs;
    maskSecrets(inputs);
    // Names only: values may be secrets.
    log.debug(`Inputs set: ${INPUT_NAMES.filter(name => inputs[name] !== '').join(', ') || 'none'}`);
    config = await parseConfig(inputs, { workingDirectory: process.cwd(), env: process.env });
    for (const warning of config.warnings) log.warning(warning);
    const deadline = new Deadline(config.timeoutMs, cancel.signal);
    // Loaded only once the inputs are valid: a bad input is refused without compiling the commands or
    // the publishing of their result (lazy.ts says what that keeps off the start-up path).
    const { executeCommand, publish } = await import(/* webpackChunkName: "second-stage" */ './lazy.js');
    const result = await executeCommand(config, {
      deadline,
      log,
      mask: maskSecret,
    });
    if (cancel.signal.aborted) throw deadline.error();
    const { outputs, summary } = await publish(config, result, { deadline, log, saveState: (name, value) => core.saveState(name, value) });
    if (summary !== undefined) await writeSummary(summary);
    setOutputs(outputs);
    if (result.kind !== 'list') for (const notice of result.notices ?? []) log.notice(notice);
    for (const failure of result.failures) log.error(failure);
    if (result.failures.length > 0) process.exitCode = 1;
  } catch (error) {
    await report(error, config, raw);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Inputs read exactly as given (config/parse.ts refuses surrounding whitespace in them rather than guess). */
const UNTRIMMED: ReadonlySet<InputName> = new Set(['pkcs12-password']);

/**
 * Every input, trimmed (but for UNTRIMMED), '' when unset. When no credential input is set, the variables Cloudflare's own
 * tools read stand in (a job-level env: works as users expect): CLOUDFLARE_API_TOKEN, else
 * CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY. An input always wins. The debug log names the source, never
 * the value.
 */
function readInputs(): RawInputs {
  // Passwords are read as given: the runner's trimming would silently change the one a bundle is made with.
  const raw = Object.fromEntries(INPUT_NAMES.map(name => [name, core.getInput(name, { trimWhitespace: !UNTRIMMED.has(name) })])) as Record<InputName, string>;
  if (raw['api-token'] !== '' || raw['api-email'] !== '' || raw['api-key'] !== '') return raw;
  const fromEnv = (variable: string): string => (process.env[variable] ?? '').trim();
  const fallbacks: [InputName, string][] =
    fromEnv('CLOUDFLARE_API_TOKEN') !== ''
      ? [['api-token', 'CLOUDFLARE_API_TOKEN']]
      : [
          ['api-email', 'CLOUDFLARE_EMAIL'],
          ['api-key', 'CLOUDFLARE_API_KEY'],
        ];
  for (const [input, variable] of fallbacks) {
    raw[input] = fromEnv(variable);
    if (raw[input] !== '') log.debug(`${input}: from the ${variable} environment variable (the input is not set)`);
  }
  return raw;
}

/**
 * Masks credentials before anything can print. A private key pasted as the CSR by mistake is masked too.
 * The account email is not a secret (the runner does not mask it), but it is personal data: it is kept
 * out of what outside text carries back, like the secrets.
 */
function maskSecrets(raw: RawInputs): void {
  const secrets = [raw['api-token'], raw['api-key'], raw['github-token'], raw['pkcs12-password']];
  if (raw.csr.includes('PRIVATE KEY')) secrets.push(raw.csr);
  for (const secret of secrets) maskSecret(secret);
  registerSecret(raw['api-email']);
}

/**
 * Registers a secret with the runner (which masks line by line, so a multi-line secret as a whole and each
 * line alone) and with the redactor, which keeps it out of the summary, the tracking issue and the outputs.
 */
function maskSecret(secret: string): void {
  for (const form of secretLines(secret)) core.setSecret(form);
  registerSecret(secret);
}

/**
 * The one place outputs are set. Outside text in them (the API's json, a common name) is redacted; the
 * private-key output is the generated key by design (opt-in, masked by the runner), so it is set as is.
 */
function setOutputs(outputs: Outputs): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, name === 'private-key' ? value : redact(value));
}

async function writeSummary(markdown: string): Promise<void> {
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
}

/**
 * One ::error:: line per line of an ActionError (one per problem of an InputError); never a stack trace, which
 * goes to the debug log for anything else, a bug.
 */
async function report(error: unknown, config: Config | undefined, raw: RawInputs | undefined): Promise<void> {
  process.exitCode = 1;
  const lines: string[] = [];
  if (error instanceof ActionError) {
    // What to check, when Cloudflare refused a call: from the command, the zone and the credential's shape.
    // A chunk of their own, loaded only once Cloudflare refused a call (src/lazy.ts lists the chunks); if it
    // cannot be loaded, the error is still reported, without its hint.
    let hint: string | undefined;
    if (error instanceof CloudflareApiError && config) {
      let hints: typeof import('./hints.js') | undefined;
      try {
        hints = await import(/* webpackChunkName: "hints" */ './hints.js');
      } catch {
        // Reported below as it is, without its hint.
      }
      hint = hints?.hintFor(error, config);
    }
    lines.push(...(hint ? [`${error.message}: ${hint}`] : error.lines));
  } else {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof Error && error.stack) log.debug(error.stack);
    lines.push(`Unexpected error: ${message}`);
  }
  for (const line of lines) log.error(line);
  // A summary on failure too, unless turned off (read from the raw input when the config is not there).
  const summaryOn = config ? config.jobSummary : raw?.['job-summary'] !== 'false';
  if (!summaryOn) return;
  const command = config?.command ?? (COMMANDS.includes(raw?.command as Command) ? raw?.command : undefined);
  const accountId = config !== undefined && 'accountId' in config ? config.accountId : undefined;
  await writeSummary(failureSummary({ command, zoneId: config?.zoneId, accountId }, lines)).catch(() => undefined);
}
