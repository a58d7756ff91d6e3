"use strict";
exports.id = 687;
exports.ids = [687];
exports.modules = {

/***/ 9916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createCertificate: () => (/* binding */ createCertificate)
/* harmony export */ });
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6852);
/* harmony import */ var _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7640);
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3645);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9810);




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
async function createCertificate(config, context) {
    const { client, certificates, log } = context;
    let request;
    let privateKeyPem;
    if (config.csr.kind === 'generate') {
        // Loaded only with generate-key: the X.509 and ASN.1 libraries it loads in turn stay off every other path.
        const { generateKeyAndCsr } = await __webpack_require__.e(/* import() */ 288).then(__webpack_require__.bind(__webpack_require__, 6288));
        const generated = await generateKeyAndCsr(config.csr.key);
        context.mask(generated.privateKeyPem);
        privateKeyPem = generated.privateKeyPem;
        request = generated.request;
        log.info(`Generated an ${config.csr.key.keyType} key and a CSR for CN=${config.csr.key.commonName}`);
    }
    else {
        request = config.csr.request;
    }
    if (config.reuseExisting) {
        const reusable = await findReusable(config, request, context);
        if (reusable)
            return { kind: 'certificate', certificate: reusable, failures: (0,_certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .policyFailures */ .A$)(reusable, config), requests: client.requestCount, reused: true };
    }
    const now = context.now ?? (() => new Date());
    // A certificate issued by this step has an issued_on from here on: Cloudflare's timestamps may be
    // rounded down to the minute, and its clock is not the runner's.
    const windowStart = Math.floor((now().getTime() - CLOCK_ALLOWANCE_MS) / MINUTE_MS) * MINUTE_MS;
    let issued;
    let warnings = [];
    try {
        issued = await certificates.create(config.zoneId, request.pem, config.validityDays);
    }
    catch (error) {
        if (!(0,_cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .mayHaveBeenApplied */ .Ho)(error))
            throw error;
        ({ issued, warnings } = await recover(config, request, context, error, windowStart));
    }
    const verified = verifyIssued(issued, request);
    const certificate = warnings.length === 0 ? verified : { ...verified, warnings: [...verified.warnings, ...warnings] };
    const built = privateKeyPem && config.pkcs12 ? await bundle(config, certificate, privateKeyPem, context) : undefined;
    const pkcs12Bundle = built?.bundle;
    return {
        kind: 'certificate',
        certificate,
        failures: [...(0,_certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .policyFailures */ .A$)(certificate, config), ...(built?.failure ? [built.failure] : [])],
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
async function bundle(config, certificate, privateKeyPem, context) {
    const settings = config.pkcs12;
    if (!settings)
        throw new Error('internal error: no PKCS#12 settings');
    try {
        // Loaded only for a PKCS#12 bundle: its ASN.1 schemas and ciphers stay off every other path.
        const { buildPkcs12 } = await Promise.all(/* import() */[__webpack_require__.e(261), __webpack_require__.e(594), __webpack_require__.e(772), __webpack_require__.e(827)]).then(__webpack_require__.bind(__webpack_require__, 4827));
        const built = await buildPkcs12({
            privateKeyPem,
            certificatePem: certificate.pem,
            password: settings.password,
            algorithms: settings.algorithms,
            friendlyName: certificate.commonName,
        });
        context.log.info(`Built a PKCS#12 bundle of the key and certificate ${certificate.id} (${PKCS12_DESCRIPTIONS[settings.algorithms]})`);
        return { bundle: built };
    }
    catch (error) {
        return {
            failure: `Could not build the PKCS#12 bundle (${error.message}). Certificate ${certificate.id} and the generated key are set as the step's outputs ` +
                '(certificate, private-key-file): build the bundle from them (openssl pkcs12 -export), or run the step again and revoke this certificate',
        };
    }
}
const PKCS12_DESCRIPTIONS = {
    modern: 'AES-256-CBC with PBKDF2/HMAC-SHA-256, SHA-256 MAC',
    legacy: 'legacy: 3DES with the PKCS#12 SHA-1 KDF, SHA-1 MAC, for older Java and Windows',
};
/**
 * An active certificate of the zone for the same CSR with enough days left, verified like a new one;
 * the one with the most days left. A deploy that runs on every push then does not use up the zone's
 * quota of certificates.
 */
async function findReusable(config, request, context) {
    const minDays = config.minDaysRemaining ?? (0,_config_types_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultReuseMinDays */ .Fq)(config.validityDays);
    const sameRequest = await sameRequestAs(request.der);
    const matching = (await context.certificates.list(config.zoneId, 'active')).filter(c => sameRequest(c.csr));
    const usable = [];
    for (const candidate of matching) {
        try {
            const verified = (0,_certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyCertificate */ .Xq)(candidate, { publicKeySpki: request.publicKeySpki });
            if (verified.status === 'active' && verified.daysRemaining >= minDays)
                usable.push(verified);
        }
        catch (error) {
            context.log.warning(`Not reusing certificate ${candidate.id}: ${error.message}`);
        }
    }
    const best = usable.sort((a, b) => b.daysRemaining - a.daysRemaining)[0];
    if (best) {
        context.log.info(`Reusing certificate ${best.id} for this CSR (${best.daysRemaining} days left, at least ${minDays} needed): no new certificate issued`);
    }
    else {
        context.log.info(`No active certificate for this CSR has at least ${minDays} days left (${matching.length} for this CSR in all): issuing a new one`);
    }
    return best;
}
async function recover(config, request, context, createError, windowStart) {
    const { certificates, deadline, log, sleep } = context;
    log.warning(`The create request may or may not have issued a certificate (${createError.message}); looking for one issued for this CSR`);
    // A certificate just issued may show in listings only after a while (the live API is eventually
    // consistent): keep looking, with backoff, for half the time left (at most LOOK_FOR_MS) before
    // concluding that nothing was issued.
    const lookStarted = Date.now();
    const delays = (0,_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .pollDelays */ .K)(deadline, { budgetMs: Math.min(LOOK_FOR_MS, deadline.remainingMs() / 2), reserveMs: 0 });
    let before;
    let listMs = 0;
    for (let listings = 1;; listings++) {
        const listStarted = Date.now();
        try {
            before = await candidates(config, request, certificates, windowStart);
        }
        catch (error) {
            throw mayHaveIssued(createError, config.zoneId, error);
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
        }
        catch {
            throw mayHaveIssued(createError, config.zoneId, deadline.error());
        }
    }
    // A second create takes at most half the time left; the other half must cover one more listing.
    if (deadline.remainingMs() < Math.max(4 * listMs, 4000)) {
        throw mayHaveIssued(createError, config.zoneId);
    }
    log.info('No certificate was issued for this CSR; creating it again');
    let issued;
    try {
        issued = await certificates.create(config.zoneId, request.pem, config.validityDays);
    }
    catch (error) {
        if (!(0,_cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .mayHaveBeenApplied */ .Ho)(error))
            throw error;
        throw mayHaveIssued(error, config.zoneId);
    }
    const seen = new Set(before.map(c => c.id));
    let after;
    try {
        after = await candidates(config, request, certificates, windowStart);
    }
    catch (error) {
        return {
            issued,
            warnings: [`Could not look for a duplicate certificate (${error.message}). ${lateDuplicateWarning(config.zoneId, issued.id)}`],
        };
    }
    const appeared = after.filter(c => c.id !== issued.id && !seen.has(c.id));
    return { issued, warnings: [...appeared.map(other => unproven(other, config.zoneId)), lateDuplicateWarning(config.zoneId, issued.id)] };
}
/**
 * A certificate for this CSR that appeared during the step, which the step cannot prove it issued (the
 * first, ambiguous request may have; so may another job using the same CSR). Never revoked here.
 */
function unproven(certificate, zoneId) {
    return (`Certificate ${certificate.id} for this CSR was issued at ${certificate.issued_on ?? 'an unknown time'}, during this step, and was not handed out by it: ` +
        `the first create request may have issued it, or another job using the same CSR. If no other job did, revoke it ` +
        `(command: revoke, zone-id: ${zoneId}, certificate-id: ${certificate.id}, or the dashboard: SSL/TLS > Client Certificates)`);
}
/** Said at the end of every create that was ambiguous: the first request may still complete. */
function lateDuplicateWarning(zoneId, kept) {
    return (`A create request of this step failed without a clear answer, so Cloudflare may still complete it later: in a few minutes, list zone ${zoneId}'s ` +
        `client certificates for this CSR and revoke any other than ${kept ?? 'the one this step handed out'} that no other job uses`);
}
/** Active certificates of the zone issued for this CSR since the step began. */
async function candidates(config, request, certificates, windowStart) {
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
async function sameRequestAs(der) {
    const { normalizeCsrPem } = await __webpack_require__.e(/* import() | csr */ 9).then(__webpack_require__.bind(__webpack_require__, 6799));
    return csr => {
        if (csr === undefined)
            return false;
        try {
            return normalizeCsrPem(csr).der.equals(der);
        }
        catch {
            return false;
        }
    };
}
function newestFirst(certificates) {
    return [...certificates].sort((a, b) => Date.parse(b.issued_on ?? '') - Date.parse(a.issued_on ?? ''));
}
function verifyIssued(issued, request) {
    try {
        return (0,_certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyCertificate */ .Xq)(issued, { publicKeySpki: request.publicKeySpki });
    }
    catch (error) {
        // Nothing is half-done silently: the API did issue something, and it counts against the quota.
        const id = typeof issued.id === 'string' ? ` (id ${issued.id})` : '';
        throw new _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(`${error.message}. The API issued this certificate${id}, but it is not handed on: revoke it`, { cause: error });
    }
}
function mayHaveIssued(error, zoneId, searchError) {
    const search = searchError ? ` Looking for it failed too (${searchError.message}).` : '';
    return new _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX(`${error.message}. A certificate may have been issued all the same.${search} List the zone's client certificates ` +
        `(dashboard: SSL/TLS > Client Certificates, or GET /zones/${zoneId}/client_certificates) before creating again, ` +
        'and revoke any you do not use', true, { cause: error });
}


/***/ }),

/***/ 9810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ pollDelays),
/* harmony export */   v: () => (/* binding */ pause)
/* harmony export */ });
/** The first wait, the growth and the longest wait of every poll. */
const FIRST_MS = 1000;
const GROWTH = 1.5;
const MAX_MS = 10_000;
/**
 * The one polling schedule for everything Cloudflare applies later than it answers (its reads are
 * eventually consistent): a pending revocation or reactivation, a hostname list after a write, a
 * certificate that listings show late. It yields the wait before each next look: 1 s, growing by half
 * each time up to 10 s (1, 1.5, 2.3, 3.4, 5.1, 7.6, 10, 10, …), quick when the API is quick and a look
 * every 10 s when it takes minutes; and it ends when the next wait and one more look would not fit in
 * the budget or before the deadline. It counts its own waits as well as the clock, so that a test's
 * sleep that takes no time ends it too.
 */
function* pollDelays(deadline, limits = {}) {
    const reserve = limits.reserveMs ?? 1000;
    const budget = Math.min(limits.budgetMs ?? Number.POSITIVE_INFINITY, deadline.remainingMs());
    let waited = 0;
    for (let delay = FIRST_MS;; delay = Math.min(MAX_MS, Math.round(delay * GROWTH))) {
        if (waited + delay + reserve > budget || delay + reserve > deadline.remainingMs())
            return;
        waited += delay;
        yield delay;
    }
}
/**
 * The one way a poll waits: within the deadline, and a cancelled step or a passed deadline ends the wait
 * as the deadline's error (never a bare abort reason, which would show as "Unexpected error").
 */
async function pause(ms, { deadline, sleep }) {
    try {
        await sleep(ms, deadline.signal);
    }
    catch {
        throw deadline.error();
    }
}


/***/ })

};
;