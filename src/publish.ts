import { dirname, join } from 'node:path';
import type { CertificateResult, CommandResult, InventoryResult, ListResult } from './commands/result.js';
import type { AccountListConfig, Config } from './config/types.js';
import type { Deadline } from './deadline.js';
import { ActionError } from './errors.js';
import { KEY_FILE_STATE, newKeyFilePath, PKCS12_FILE_NAME, PKCS12_FILE_STATE } from './key-file.js';
import { certificateOutputs, hostnameOutputs, inventoryOutputs, listOutputs, type Outputs, wafRuleOutputs } from './outputs.js';
import { certificateSummary, inventorySummary, listSummary } from './result-summary.js';
import type { SummaryContext } from './summary.js';

/**
 * What the step does with a command's result: the certificate, key and bundle files written where the
 * config says (and the post step told which to delete), the warnings and the log line, the outputs, the
 * tracking issue, and the job summary. It speaks to the runner only through what main.ts hands it.
 */

/** What publishing needs of the runner, from main.ts. */
export interface PublishContext {
  readonly deadline: Deadline;
  readonly log: { info(message: string): void; warning(message: string): void };
  /** Records a value for the post step (core.saveState). */
  readonly saveState: (name: string, value: string) => void;
}

export interface Published {
  /** Every output; main.ts sets them, last. */
  readonly outputs: Outputs;
  /** The job summary, or undefined when job-summary is off. */
  readonly summary: string | undefined;
}

export async function publish(config: Config, result: CommandResult, context: PublishContext): Promise<Published> {
  // Every zone of an account: outputs, tracking issue and summary of its own.
  if (result.kind === 'account-list' && 'accountId' in config) return publishInventory(config, result, context);
  if (result.kind === 'account-list' || 'accountId' in config)
    throw new Error('internal error: an account inventory without its config, or the other way round');
  const { outputs, warnings } = result.kind === 'list' ? await publishList(config, result, context) : await publishCertificate(config, result, context);
  let trackingIssue: SummaryContext['trackingIssue'];
  if ((config.command === 'get' || config.command === 'list') && config.trackingIssue) {
    // Loaded only for a get or list with github-token: no other run compiles the tracking issue's code (nor
    // Octokit, which it loads in turn).
    const { trackIssue } = await import('./tracking-issue.js');
    trackingIssue = await trackIssue(config.trackingIssue, config.zoneId, result, context);
    outputs['issue-number'] = trackingIssue ? String(trackingIssue.number) : '';
  }
  if (!config.jobSummary) return { outputs, summary: undefined };
  const summaryContext: SummaryContext = { command: config.command, zoneId: config.zoneId, trackingIssue };
  const summary =
    result.kind === 'list'
      ? listSummary(summaryContext, result, warnings)
      : certificateSummary(summaryContext, result.certificate, result.failures, warnings, result.reused ?? false, result.hostnames, result.notices, result.waf);
  return { outputs, summary };
}

/** Files, warnings and log line for one certificate; returns its outputs, set by the caller last. */
async function publishCertificate(config: Config, result: CertificateResult, context: PublishContext): Promise<{ outputs: Outputs; warnings: string[] }> {
  const { log, saveState } = context;
  const { certificate } = result;
  const { outputs, warnings: outputWarnings } = certificateOutputs(certificate);
  const hostnames = result.hostnames ? hostnameOutputs(result.hostnames, config.command) : undefined;
  const warnings = [
    ...certificate.warnings,
    ...outputWarnings,
    ...(hostnames?.warnings ?? []),
    ...(result.hostnames?.warnings ?? []),
    ...(result.waf?.warnings ?? []),
  ];
  for (const warning of warnings) log.warning(warning);
  for (const note of result.waf?.notes ?? []) log.info(note);
  try {
    if (config.certificateFile !== undefined)
      outputs['certificate-file'] = await writeCertificateFile(config.certificateFile, certificate.pem, config.writeRoots);
    if (config.command === 'create') {
      outputs.reused = String(result.reused ?? false);
      if (result.privateKeyPem !== undefined && config.csr.kind === 'generate') {
        const target = config.csr.key.privateKeyFile;
        const path = target.kind === 'given' ? target.path : await newKeyFilePath(target.runnerTemp);
        // Recorded before the file exists, so that the post step removes it whatever happens next.
        if (target.kind === 'runner-temp') saveState(KEY_FILE_STATE, path);
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
          if (bundle.kind === 'runner-temp') saveState(PKCS12_FILE_STATE, bundlePath);
          outputs['pkcs12-file'] = await writePkcs12File(bundlePath, result.pkcs12Bundle, config.writeRoots);
        }
      }
    }
  } catch (error) {
    throw new FileWriteError(config, result, error as Error);
  }
  if (hostnames) Object.assign(outputs, hostnames.outputs);
  if (result.waf) Object.assign(outputs, wafRuleOutputs(result.waf));
  const verb = { create: result.reused ? 'Reused' : 'Issued', get: 'Fetched', revoke: 'Revoked', reactivate: 'Reactivated', list: '' }[config.command];
  log.info(
    `${verb} client certificate ${certificate.id} (${certificate.commonName}): ${certificate.status}, expires ${certificate.expiresOn} ` +
      `(${certificate.daysRemaining} days), SHA-256 ${certificate.fingerprint}${outputs['certificate-file'] ? `, written to ${outputs['certificate-file']}` : ''}`,
  );
  return { outputs, warnings };
}

/** A file could not be written after the API acted: says which certificate exists now and what to do with it. */
export class FileWriteError extends ActionError {
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
    const waf = result.waf;
    const rule =
      waf === undefined || waf.change === 'none'
        ? ''
        : ` This step ${waf.change === 'widened' ? 'widened' : waf.change === 'restored' ? 'restored' : 'added'} the WAF custom rule that blocks requests without a valid client certificate${waf.ruleId ? ` (${waf.ruleId})` : ''}; that stays.`;
    const ruleAlso = waf?.failure ? ` Also: ${waf.failure}` : '';
    super(`Could not write a file: ${cause.message}.${after}${enabled}${also}${rule}${ruleAlso}`, { cause });
  }
}

async function publishList(config: Config, result: ListResult, { log }: PublishContext): Promise<{ outputs: Outputs; warnings: string[] }> {
  const { outputs, warnings: outputWarnings } = listOutputs(result);
  const hostnames = result.hostnames ? hostnameOutputs(result.hostnames, config.command) : undefined;
  if (hostnames) Object.assign(outputs, hostnames.outputs);
  if (result.waf) Object.assign(outputs, wafRuleOutputs(result.waf));
  const warnings = [...outputWarnings, ...(hostnames?.warnings ?? []), ...(result.hostnames?.warnings ?? []), ...(result.waf?.warnings ?? [])];
  for (const note of result.waf?.notes ?? []) log.info(note);
  for (const certificate of result.certificates) for (const warning of certificate.warnings) log.warning(warning);
  for (const warning of warnings) log.warning(warning);
  for (const certificate of result.expiring) {
    log.warning(`Client certificate ${certificate.id} (${certificate.commonName}) expires on ${certificate.expiresOn}: ${certificate.daysRemaining} days left`);
  }
  log.info(
    `Zone ${config.zoneId}: ${result.certificates.length} client certificates, ${result.expiring.length} expiring soon (${result.requests} request${result.requests === 1 ? '' : 's'})`,
  );
  for (const warning of result.warnings) log.warning(warning);
  return { outputs, warnings: [...result.warnings, ...result.certificates.flatMap(c => c.warnings), ...warnings] };
}

/**
 * The one writer of files (src/file-writer.ts), from a chunk of its own: a step that writes no file, a
 * get without certificate-file say, never compiles it (src/lazy.ts).
 */
async function writeFile(...args: Parameters<typeof import('./file-writer.js').writeFileSafely>): Promise<string> {
  const { writeFileSafely } = await import(/* webpackChunkName: "file-writer" */ './file-writer.js');
  return writeFileSafely(...args);
}

/** Writes a PKCS#12 bundle (it holds the private key): readable by its owner only, like the key file. */
async function writePkcs12File(path: string, bundle: Buffer, roots: readonly string[]): Promise<string> {
  return writeFile(path, bundle, 0o600, { roots, folderMode: 0o700 });
}

/** Writes the certificate PEM (public, so readable by all), creating parent folders. */
async function writeCertificateFile(path: string, pem: string, roots: readonly string[]): Promise<string> {
  return writeFile(path, pem, 0o644, { roots });
}

/** Writes a private key readable by its owner only; folders it creates are private too. */
async function writePrivateKeyFile(path: string, pem: string, roots: readonly string[]): Promise<string> {
  return writeFile(path, pem, 0o600, { roots, folderMode: 0o700 });
}

/**
 * A check of every zone of an account: its outputs, the warnings and the log lines, the account's
 * tracking issue and its summary. The failures (expiring certificates, zones that failed, a stop) are
 * printed by main.ts after the outputs are set, as a zone's are.
 */
async function publishInventory(config: AccountListConfig, result: InventoryResult, context: PublishContext): Promise<Published> {
  const { log } = context;
  const { outputs, warnings: outputWarnings } = inventoryOutputs(result);
  for (const certificate of result.certificates) for (const warning of certificate.warnings) log.warning(warning);
  for (const warning of outputWarnings) log.warning(warning);
  for (const certificate of result.expiring) {
    log.warning(
      `Client certificate ${certificate.id} (${certificate.commonName}) of zone ${certificate.zone.name} (${certificate.zone.id}) expires on ${certificate.expiresOn}: ${certificate.daysRemaining} days left`,
    );
  }
  const notChecked = result.zonesFailed.length + result.zonesNotChecked.length;
  log.info(
    `Account ${result.accountId}: ${result.zones.length} zones, ${result.zonesChecked.length} checked, ${result.zonesSkipped.length} skipped, ${notChecked} not checked; ` +
      `${result.certificates.length} client certificates, ${result.expiring.length} expiring soon (${result.requests} requests of a budget of ${result.budget}, at most ${result.rate.maxInFlight} at once)`,
  );
  for (const warning of result.warnings) log.warning(warning);
  const warnings = [...result.warnings, ...result.certificates.flatMap(c => c.warnings), ...outputWarnings];
  let trackingIssue: SummaryContext['trackingIssue'];
  if (config.trackingIssue) {
    // Loaded only for a check with github-token, as for a zone's.
    const { trackAccountIssue } = await import('./tracking-issue.js');
    trackingIssue = await trackAccountIssue(config.trackingIssue, result, context);
    outputs['issue-number'] = trackingIssue ? String(trackingIssue.number) : '';
  }
  if (!config.jobSummary) return { outputs, summary: undefined };
  return { outputs, summary: inventorySummary({ command: config.command, zoneId: undefined, accountId: result.accountId, trackingIssue }, result, warnings) };
}
