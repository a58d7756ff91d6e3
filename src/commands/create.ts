import { policyFailures, type VerifiedCertificate, verifyCertificate } from '../certificate.js';
import type { ClientCertificatesClient } from '../cloudflare/client-certificates.js';
import { mayHaveBeenApplied, TransportError, VerificationError } from '../cloudflare/errors.js';
import type { ClientCertificate } from '../cloudflare/types.js';
import { type CreateConfig, defaultReuseMinDays, type Pkcs12AlgorithmSet } from '../config/types.js';
import type { CertificateRequest } from '../csr.js';
import { pollDelays } from '../poll.js';
import type { CertificateResult, CommandContext } from './result.js';

/** How far Cloudflare's clock may be behind the runner's. */
const CLOCK_ALLOWANCE_MS = 60_000;
const MINUTE_MS = 60_000;
/** How long at most an ambiguous create looks for the certificate it may have issued, before it creates again. */
const LOOK_FOR_MS = 30_000;

/**
 * Issues a certificate for the CSR and checks that what came back was issued for the CSR's key.
 *
 * A create is not idempotent, and a request can fail after Cloudflare acted on it (a timeout, a reset,
 * a 5xx). Then the zone is searched for a certificate with this CSR issued since the step began, and
 * that one is adopted. When there is none, a second create is sent only if the deadline leaves room to
 * look once more afterwards. A certificate for this CSR that appears in between is never revoked: the
 * step cannot prove it issued it (another job with the same CSR may have, and revoking that one would
 * stop a working client). It is named in a warning, with when it was issued and how to revoke it; and
 * whenever a create was ambiguous, the step says at the end that a late duplicate may still appear.
 */
export async function createCertificate(config: CreateConfig, context: CommandContext): Promise<CertificateResult> {
  const { client, certificates, log } = context;
  let request: CertificateRequest;
  let privateKeyPem: string | undefined;
  if (config.csr.kind === 'generate') {
    // Loaded only with generate-key: the X.509 and ASN.1 libraries it loads in turn stay off every other path.
    const { generateKeyAndCsr } = await import('../keygen.js');
    const generated = await generateKeyAndCsr(config.csr.key);
    context.mask(generated.privateKeyPem);
    privateKeyPem = generated.privateKeyPem;
    request = generated.request;
    log.info(`Generated an ${config.csr.key.keyType} key and a CSR for CN=${config.csr.key.commonName}`);
  } else {
    request = config.csr.request;
  }

  if (config.reuseExisting) {
    const reusable = await findReusable(config, request, context);
    if (reusable)
      return { kind: 'certificate', certificate: reusable, failures: policyFailures(reusable, config), requests: client.requestCount, reused: true };
  }

  const now = context.now ?? (() => new Date());
  // A certificate issued by this step has an issued_on from here on: Cloudflare's timestamps may be
  // rounded down to the minute, and its clock is not the runner's.
  const windowStart = Math.floor((now().getTime() - CLOCK_ALLOWANCE_MS) / MINUTE_MS) * MINUTE_MS;
  let issued: ClientCertificate;
  let warnings: string[] = [];
  try {
    issued = await certificates.create(config.zoneId, request.pem, config.validityDays);
  } catch (error) {
    if (!mayHaveBeenApplied(error)) throw error;
    ({ issued, warnings } = await recover(config, request, context, error as Error, windowStart));
  }
  const verified = verifyIssued(issued, request);
  const certificate = warnings.length === 0 ? verified : { ...verified, warnings: [...verified.warnings, ...warnings] };
  const built = privateKeyPem && config.pkcs12 ? await bundle(config, certificate, privateKeyPem, context) : undefined;
  const pkcs12Bundle = built?.bundle;
  return {
    kind: 'certificate',
    certificate,
    failures: [...policyFailures(certificate, config), ...(built?.failure ? [built.failure] : [])],
    requests: client.requestCount,
    reused: false,
    ...(privateKeyPem ? { privateKeyPem } : {}),
    ...(pkcs12Bundle ? { pkcs12Bundle } : {}),
  };
}

/**
 * The PKCS#12 bundle of the new key and its certificate. Its code is loaded here only: no other path
 * needs it. A failure is not thrown: the certificate and the key file are still handed out (without
 * them the certificate would be lost), and the step fails after setting them, saying so.
 */
async function bundle(
  config: CreateConfig,
  certificate: VerifiedCertificate,
  privateKeyPem: string,
  context: CommandContext,
): Promise<{ bundle?: Buffer; failure?: string }> {
  const settings = config.pkcs12;
  if (!settings) throw new Error('internal error: no PKCS#12 settings');
  try {
    // Loaded only for a PKCS#12 bundle: its ASN.1 schemas and ciphers stay off every other path.
    const { buildPkcs12 } = await import('../pkcs12.js');
    const built = await buildPkcs12({
      privateKeyPem,
      certificatePem: certificate.pem,
      password: settings.password,
      algorithms: settings.algorithms,
      friendlyName: certificate.commonName,
    });
    context.log.info(`Built a PKCS#12 bundle of the key and certificate ${certificate.id} (${PKCS12_DESCRIPTIONS[settings.algorithms]})`);
    return { bundle: built };
  } catch (error) {
    return {
      failure:
        `Could not build the PKCS#12 bundle (${(error as Error).message}). Certificate ${certificate.id} and the generated key are set as the step's outputs ` +
        '(certificate, private-key-file): build the bundle from them (openssl pkcs12 -export), or run the step again and revoke this certificate',
    };
  }
}

const PKCS12_DESCRIPTIONS: Readonly<Record<Pkcs12AlgorithmSet, string>> = {
  modern: 'AES-256-CBC with PBKDF2/HMAC-SHA-256, SHA-256 MAC',
  legacy: 'legacy: 3DES with the PKCS#12 SHA-1 KDF, SHA-1 MAC, for older Java and Windows',
};

/**
 * An active certificate of the zone for the same CSR with enough days left, verified like a new one;
 * the one with the most days left. A deploy that runs on every push then does not use up the zone's
 * quota of certificates.
 */
async function findReusable(config: CreateConfig, request: CertificateRequest, context: CommandContext): Promise<VerifiedCertificate | undefined> {
  const minDays = config.minDaysRemaining ?? defaultReuseMinDays(config.validityDays);
  const sameRequest = await sameRequestAs(request.der);
  const matching = (await context.certificates.list(config.zoneId, 'active')).filter(c => sameRequest(c.csr));
  const usable: VerifiedCertificate[] = [];
  for (const candidate of matching) {
    try {
      const verified = verifyCertificate(candidate, { publicKey: request.publicKey });
      if (verified.status === 'active' && verified.daysRemaining >= minDays) usable.push(verified);
    } catch (error) {
      context.log.warning(`Not reusing certificate ${candidate.id}: ${(error as Error).message}`);
    }
  }
  const best = usable.sort((a, b) => b.daysRemaining - a.daysRemaining)[0];
  if (best) {
    context.log.info(`Reusing certificate ${best.id} for this CSR (${best.daysRemaining} days left, at least ${minDays} needed): no new certificate issued`);
  } else {
    context.log.info(`No active certificate for this CSR has at least ${minDays} days left (${matching.length} for this CSR in all): issuing a new one`);
  }
  return best;
}

async function recover(
  config: CreateConfig,
  request: CertificateRequest,
  context: CommandContext,
  createError: Error,
  windowStart: number,
): Promise<{ issued: ClientCertificate; warnings: string[] }> {
  const { certificates, deadline, log, sleep } = context;
  log.warning(`The create request may or may not have issued a certificate (${createError.message}); looking for one issued for this CSR`);
  // A certificate just issued may show in listings only after a while (the live API is eventually
  // consistent): keep looking, with backoff, for half the time left (at most LOOK_FOR_MS) before
  // concluding that nothing was issued.
  const lookStarted = Date.now();
  const delays = pollDelays(deadline, { budgetMs: Math.min(LOOK_FOR_MS, deadline.remainingMs() / 2), reserveMs: 0 });
  let before: ClientCertificate[];
  let listMs = 0;
  for (let listings = 1; ; listings++) {
    const listStarted = Date.now();
    try {
      before = await candidates(config, request, certificates, windowStart);
    } catch (error) {
      throw mayHaveIssued(createError, config.zoneId, error as Error);
    }
    listMs = Math.max(listMs, Date.now() - listStarted);
    const [adopted, ...others] = newestFirst(before);
    if (adopted) {
      log.info(`Found certificate ${adopted.id}, issued for this CSR since the step began: using it instead of issuing another`);
      return { issued: adopted, warnings: [...others.map(other => unproven(other, config.zoneId)), lateDuplicateWarning(config.zoneId, adopted.id)] };
    }
    const { value: delay, done } = delays.next();
    if (done) {
      log.info(`No certificate for this CSR in ${listings} listing${listings === 1 ? '' : 's'} over ${Math.round((Date.now() - lookStarted) / 1000)} s`);
      break;
    }
    log.info(`No certificate for this CSR in the listing yet (listings can lag a create): looking again in ${(delay / 1000).toFixed(1)} s`);
    try {
      await sleep(delay, deadline.signal);
    } catch {
      throw mayHaveIssued(createError, config.zoneId, deadline.error());
    }
  }
  // A second create takes at most half the time left; the other half must cover one more listing.
  if (deadline.remainingMs() < Math.max(4 * listMs, 4000)) {
    throw mayHaveIssued(createError, config.zoneId);
  }
  log.info('No certificate was issued for this CSR; creating it again');
  let issued: ClientCertificate;
  try {
    issued = await certificates.create(config.zoneId, request.pem, config.validityDays);
  } catch (error) {
    if (!mayHaveBeenApplied(error)) throw error;
    throw mayHaveIssued(error as Error, config.zoneId);
  }
  const seen = new Set(before.map(c => c.id));
  let after: ClientCertificate[];
  try {
    after = await candidates(config, request, certificates, windowStart);
  } catch (error) {
    return {
      issued,
      warnings: [`Could not look for a duplicate certificate (${(error as Error).message}). ${lateDuplicateWarning(config.zoneId, issued.id)}`],
    };
  }
  const appeared = after.filter(c => c.id !== issued.id && !seen.has(c.id));
  return { issued, warnings: [...appeared.map(other => unproven(other, config.zoneId)), lateDuplicateWarning(config.zoneId, issued.id)] };
}

/**
 * A certificate for this CSR that appeared during the step, which the step cannot prove it issued (the
 * first, ambiguous request may have; so may another job using the same CSR). Never revoked here.
 */
function unproven(certificate: ClientCertificate, zoneId: string): string {
  return (
    `Certificate ${certificate.id} for this CSR was issued at ${certificate.issued_on ?? 'an unknown time'}, during this step, and was not handed out by it: ` +
    `the first create request may have issued it, or another job using the same CSR. If no other job did, revoke it ` +
    `(command: revoke, zone-id: ${zoneId}, certificate-id: ${certificate.id}, or the dashboard: SSL/TLS > Client Certificates)`
  );
}

/** Said at the end of every create that was ambiguous: the first request may still complete. */
function lateDuplicateWarning(zoneId: string, kept: string | undefined): string {
  return (
    `A create request of this step failed without a clear answer, so Cloudflare may still complete it later: in a few minutes, list zone ${zoneId}'s ` +
    `client certificates for this CSR and revoke any other than ${kept ?? 'the one this step handed out'} that no other job uses`
  );
}

/** Active certificates of the zone issued for this CSR since the step began. */
async function candidates(
  config: CreateConfig,
  request: CertificateRequest,
  certificates: ClientCertificatesClient,
  windowStart: number,
): Promise<ClientCertificate[]> {
  const sameRequest = await sameRequestAs(request.der);
  const all = await certificates.list(config.zoneId, 'active');
  return all.filter(certificate => {
    const issuedOn = Date.parse(certificate.issued_on ?? '');
    return typeof certificate.id === 'string' && !Number.isNaN(issuedOn) && issuedOn >= windowStart && sameRequest(certificate.csr);
  });
}

/**
 * Whether a listed certificate was issued for our CSR (the same DER), with the CSR reader from the CSR's
 * chunk, which the csr input's check (or keygen.ts) has loaded already (src/lazy.ts).
 */
async function sameRequestAs(der: Buffer): Promise<(csr: string | undefined) => boolean> {
  const { normalizeCsrPem } = await import(/* webpackChunkName: "csr" */ '../csr.js');
  return csr => {
    if (csr === undefined) return false;
    try {
      return normalizeCsrPem(csr).der.equals(der);
    } catch {
      return false;
    }
  };
}

function newestFirst(certificates: readonly ClientCertificate[]): ClientCertificate[] {
  return [...certificates].sort((a, b) => Date.parse(b.issued_on ?? '') - Date.parse(a.issued_on ?? ''));
}

function verifyIssued(issued: ClientCertificate, request: CertificateRequest): VerifiedCertificate {
  try {
    return verifyCertificate(issued, { publicKey: request.publicKey });
  } catch (error) {
    // Nothing is half-done silently: the API did issue something, and it counts against the quota.
    const id = typeof issued.id === 'string' ? ` (id ${issued.id})` : '';
    throw new VerificationError(`${(error as Error).message}. The API issued this certificate${id}, but it is not handed on: revoke it`, { cause: error });
  }
}

function mayHaveIssued(error: Error, zoneId: string, searchError?: Error): TransportError {
  const search = searchError ? ` Looking for it failed too (${searchError.message}).` : '';
  return new TransportError(
    `${error.message}. A certificate may have been issued all the same.${search} List the zone's client certificates ` +
      `(dashboard: SSL/TLS > Client Certificates, or GET /zones/${zoneId}/client_certificates) before creating again, ` +
      'and revoke any you do not use',
    true,
    { cause: error },
  );
}
