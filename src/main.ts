import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import { CloudflareApiError, TransportError, UnexpectedResponseError, VerificationError } from './cloudflare/errors.js';
import type { CertificateResult, CommandResult, ListResult } from './commands/result.js';
import { InputError, parseConfig } from './config/parse.js';
import { COMMANDS, type Command, type Config, INPUT_NAMES, type InputName, type RawInputs, type TrackingIssueConfig } from './config/types.js';
import { Deadline } from './deadline.js';
import { logLine } from './escape.js';
import { hintFor } from './hints.js';
import { KEY_FILE_STATE, newKeyFilePath, PKCS12_FILE_NAME, PKCS12_FILE_STATE } from './key-file.js';
import { certificateOutputs, hostnameOutputs, listOutputs, type Outputs, writeCertificateFile, writePkcs12File, writePrivateKeyFile } from './outputs.js';
import { redact, registerSecret, secretLines } from './redact.js';
import { certificateSummary, failureSummary, listSummary, type SummaryContext } from './summary.js';

/** A link to a page of this run's repository (the run, the tracking issue). */
interface RunLink {
  readonly url: string;
  readonly label: string;
}

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
    // Loaded only once the inputs are valid: a bad input fails without loading the commands' code.
    const { executeCommand } = await import('./commands/index.js');
    const result = await executeCommand(config, {
      deadline,
      log,
      mask: maskSecret,
    });
    if (cancel.signal.aborted) throw deadline.error();
    const { outputs, warnings } = result.kind === 'list' ? await publishList(config, result) : await publishCertificate(config, result);
    let trackingIssue: SummaryContext['trackingIssue'];
    if ((config.command === 'get' || config.command === 'list') && config.trackingIssue) {
      trackingIssue = await trackIssue(config.trackingIssue, config.zoneId, result, deadline);
      outputs['issue-number'] = trackingIssue ? String(trackingIssue.number) : '';
    }
    if (config.jobSummary) {
      const context: SummaryContext = { command: config.command, zoneId: config.zoneId, trackingIssue };
      await writeSummary(
        result.kind === 'list'
          ? listSummary(context, result, warnings)
          : certificateSummary(context, result.certificate, result.failures, warnings, result.reused ?? false, result.hostnames, result.notices),
      );
    }
    setOutputs(outputs);
    if (result.kind === 'certificate') for (const notice of result.notices ?? []) log.notice(notice);
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

/** Files, summary and log line for one certificate; returns its outputs, set by the caller last. */
async function publishCertificate(config: Config, result: CertificateResult): Promise<{ outputs: Outputs; warnings: string[] }> {
  const { certificate } = result;
  const { outputs, notes } = certificateOutputs(certificate);
  const hostnames = result.hostnames ? hostnameOutputs(result.hostnames, config.command) : undefined;
  const warnings = [...certificate.warnings, ...notes, ...(hostnames?.notes ?? []), ...(result.hostnames?.warnings ?? [])];
  for (const warning of warnings) log.warning(warning);
  try {
    if (config.certificateFile !== undefined)
      outputs['certificate-file'] = await writeCertificateFile(config.certificateFile, certificate.pem, config.writeRoots);
    if (config.command === 'create') {
      outputs.reused = String(result.reused ?? false);
      if (result.privateKeyPem !== undefined && config.csr.kind === 'generate') {
        const target = config.csr.key.privateKeyFile;
        const path = target.kind === 'given' ? target.path : await newKeyFilePath(target.runnerTemp);
        // Recorded before the file exists, so that the post step removes it whatever happens next.
        if (target.kind === 'runner-temp') core.saveState(KEY_FILE_STATE, path);
        if (config.outputPrivateKey) outputs['private-key'] = result.privateKeyPem;
        outputs['private-key-file'] = await writePrivateKeyFile(path, result.privateKeyPem, config.writeRoots);
        if (config.pkcs12 && result.pkcs12Bundle) {
          const bundle = config.pkcs12.file;
          // The action's own place: beside its key file when it chose that place too, else a new folder.
          const bundlePath =
            bundle.kind === 'given'
              ? bundle.path
              : target.kind === 'runner-temp'
                ? join(dirname(path), PKCS12_FILE_NAME)
                : await newKeyFilePath(bundle.runnerTemp, PKCS12_FILE_NAME);
          if (bundle.kind === 'runner-temp') core.saveState(PKCS12_FILE_STATE, bundlePath);
          outputs['pkcs12-file'] = await writePkcs12File(bundlePath, result.pkcs12Bundle, config.writeRoots);
        }
      }
    }
  } catch (error) {
    throw new FileWriteError(config, result, error as Error);
  }
  if (hostnames) Object.assign(outputs, hostnames.outputs);
  const verb = { create: result.reused ? 'Reused' : 'Issued', get: 'Fetched', revoke: 'Revoked', reactivate: 'Reactivated', list: '' }[config.command];
  log.info(
    `${verb} client certificate ${certificate.id} (${certificate.commonName}): ${certificate.status}, expires ${certificate.expiresOn} ` +
      `(${certificate.daysRemaining} days), SHA-256 ${certificate.fingerprint}${outputs['certificate-file'] ? `, written to ${outputs['certificate-file']}` : ''}`,
  );
  return { outputs, warnings };
}

/** A file could not be written after the API acted: says which certificate exists now and what to do with it. */
class FileWriteError extends Error {
  override name = 'FileWriteError';

  constructor(config: Config, result: CertificateResult, cause: Error) {
    const { id } = result.certificate;
    const after =
      config.command !== 'create'
        ? ''
        : result.reused
          ? ` Certificate ${id} was reused and is unchanged.`
          : ` Certificate ${id} was issued all the same and counts against the zone's quota: revoke it (command: revoke, certificate-id: ${id}) unless you will use it.`;
    // What else the step did or found before the write failed: none of it may go unsaid.
    const added = result.hostnames?.added ?? [];
    const enabled = added.length > 0 ? ` This step enabled mTLS on ${added.join(', ')} before the write failed; that stays.` : '';
    const also = result.hostnames?.failure ? ` Also: ${result.hostnames.failure}` : '';
    super(`Could not write a file: ${cause.message}.${after}${enabled}${also}`, { cause });
  }
}

async function publishList(config: Config, result: ListResult): Promise<{ outputs: Outputs; warnings: string[] }> {
  const { outputs, notes: listNotes } = listOutputs(result);
  const hostnames = result.hostnames ? hostnameOutputs(result.hostnames, config.command) : undefined;
  if (hostnames) Object.assign(outputs, hostnames.outputs);
  const notes = [...listNotes, ...(hostnames?.notes ?? []), ...(result.hostnames?.warnings ?? [])];
  for (const certificate of result.certificates) for (const warning of certificate.warnings) log.warning(warning);
  for (const note of notes) log.warning(note);
  for (const certificate of result.expiring) {
    log.warning(`Client certificate ${certificate.id} (${certificate.commonName}) expires on ${certificate.expiresOn}: ${certificate.daysRemaining} days left`);
  }
  log.info(
    `Zone ${config.zoneId}: ${result.certificates.length} client certificates, ${result.expiring.length} expiring soon (${result.requests} request${result.requests === 1 ? '' : 's'})`,
  );
  for (const warning of result.warnings) log.warning(warning);
  return { outputs, warnings: [...result.warnings, ...result.certificates.flatMap(c => c.warnings), ...notes] };
}

/** Opens, updates or closes the tracking issue; a failure here is a warning, the check's verdict stands. */
async function trackIssue(tracking: TrackingIssueConfig, zoneId: string, result: CommandResult, deadline: Deadline): Promise<SummaryContext['trackingIssue']> {
  const runLink = repositoryLink(`actions/runs/${process.env.GITHUB_RUN_ID ?? ''}`, `Workflow run ${process.env.GITHUB_RUN_ID ?? ''}`);
  const { syncTrackingIssue } = await import('./tracking-issue.js');
  const tracked = result.kind === 'list' ? result.expiring : [result.certificate];
  try {
    const outcome = await syncTrackingIssue(
      tracking,
      {
        zoneId,
        failing: result.failures.length > 0,
        reasons: result.failures,
        certificates: tracked.map(c => ({
          id: c.id,
          commonName: c.commonName,
          status: c.status,
          expiresOn: c.expiresOn,
          daysRemaining: c.daysRemaining,
        })),
        // Only what a read showed: a list that could not be read is a reason of its own, not a missing name.
        hostnamesMissing: result.hostnames?.associated === undefined ? [] : result.hostnames.missing,
        runUrl: runLink?.url,
      },
      deadline.signal,
    );
    if (outcome.action === 'none') return undefined;
    log.info(`Tracking issue #${outcome.number} ${outcome.action}`);
    return { number: outcome.number, url: repositoryLink(`issues/${outcome.number}`, '')?.url ?? '' };
  } catch (error) {
    const reason = deadline.signal.aborted ? `${deadline.error(false, 'the GitHub API').message}.` : githubFailure(error);
    log.warning(`Could not update the tracking issue (label "${tracking.label}"): ${reason}`);
    return undefined;
  }
}

/**
 * What went wrong with a GitHub API call, and what to check: GitHub's status and message when it answered
 * (a permission hint only for the statuses that mean one), the network error when it did not (Octokit
 * reports that as status 500 without a response).
 */
function githubFailure(error: unknown): string {
  const { status, response, message } = error as { status?: unknown; response?: unknown; message?: unknown };
  const code = errorCode(error);
  const said = typeof message === 'string' && message !== '' ? message : (code ?? 'no details');
  if (response === undefined || typeof status !== 'number') {
    const host = URL.parse(process.env.GITHUB_API_URL ?? 'https://api.github.com')?.host ?? 'the GitHub API';
    // A system error code (ENOTFOUND, ECONNREFUSED, …) means the network; without one, the call failed otherwise (an answer past the cap).
    if (code === undefined) return `the call to ${host} failed (${said}).`;
    return `no answer from ${host} (${said.includes(code) ? said : `${code}: ${said}`}). Check the runner's network and proxy settings, and GITHUB_API_URL on GitHub Enterprise Server`;
  }
  const answered = `GitHub answered HTTP ${status} (${said})`;
  if (status === 401) return `${answered}: github-token was not accepted. Pass the workflow token (github.token) or a current token from a secret`;
  if ((status === 403 || status === 429) && /rate limit/i.test(said)) return `${answered}: the token is rate limited. The next run tries again`;
  if (status === 403 || status === 404) {
    return `${answered}: the token needs "issues: write" on this repository (permissions: issues: write in the workflow; GitHub answers 404 when a token may not see it)`;
  }
  return `${answered}.`;
}

/** The system error code (ENOTFOUND, ECONNREFUSED, …) somewhere in an error's chain of causes, if any. */
function errorCode(error: unknown): string | undefined {
  for (let cause = error, depth = 0; typeof cause === 'object' && cause !== null && depth < 5; cause = (cause as { cause?: unknown }).cause, depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
  }
  return undefined;
}

async function writeSummary(markdown: string): Promise<void> {
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
}

/**
 * A page of this run's repository, from the variables the runner sets (what @actions/github's context
 * reads), without loading Octokit. The repository must look like owner/name and the server like a URL.
 */
function repositoryLink(path: string, label: string): RunLink | undefined {
  const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repository = '' } = process.env;
  if (
    !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) ||
    !/^https?:\/\/[^\s()<>]+$/.test(server) ||
    !/^[a-z]+\/\d+$/.test(path.replace('actions/', ''))
  ) {
    return undefined;
  }
  return { url: `${server.replace(/\/+$/, '')}/${repository}/${path}`, label };
}

/** One ::error:: line per problem; never a stack trace (that goes to the debug log for bugs only). */
async function report(error: unknown, config: Config | undefined, raw: RawInputs | undefined): Promise<void> {
  process.exitCode = 1;
  const lines: string[] = [];
  if (error instanceof InputError) {
    for (const problem of error.problems) lines.push(`Input ${problem.input} ${problem.message}`);
  } else if ([CloudflareApiError, UnexpectedResponseError, TransportError, VerificationError, FileWriteError].some(type => error instanceof type)) {
    const hint = error instanceof CloudflareApiError && config ? hintFor(error, config) : undefined;
    lines.push(hint ? `${(error as Error).message}: ${hint}` : (error as Error).message);
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
  await writeSummary(failureSummary({ command, zoneId: config?.zoneId }, lines)).catch(() => undefined);
}
