"use strict";
exports.id = 806;
exports.ids = [806];
exports.modules = {

/***/ 6467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changeStatus: () => (/* binding */ changeStatus)
/* harmony export */ });
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6852);
/* harmony import */ var _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7640);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9810);



const TRANSITIONS = {
    revoke: { pending: 'pending_revocation', settled: 'revoked' },
    reactivate: { pending: 'pending_reactivation', settled: 'active' },
};
/** Cloudflare's code for a revoke of a certificate that is already revoked ("already deleted"), on the live API. */
const ALREADY_REVOKED = 1407;
/**
 * Revokes (DELETE) or reactivates (PATCH) a certificate. Cloudflare moves it through a pending status,
 * which can last well past a minute; with wait, the details are polled with backoff until it settles,
 * within the step's deadline.
 *
 * A revoke of a certificate that is already revoked (or on its way there) is a success, so that a
 * rotation workflow can be run again: the live API answers it with code 1407, and the certificate's own
 * details then say where it stands.
 */
async function changeStatus(config, context) {
    const { client, certificates, log } = context;
    const { pending, settled } = TRANSITIONS[config.command];
    const notices = [];
    let certificate;
    if (config.command === 'revoke') {
        try {
            certificate = (0,_certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyCertificate */ .Xq)(await certificates.revoke(config.zoneId, config.certificateId), { id: config.certificateId });
            log.info(`Revoked certificate ${certificate.id}: now ${certificate.status}`);
        }
        catch (error) {
            if (!(error instanceof _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CloudflareApiError */ .kx && error.hasCode(ALREADY_REVOKED)))
                throw error;
            certificate = (0,_certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyCertificate */ .Xq)(await certificates.get(config.zoneId, config.certificateId), { id: config.certificateId });
            if (certificate.status !== pending && certificate.status !== settled)
                throw error;
            // An earlier run, or an earlier attempt of this step's own request (its answer lost, then retried),
            // may have revoked it: either way it is done, and the certificate's details say how far.
            const where = certificate.status === settled ? 'revoked' : 'being revoked (pending_revocation)';
            notices.push(`Certificate ${certificate.id} is already ${where}: nothing more to do (${error.message})`);
        }
    }
    else {
        certificate = (0,_certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyCertificate */ .Xq)(await certificates.reactivate(config.zoneId, config.certificateId), { id: config.certificateId });
        log.info(`Reactivated certificate ${certificate.id}: now ${certificate.status}`);
    }
    const failures = [];
    if (certificate.status !== pending && certificate.status !== settled) {
        failures.push(`Cloudflare reports certificate ${certificate.id} as ${certificate.status} after ${config.command}, not ${pending} or ${settled}`);
    }
    else if (config.wait) {
        const waited = await waitUntilSettled(config, context, certificate, pending);
        certificate = waited.certificate;
        if (certificate.status !== settled) {
            failures.push(`certificate ${certificate.id} is still ${certificate.status} after ${Math.round(waited.ms / 1000)} s of waiting; it will become ${settled} on its own ` +
                `(revocation can take a few minutes): run a get step later, or give wait a larger timeout-seconds (${longerWait(config)})`);
        }
    }
    return { kind: 'certificate', certificate, failures, notices, requests: client.requestCount };
}
async function waitUntilSettled(config, context, first, pending) {
    const { certificates, deadline, log } = context;
    const started = Date.now();
    let certificate = first;
    // Keeps time for the last look: stops when the next wait would use up the deadline.
    for (const delay of (0,_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .pollDelays */ .K)(deadline)) {
        if (certificate.status !== pending)
            break;
        log.info(`Certificate ${certificate.id} is ${certificate.status}; looking again in ${(delay / 1000).toFixed(1)} s`);
        await (0,_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .pause */ .v)(delay, context);
        certificate = (0,_certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyCertificate */ .Xq)(await certificates.get(config.zoneId, config.certificateId), { id: config.certificateId });
    }
    return { certificate, ms: Date.now() - started };
}
/** A timeout-seconds worth advising for wait: 300 (revocation can take minutes), or twice what was given. */
function longerWait(config) {
    return Math.max(300, Math.ceil((2 * config.timeoutMs) / 1000));
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