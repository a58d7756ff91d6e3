"use strict";
exports.id = 954;
exports.ids = [954];
exports.modules = {

/***/ 6852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A$: () => (/* binding */ policyFailures),
/* harmony export */   Xq: () => (/* binding */ verifyCertificate),
/* harmony export */   xs: () => (/* binding */ ISO_TIMESTAMP)
/* harmony export */ });
/* unused harmony export sameSerialNumber */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7640);
/* harmony import */ var _identifier_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8360);



const DAY_MS = 86_400_000;
/** An ISO 8601 timestamp as the schema's examples give them, e.g. 2033-02-20T23:18:00Z. */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/**
 * Trust, but verify: parses the returned PEM, recomputes the fingerprint from the DER, and checks the
 * fields the API reports against the certificate itself. Throws VerificationError on any disagreement
 * that would make the outputs wrong.
 */
function verifyCertificate(api, expected, now = new Date()) {
    const id = (0,_identifier_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalId */ .iS)('certificate', api.id);
    if (id === undefined)
        throw new _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk('the API returned a certificate without a valid id (a UUID, or 32 hexadecimal characters)');
    if (expected.id !== undefined && id !== expected.id) {
        throw new _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(`the API returned certificate ${id} when certificate ${expected.id} was asked for`);
    }
    const pem = canonicalCertificatePem(api.certificate ?? '');
    if (pem === undefined) {
        throw new _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(`the certificate field of ${id} returned by the API is not exactly one PEM certificate (a second block, or text around it, is refused)`);
    }
    let x509;
    try {
        x509 = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem);
    }
    catch {
        throw new _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(`the certificate PEM of ${id} returned by the API does not parse as an X.509 certificate`);
    }
    const fingerprint = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(x509.raw).digest('hex');
    if (api.fingerprint_sha256 !== undefined) {
        const reported = api.fingerprint_sha256.replace(/:/g, '').toLowerCase();
        if (reported !== fingerprint) {
            throw new _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(`the fingerprint the API reports for ${id} (${reported}) is not the SHA-256 of the certificate it returned (${fingerprint})`);
        }
    }
    if (expected.publicKeySpki !== undefined) {
        const certificateKey = x509.publicKey.export({ type: 'spki', format: 'der' });
        if (!certificateKey.equals(expected.publicKeySpki)) {
            throw new _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(`certificate ${id} was not issued for the CSR's key: its public key differs from the one in the CSR`);
        }
    }
    const serialNumber = stripLeadingZeros(x509.serialNumber.toLowerCase());
    if (api.serial_number !== undefined && !sameSerialNumber(api.serial_number, serialNumber)) {
        throw new _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(`the serial number the API reports for ${id} (${api.serial_number}) is not the certificate's (${serialNumber})`);
    }
    const warnings = [];
    const commonName = commonNameOf(x509);
    if (typeof api.common_name === 'string' && api.common_name !== commonName) {
        warnings.push(`the API reports common name "${api.common_name}" for certificate ${id}, but the certificate itself says "${commonName}"; the common-name output uses the certificate`);
    }
    const notAfter = new Date(x509.validTo);
    const certificateExpiry = notAfter.toISOString().replace(/\.000Z$/, 'Z');
    const reportedExpiry = api.expires_on === undefined ? Number.NaN : Date.parse(api.expires_on);
    const agrees = ISO_TIMESTAMP.test(api.expires_on ?? '') && Math.abs(reportedExpiry - notAfter.getTime()) <= DAY_MS;
    if (api.expires_on !== undefined && !agrees) {
        warnings.push(`the API reports that certificate ${id} expires on ${api.expires_on}, but the certificate itself says ${certificateExpiry}; the expires-on output and days-remaining use the certificate`);
    }
    return {
        api,
        id,
        pem,
        fingerprint,
        serialNumber,
        status: typeof api.status === 'string' ? api.status : 'unknown',
        commonName,
        notAfter,
        expiresOn: agrees ? api.expires_on : certificateExpiry,
        daysRemaining: Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS),
        warnings,
    };
}
/** Checks that make the step fail after its outputs are set: the certificate exists but is not fit for use. */
function policyFailures(certificate, policy) {
    const failures = [];
    const expires = certificate.expiresOn;
    if (policy.requireActive && certificate.status !== 'active') {
        failures.push(`certificate ${certificate.id} is ${certificate.status}, not active (set require-active: false to only report its status)`);
    }
    if (policy.requireActive && certificate.daysRemaining < 0) {
        failures.push(`certificate ${certificate.id} expired on ${expires}`);
    }
    else if (policy.minDaysRemaining !== undefined && certificate.daysRemaining < policy.minDaysRemaining) {
        failures.push(`certificate ${certificate.id} expires on ${expires}: ${certificate.daysRemaining} days left, fewer than min-days-remaining (${policy.minDaysRemaining})`);
    }
    return failures;
}
/** Exactly one PEM certificate, nothing else but blanks around it; canonical line ends; undefined otherwise. */
const ONE_CERTIFICATE = /^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE-----$/;
function canonicalCertificatePem(text) {
    const pem = text.replace(/\\n/g, '\n').replace(/\r\n?/g, '\n').trim();
    return ONE_CERTIFICATE.test(pem) ? `${pem}\n` : undefined;
}
/**
 * Whether a serial number as an API reports it is the certificate's (given as hexadecimal), compared as
 * numbers: Cloudflare's own published answer gives it in decimal, other answers in upper- or lower-case
 * hexadecimal, with or without leading zeros, or in colon-separated groups of one or two hexadecimal
 * digits (each group a byte: `a:b` is 0x0a0b). Anything else (a sign, a space, other letters, an empty
 * group) is no serial number. X.509 serials are at most 20 octets: a longer text is refused unread.
 *
 * Digits alone could be either base, and reading them both ways would accept two numbers (for serial
 * 0x10, both "10" and "16"). They are read as hexadecimal only when they are as long as the
 * certificate's hexadecimal serial (both without leading zeros), else as decimal: a decimal rendering
 * of a serial has more digits than its hexadecimal one from 6 hexadecimal digits on, so for a real serial
 * (16 to 20 octets) the lengths tell the bases apart; for a short one of equal lengths, hexadecimal wins.
 */
function sameSerialNumber(reported, certificateHex) {
    const text = reported.trim();
    if (text.length === 0 || text.length > 80)
        return false;
    const reading = readSerialNumber(text, stripLeadingZeros(certificateHex).length);
    return reading !== undefined && reading === BigInt(`0x${certificateHex}`);
}
const SERIAL_BYTES = /^[0-9a-fA-F]{1,2}(:[0-9a-fA-F]{1,2})+$/;
/** The one number a reported serial reads as (see sameSerialNumber); undefined for no serial number. */
function readSerialNumber(text, hexLength) {
    const bytes = SERIAL_BYTES.test(text) ? text.split(':').map(group => group.padStart(2, '0')) : undefined;
    if (bytes !== undefined)
        return BigInt(`0x${bytes.join('')}`);
    if (/^[0-9]+$/.test(text))
        return stripLeadingZeros(text).length === hexLength ? BigInt(`0x${text}`) : BigInt(text);
    return /^[0-9a-fA-F]+$/.test(text) ? BigInt(`0x${text}`) : undefined;
}
function stripLeadingZeros(hex) {
    return hex.replace(/^0+(?=.)/, '');
}
/**
 * The certificate's common name as node:crypto decodes it from the DER (the value itself: no escaped
 * text to parse, and a multi-valued RDN is no trap); the last, most specific one when there are
 * several; '' when there is none.
 */
function commonNameOf(x509) {
    const value = x509.toLegacyObject().subject?.CN;
    const last = Array.isArray(value) ? value.at(-1) : value;
    return typeof last === 'string' ? last : '';
}


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IH: () => (/* binding */ readCertificateList),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   w$: () => (/* binding */ readCertificate)
/* harmony export */ });
/* unused harmony export checkCertificateObject */
/* harmony import */ var _identifier_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8360);
/* harmony import */ var _envelope_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2287);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7640);



/** The schema's string fields of a client certificate (every field is optional there). */
const STRING_FIELDS = [
    'certificate',
    'csr',
    'common_name',
    'country',
    'state',
    'location',
    'organization',
    'organizational_unit',
    'issued_on',
    'expires_on',
    'fingerprint_sha256',
    'serial_number',
    'signature',
    'ski',
    'status',
];
/**
 * The one check of a certificate object from any answer (details, create, revoke, reactivate, each
 * listing entry) against the types Cloudflare's schema gives it, before anything uses it: a number where
 * a string belongs, an object for a name, or an id that is neither a UUID (the live API's) nor 32
 * hexadecimal characters (the schema's examples) is refused with an error that names the field, never a
 * "x is not a function" later on. The id comes back in canonical (lowercase) form. Values are never
 * echoed: they are someone else's data.
 */
function checkCertificateObject(value, where, context) {
    const refuse = (detail) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UnexpectedResponseError */ .dk(`with ${where} ${detail}`, context);
    if (!(0,_envelope_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(value))
        throw refuse('that is not a certificate object');
    const id = (0,_identifier_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalId */ .iS)('certificate', value.id);
    if (id === undefined)
        throw refuse(`whose "id" is ${describe(value.id)}, not a certificate id (${_identifier_js__WEBPACK_IMPORTED_MODULE_0__/* .ID_SHAPES */ .V5.certificate})`);
    for (const field of STRING_FIELDS) {
        if (value[field] !== undefined && value[field] !== null && typeof value[field] !== 'string')
            throw refuse(`whose "${field}" is ${describe(value[field])}, not a string`);
    }
    if (value.validity_days !== undefined && value.validity_days !== null && !Number.isInteger(value.validity_days)) {
        throw refuse(`whose "validity_days" is ${describe(value.validity_days)}, not a whole number`);
    }
    const authority = value.certificate_authority;
    if (authority !== undefined && authority !== null) {
        if (!(0,_envelope_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(authority))
            throw refuse(`whose "certificate_authority" is ${describe(authority)}, not an object`);
        for (const field of ['id', 'name']) {
            if (authority[field] !== undefined && authority[field] !== null && typeof authority[field] !== 'string')
                throw refuse(`whose "certificate_authority.${field}" is ${describe(authority[field])}, not a string`);
        }
    }
    // null is the API's way of leaving a field out: drop it, so that every later use sees string | undefined.
    return { ...Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null)), id };
}
/** The certificate of a details, create, revoke or reactivate answer; it must hold a certificate PEM. */
function readCertificate(envelope) {
    if ((0,_envelope_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(envelope.result) && envelope.result.certificate === undefined && envelope.result.id === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UnexpectedResponseError */ .dk('with a result that holds no PEM certificate', envelope.response);
    }
    const certificate = checkCertificateObject(envelope.result, 'a "result"', envelope.response);
    if (certificate.certificate === undefined || !certificate.certificate.includes('-----BEGIN CERTIFICATE-----')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UnexpectedResponseError */ .dk('with a result that holds no PEM certificate', envelope.response);
    }
    return certificate;
}
/** The certificates of one listing page, each checked; page is for the error message. */
function readCertificateList(envelope, page) {
    if (!Array.isArray(envelope.result))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UnexpectedResponseError */ .dk(`with a listing (page ${page}) whose "result" is not an array`, envelope.response);
    return envelope.result.map((entry, index) => checkCertificateObject(entry, `listing entry ${index + 1} of page ${page}`, envelope.response));
}
/** A short, safe description of a value's type and size: never its content (zones.ts uses it too). */
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'string')
        return `a string of ${value.length} characters`;
    if (typeof value === 'object')
        return 'an object';
    return `a ${typeof value}`;
}


/***/ }),

/***/ 925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ ClientCertificatesClient)
/* harmony export */ });
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(351);
/* harmony import */ var _certificate_object_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9874);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7640);
/* harmony import */ var _paging_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(599);




/** Pages of a listing fetched at once, after the first: enough to be quick, few enough to stay polite. */
const LIST_CONCURRENCY = 4;
/**
 * A zone's API Shield client certificates: `/zones/{zone_id}/client_certificates[/{id}]`. Every answer's
 * certificate object is checked before it is returned (certificate-object.ts); the certificate itself is
 * verified by the commands (certificate.ts).
 */
class ClientCertificatesClient {
    #client;
    constructor(client) {
        this.#client = client;
    }
    async create(zoneId, csrPem, validityDays) {
        return (0,_certificate_object_js__WEBPACK_IMPORTED_MODULE_0__/* .readCertificate */ .w$)(await this.#client.call('POST', path(zoneId), { body: { csr: csrPem, validity_days: validityDays } }));
    }
    async get(zoneId, certificateId) {
        return (0,_certificate_object_js__WEBPACK_IMPORTED_MODULE_0__/* .readCertificate */ .w$)(await this.#client.call('GET', path(zoneId, certificateId)));
    }
    /**
     * Every certificate of the zone with the status (the API's filter; 'all' for every one), 50 a page.
     * Cloudflare's schema gives `result_info` as {page, per_page, count, total_count}, with no total_pages:
     * the page count comes from total_count (or the smaller of the two when both are sent), and without
     * either the listing goes on until a page comes back short. A page shorter than per_page always ends
     * it, whatever the counts claim (a short first page is the whole answer, even beside a count past the
     * ceiling), and no listing goes past MAX_LIST_PAGES: a lying answer costs a handful of requests, never
     * thousands. Certificates are de-duplicated by id (a listing may shift while it is paged).
     */
    async list(zoneId, status) {
        const listed = await (0,_paging_js__WEBPACK_IMPORTED_MODULE_2__/* .collectPages */ .V)(async (number) => {
            const envelope = await this.#client.call('GET', path(zoneId), { query: { status, page: number, per_page: _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIST_PAGE_SIZE */ .Lw } });
            return { items: (0,_certificate_object_js__WEBPACK_IMPORTED_MODULE_0__/* .readCertificateList */ .IH)(envelope, number), claims: (0,_paging_js__WEBPACK_IMPORTED_MODULE_2__/* .pageClaims */ .z)(envelope.resultInfo, _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIST_PAGE_SIZE */ .Lw) };
        }, { maxPages: _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_LIST_PAGES */ .rt, concurrency: LIST_CONCURRENCY, tooMany: claimed => tooManyPages(zoneId, claimed) });
        const byId = new Map();
        for (const certificate of listed)
            byId.set(certificate.id, certificate);
        return [...byId.values()];
    }
    /**
     * Reactivates a certificate (PATCH): it becomes pending_reactivation, then active. No body is sent, as
     * the official TypeScript SDK's reactivate call (cloudflare-typescript, `clientCertificates` PATCH) sends none unless asked: the schema's body
     * `{"reactivate": boolean}` is optional, and the path alone asks for reactivation.
     */
    async reactivate(zoneId, certificateId) {
        return (0,_certificate_object_js__WEBPACK_IMPORTED_MODULE_0__/* .readCertificate */ .w$)(await this.#client.call('PATCH', path(zoneId, certificateId)));
    }
    /** Revokes a certificate (DELETE): it becomes pending_revocation, then revoked. */
    async revoke(zoneId, certificateId) {
        return (0,_certificate_object_js__WEBPACK_IMPORTED_MODULE_0__/* .readCertificate */ .w$)(await this.#client.call('DELETE', path(zoneId, certificateId)));
    }
}
function path(zoneId, certificateId) {
    const certificates = ['zones', zoneId, 'client_certificates'];
    return certificateId === undefined ? certificates : [...certificates, certificateId];
}
/** One page of a listing: its certificates (each checked) and what it claims about the whole. */
function tooManyPages(zoneId, claimed) {
    const what = claimed === undefined ? `kept returning full pages past ${_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_LIST_PAGES */ .rt} pages` : `reports ${claimed} certificates`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnexpectedResponseError */ .dk(`with a listing of zone ${zoneId} that ${what}: more than the ${_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_LIST_PAGES */ .rt * _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIST_PAGE_SIZE */ .Lw} this action lists (${_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_LIST_PAGES */ .rt} pages of ${_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIST_PAGE_SIZE */ .Lw}, twenty times a zone's quota); the listing was stopped`, { status: 200 });
}


/***/ }),

/***/ 8756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ CloudflareClient)
/* harmony export */ });
/* harmony import */ var _identifier_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8360);
/* harmony import */ var _response_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3989);
/* harmony import */ var _sleep_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6972);
/* harmony import */ var _envelope_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2287);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7640);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5396);






/** The least time an attempt is given (see #attempt). */
const MIN_ATTEMPT_MS = 2000;
/** The API's own path names this client may use; any other segment must be an identifier. */
const PATH_NAMES = new Set([
    'zones',
    'client_certificates',
    'certificate_authorities',
    'hostname_associations',
    'rulesets',
    'phases',
    'http_request_firewall_custom',
    'entrypoint',
    'rules',
]);
/** Path names followed by an identifier, and its kind. */
const IDENTIFIED_BY = new Map([
    ['zones', 'zone'],
    ['client_certificates', 'certificate'],
    ['rulesets', 'ruleset'],
    ['rules', 'rule'],
]);
/** The one name that may stand where an identifier would: rulesets/phases/{phase}/entrypoint beside rulesets/{ruleset_id}. */
const NAME_INSTEAD_OF_ID = new Map([['rulesets', 'phases']]);
/**
 * The one way this action talks to the Cloudflare API: authentication, the envelope, retries with
 * jittered exponential backoff (when and how long: retry-policy.ts), one deadline for everything, and a
 * cap on every answer. The endpoints have clients of their own over it (client-certificates.ts,
 * hostname-associations.ts). It runs on
 * Node's own fetch (undici inside Node 24), so no second HTTP stack is bundled. It logs every attempt,
 * never a header.
 */
class CloudflareClient {
    #options;
    #sleep;
    #random;
    #requests = 0;
    constructor(options) {
        this.#options = options;
        this.#sleep = options.sleep ?? _sleep_js__WEBPACK_IMPORTED_MODULE_5__/* .sleep */ .y;
        this.#random = options.random ?? Math.random;
    }
    /** HTTP requests sent so far, retries included. */
    get requestCount() {
        return this.#requests;
    }
    /**
     * Sends one API call, retrying what is safe to retry, and returns the parsed envelope. The path is
     * given as segments: each id must have its kind's shape (src/identifier.ts), so nothing from an answer
     * or an input can walk to another endpoint with the credentials.
     */
    async call(method, segments, options = {}) {
        const { deadline, log, maxRetries } = this.#options;
        const url = this.#url(segments, options.query);
        const target = `${method} ${url.pathname}${url.search}`;
        for (let attempt = 1;; attempt++) {
            const outcome = await this.#attempt(method, url, options.body);
            const retry = attempt <= maxRetries ? (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .retryDecision */ .PQ)(method, outcome, attempt, this.#random, this.#options) : undefined;
            if (retry === undefined) {
                if (outcome instanceof Error)
                    throw outcome;
                return (0,_envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .m)(outcome);
            }
            const remaining = deadline.remainingMs();
            if (retry.waitMs >= remaining) {
                const error = outcome instanceof Error ? outcome : errorFor(outcome);
                const asked = retry.fromRetryAfter ? ` Cloudflare asked to wait ${Math.ceil(retry.waitMs / 1000)} s (retry-after) before trying again;` : '';
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TransportError */ .wX(`${error.message}.${asked} giving up, as waiting ${Math.ceil(retry.waitMs / 1000)} s would pass the step's deadline (timeout-seconds) in ${Math.max(0, Math.floor(remaining / 1000))} s`, outcome instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TransportError */ .wX ? outcome.maybeDelivered : false, { cause: error });
            }
            log.info(`${target}: attempt ${attempt} of ${maxRetries + 1} failed (${retry.reason}); retrying in ${(retry.waitMs / 1000).toFixed(1)} s`);
            try {
                await this.#sleep(retry.waitMs, deadline.signal);
            }
            catch {
                throw deadline.error(outcome instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TransportError */ .wX && outcome.maybeDelivered);
            }
        }
    }
    /**
     * One attempt, never repeated here: for a write whose body must be rebuilt from a fresh read before it
     * is sent again (a hostname list, which every write replaces whole: resending the body it had could
     * remove a name another writer added meanwhile). Returns the envelope, or the failure with whether a
     * new attempt would be safe as call() judges it, and after how long (retry-after, else backoff for
     * this attempt number).
     */
    async attemptOnce(method, segments, options = {}, attempt = 1) {
        const outcome = await this.#attempt(method, this.#url(segments, options.query), options.body);
        const retry = (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .retryDecision */ .PQ)(method, outcome, attempt, this.#random, this.#options);
        if (outcome instanceof Error)
            return { ok: false, error: outcome, retry };
        try {
            return { ok: true, envelope: (0,_envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .m)(outcome) };
        }
        catch (error) {
            return { ok: false, error: error, retry };
        }
    }
    async #attempt(method, url, body) {
        const { deadline, log } = this.#options;
        if (deadline.signal.aborted)
            return deadline.error();
        // The gate (when there is one) may hold the attempt back (a pool, pacing) or refuse it (a spent budget,
        // a 429 seen): a refusal is thrown, and nothing is sent. It is told below how the attempt ended.
        let leave;
        try {
            leave = await this.#options.gate?.enter(deadline.signal);
        }
        catch (error) {
            if (deadline.signal.aborted)
                return deadline.error();
            throw error;
        }
        let answer;
        const started = Date.now();
        // An attempt may use half of the time left (at least 2 s), so that after a hung request there is
        // always time to retry, or, for a create, to find out whether it issued a certificate. When that share
        // is all the time left, the deadline alone bounds the attempt: one timer, one possible error.
        const remaining = deadline.remainingMs();
        const attemptMs = Math.ceil(Math.max(Math.min(remaining, MIN_ATTEMPT_MS), remaining / 2));
        const attemptTimeout = attemptMs < remaining ? AbortSignal.timeout(attemptMs) : undefined;
        const signal = attemptTimeout ? AbortSignal.any([deadline.signal, attemptTimeout]) : deadline.signal;
        this.#requests += 1;
        let status;
        try {
            const response = await fetch(url, {
                method,
                headers: this.#headers(body !== undefined),
                body: body === undefined ? null : JSON.stringify(body),
                // A redirect is an unexpected answer, never followed with the credentials.
                redirect: 'manual',
                signal,
            });
            status = response.status;
            answer = { status: response.status, headers: response.headers };
            const text = await (0,_response_body_js__WEBPACK_IMPORTED_MODULE_1__/* .readCappedText */ .h)(response);
            const raw = {
                status: response.status,
                ray: response.headers.get('cf-ray') ?? undefined,
                contentType: response.headers.get('content-type') ?? '',
                retryAfter: response.headers.get('retry-after') ?? undefined,
                retryAfterMs: response.headers.get('retry-after-ms') ?? undefined,
                shouldRetry: response.headers.get('x-should-retry') ?? undefined,
                body: text,
            };
            log.debug(`${method} ${url.pathname}: HTTP ${raw.status} in ${Date.now() - started} ms`);
            return raw;
        }
        catch (error) {
            if (error instanceof _response_body_js__WEBPACK_IMPORTED_MODULE_1__/* .ResponseTooLargeError */ .b) {
                // Not retried: the same answer would come again. Nothing of it was parsed.
                return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UnexpectedResponseError */ .dk(`with ${error.message}`, { status: status ?? 0 });
            }
            // The deadline's own expiry (or a cancelled step) decides, whichever timer happened to fire first.
            if (deadline.signal.aborted || deadline.remainingMs() === 0)
                return deadline.error(true);
            if (attemptTimeout?.aborted) {
                log.debug(`${method} ${url.pathname}: no answer in ${Math.round(attemptMs)} ms`);
                return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TransportError */ .wX(`${method} ${url.pathname} got no answer within ${(attemptMs / 1000).toFixed(1)} s`, true, {
                    cause: { code: _retry_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .ATTEMPT_TIMEOUT */ .uz },
                });
            }
            const code = networkCode(error);
            const notConnected = (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .neverConnected */ .i_)(code);
            log.debug(`${method} ${url.pathname}: ${code || error.name} after ${Date.now() - started} ms`);
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TransportError */ .wX(`${method} ${url.pathname} failed: ${describeNetworkError(error)}`, !notConnected, { cause: { code } });
        }
        finally {
            leave?.(answer);
        }
    }
    #url(segments, query) {
        // zones/{id}/client_certificates/{id}, zones/{id}/certificate_authorities/hostname_associations,
        // zones/{id}/rulesets/{id}/rules/{id}: a segment is one of the API's own names, or an identifier of
        // the kind its name before it calls for.
        segments.forEach((segment, index) => {
            const before = index > 0 ? segments[index - 1] : '';
            const kind = IDENTIFIED_BY.get(before);
            if (kind !== undefined ? !(0,_identifier_js__WEBPACK_IMPORTED_MODULE_0__/* .isId */ .eQ)(kind, segment) && NAME_INSTEAD_OF_ID.get(before) !== segment : !PATH_NAMES.has(segment))
                throw new Error(`internal error: refusing a path with a segment that is neither one of the API's names nor an identifier of the kind it needs`);
        });
        const url = new URL(`${this.#options.apiUrl}/${segments.join('/')}`);
        for (const [name, value] of Object.entries(query ?? {}))
            url.searchParams.set(name, String(value));
        return url;
    }
    #headers(hasBody) {
        const { credentials, userAgent } = this.#options;
        const headers = { accept: 'application/json', 'user-agent': userAgent };
        if (hasBody)
            headers['content-type'] = 'application/json';
        if (credentials.kind === 'api-token') {
            headers.authorization = `Bearer ${credentials.token}`;
        }
        else {
            headers['x-auth-email'] = credentials.email;
            headers['x-auth-key'] = credentials.key;
        }
        return headers;
    }
}
function errorFor(response) {
    try {
        (0,_envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .m)(response);
    }
    catch (error) {
        return error;
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CloudflareApiError */ .kx([], response);
}
/** The code of a network error, which fetch wraps in a TypeError's cause. */
function networkCode(error) {
    const own = error.code;
    const cause = error.cause;
    const code = typeof own === 'string' ? own : typeof cause?.code === 'string' ? cause.code : '';
    return code;
}
function describeNetworkError(error) {
    const code = networkCode(error);
    const cause = error.cause;
    const message = typeof cause?.message === 'string' ? cause.message : error instanceof Error ? error.message : String(error);
    return code ? `${code} (${message})` : message;
}


/***/ }),

/***/ 2287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseEnvelope),
/* harmony export */   u: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7640);

/**
 * Reads Cloudflare's `{success, errors, messages, result}` envelope. Anything else (the edge's HTML
 * error pages, a body cut off mid-way, a 2xx without `success: true`) becomes an error that names the
 * HTTP status, never an exception from JSON.parse.
 */
function parseEnvelope(response) {
    let parsed;
    try {
        parsed = JSON.parse(response.body);
    }
    catch (error) {
        if (response.body.trim() === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnexpectedResponseError */ .dk('with an empty body', response);
        if (looksLikeJson(response)) {
            // V8's message may quote the body ("Unexpected token 'o', "token abcd"... is not valid JSON"): a
            // piece of an echoed secret too short to be recognised and redacted. Its wording also varies with
            // the body's first character. Only where the parse stopped is kept, in the action's own words.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnexpectedResponseError */ .dk(`with malformed JSON${whereJsonStopped(error.message)}`, response);
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnexpectedResponseError */ .dk(`with a non-JSON body${describeBody(response)}`, response);
    }
    if (!isRecord(parsed) || typeof parsed.success !== 'boolean') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnexpectedResponseError */ .dk('with JSON that is not a Cloudflare API envelope (no "success" field)', response);
    }
    const errors = apiMessages(parsed.errors);
    if (!parsed.success || response.status < 200 || response.status >= 300) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CloudflareApiError */ .kx(errors, response);
    }
    const info = parsed.result_info;
    return {
        result: parsed.result,
        resultInfo: isRecord(info) ? info : undefined,
        messages: apiMessages(parsed.messages),
        response: { status: response.status, ray: response.ray },
    };
}
/** Where JSON.parse gave up, from its message, without a character of the body: " (cut short)", " (at character N)" or nothing. */
function whereJsonStopped(message) {
    if (/end of JSON input/i.test(message))
        return ' (cut short)';
    const position = /at position (\d+)/.exec(message)?.[1];
    return position === undefined ? '' : ` (at character ${Number(position) + 1})`;
}
function looksLikeJson(response) {
    return response.contentType.includes('json') || /^\s*[[{]/.test(response.body);
}
function describeBody(response) {
    const type = response.contentType.split(';')[0]?.trim();
    const title = /<title>([^<]{1,120})<\/title>/i.exec(response.body)?.[1]?.trim();
    const parts = [type ? `(${type})` : '', title ? `titled "${title}"` : ''].filter(Boolean);
    return parts.length > 0 ? ` ${parts.join(' ')}` : '';
}
function apiMessages(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter(isRecord).map(item => ({
        code: typeof item.code === 'number' ? item.code : 0,
        message: typeof item.message === 'string' ? item.message : JSON.stringify(item),
        ...(Array.isArray(item.error_chain) ? { error_chain: apiMessages(item.error_chain) } : {}),
    }));
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ collectPages),
/* harmony export */   z: () => (/* binding */ pageClaims)
/* harmony export */ });
/**
 * The paging claims of a listing page's result_info, every field checked, believing the smaller claim when
 * both total_count and total_pages (which Cloudflare's schema does not have) are given. A client never
 * relies on them to end a listing (a short page does); they only let it stop a listing whose claim passes
 * its ceiling after one request.
 */
function pageClaims(info, askedPerPage) {
    const perPage = saneCount(info?.per_page, 1, askedPerPage) ?? askedPerPage;
    const totalCount = saneCount(info?.total_count, 0, Number.MAX_SAFE_INTEGER);
    const totalPages = saneCount(info?.total_pages, 0, Number.MAX_SAFE_INTEGER);
    const claims = [totalCount, totalPages === undefined ? undefined : totalPages * perPage].filter((n) => n !== undefined);
    return { perPage, claimedTotal: claims.length > 0 ? Math.min(...claims) : undefined };
}
function saneCount(value, min, max) {
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}
/**
 * The one paging routine, for every listing (certificates of a zone, zones of an account), by the rules
 * Cloudflare's schema allows: the page count comes from the first page's claim (pageClaims), and without
 * one the listing goes on until a page comes back short. A page shorter than per_page always ends it,
 * whatever the counts claim (a short first page is the whole answer, even beside a count past the
 * ceiling); a claim past maxPages stops a listing that would go on, after one request; and no listing goes
 * past maxPages: a lying answer costs a handful of requests, never thousands. With a count, the pages it
 * justifies are fetched `concurrency` at a time; without one, one by one. Entries come back in page order.
 */
async function collectPages(fetchPage, limits) {
    const first = await fetchPage(1);
    const pages = [first];
    const isFull = (page) => page.items.length >= page.claims.perPage;
    const { claimedTotal, perPage } = first.claims;
    const claimedPages = claimedTotal === undefined ? undefined : Math.ceil(claimedTotal / perPage);
    if (claimedPages !== undefined && claimedPages > limits.maxPages && isFull(first))
        throw limits.tooMany(claimedTotal);
    let next = 2;
    while (isFull(pages[pages.length - 1])) {
        const last = claimedPages ?? next;
        if (next > last)
            break;
        if (next > limits.maxPages)
            throw limits.tooMany(undefined);
        const batch = [];
        for (let number = next; number <= Math.min(last, next + limits.concurrency - 1, limits.maxPages); number++)
            batch.push(number);
        const fetched = await Promise.all(batch.map(fetchPage));
        next += batch.length;
        // A short page ends the listing; pages after it in the same batch are not used.
        const short = fetched.findIndex(page => !isFull(page));
        pages.push(...(short === -1 ? fetched : fetched.slice(0, short + 1)));
    }
    return pages.flatMap(page => page.items);
}


/***/ }),

/***/ 5396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MW: () => (/* binding */ askedWaitMs),
/* harmony export */   PQ: () => (/* binding */ retryDecision),
/* harmony export */   i_: () => (/* binding */ neverConnected),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   uz: () => (/* binding */ ATTEMPT_TIMEOUT)
/* harmony export */ });
/* unused harmony export parseRetryAfterMs */
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6683);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7640);


/** Marks an attempt that got no answer in its share of the deadline. */
const ATTEMPT_TIMEOUT = 'ATTEMPT_TIMEOUT';
/** Status codes that say "try again" for a call that is safe to repeat: as Cloudflare's SDKs retry. */
const RETRYABLE_STATUSES = new Set([408, 409, 429, 500, 502, 503, 504]);
/** Connection errors raised before a request could reach the API: safe to retry for any method. */
const NOT_CONNECTED_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
/** Connection errors after the request may have been sent: safe to retry only for idempotent methods. */
const BROKEN_CONNECTION_CODES = new Set([
    ATTEMPT_TIMEOUT,
    'ECONNRESET',
    'EPIPE',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);
const BACKOFF_BASE_MS = 1000;
const BACKOFF_CAP_MS = 20_000;
/** Whether a connection error code says the request never reached the API (so it cannot have been applied). */
function neverConnected(code) {
    return NOT_CONNECTED_CODES.has(code);
}
/**
 * Whether and when to try again after this attempt (1 for the first); undefined when the outcome is
 * final. random is the source of jitter, in [0, 1).
 */
function retryDecision(method, outcome, attempt, random, options = {}) {
    const backoff = () => Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1)) * (0.5 + random() / 2);
    if (outcome instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnexpectedResponseError */ .dk)
        return undefined;
    if (outcome instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX) {
        if (outcome instanceof _deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .DeadlineError */ .j)
            return undefined;
        const code = outcome.cause?.code ?? '';
        // A POST that may have reached the API is never repeated here: it could issue a second certificate.
        const safe = NOT_CONNECTED_CODES.has(code) || (method !== 'POST' && BROKEN_CONNECTION_CODES.has(code));
        const reason = code === ATTEMPT_TIMEOUT ? 'no answer in time' : code;
        return safe ? { waitMs: backoff(), reason, fromRetryAfter: false } : undefined;
    }
    const shouldRetry = outcome.shouldRetry?.trim().toLowerCase();
    if (shouldRetry === 'false')
        return undefined;
    if (outcome.status === 429 && options.retryRateLimited === false)
        return undefined;
    const reason = outcome.status === 429 ? 'HTTP 429, rate limited' : `HTTP ${outcome.status}`;
    // Rate limited: nothing was done, so even a POST is safe to repeat. Anything else a POST got may have
    // issued a certificate: never repeated blindly, whatever x-should-retry says.
    if (method === 'POST' && outcome.status !== 429)
        return undefined;
    const retryable = RETRYABLE_STATUSES.has(outcome.status) || (shouldRetry === 'true' && outcome.status >= 400);
    if (!retryable)
        return undefined;
    const askedMs = askedWaitMs(outcome.retryAfterMs, outcome.retryAfter);
    if (askedMs !== undefined)
        return { waitMs: askedMs, reason, fromRetryAfter: true };
    return { waitMs: backoff(), reason, fromRetryAfter: false };
}
/**
 * How long an answer asked to wait before the next request, in milliseconds: retry-after-ms first (as
 * Cloudflare's SDKs read it), else Retry-After; undefined when neither says.
 */
function askedWaitMs(retryAfterMs, retryAfter, now = Date.now()) {
    return parseRetryAfterMs(retryAfterMs) ?? parseRetryAfter(retryAfter, now);
}
/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === undefined || value.trim() === '')
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** retry-after-ms, as Cloudflare's SDKs read it: a non-negative number of milliseconds. */
function parseRetryAfterMs(value) {
    if (value === undefined || !/^\d+(\.\d+)?$/.test(value.trim()))
        return undefined;
    return Math.ceil(Number(value.trim()));
}


/***/ }),

/***/ 5020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ hostnameKey)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);

// Apart from src/hostnames.ts (the input's check): the job summary compares hostnames too, and a get
// without hostnames must not compile the input's check to print its summary (src/lazy.ts).
/**
 * How hostnames compare: as DNS does. Case and a final dot do not matter, and a name the API lists in
 * Unicode form is the same as ours in punycode (ours always are): both compare in punycode.
 */
function hostnameKey(name) {
    const plain = name.toLowerCase().replace(/\.$/, '');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is the range tested for.
    if (/^[\x00-\x7f]*$/.test(plain))
        return plain;
    const ascii = (0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToASCII)(plain);
    return ascii === '' ? plain : ascii.toLowerCase();
}


/***/ }),

/***/ 4555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  executeCommand: () => (/* reexport */ executeCommand),
  publish: () => (/* reexport */ publish)
});

// EXTERNAL MODULE: ./src/cloudflare/client.ts
var cloudflare_client = __webpack_require__(8756);
// EXTERNAL MODULE: ./src/cloudflare/client-certificates.ts
var client_certificates = __webpack_require__(925);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/loopback.ts
var loopback = __webpack_require__(2082);
;// CONCATENATED MODULE: ./src/cloudflare/proxy.ts




/** The fallback bundle, relative to dist/index.js. */
const FALLBACK_BUNDLE = ['proxy-fallback', 'index.js'].join(external_node_path_.sep);
/** Hosts that never go through a proxy: the credentials stay on this machine. */
const LOOPBACK_NO_PROXY = ['localhost', '127.0.0.1', '::1'];
/**
 * Makes the global `fetch` (Node's own undici) honour HTTPS_PROXY / HTTP_PROXY / NO_PROXY as self-hosted
 * runners expect, once, before the first request. An API on a loopback address never goes through a
 * proxy (a token sent to http://127.0.0.1 through HTTP_PROXY would cross the network in cleartext), and
 * loopback names are added to NO_PROXY for every other call too.
 *
 * Recent Node 24 releases have `http.setGlobalProxyFromEnv()`; on an older Node 24 the npm undici package's
 * EnvHttpProxyAgent becomes the global dispatcher instead, from a separate bundle loaded only then.
 */
async function useEnvironmentProxy(apiUrl, env = process.env, host = external_node_http_, loadFallback = loadBuiltFallback) {
    const proxies = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some(name => (env[name] ?? '') !== '');
    if (!proxies)
        return 'none';
    if ((0,loopback/* isLoopback */.U)(apiUrl.hostname))
        return 'loopback';
    const noProxy = [env.no_proxy ?? env.NO_PROXY ?? '', ...LOOPBACK_NO_PROXY].filter(Boolean).join(',');
    if (typeof host.setGlobalProxyFromEnv === 'function') {
        host.setGlobalProxyFromEnv({ ...env, NO_PROXY: noProxy, no_proxy: noProxy });
        return 'node';
    }
    const { EnvHttpProxyAgent, setGlobalDispatcher } = await loadFallback();
    // undici sets the dispatcher Node's own fetch reads too (the global dispatcher's legacy symbol).
    setGlobalDispatcher(new EnvHttpProxyAgent({ httpProxy: env.http_proxy ?? env.HTTP_PROXY, httpsProxy: env.https_proxy ?? env.HTTPS_PROXY, noProxy }));
    return 'undici';
}
/** dist/proxy-fallback/index.js, beside the running dist/index.js; never bundled into it. */
async function loadBuiltFallback() {
    // Loaded only on a Node 24 without http.setGlobalProxyFromEnv(), and only with a proxy set: npm undici's
    // proxy agent stays out of dist/index.js and off every other run. Joined at run time, so that the
    // bundler neither inlines the file nor copies it as an asset.
    const location = [(0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(require("url").pathToFileURL(__filename).href)), FALLBACK_BUNDLE].join(external_node_path_.sep);
    return (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(location).href));
}

// EXTERNAL MODULE: ./src/sleep.ts
var src_sleep = __webpack_require__(6972);
;// CONCATENATED MODULE: ./src/version.ts
/** The action's version; a test keeps it equal to package.json's. */
const ACTION_VERSION = '1.0.0';
const USER_AGENT = `cloudflare-mtls-certificate-action/${ACTION_VERSION} (node ${process.version})`;

// EXTERNAL MODULE: ./src/certificate.ts
var src_certificate = __webpack_require__(6852);
;// CONCATENATED MODULE: ./src/commands/get.ts

/** Fetches one certificate's details and checks them against the certificate itself. */
async function getCertificate(config, { client, certificates }) {
    const details = await certificates.get(config.zoneId, config.certificateId);
    const certificate = (0,src_certificate/* verifyCertificate */.Xq)(details, { id: config.certificateId });
    return { kind: 'certificate', certificate, failures: (0,src_certificate/* policyFailures */.A$)(certificate, config), requests: client.requestCount };
}

;// CONCATENATED MODULE: ./src/commands/index.ts






/** Runs the configured command with one API client. */
async function executeCommand(config, services) {
    const sleep = services.sleep ?? src_sleep/* sleep */.y;
    const proxy = await useEnvironmentProxy(new URL(config.apiUrl));
    if (proxy !== 'none')
        services.log.debug(PROXY_DEBUG_LINES[proxy]);
    const clientOptions = {
        apiUrl: config.apiUrl,
        credentials: config.credentials,
        userAgent: USER_AGENT,
        deadline: services.deadline,
        maxRetries: config.maxRetries,
        log: services.log,
        sleep,
    };
    // Every zone of an account: a client of its own, through the request governor (budget, pool, rate limit).
    if ('accountId' in config) {
        const inventory = { ...config, failWhenIncomplete: config.failOnIncomplete };
        const { inventoryAccount } = await __webpack_require__.e(/* import() | list */ 715).then(__webpack_require__.bind(__webpack_require__, 2748));
        return inventoryAccount(inventory, { clientOptions, budget: config.requestBudget, log: services.log });
    }
    const client = new cloudflare_client/* CloudflareClient */.$(clientOptions);
    const context = {
        client,
        certificates: new client_certificates/* ClientCertificatesClient */.V(client),
        deadline: services.deadline,
        log: services.log,
        mask: services.mask,
        sleep,
    };
    // Each command but get, and the hostnames with the WAF rule, is a chunk of its own, loaded only by the run
    // that needs it: a get, the commonest scheduled step, compiles none of them (src/lazy.ts).
    switch (config.command) {
        case 'create': {
            // Everything this create may run is loaded before its first request: a chunk that fails to load must
            // fail the step before a certificate is issued, never after (with no id to say).
            const { createCertificate } = await __webpack_require__.e(/* import() | create */ 687).then(__webpack_require__.bind(__webpack_require__, 9916));
            const hostnames = config.hostnames && (await __webpack_require__.e(/* import() | hostnames */ 7).then(__webpack_require__.bind(__webpack_require__, 8977)));
            const waf = config.hostnames?.blockWithoutCertificate && (await __webpack_require__.e(/* import() | hostnames */ 7).then(__webpack_require__.bind(__webpack_require__, 3880)));
            const result = await createCertificate(config, context);
            if (!config.hostnames || !hostnames)
                return result;
            const certificate = { id: result.certificate.id, reused: result.reused ?? false };
            const enabled = await hostnames.ensureHostnames(config, config.hostnames, certificate, context);
            const done = withHostnames(result, enabled, client.requestCount);
            // Certificate, then hostnames, then the rule that enforces mTLS on them.
            if (!waf)
                return done;
            return withWafRule(done, await waf.ruleAfterHostnames(config, config.hostnames, certificate, enabled, context), client.requestCount);
        }
        case 'get': {
            const result = await getCertificate(config, context);
            return config.hostnames ? checkedOnSchedule(result, config, config.hostnames, context) : result;
        }
        case 'revoke':
        case 'reactivate':
            return (await __webpack_require__.e(/* import() | change-status */ 806).then(__webpack_require__.bind(__webpack_require__, 6467))).changeStatus(config, context);
        case 'list': {
            const { listCertificates } = await __webpack_require__.e(/* import() | list */ 715).then(__webpack_require__.bind(__webpack_require__, 9664));
            const result = await listCertificates(config, context);
            return config.hostnames ? checkedOnSchedule(result, config, config.hostnames, context) : result;
        }
    }
}
/**
 * A get's or a list's result with the hostnames and the WAF rule checked (they only read): the "hostnames"
 * chunk, loaded only for a run with hostnames.
 */
async function checkedOnSchedule(result, config, hostnames, context) {
    const { checkHostnames } = await __webpack_require__.e(/* import() | hostnames */ 7).then(__webpack_require__.bind(__webpack_require__, 8977));
    const { checkRuleOnSchedule } = await __webpack_require__.e(/* import() | hostnames */ 7).then(__webpack_require__.bind(__webpack_require__, 6589));
    const checked = withHostnames(result, await checkHostnames(config, hostnames, context), context.client.requestCount);
    return withWafRule(checked, await checkRuleOnSchedule(config, hostnames, context), context.client.requestCount);
}
/** The result with the hostname report: its failure, if any, makes the step fail after the outputs are set. */
function withHostnames(result, hostnames, requests) {
    return { ...result, hostnames, requests, failures: hostnames.failure === undefined ? result.failures : [...result.failures, hostnames.failure] };
}
/** The result with the WAF rule's report: its failure, if any, makes the step fail after the outputs are set. */
function withWafRule(result, waf, requests) {
    return { ...result, waf, requests, failures: waf.failure === undefined ? result.failures : [...result.failures, waf.failure] };
}
/** What the debug log says of the proxy set-up. */
const PROXY_DEBUG_LINES = {
    loopback: 'A proxy is set, but api-url is a loopback address: not using the proxy',
    node: "Using the proxy from HTTPS_PROXY/HTTP_PROXY (Node's built-in proxy support; NO_PROXY honoured, loopback never proxied)",
    undici: 'Using the proxy from HTTPS_PROXY/HTTP_PROXY (undici EnvHttpProxyAgent; NO_PROXY honoured, loopback never proxied)',
};

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/key-file.ts


/** State name under which the main step records a private key file it created under RUNNER_TEMP. */
const KEY_FILE_STATE = 'private-key-file';
/** The folder the main step creates under RUNNER_TEMP for a generated key; the post step removes it. */
const KEY_FOLDER_PREFIX = 'cloudflare-mtls-';
/** The key file's name in that folder. */
const KEY_FILE_NAME = 'client.key';
/** State name under which the main step records a PKCS#12 bundle it wrote under RUNNER_TEMP. */
const PKCS12_FILE_STATE = 'pkcs12-file';
/** The bundle's name in that folder (beside the key when both are the action's). */
const PKCS12_FILE_NAME = 'client.p12';
/**
 * A new private folder (mode 0700, unique name) under RUNNER_TEMP for a generated key, and the key
 * file's path in it. Made when the key is written, not when the inputs are read: nothing is created
 * for a run that fails before it has a key.
 */
async function newKeyFilePath(runnerTemp, name = KEY_FILE_NAME) {
    const folder = await (0,promises_.mkdtemp)((0,external_node_path_.join)(runnerTemp, KEY_FOLDER_PREFIX));
    return (0,external_node_path_.join)(folder, name);
}

// EXTERNAL MODULE: ./src/identifier.ts
var identifier = __webpack_require__(8360);
// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(351);
;// CONCATENATED MODULE: ./src/outputs.ts


/** Every output the action sets, exactly as named in action.yml. */
const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'id',
    'certificate',
    'fingerprint',
    'expires-on',
    'issued-on',
    'serial-number',
    'status',
    'common-name',
    'days-remaining',
    'certificate-file',
    'json',
    'reused',
    'private-key',
    'private-key-file',
    'certificates',
    'count',
    'expiring-count',
    'zones-checked',
    'zones-skipped',
    'zones-not-checked',
    'issue-number',
    'certificate-authority-id',
    'certificate-authority-name',
    'hostnames',
    'hostnames-added',
    'hostnames-missing',
    'waf-ruleset-id',
    'waf-rule-id',
    'pkcs12-file',
]));
/** The step outputs for one verified certificate. */
function certificateOutputs(certificate) {
    const { api } = certificate;
    const outputs = {
        id: certificate.id,
        certificate: certificate.pem,
        fingerprint: certificate.fingerprint,
        'expires-on': certificate.expiresOn,
        'issued-on': api.issued_on ?? '',
        // The certificate's own, in lowercase hexadecimal: the API's may be decimal (certificate.ts compares them).
        'serial-number': certificate.serialNumber,
        status: certificate.status,
        'common-name': certificate.commonName,
        'days-remaining': String(certificate.daysRemaining),
    };
    const warnings = [];
    // The issuing CA, for the summary and for accounts with several CAs: a checked id and a short name, or left out.
    const authorityId = api.certificate_authority?.id;
    if (typeof authorityId === 'string') {
        const canonical = (0,identifier/* canonicalId */.iS)('authority', authorityId);
        if (canonical !== undefined)
            outputs['certificate-authority-id'] = canonical;
        else
            warnings.push(`the certificate-authority-id output is left out: the API gave ${authorityId.length} characters that are not a CA id (${identifier/* ID_SHAPES */.V5.authority})`);
    }
    const authorityName = api.certificate_authority?.name;
    if (typeof authorityName === 'string') {
        if (authorityName.length <= MAX_AUTHORITY_FIELD)
            outputs['certificate-authority-name'] = authorityName;
        else
            warnings.push(`the certificate-authority-name output is left out: the API gave ${authorityName.length} characters, more than the ${MAX_AUTHORITY_FIELD} a CA's name has`);
    }
    const json = JSON.stringify(api);
    if (Buffer.byteLength(json) <= limits/* MAX_OUTPUT_BYTES */.$q)
        return { outputs: { ...outputs, json }, warnings };
    return {
        outputs,
        warnings: [
            ...warnings,
            `the json output is left out: the API's answer is ${Buffer.byteLength(json)} bytes, more than the ${limits/* MAX_OUTPUT_BYTES */.$q} an output may hold here`,
        ],
    };
}
/** Far above "Cloudflare Managed CA for account …". */
const MAX_AUTHORITY_FIELD = 256;
/**
 * The step outputs of a zone-wide listing (or an account's, whose entries also name their zone): one
 * compact entry per certificate, soonest expiry first. The certificates output stays within maxBytes
 * (GitHub keeps 1 MiB of outputs per job): entries that do not fit are left out, the soonest-expiring
 * kept, and a warning says how many.
 */
function listOutputs(result, maxBytes = limits/* MAX_OUTPUT_BYTES */.$q) {
    const entries = result.certificates.map((c) => JSON.stringify({
        id: c.id,
        'common-name': c.commonName,
        status: c.status,
        'expires-on': c.expiresOn,
        'days-remaining': c.daysRemaining,
        fingerprint: c.fingerprint,
        ...(c.zone === undefined ? {} : { 'zone-id': c.zone.id, 'zone-name': c.zone.name }),
    }));
    const { json, kept } = jsonArrayWithin(entries, maxBytes);
    const warnings = kept < entries.length
        ? [
            `the certificates output holds the ${kept} soonest-expiring of ${entries.length} certificates: the other ${entries.length - kept} would pass the ${maxBytes} bytes an output may hold here`,
        ]
        : [];
    return {
        outputs: { certificates: json, count: String(entries.length), 'expiring-count': String(result.expiring.length) },
        warnings,
    };
}
/** A JSON array of the entries (each already JSON) that fit in maxBytes, in order, and how many did. */
function jsonArrayWithin(entries, maxBytes) {
    let bytes = 2;
    let kept = 0;
    while (kept < entries.length && bytes + Buffer.byteLength(entries[kept]) + 1 <= maxBytes)
        bytes += Buffer.byteLength(entries[kept++]) + 1;
    return { json: `[${entries.slice(0, kept).join(',')}]`, kept };
}
/**
 * The zone outputs' share of the 1 MiB of outputs GitHub keeps per job, on a check of every zone of an
 * account (which has no hostnames output): zones-skipped and zones-not-checked first, zones-checked the
 * rest. The certificates output then holds at most MAX_OUTPUT_BYTES less this.
 */
const MAX_ZONE_OUTPUTS_BYTES = 200 * 1024;
/**
 * The step outputs of a check of every zone of an account: the certificates output as a zone's (each
 * entry with zone-id and zone-name), count and expiring-count over every zone checked, and three JSON
 * arrays that together name every zone of the account: zones-checked ({id, name, count}), zones-skipped
 * ({id, name, why}: HTTP 403, not covered by the token or not entitled; not a failure) and
 * zones-not-checked ({id, name, why}: a check that failed, or a run that stopped first). Entries that
 * do not fit their share are left out, with a warning.
 */
function inventoryOutputs(result) {
    const warnings = [];
    let room = MAX_ZONE_OUTPUTS_BYTES;
    const zones = (name, list) => {
        const { json, kept } = jsonArrayWithin(list.map(zone => JSON.stringify(zone)), room);
        room -= Buffer.byteLength(json);
        if (kept < list.length) {
            warnings.push(`the ${name} output holds ${kept} of ${list.length} zones: the other ${list.length - kept} would pass the share of the outputs it may take here`);
        }
        return json;
    };
    const skipped = zones('zones-skipped', result.zonesSkipped);
    const notChecked = zones('zones-not-checked', [
        ...result.zonesFailed.map(zone => ({ ...zone, why: `its check failed: ${zone.why}` })),
        ...result.zonesNotChecked,
    ]);
    const checked = zones('zones-checked', result.zonesChecked.map(({ id, name, count }) => ({ id, name, count })));
    const certificates = listOutputs(result, limits/* MAX_OUTPUT_BYTES */.$q - MAX_ZONE_OUTPUTS_BYTES);
    return {
        outputs: { ...certificates.outputs, 'zones-checked': checked, 'zones-skipped': skipped, 'zones-not-checked': notChecked },
        warnings: [...certificates.warnings, ...warnings],
    };
}
/**
 * The hostname outputs: every hostname on the CA's list after the step, what this step added (create),
 * and which of the given ones a read showed without mTLS. JSON arrays. Left out when unknown (the list
 * could not be read); the full list is left out, with a warning, past MAX_HOSTNAMES_OUTPUT_BYTES, so that it
 * and a zone's certificates output stay within the 1 MiB GitHub keeps per job.
 */
function hostnameOutputs(report, command) {
    // Unknown (the list could not be read, after a write or not): no output claims anything.
    if (report.associated === undefined)
        return { outputs: {}, warnings: [] };
    const outputs = command === 'create' ? { 'hostnames-added': JSON.stringify(report.added) } : {};
    outputs['hostnames-missing'] = JSON.stringify(report.missing);
    const warnings = [];
    const all = JSON.stringify(report.associated);
    if (hostnamesOutputFits(report.associated))
        outputs.hostnames = all;
    else
        warnings.push(`the hostnames output is left out: the zone's list is ${Buffer.byteLength(all)} bytes as JSON, more than the ${MAX_HOSTNAMES_OUTPUT_BYTES} it may take here (hostnames-missing says what matters)`);
    return { outputs, warnings };
}
/** Whether the hostnames output holds the whole list (the summary says so, or not). */
function hostnamesOutputFits(associated) {
    return Buffer.byteLength(JSON.stringify(associated)) <= MAX_HOSTNAMES_OUTPUT_BYTES;
}
/** The hostnames output's share of the 1 MiB of outputs per job (the certificates output may take 900 KiB). */
const MAX_HOSTNAMES_OUTPUT_BYTES = 100 * 1024;
/**
 * The WAF rule's outputs: the zone's custom-rules entrypoint and this action's rule in it, as the last read
 * (or the write's answer) showed them; each left out when there is none or it is not known. Both are
 * 32-hexadecimal ids, checked when read.
 */
function wafRuleOutputs(report) {
    const outputs = {};
    if (report.rulesetId !== undefined)
        outputs['waf-ruleset-id'] = report.rulesetId;
    if (report.ruleId !== undefined)
        outputs['waf-rule-id'] = report.ruleId;
    return outputs;
}

// EXTERNAL MODULE: ./src/escape.ts
var src_escape = __webpack_require__(2988);
// EXTERNAL MODULE: ./src/hostname-key.ts
var hostname_key = __webpack_require__(5020);
// EXTERNAL MODULE: ./src/summary.ts
var summary = __webpack_require__(8855);
;// CONCATENATED MODULE: ./src/result-summary.ts






/**
 * The job summary of a result: one certificate's details, or a zone's listing, and the zone's mTLS
 * hostnames, under the frame summary.ts draws. Loaded with publish.ts, once a command has a result.
 */
const TITLES = {
    create: 'Client certificate issued',
    reused: 'Client certificate reused',
    get: 'Client certificate checked',
    revoke: 'Client certificate revoked',
    reactivate: 'Client certificate reactivated',
    list: 'Client certificates checked',
};
/**
 * One certificate (create, get, revoke, reactivate): the verdict first (✅, ⚠️ or ❌ with the command and
 * the zone), failed checks and warnings right under it, then the details. Outside data is escaped;
 * ids and fingerprints are checked hexadecimal.
 */
function certificateSummary(context, certificate, failures, warnings, reused, hostnames, notices = [], waf) {
    const { api } = certificate;
    const rows = [
        ['ID', `\`${certificate.id}\``],
        ['Status', (0,src_escape/* markdownText */.p7)(certificate.status)],
        ['Common name', (0,src_escape/* markdownText */.p7)(certificate.commonName)],
        ['Expires', `${dateCell(certificate.expiresOn)} (${certificate.daysRemaining} days left)`],
        ['Issued', dateCell(api.issued_on ?? '')],
        ['Serial number', (0,src_escape/* markdownText */.p7)(certificate.serialNumber)],
        ['SHA-256 fingerprint', `\`${certificate.fingerprint}\``],
    ];
    const authority = [api.certificate_authority?.name, api.certificate_authority?.id].find(value => typeof value === 'string' && value !== '');
    if (authority !== undefined)
        rows.push(['Certificate authority', (0,src_escape/* markdownText */.p7)(authority, 256)]);
    const title = TITLES[reused ? 'reused' : (context.command ?? '')] ?? 'Client certificate';
    return [
        ...(0,summary/* summaryHead */.z)(context, title, failures, warnings, undefined, notices),
        '| | |',
        '| --- | --- |',
        ...rows.map(([name, value]) => `| ${name} | ${value} |`),
        '',
        ...(hostnames ? hostnameSection(hostnames) : []),
        ...(waf ? wafRuleSection(waf) : []),
    ].join('\n');
}
/** Hostname rows shown at most; the hostnames output has them all. */
const MAX_HOSTNAME_ROWS = 200;
/**
 * The zone's mTLS hostnames: the ones asked for first (added by this step, enabled, or not enabled), then
 * the others on the CA's list. Names from the API are escaped like every other outside value.
 */
function hostnameSection(report) {
    const added = new Set(report.added);
    const missing = new Set(report.missing);
    const ca = report.mtlsCertificateId === undefined ? 'the Cloudflare Managed CA' : `the uploaded CA \`${report.mtlsCertificateId}\``;
    const rows = report.requested.map(name => {
        const state = report.associated === undefined
            ? '❔ unknown: the list could not be read'
            : missing.has(name)
                ? '❌ not enabled'
                : added.has(name)
                    ? '✅ enabled by this step'
                    : '✅ enabled';
        return `| ${(0,src_escape/* markdownText */.p7)(name)} | ${state} |`;
    });
    const requested = new Set(report.requested);
    const others = (report.associated ?? []).filter(name => !requested.has((0,hostname_key/* hostnameKey */.D)(name)));
    rows.push(...others.map(name => `| ${(0,src_escape/* markdownText */.p7)(name)} | ✅ enabled (not in hostnames) |`));
    const shown = rows.slice(0, MAX_HOSTNAME_ROWS);
    const total = report.associated === undefined
        ? 'The list could not be read.'
        : `${report.associated.length} hostname${report.associated.length === 1 ? '' : 's'} on the list.`;
    return [
        '#### mTLS hostnames',
        '',
        `Client certificates of ${ca} are asked for on these hostnames. ${total}${report.added.length > 0 ? ` This step added ${report.added.length}.` : ''}`,
        '',
        '| Hostname | mTLS |',
        '| --- | --- |',
        ...shown,
        ...(rows.length > shown.length
            ? [
                '',
                `${rows.length - shown.length} more not shown${report.associated && hostnamesOutputFits(report.associated) ? ': the hostnames output lists them all' : ' (the list is too long for the hostnames output too)'}.`,
            ]
            : []),
        '',
    ];
}
/** What a step wrote to the rule, as the summary says it. */
function wafChange(report) {
    switch (report.change) {
        case 'created-entrypoint':
            return "Created the zone's custom rules, holding only this rule";
        case 'added':
            return "Added this rule, last among the zone's custom rules";
        case 'widened':
            return `Added ${report.added.map(name => (0,src_escape/* markdownText */.p7)(name)).join(', ')} to this rule`;
        case 'restored':
            return 'Enabled this rule again, with action block';
        case 'none':
            return 'Nothing (no write)';
    }
}
/**
 * The WAF rule that enforces mTLS: this action's rule as the last read showed it (its expression and
 * description escaped like every outside value), what the step changed, and each hostname blocked or not.
 * For the check get and list make without block-without-certificate: only whether the other rules were
 * checked (what was found is in the warnings).
 */
function wafRuleSection(report) {
    if (!report.required) {
        const checked = report.notes.length > 0
            ? (0,src_escape/* markdownText */.p7)(report.notes.join(' '), 2000)
            : report.findings.length > 0
                ? `Checked for enabled rules that revoked client certificates pass: ${report.findings.length} found (the warnings above name ${report.findings.length === 1 ? 'it' : 'them'}).`
                : 'Checked for enabled rules that revoked client certificates pass: none found.';
        return ['#### WAF custom rules', '', checked, '', 'Set block-without-certificate: true to have this step require the rule that enforces mTLS.', ''];
    }
    const { rule, unenforced } = report;
    const state = unenforced === undefined
        ? "Whether requests without a valid client certificate are blocked is not known: the zone's custom rules were not read, or could not be (see above)."
        : unenforced.length === 0
            ? 'Requests to these hostnames without a valid, unrevoked client certificate are blocked.'
            : `Requests without a valid, unrevoked client certificate to ${unenforced.length} of these hostnames still reach the origin.`;
    const rows = rule
        ? [
            ['Rule', `\`${rule.id}\`, rule ${rule.position} of ${rule.of} in ruleset \`${report.rulesetId ?? ''}\``],
            ['Enabled', rule.enabled ? 'yes' : '❌ no'],
            ['Action', rule.action === 'block' ? 'block' : `❌ ${(0,src_escape/* markdownText */.p7)(rule.action)}`],
            ['Expression', (0,src_escape/* markdownText */.p7)(rule.expression, limits/* MAX_RULE_EXPRESSION */.hv)],
            ['Description', (0,src_escape/* markdownText */.p7)(rule.description)],
        ]
        : [['Rule', `none with ref ${(0,src_escape/* markdownText */.p7)(report.ref)}`]];
    rows.push(['This step', wafChange(report)]);
    const added = new Set(report.added);
    const blocked = new Set(unenforced ?? []);
    const hostRows = report.requested.map(name => {
        const cell = unenforced === undefined ? '❔ unknown' : blocked.has(name) ? '❌ not blocked' : added.has(name) ? '✅ blocked (added by this step)' : '✅ blocked';
        return `| ${(0,src_escape/* markdownText */.p7)(name)} | ${cell} |`;
    });
    return [
        '#### WAF rule: block requests without a valid client certificate',
        '',
        state,
        '',
        '| | |',
        '| --- | --- |',
        ...rows.map(([name, value]) => `| ${name} | ${value} |`),
        '',
        '| Hostname | Without a valid, unrevoked certificate |',
        '| --- | --- |',
        ...hostRows.slice(0, MAX_HOSTNAME_ROWS),
        '',
    ];
}
/**
 * A zone-wide listing: the verdict, failed checks and warnings, then every certificate sorted by expiry,
 * expiring ones marked. Within MAX_SUMMARY_BYTES (GitHub's limit is 1 MiB): rows that do not fit are left
 * out, the soonest-expiring kept, and the summary says how many.
 */
function listSummary(context, result, warnings) {
    const expiring = new Set(result.expiring.map(c => c.id));
    const count = result.certificates.length;
    const top = [
        ...(0,summary/* summaryHead */.z)(context, TITLES.list, result.failures, warnings),
        `${count} certificate${count === 1 ? '' : 's'}, ${result.expiring.length} expiring soon.`,
        '',
    ];
    const hostnames = [...(result.hostnames ? hostnameSection(result.hostnames) : []), ...(result.waf ? wafRuleSection(result.waf) : [])];
    if (count === 0)
        return [...top, ...hostnames, ''].join('\n');
    const table = ['| | ID | Common name | Status | Expires | Days left |', '| --- | --- | --- | --- | --- | --- |'];
    const rows = result.certificates.map(c => `| ${expiring.has(c.id) ? '⚠️' : ''} | \`${c.id}\` | ${(0,src_escape/* markdownText */.p7)(c.commonName)} | ${(0,src_escape/* markdownText */.p7)(c.status)} | ${dateCell(c.expiresOn)} | ${c.daysRemaining} |`);
    const kept = rowsWithin(rows, limits/* MAX_SUMMARY_BYTES */.Q0 - Buffer.byteLength([...top, ...table, ...hostnames].join('\n')) - 400);
    const leftOut = rows.length - kept;
    const leftOutLines = leftOut > 0
        ? ['', `${leftOut} more certificate${leftOut === 1 ? '' : 's'} not shown: a job summary holds at most 1 MiB. The certificates output lists them.`]
        : [];
    return [...top, ...table, ...rows.slice(0, kept), ...leftOutLines, ...(hostnames.length > 0 ? ['', ...hostnames] : []), ''].join('\n');
}
/** Failures shown as callouts in an account's summary; the rest are counted (each failed zone is also in its table). */
const MAX_ACCOUNT_FAILURES_SHOWN = 10;
/** Rows of each zone table (skipped, not checked) shown at most; the zones-skipped and zones-not-checked outputs have them all. */
const MAX_ZONE_ROWS = 200;
/**
 * A check of every zone of an account: the verdict and the account first (failures, warnings), what was
 * checked and what it cost, then one table of every certificate across the zones, sorted by expiry, with
 * each one's zone, then the zones skipped and the zones not checked, each with why. Within
 * MAX_SUMMARY_BYTES: the zone tables are bounded first, and certificate rows that do not fit are left
 * out, the soonest-expiring kept. Zone names and every message are escaped; ids are checked.
 */
function inventorySummary(context, result, warnings) {
    const { zones, zonesChecked, zonesSkipped, certificates } = result;
    const notChecked = [...result.zonesFailed.map(zone => ({ ...zone, why: `its check failed: ${zone.why}` })), ...result.zonesNotChecked];
    const failures = result.failures.length <= MAX_ACCOUNT_FAILURES_SHOWN
        ? result.failures
        : [
            ...result.failures.slice(0, MAX_ACCOUNT_FAILURES_SHOWN),
            `And ${result.failures.length - MAX_ACCOUNT_FAILURES_SHOWN} more failures: the log lists them all, and the zones not checked are below`,
        ];
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const top = [
        ...(0,summary/* summaryHead */.z)(context, TITLES.list, failures, warnings),
        `${plural(zones.length, 'zone')}: ${zonesChecked.length} checked, ${zonesSkipped.length} skipped, ${notChecked.length} not checked. ` +
            `${plural(certificates.length, 'certificate')}, ${result.expiring.length} expiring soon.`,
        '',
        `${plural(result.requests, 'request')} of a budget of ${result.budget} (the account needs at least ${result.requestsNeeded}), at most ${result.rate.maxInFlight} at once${result.rate.slowedDown ? ", slowed down as Cloudflare's count of the rate limit ran low" : ''}.`,
        '',
    ];
    const zoneTable = (title, list, output) => {
        if (list.length === 0)
            return [];
        const rows = list.slice(0, MAX_ZONE_ROWS).map(zone => `| ${(0,src_escape/* markdownText */.p7)(zone.name)} | \`${zone.id}\` | ${(0,src_escape/* markdownText */.p7)(zone.why, 600)} |`);
        const more = list.length - rows.length;
        return [
            `#### ${title}`,
            '',
            '| Zone | Zone ID | Why |',
            '| --- | --- | --- |',
            ...rows,
            ...(more > 0 ? ['', `${more} more not shown: the ${output} output lists them.`] : []),
            '',
        ];
    };
    const after = [
        ...zoneTable(`Zones skipped (${zonesSkipped.length})`, zonesSkipped, 'zones-skipped'),
        ...zoneTable(`Zones not checked (${notChecked.length})`, notChecked, 'zones-not-checked'),
    ];
    if (certificates.length === 0)
        return [...top, ...after, ''].join('\n');
    const expiring = new Set(result.expiring.map(c => c.id));
    const table = ['| | Zone | ID | Common name | Status | Expires | Days left |', '| --- | --- | --- | --- | --- | --- | --- |'];
    const rows = certificates.map(c => `| ${expiring.has(c.id) ? '⚠️' : ''} | ${(0,src_escape/* markdownText */.p7)(c.zone.name)} | \`${c.id}\` | ${(0,src_escape/* markdownText */.p7)(c.commonName)} | ${(0,src_escape/* markdownText */.p7)(c.status)} | ${dateCell(c.expiresOn)} | ${c.daysRemaining} |`);
    const kept = rowsWithin(rows, limits/* MAX_SUMMARY_BYTES */.Q0 - Buffer.byteLength([...top, ...table, ...after].join('\n')) - 400);
    const leftOut = rows.length - kept;
    const leftOutLines = leftOut > 0 ? ['', `${plural(leftOut, 'more certificate')} not shown: a job summary holds at most 1 MiB. The certificates output lists them.`] : [];
    return [...top, ...table, ...rows.slice(0, kept), ...leftOutLines, '', ...after, ''].join('\n');
}
/** How many of the rows, from the first, fit in room bytes (each with its line break): the summary's cap. */
function rowsWithin(rows, room) {
    let bytes = 0;
    let kept = 0;
    while (kept < rows.length && bytes + Buffer.byteLength(rows[kept]) + 1 <= room)
        bytes += Buffer.byteLength(rows[kept++]) + 1;
    return kept;
}
/** The date a person reads, with the whole timestamp on hover; anything not an ISO timestamp as escaped text. */
function dateCell(timestamp) {
    if (!src_certificate/* ISO_TIMESTAMP */.xs.test(timestamp))
        return (0,src_escape/* markdownText */.p7)(timestamp);
    return `<abbr title="${timestamp}">${timestamp.slice(0, 10)}</abbr>`;
}

;// CONCATENATED MODULE: ./src/publish.ts





async function publish(config, result, context) {
    // Every zone of an account: outputs, tracking issue and summary of its own.
    if (result.kind === 'account-list' && 'accountId' in config)
        return publishInventory(config, result, context);
    if (result.kind === 'account-list' || 'accountId' in config)
        throw new Error('internal error: an account inventory without its config, or the other way round');
    const { outputs, warnings } = result.kind === 'list' ? await publishList(config, result, context) : await publishCertificate(config, result, context);
    let trackingIssue;
    if ((config.command === 'get' || config.command === 'list') && config.trackingIssue) {
        // Loaded only for a get or list with github-token: no other run compiles the tracking issue's code (nor
        // Octokit, which it loads in turn).
        const { trackIssue } = await __webpack_require__.e(/* import() */ 788).then(__webpack_require__.bind(__webpack_require__, 788));
        trackingIssue = await trackIssue(config.trackingIssue, config.zoneId, result, context);
        outputs['issue-number'] = trackingIssue ? String(trackingIssue.number) : '';
    }
    if (!config.jobSummary)
        return { outputs, summary: undefined };
    const summaryContext = { command: config.command, zoneId: config.zoneId, trackingIssue };
    const summary = result.kind === 'list'
        ? listSummary(summaryContext, result, warnings)
        : certificateSummary(summaryContext, result.certificate, result.failures, warnings, result.reused ?? false, result.hostnames, result.notices, result.waf);
    return { outputs, summary };
}
/** Files, warnings and log line for one certificate; returns its outputs, set by the caller last. */
async function publishCertificate(config, result, context) {
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
    for (const warning of warnings)
        log.warning(warning);
    for (const note of result.waf?.notes ?? [])
        log.info(note);
    try {
        if (config.certificateFile !== undefined)
            outputs['certificate-file'] = await writeCertificateFile(config.certificateFile, certificate.pem, config.writeRoots);
        if (config.command === 'create') {
            outputs.reused = String(result.reused ?? false);
            if (result.privateKeyPem !== undefined && config.csr.kind === 'generate') {
                const target = config.csr.key.privateKeyFile;
                const path = target.kind === 'given' ? target.path : await newKeyFilePath(target.runnerTemp);
                // Recorded before the file exists, so that the post step removes it whatever happens next.
                if (target.kind === 'runner-temp')
                    saveState(KEY_FILE_STATE, path);
                if (config.outputPrivateKey)
                    outputs['private-key'] = result.privateKeyPem;
                outputs['private-key-file'] = await writePrivateKeyFile(path, result.privateKeyPem, config.writeRoots);
                if (config.pkcs12 && result.pkcs12Bundle) {
                    const bundle = config.pkcs12.file;
                    // The action's own place: beside its key file when it chose that place too, else a new folder.
                    const bundlePath = bundle.kind === 'given'
                        ? bundle.path
                        : target.kind === 'runner-temp'
                            ? (0,external_node_path_.join)((0,external_node_path_.dirname)(path), PKCS12_FILE_NAME)
                            : await newKeyFilePath(bundle.runnerTemp, PKCS12_FILE_NAME);
                    if (bundle.kind === 'runner-temp')
                        saveState(PKCS12_FILE_STATE, bundlePath);
                    outputs['pkcs12-file'] = await writePkcs12File(bundlePath, result.pkcs12Bundle, config.writeRoots);
                }
            }
        }
    }
    catch (error) {
        throw new FileWriteError(config, result, error);
    }
    if (hostnames)
        Object.assign(outputs, hostnames.outputs);
    if (result.waf)
        Object.assign(outputs, wafRuleOutputs(result.waf));
    const verb = { create: result.reused ? 'Reused' : 'Issued', get: 'Fetched', revoke: 'Revoked', reactivate: 'Reactivated', list: '' }[config.command];
    log.info(`${verb} client certificate ${certificate.id} (${certificate.commonName}): ${certificate.status}, expires ${certificate.expiresOn} ` +
        `(${certificate.daysRemaining} days), SHA-256 ${certificate.fingerprint}${outputs['certificate-file'] ? `, written to ${outputs['certificate-file']}` : ''}`);
    return { outputs, warnings };
}
/** A file could not be written after the API acted: says which certificate exists now and what to do with it. */
class FileWriteError extends errors/* ActionError */.l {
    name = 'FileWriteError';
    constructor(config, result, cause) {
        const { id } = result.certificate;
        const after = config.command !== 'create'
            ? ''
            : result.reused
                ? ` Certificate ${id} was reused and is unchanged.`
                : ` Certificate ${id} was issued all the same and counts against the zone's quota: revoke it (command: revoke, certificate-id: ${id}) unless you will use it.`;
        // What else the step did or found before the write failed: none of it may go unsaid.
        const added = result.hostnames?.added ?? [];
        const enabled = added.length > 0 ? ` This step enabled mTLS on ${added.join(', ')} before the write failed; that stays.` : '';
        const also = result.hostnames?.failure ? ` Also: ${result.hostnames.failure}` : '';
        const waf = result.waf;
        const rule = waf === undefined || waf.change === 'none'
            ? ''
            : ` This step ${waf.change === 'widened' ? 'widened' : waf.change === 'restored' ? 'restored' : 'added'} the WAF custom rule that blocks requests without a valid client certificate${waf.ruleId ? ` (${waf.ruleId})` : ''}; that stays.`;
        const ruleAlso = waf?.failure ? ` Also: ${waf.failure}` : '';
        super(`Could not write a file: ${cause.message}.${after}${enabled}${also}${rule}${ruleAlso}`, { cause });
    }
}
async function publishList(config, result, { log }) {
    const { outputs, warnings: outputWarnings } = listOutputs(result);
    const hostnames = result.hostnames ? hostnameOutputs(result.hostnames, config.command) : undefined;
    if (hostnames)
        Object.assign(outputs, hostnames.outputs);
    if (result.waf)
        Object.assign(outputs, wafRuleOutputs(result.waf));
    const warnings = [...outputWarnings, ...(hostnames?.warnings ?? []), ...(result.hostnames?.warnings ?? []), ...(result.waf?.warnings ?? [])];
    for (const note of result.waf?.notes ?? [])
        log.info(note);
    for (const certificate of result.certificates)
        for (const warning of certificate.warnings)
            log.warning(warning);
    for (const warning of warnings)
        log.warning(warning);
    for (const certificate of result.expiring) {
        log.warning(`Client certificate ${certificate.id} (${certificate.commonName}) expires on ${certificate.expiresOn}: ${certificate.daysRemaining} days left`);
    }
    log.info(`Zone ${config.zoneId}: ${result.certificates.length} client certificates, ${result.expiring.length} expiring soon (${result.requests} request${result.requests === 1 ? '' : 's'})`);
    for (const warning of result.warnings)
        log.warning(warning);
    return { outputs, warnings: [...result.warnings, ...result.certificates.flatMap(c => c.warnings), ...warnings] };
}
/**
 * The one writer of files (src/file-writer.ts), from a chunk of its own: a step that writes no file, a
 * get without certificate-file say, never compiles it (src/lazy.ts).
 */
async function writeFile(...args) {
    const { writeFileSafely } = await __webpack_require__.e(/* import() | file-writer */ 231).then(__webpack_require__.bind(__webpack_require__, 4741));
    return writeFileSafely(...args);
}
/** Writes a PKCS#12 bundle (it holds the private key): readable by its owner only, like the key file. */
async function writePkcs12File(path, bundle, roots) {
    return writeFile(path, bundle, 0o600, { roots, folderMode: 0o700 });
}
/** Writes the certificate PEM (public, so readable by all), creating parent folders. */
async function writeCertificateFile(path, pem, roots) {
    return writeFile(path, pem, 0o644, { roots });
}
/** Writes a private key readable by its owner only; folders it creates are private too. */
async function writePrivateKeyFile(path, pem, roots) {
    return writeFile(path, pem, 0o600, { roots, folderMode: 0o700 });
}
/**
 * A check of every zone of an account: its outputs, the warnings and the log lines, the account's
 * tracking issue and its summary. The failures (expiring certificates, zones that failed, a stop) are
 * printed by main.ts after the outputs are set, as a zone's are.
 */
async function publishInventory(config, result, context) {
    const { log } = context;
    const { outputs, warnings: outputWarnings } = inventoryOutputs(result);
    for (const certificate of result.certificates)
        for (const warning of certificate.warnings)
            log.warning(warning);
    for (const warning of outputWarnings)
        log.warning(warning);
    for (const certificate of result.expiring) {
        log.warning(`Client certificate ${certificate.id} (${certificate.commonName}) of zone ${certificate.zone.name} (${certificate.zone.id}) expires on ${certificate.expiresOn}: ${certificate.daysRemaining} days left`);
    }
    const notChecked = result.zonesFailed.length + result.zonesNotChecked.length;
    log.info(`Account ${result.accountId}: ${result.zones.length} zones, ${result.zonesChecked.length} checked, ${result.zonesSkipped.length} skipped, ${notChecked} not checked; ` +
        `${result.certificates.length} client certificates, ${result.expiring.length} expiring soon (${result.requests} requests of a budget of ${result.budget}, at most ${result.rate.maxInFlight} at once)`);
    for (const warning of result.warnings)
        log.warning(warning);
    const warnings = [...result.warnings, ...result.certificates.flatMap(c => c.warnings), ...outputWarnings];
    let trackingIssue;
    if (config.trackingIssue) {
        // Loaded only for a check with github-token, as for a zone's.
        const { trackAccountIssue } = await __webpack_require__.e(/* import() */ 788).then(__webpack_require__.bind(__webpack_require__, 788));
        trackingIssue = await trackAccountIssue(config.trackingIssue, result, context);
        outputs['issue-number'] = trackingIssue ? String(trackingIssue.number) : '';
    }
    if (!config.jobSummary)
        return { outputs, summary: undefined };
    return { outputs, summary: inventorySummary({ command: config.command, zoneId: undefined, accountId: result.accountId, trackingIssue }, result, warnings) };
}

;// CONCATENATED MODULE: ./src/lazy.ts
/**
 * The second stage: what main.ts loads only once the inputs are valid, behind one dynamic import: the
 * dispatcher of the commands with the API client, the proxy set-up (node:http through the bundler's
 * require), the get command and the certificate checks, and the publishing of a result (outputs, the
 * result's summary). A bad input is refused without compiling any of it.
 *
 * Every other part is a chunk of its own, loaded only by the run that needs it, so that a get, the
 * commonest scheduled step, compiles nothing it does not run (docs/performance.md):
 * - "create", "change-status", "list" (a zone's and an account's), "hostnames" (the mTLS hostnames and
 *   the WAF rule): imported by commands/index.ts for their command or input;
 * - "csr", "hostnames-input", "file-writer": the heavier input checks, imported by config/ only when
 *   their input is given, and by any other module that loads them dynamically under the same chunk name
 *   (keygen.ts the CSR check, publish.ts the file writer), so that they are one file of dist/;
 * - "hints": what to check after Cloudflare refused a call, imported by main.ts only then.
 * keygen, pkcs12 and the tracking issue (with Octokit) are chunks of their own too, named by webpack.
 * The "hostnames" chunk imports the hints and the hostnames reader statically, so it carries a copy of
 * each, and poll.ts is in each chunk that polls (create, change-status, hostnames): webpack installs a
 * module once, whichever chunk brings it, so the copies cost 16 KiB of download, not run time.
 */




/***/ }),

/***/ 3989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ ResponseTooLargeError),
/* harmony export */   h: () => (/* binding */ readCappedText)
/* harmony export */ });
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(351);

/** An answer larger than the action accepts; nothing of it was parsed. */
class ResponseTooLargeError extends Error {
    name = 'ResponseTooLargeError';
    limitBytes;
    constructor(limitBytes) {
        super(`the answer is larger than ${formatBytes(limitBytes)}, the most this action reads from an API (a real answer is far smaller)`);
        this.limitBytes = limitBytes;
    }
}
/**
 * The one way the action reads a response body, from Cloudflare's API and GitHub's alike: counted while
 * it streams and abandoned as soon as it passes the cap, so a huge or endless answer costs at most the
 * cap in memory. A declared content-length over the cap fails before anything is read.
 */
async function readCappedText(response, limitBytes = _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_RESPONSE_BYTES */ .nB) {
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > limitBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new ResponseTooLargeError(limitBytes);
    }
    if (response.body === null)
        return '';
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let received = 0;
    let text = '';
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        received += value.byteLength;
        if (received > limitBytes) {
            await reader.cancel().catch(() => undefined);
            throw new ResponseTooLargeError(limitBytes);
        }
        text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
}
function formatBytes(bytes) {
    return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}


/***/ }),

/***/ 6972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/** Waits ms, or rejects as soon as the signal aborts (the deadline passed, or the step was cancelled). */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        signal.addEventListener('abort', onAbort, { once: true });
    });
}


/***/ })

};
;