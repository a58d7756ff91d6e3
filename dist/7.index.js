"use strict";
exports.id = 7;
exports.ids = [7,67,468];
exports.modules = {

/***/ 9480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ RulesetsClient)
/* harmony export */ });
/* unused harmony export readRuleset */
/* harmony import */ var _identifier_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8360);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(351);
/* harmony import */ var _envelope_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2287);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7640);




/** The phase that holds a zone's WAF custom rules. */
const CUSTOM_RULES_PHASE = 'http_request_firewall_custom';
/** The name Cloudflare's dashboard gives a zone's phase entrypoint; used when this action creates one. */
const ENTRYPOINT_NAME = 'default';
/** The longest ref, name, action, version or timestamp read from an answer. */
const MAX_SHORT_FIELD = 1024;
/** Versions are decimal numbers written as strings (the schema's pattern). */
const VERSION = /^[0-9]{1,20}$/;
/** Actions are lowercase words with underscores (block, skip, managed_challenge, …). */
const ACTION = /^[a-z_]{1,64}$/;
/**
 * A zone's WAF custom rules: the entrypoint ruleset of the phase http_request_firewall_custom, and one rule
 * at a time in it. `PUT …/entrypoint` (which replaces every rule of the phase) is deliberately not here.
 *
 * Writes are one attempt each, never repeated by the HTTP layer: a POST of a rule is not idempotent (a
 * repeat adds a second copy), and a PATCH is rebuilt from a fresh read before it is sent again. Every
 * answer is checked before use (readRuleset).
 */
class RulesetsClient {
    #client;
    constructor(client) {
        this.#client = client;
    }
    /** The zone's custom-rules entrypoint, or undefined when the zone has none yet (Cloudflare answers 404). */
    async entrypoint(zoneId) {
        try {
            return readRuleset(await this.#client.call('GET', ['zones', zoneId, 'rulesets', 'phases', CUSTOM_RULES_PHASE, 'entrypoint']));
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CloudflareApiError */ .kx && error.response.status === 404)
                return undefined;
            throw error;
        }
    }
    /** A ruleset by id. */
    async ruleset(zoneId, rulesetId) {
        return readRuleset(await this.#client.call('GET', ['zones', zoneId, 'rulesets', rulesetId]));
    }
    /** Creates the zone's custom-rules entrypoint holding these rules: `POST /zones/{zone_id}/rulesets`. */
    async createEntrypoint(zoneId, rules, attempt) {
        const body = { name: ENTRYPOINT_NAME, kind: 'zone', phase: CUSTOM_RULES_PHASE, rules };
        return written(await this.#client.attemptOnce('POST', ['zones', zoneId, 'rulesets'], { body }, attempt));
    }
    /** Appends a rule (last) to a ruleset: `POST …/rulesets/{ruleset_id}/rules`. The answer is the whole ruleset. */
    async addRule(zoneId, rulesetId, rule, attempt) {
        return written(await this.#client.attemptOnce('POST', ['zones', zoneId, 'rulesets', rulesetId, 'rules'], { body: rule }, attempt));
    }
    /** Changes one rule, leaving the others alone: `PATCH …/rulesets/{ruleset_id}/rules/{rule_id}`. The answer is the whole ruleset. */
    async updateRule(zoneId, rulesetId, ruleId, rule, attempt) {
        return written(await this.#client.attemptOnce('PATCH', ['zones', zoneId, 'rulesets', rulesetId, 'rules', ruleId], { body: rule }, attempt));
    }
}
/** A write's envelope read as a ruleset; an answer that is not one is a failure that may have been applied (a 2xx). */
function written(outcome) {
    if (!outcome.ok)
        return outcome;
    try {
        return { ok: true, ruleset: readRuleset(outcome.envelope) };
    }
    catch (error) {
        return { ok: false, error: error, retry: undefined };
    }
}
/**
 * The ruleset in an answer, checked before anything relies on it: `result` an object with a 32-hex `id`, a
 * `version` of digits, and `rules` an array (absent or null is no rules: an append never replaces
 * anything, so reading too few rules can never remove one) of at most MAX_RULESET_RULES, each with a
 * 32-hex `id`, a non-empty `expression` and an `action` that are strings, `enabled` true or false, and a
 * `ref` and `description` that are strings when present; every string bounded. Errors name the field and
 * the rule's position, never a value.
 */
function readRuleset(envelope) {
    const refuse = (detail) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UnexpectedResponseError */ .dk(`with a ruleset ${detail}`, envelope.response);
    const { result } = envelope;
    if (!(0,_envelope_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(result))
        throw refuse('whose "result" is not an object');
    const id = (0,_identifier_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalId */ .iS)('ruleset', result.id);
    if (id === undefined)
        throw refuse('whose "id" is not 32 hexadecimal characters');
    if (typeof result.version !== 'string' || !VERSION.test(result.version))
        throw refuse('whose "version" is not a string of digits');
    for (const field of ['name', 'description', 'kind', 'phase', 'last_updated']) {
        const value = result[field];
        if (value !== undefined && value !== null && (typeof value !== 'string' || value.length > _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_READ_DESCRIPTION */ .$g)) {
            throw refuse(`whose "${field}" is not a string of at most ${_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_READ_DESCRIPTION */ .$g} characters`);
        }
    }
    const rules = result.rules ?? [];
    if (!Array.isArray(rules))
        throw refuse('whose "rules" is not an array');
    if (rules.length > _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RULESET_RULES */ .cx)
        throw refuse(`of ${rules.length} rules, more than the ${_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RULESET_RULES */ .cx} this action reads`);
    return {
        id,
        version: result.version,
        lastUpdated: typeof result.last_updated === 'string' ? result.last_updated : undefined,
        rules: rules.map((rule, index) => readRule(rule, index + 1, refuse)),
    };
}
function readRule(value, position, refuse) {
    const bad = (detail) => refuse(`whose rule ${position} ${detail}`);
    if (!(0,_envelope_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(value))
        throw bad('is not an object');
    const id = (0,_identifier_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalId */ .iS)('rule', value.id);
    if (id === undefined)
        throw bad('has an "id" that is not 32 hexadecimal characters');
    const { expression, action, enabled, ref, description, version } = value;
    if (typeof expression !== 'string' || expression.length === 0 || expression.length > _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_READ_EXPRESSION */ .Zi) {
        throw bad(`has an "expression" that is not a string of 1 to ${_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_READ_EXPRESSION */ .Zi} characters`);
    }
    if (typeof action !== 'string' || !ACTION.test(action))
        throw bad('has an "action" that is not a lowercase word');
    if (typeof enabled !== 'boolean')
        throw bad('has an "enabled" that is not true or false');
    if (ref !== undefined && (typeof ref !== 'string' || ref.length === 0 || ref.length > MAX_SHORT_FIELD)) {
        throw bad(`has a "ref" that is not a string of 1 to ${MAX_SHORT_FIELD} characters`);
    }
    if (description !== undefined && (typeof description !== 'string' || description.length > _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_READ_DESCRIPTION */ .$g)) {
        throw bad(`has a "description" that is not a string of at most ${_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_READ_DESCRIPTION */ .$g} characters`);
    }
    if (version !== undefined && (typeof version !== 'string' || !VERSION.test(version)))
        throw bad('has a "version" that is not a string of digits');
    const lastUpdated = value.last_updated;
    if (lastUpdated !== undefined && (typeof lastUpdated !== 'string' || lastUpdated.length > MAX_SHORT_FIELD)) {
        throw bad('has a "last_updated" that is not a string');
    }
    return {
        id,
        ref,
        action,
        expression,
        description: description ?? '',
        enabled,
        version,
        lastUpdated,
    };
}


/***/ }),

/***/ 8977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkHostnames: () => (/* binding */ checkHostnames),
  ensureHostnames: () => (/* binding */ ensureHostnames),
  list: () => (/* binding */ list),
  whatNow: () => (/* binding */ whatNow)
});

// EXTERNAL MODULE: ./src/cloudflare/errors.ts
var errors = __webpack_require__(7640);
// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(351);
// EXTERNAL MODULE: ./src/cloudflare/envelope.ts
var cloudflare_envelope = __webpack_require__(2287);
;// CONCATENATED MODULE: ./src/cloudflare/hostname-associations.ts



/** The longest name DNS allows; a longer entry in an answer is not a hostname. */
const MAX_LISTED_HOSTNAME = 253;
/**
 * The zone's mTLS hostnames: `GET`/`PUT /zones/{zone_id}/certificate_authorities/hostname_associations`.
 * Without an mTLS certificate id the list is the one of the account's Cloudflare Managed CA; with one, the
 * list of that uploaded CA. A PUT replaces the whole list, so a caller must read it first and send back
 * every name it does not mean to remove; and since a read may lag a write (the live API is eventually
 * consistent), a write is never resent as it was: the caller rebuilds it from a fresh read.
 */
class HostnameAssociationsClient {
    #client;
    constructor(client) {
        this.#client = client;
    }
    /** The hostnames that have mTLS enabled with the CA, as the API lists them. */
    async get(zoneId, mtlsCertificateId) {
        const query = mtlsCertificateId === undefined ? undefined : { mtls_certificate_id: mtlsCertificateId };
        return readHostnames(await this.#client.call('GET', path(zoneId), query ? { query } : {}));
    }
    /**
     * Replaces the list with these hostnames, in one attempt that the HTTP layer never repeats (a retry would
     * resend a list that may be stale by then). Only the envelope of the answer is checked: what the list is
     * now is for the reads that follow to say (the schema's answer may leave the list out).
     */
    async replace(zoneId, hostnames, mtlsCertificateId, attempt) {
        const body = mtlsCertificateId === undefined ? { hostnames } : { hostnames, mtls_certificate_id: mtlsCertificateId };
        return this.#client.attemptOnce('PUT', path(zoneId), { body }, attempt);
    }
}
function path(zoneId) {
    return ['zones', zoneId, 'certificate_authorities', 'hostname_associations'];
}
/**
 * The list in an answer, checked before anything relies on it: `result` must be an object whose
 * `hostnames`, when there, is an array of strings, each no longer than a DNS name, and no more than
 * MAX_ASSOCIATED_HOSTNAMES. A `hostnames` that is absent or null (the live API's answer for a zone with
 * none) in a result that holds nothing else is an empty list. Values are never echoed.
 */
function readHostnames(envelope) {
    const refuse = (detail) => new errors/* UnexpectedResponseError */.dk(`with a hostname association list ${detail}`, envelope.response);
    const { result } = envelope;
    if (!(0,cloudflare_envelope/* isRecord */.u)(result))
        throw refuse('whose "result" is not an object');
    const { hostnames } = result;
    let names;
    if (hostnames === undefined || hostnames === null) {
        // Only a result that says nothing else is an empty list: an answer with other fields and no list
        // (a renamed field, say) would make the next write remove every hostname the zone protects.
        if (!Object.keys(result).every(key => key === 'hostnames' || key === 'mtls_certificate_id'))
            throw refuse('with fields but no "hostnames" list');
        names = [];
    }
    else {
        if (!Array.isArray(hostnames))
            throw refuse('whose "hostnames" is not an array');
        if (hostnames.length > limits/* MAX_ASSOCIATED_HOSTNAMES */.R4)
            throw refuse(`of ${hostnames.length} hostnames, more than the ${limits/* MAX_ASSOCIATED_HOSTNAMES */.R4} this action reads`);
        hostnames.forEach((name, index) => {
            if (typeof name !== 'string')
                throw refuse(`whose entry ${index + 1} is not a string`);
            if (name.length === 0 || name.length > MAX_LISTED_HOSTNAME)
                throw refuse(`whose entry ${index + 1} is ${name.length} characters long, not a hostname`);
        });
        names = [...hostnames];
    }
    // The schema sends no paging for this list; an answer that says it holds part of a longer one is believed.
    const total = envelope.resultInfo?.total_count;
    const complete = !(typeof total === 'number' && Number.isFinite(total) && total > names.length);
    return { names, complete };
}

// EXTERNAL MODULE: ./src/hints.ts
var hints = __webpack_require__(9957);
// EXTERNAL MODULE: ./src/hostname-key.ts
var hostname_key = __webpack_require__(5020);
// EXTERNAL MODULE: ./src/poll.ts
var poll = __webpack_require__(9810);
;// CONCATENATED MODULE: ./src/commands/hostnames.ts






/** Where the dashboard keeps the list, for every message that asks a person to look. */
const DASHBOARD = 'dashboard: SSL/TLS > Client Certificates > Hosts';
/**
 * On create: makes sure every hostname has mTLS enabled with the CA. The API replaces the whole list on
 * every write, so the list is read first and written back with only the missing names added: a name
 * someone else associated is never dropped, and nothing is written when nothing is missing (one GET).
 *
 * The live API is eventually consistent: a write shows in reads only after a while (live tests wait up
 * to about 75 s). So a write that Cloudflare accepted is confirmed by reads that keep coming, with
 * backoff, until the deadline: a read that still shows the list as it was before the write means "not
 * visible yet"; only a read showing a different list (names added or removed by someone else) is another
 * writer. A write without a clean answer (409, 429, 5xx, no answer) is never resent as it was: the list
 * is read again, and the next write (bounded by max-retries) is rebuilt from that read, so that a name
 * another job added meanwhile is kept.
 *
 * A failure here comes after the certificate was issued or reused: it is returned as a failure (the
 * step fails after setting the certificate's outputs), with the certificate's id and what to do.
 */
async function ensureHostnames(config, hostnames, certificate, context) {
    const { names, mtlsCertificateId } = hostnames;
    const { deadline, log } = context;
    sayConversions(hostnames, context);
    if (mtlsCertificateId !== undefined) {
        log.warning(`mtls-certificate-id is set: the hostnames will ask for certificates of that uploaded CA, not of the Cloudflare Managed CA that issued certificate ${certificate.id}. Leave it empty if clients are to use this certificate there`);
    }
    const associations = new HostnameAssociationsClient(context.client);
    const issued = whatNow(config, certificate);
    // Every name any read showed, so that one that is gone at the end is said, whoever removed it.
    const seen = new Map();
    const read = async () => {
        const list = await associations.get(config.zoneId, mtlsCertificateId);
        for (const name of list.names)
            if (!seen.has((0,hostname_key/* hostnameKey */.D)(name)))
                seen.set((0,hostname_key/* hostnameKey */.D)(name), name);
        return list;
    };
    /** The report once a read showed the list: who has mTLS, what this step added, what is gone. */
    const report = (after, toAdd, failure, warnings = []) => {
        const keys = new Set(after.names.map(hostname_key/* hostnameKey */.D));
        const dropped = [...seen].filter(([key]) => !keys.has(key) && !names.includes(key)).map(([, name]) => name);
        if (dropped.length > 0) {
            warnings.unshift(`${list(dropped)} had mTLS enabled before this step's write and no longer ${dropped.length === 1 ? 'has' : 'have'}: another job or person changed the zone's mTLS hostname list at the same time. Check the list in the ${DASHBOARD}`);
        }
        const missing = names.filter(name => !keys.has(name));
        return { requested: names, mtlsCertificateId, associated: after.names, added: toAdd.filter(name => keys.has(name)), missing, warnings, failure };
    };
    const unknown = (failure) => ({
        requested: names,
        mtlsCertificateId,
        associated: undefined,
        added: [],
        missing: [],
        warnings: [],
        failure,
    });
    /** Reads the list after a write (or an attempt of one); when that fails, whether mTLS is on is unknown, and that is the report. */
    const readBack = async (writeFailed) => {
        try {
            return await read();
        }
        catch (error) {
            const what = writeFailed ? `${writeFailed} Then` : 'The list was written, but';
            return unknown(`${what} reading it back failed, so the step cannot tell whether mTLS is on: ${failedTo('read', error, config)} ${issued}`);
        }
    };
    let current;
    try {
        current = await read();
    }
    catch (error) {
        return unknown(`${failedTo('read', error, config)} ${issued}`);
    }
    if (missingFrom(current, names).length === 0) {
        log.info(`mTLS is already enabled on ${list(names)}: nothing to change (${current.names.length} hostname${current.names.length === 1 ? '' : 's'} in all)`);
        return report(current, [], undefined);
    }
    for (let round = 1;; round++) {
        const toAdd = missingFrom(current, names);
        if (!current.complete) {
            return report(current, toAdd, `mTLS is not enabled on ${list(toAdd)}: Cloudflare answered only part of the zone's mTLS hostname list (${current.names.length} names and a larger total), and every write replaces the whole list, so nothing was written. ${issued}`);
        }
        if (current.names.length + toAdd.length > limits/* MAX_ASSOCIATED_HOSTNAMES */.R4) {
            return report(current, toAdd, `mTLS is not enabled on ${list(toAdd)}: the zone's mTLS hostname list has ${current.names.length} names, and with ${toAdd.length} more it would pass the ${limits/* MAX_ASSOCIATED_HOSTNAMES */.R4} this action can read back, so nothing was written. ${issued}`);
        }
        log.info(round === 1
            ? `Enabling mTLS on ${list(toAdd)} (${current.names.length} hostname${current.names.length === 1 ? '' : 's'} already on the list, kept)`
            : `Writing the list again, rebuilt from the list as just read (${current.names.length} hostnames on it), to enable mTLS on ${list(toAdd)} (attempt ${round})`);
        const written = await associations.replace(config.zoneId, [...current.names, ...toAdd], mtlsCertificateId, round);
        if (written.ok) {
            const settled = await settle(current);
            if (!isSettled(settled))
                return settled;
            if (settled.kind === 'visible')
                return confirmed(settled, toAdd);
            if (settled.kind === 'changed') {
                return report(settled.list, toAdd, `mTLS is not enabled on ${list(settled.missing)}: this step wrote ${them(settled.missing)} to the zone's mTLS hostname list, but reads after the write show a different list without ${them(settled.missing)}. ` +
                    `${REPLACED} ${issued}`);
            }
            return report(settled.list, toAdd, `mTLS on ${list(settled.missing)} is written but not visible yet: Cloudflare accepted the write, and ${settled.over} still show the list as it was before it. ` +
                'Cloudflare applies these writes with a delay (over a minute has been seen), so it is most likely applied: check later with a get or list step with hostnames, ' +
                `or in the ${DASHBOARD}; to wait longer in this step, give timeout-seconds: ${longerTimeout(config)}. ${issued}`);
        }
        // No clean answer. The next write, if any, is rebuilt from a fresh read: never the body this one had.
        const writeFailed = failedTo('write', written.error, config);
        const again = written.retry !== undefined && round <= config.maxRetries && written.retry.waitMs + 1000 < deadline.remainingMs();
        if ((0,errors/* mayHaveBeenApplied */.Ho)(written.error)) {
            // It may have been applied, and reads lag writes: a read that still shows the list as it was proves
            // nothing, and writing that list again could remove a name another job added after our write. So
            // reads come first, until ours shows (done), the list changes (rebuild from it), or, when another
            // attempt is allowed, half the time left has passed (then the list as read is taken as it is).
            const settled = await settle(current, again ? deadline.remainingMs() / 2 : undefined, writeFailed);
            if (!isSettled(settled))
                return settled;
            if (settled.kind === 'visible')
                return confirmed(settled, toAdd, [`${writeFailed} The list read back has every hostname all the same: an attempt of the write was applied`]);
            if (!again) {
                const changes = settled.kind === 'changed' ? ', and shows other changes' : ` (${settled.over})`;
                const later = settled.kind === 'changed'
                    ? ` ${REPLACED}`
                    : ` If an attempt of the write was applied, Cloudflare may still show it later (its reads lag writes): check later with a get step with hostnames, or in the ${DASHBOARD}.`;
                return report(settled.list, toAdd, `mTLS is not enabled on ${list(settled.missing)}: ${writeFailed} The list read back does not have ${them(settled.missing)}${changes}.${later} ${issued}`);
            }
            current = settled.list;
            continue;
        }
        // Cloudflare refused it (a 4xx, a 409 or a 429, or a connection that never got through): nothing was
        // written, and the list as read now is the one to rebuild from (after the wait Cloudflare asks for).
        if (again) {
            log.info(`${writeFailed} Reading the list again in ${((written.retry?.waitMs ?? 0) / 1000).toFixed(1)} s, to rebuild the write from it`);
            await (0,poll/* pause */.v)(written.retry?.waitMs ?? 0, context);
        }
        const after = await readBack(writeFailed);
        if (!isList(after))
            return after;
        const missing = missingFrom(after, names);
        if (missing.length === 0) {
            log.info(`mTLS is now enabled on ${list(toAdd)}: confirmed by reading the list back`);
            return report(after, toAdd, undefined, [`${writeFailed} The list read back has every hostname all the same`]);
        }
        if (!again)
            return report(after, toAdd, `mTLS is not enabled on ${list(missing)}: ${writeFailed} The list read back does not have ${them(missing)}. ${issued}`);
        current = after;
    }
    /** The report when reads show every hostname. */
    function confirmed(settled, toAdd, warnings = []) {
        log.info(`mTLS is now enabled on ${list(toAdd)}: confirmed by reading the list back${settled.reads > 1 ? ` (read ${settled.reads})` : ''}`);
        return report(settled.list, toAdd, undefined, warnings);
    }
    /**
     * After a write (accepted, or that may have been applied): reads with backoff, within budgetMs (all the
     * time left by default), until every hostname shows ("visible"), or the list settles on another list
     * without them ("changed": two reads in a row agree on a list that is not the one before the write;
     * one such read alone proves nothing, as reads lag: it may show another writer's change from before our
     * write), or time runs out with the list as before ("unchanged", or "changed" when the last read was).
     */
    async function settle(before, budgetMs, writeFailed) {
        const started = Date.now();
        const delays = (0,poll/* pollDelays */.K)(deadline, budgetMs === undefined ? {} : { budgetMs });
        let previous;
        for (let reads = 1;; reads++) {
            const after = await readBack(writeFailed);
            if (!isList(after))
                return after;
            const missing = missingFrom(after, names);
            const over = () => `${reads} read${reads === 1 ? '' : 's'} over ${Math.round((Date.now() - started) / 1000)} s`;
            if (missing.length === 0)
                return { kind: 'visible', list: after, missing, reads, over: over() };
            const changed = !sameNames(after, before);
            if (changed && previous !== undefined && sameNames(after, previous))
                return { kind: 'changed', list: after, missing, reads, over: over() };
            const { value: delay, done } = delays.next();
            if (done)
                return { kind: changed ? 'changed' : 'unchanged', list: after, missing, reads, over: over() };
            log.info(changed
                ? `The list read back shows other changes and not this step's write (read ${reads}; Cloudflare's reads lag writes): reading again in ${(delay / 1000).toFixed(1)} s`
                : `The list does not show the write yet (read ${reads}; Cloudflare applies writes with a delay): reading again in ${(delay / 1000).toFixed(1)} s`);
            previous = after;
            await (0,poll/* pause */.v)(delay, context);
        }
    }
}
function isSettled(value) {
    return 'kind' in value;
}
/** Said whenever another writer's list replaced ours. */
const REPLACED = 'Another job or person replaced the list at the same time (every write replaces the whole list), or Cloudflare did not keep them. ' +
    "Make sure one job at a time manages this zone's mTLS hostnames.";
/** A timeout-seconds worth advising when reads did not show a write in time: 180, or twice what was given. */
function longerTimeout(config) {
    return Math.max(180, Math.ceil((2 * config.timeoutMs) / 1000));
}
/** The requested names a list does not have (compared as DNS does). */
function missingFrom(list, names) {
    const keys = new Set(list.names.map(hostname_key/* hostnameKey */.D));
    return names.filter(name => !keys.has(name));
}
function isList(value) {
    return 'complete' in value;
}
/** "it" or "them", for a sentence about names. */
function them(names) {
    return names.length === 1 ? 'it' : 'them';
}
function sameNames(a, b) {
    const keys = new Set(a.names.map(hostname_key/* hostnameKey */.D));
    const other = new Set(b.names.map(hostname_key/* hostnameKey */.D));
    return keys.size === other.size && [...keys].every(key => other.has(key));
}
const ENABLE_HOSTNAMES = { task: 'enable the hostnames', taskAgain: 'enable them', where: DASHBOARD };
/**
 * What the user can do about what a create step could not finish (the hostnames, the WAF rule after
 * them): the certificate stands either way. With a CSR, a re-run with reuse-existing changes nothing but
 * what is missing; with a key generated in the step, a re-run would issue another certificate and key, so
 * the dashboard is the way.
 */
function whatNow(config, certificate, remedy = ENABLE_HOSTNAMES) {
    const { task, taskAgain, where } = remedy;
    if (certificate.reused)
        return `Certificate ${certificate.id} was reused and is unchanged; its outputs are set. Run the step again, or ${task} in the ${where}.`;
    if (config.csr.kind === 'generate') {
        return (`Certificate ${certificate.id} was issued for the key generated in this step, and its outputs and key file are set: ${task} in the ${where}. ` +
            `Running the step again issues another certificate and key (then revoke ${certificate.id} if nothing uses it).`);
    }
    return `Certificate ${certificate.id} was issued and its outputs are set: run the step again with reuse-existing: true to ${task} without issuing another, or ${taskAgain} in the ${where}.`;
}
/** On get and list: checks (read only, one GET) that every hostname still has mTLS enabled. */
async function checkHostnames(config, hostnames, context) {
    const { names, mtlsCertificateId } = hostnames;
    sayConversions(hostnames, context);
    const base = { requested: names, mtlsCertificateId, added: [], warnings: [] };
    let listed;
    try {
        listed = await new HostnameAssociationsClient(context.client).get(config.zoneId, mtlsCertificateId);
    }
    catch (error) {
        // Not known to be missing: the check could not be made, which fails the step on its own.
        return { ...base, associated: undefined, missing: [], failure: `Could not check mTLS on the hostnames: ${failedTo('read', error, config)}` };
    }
    const associated = listed.names;
    const missing = missingFrom(listed, names);
    if (missing.length === 0) {
        context.log.info(`mTLS is enabled on ${list(names)}`);
        return { ...base, associated, missing, failure: undefined };
    }
    if (!listed.complete) {
        // A name not on part of the list may be on the rest: unknown, not missing.
        return {
            ...base,
            associated: undefined,
            missing: [],
            failure: `Could not check mTLS on ${list(missing)}: Cloudflare answered only part of the zone's mTLS hostname list (${associated.length} names and a larger total), without ${missing.length === 1 ? 'it' : 'them'}`,
        };
    }
    const failure = `mTLS is not enabled on ${list(missing)} (hostnames) in zone ${config.zoneId}: ${missing.length === 1 ? 'it is' : 'they are'} not on the zone's mTLS hostname list ` +
        `(removed, or never enabled), so requests there are not asked for a client certificate. Enable ${missing.length === 1 ? 'it' : 'them'} (a create step with hostnames, or the ${DASHBOARD})`;
    return { ...base, associated, missing, failure };
}
/** An API failure of the hostname list as one sentence: Cloudflare's code, message and status, and what to check. */
function failedTo(what, error, config) {
    if (!(error instanceof errors/* CloudflareApiError */.kx || error instanceof errors/* UnexpectedResponseError */.dk || error instanceof errors/* TransportError */.wX))
        throw error;
    const hint = error instanceof errors/* CloudflareApiError */.kx ? (0,hints.hintFor)(error, { ...config, about: what === 'read' ? 'hostnames-read' : 'hostnames-write' }) : undefined;
    const action = what === 'read' ? 'Reading' : 'Writing';
    return `${action} the zone's mTLS hostname list failed: ${error.message}${hint ? `: ${hint}` : ''}.`;
}
/** Internationalized names are sent as punycode, as Cloudflare lists them: said once, so the outputs are no surprise. */
function sayConversions(hostnames, context) {
    for (const [given, sent] of hostnames.converted)
        context.log.info(`Hostname ${given} is ${sent} in DNS (punycode): using ${sent}`);
}
/** A short list of names for a sentence; the log and the summary escape it. */
function list(names) {
    const shown = names.slice(0, 10).join(', ');
    return names.length > 10 ? `${shown} and ${names.length - 10} more` : shown;
}


/***/ }),

/***/ 6589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkRuleOnSchedule: () => (/* binding */ checkRuleOnSchedule)
/* harmony export */ });
/* unused harmony export checkWafRule */
/* harmony import */ var _cloudflare_rulesets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9480);
/* harmony import */ var _waf_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7535);
/* harmony import */ var _hostnames_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8977);
/* harmony import */ var _waf_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9759);




/**
 * On get and list with hostnames: reads the zone's custom rules once (read only). With requireRule
 * (block-without-certificate), fails unless this action's rule is there, enabled, block, in the form that
 * checks both cert_verified and cert_revoked, and covers every hostname. Always warns about other enabled
 * rules that check cert_verified without cert_revoked (revoked certificates pass them); with requireRule,
 * also about skip rules before ours that name a hostname. Without requireRule a read that fails is a note,
 * not a failure: the step asked for no WAF check.
 */
async function checkWafRule(target, requireRule, context) {
    const { zoneId, hostnames } = target;
    const kinds = requireRule ? _waf_report_js__WEBPACK_IMPORTED_MODULE_3__/* .BOTH_FINDINGS */ .JM : ['revoked-pass'];
    let ruleset;
    try {
        ruleset = await new _cloudflare_rulesets_js__WEBPACK_IMPORTED_MODULE_0__/* .RulesetsClient */ .R(context.client).entrypoint(zoneId);
    }
    catch (error) {
        const sentence = (0,_waf_report_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFailure */ .Ic)('read', error, target, 'waf-read', undefined);
        if (!requireRule) {
            return (0,_waf_report_js__WEBPACK_IMPORTED_MODULE_3__/* .report */ .z8)(target, undefined, {
                notes: [`The zone's WAF custom rules were not checked for rules that revoked certificates pass: ${sentence}`],
                kinds,
                required: false,
                read: false,
            });
        }
        return (0,_waf_report_js__WEBPACK_IMPORTED_MODULE_3__/* .report */ .z8)(target, undefined, {
            failure: `Could not check that mTLS is enforced on ${(0,_hostnames_js__WEBPACK_IMPORTED_MODULE_2__.list)(hostnames)}: ${sentence}`,
            kinds,
            required: true,
            read: false,
        });
    }
    if (!requireRule)
        return (0,_waf_report_js__WEBPACK_IMPORTED_MODULE_3__/* .report */ .z8)(target, ruleset, { kinds, required: false });
    const ours = ruleset === undefined ? [] : (0,_waf_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .findOurRules */ .r)(ruleset.rules);
    const fix = `run a create step with hostnames and block-without-certificate: true (it re-enables the rule and adds missing hostnames), or fix it in the ${_waf_report_js__WEBPACK_IMPORTED_MODULE_3__/* .DASHBOARD */ .$Q}`;
    let failure;
    if (ours.length === 0) {
        failure =
            `mTLS is not enforced on ${(0,_hostnames_js__WEBPACK_IMPORTED_MODULE_2__.list)(hostnames)} in zone ${zoneId}: the zone has no WAF custom rule of this action (ref ${_waf_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_REF */ .lW})${ruleset === undefined ? ', nor any custom rules' : ''}, ` +
                `so requests without a valid, unrevoked client certificate still reach the origin. To add it, ${fix}`;
    }
    else if (ours.length > 1) {
        failure = `mTLS on ${(0,_hostnames_js__WEBPACK_IMPORTED_MODULE_2__.list)(hostnames)} may not be enforced: ${(0,_waf_report_js__WEBPACK_IMPORTED_MODULE_3__/* .lowerFirst */ .oZ)((0,_waf_report_js__WEBPACK_IMPORTED_MODULE_3__/* .duplicates */ .XI)(ours.map(o => o.rule)))}`;
    }
    else if (ours[0] !== undefined) {
        const { rule } = ours[0];
        const judged = (0,_waf_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeRule */ .q1)(rule, hostnames);
        if (!judged.enforces) {
            const handEdited = judged.covered === undefined;
            failure =
                `mTLS is not enforced on ${(0,_hostnames_js__WEBPACK_IMPORTED_MODULE_2__.list)(judged.missing.length > 0 && !handEdited ? judged.missing : hostnames)} in zone ${zoneId}: the WAF custom rule of this action (${rule.id}) ` +
                    `${judged.problems.join('; ')}, so requests without a valid, unrevoked client certificate may still reach the origin. ` +
                    (handEdited
                        ? `Put the expression back in the form this action writes (${(0,_waf_report_js__WEBPACK_IMPORTED_MODULE_3__/* .expressionFor */ .UY)(hostnames)}, with every hostname it protects, sorted), or delete the rule so that a create step adds it anew`
                        : `To restore it, ${fix}`);
        }
        else
            context.log.info(`The WAF custom rule of this action blocks requests without a valid client certificate to ${(0,_hostnames_js__WEBPACK_IMPORTED_MODULE_2__.list)(hostnames)}`);
    }
    return (0,_waf_report_js__WEBPACK_IMPORTED_MODULE_3__/* .report */ .z8)(target, ruleset, { failure, kinds, required: true });
}
/**
 * On get and list with hostnames: with block-without-certificate, requires this action's rule; without
 * it, only looks for other rules that revoked certificates pass (checkWafRule).
 */
function checkRuleOnSchedule(config, hostnames, context) {
    return checkWafRule((0,_waf_report_js__WEBPACK_IMPORTED_MODULE_3__/* .targetOf */ .$r)(config, hostnames), hostnames.blockWithoutCertificate, context);
}


/***/ }),

/***/ 9759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ DASHBOARD),
/* harmony export */   $r: () => (/* binding */ targetOf),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   JM: () => (/* binding */ BOTH_FINDINGS),
/* harmony export */   UY: () => (/* binding */ expressionFor),
/* harmony export */   XI: () => (/* binding */ duplicates),
/* harmony export */   oZ: () => (/* binding */ lowerFirst),
/* harmony export */   z8: () => (/* binding */ report)
/* harmony export */ });
/* harmony import */ var _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7640);
/* harmony import */ var _hints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9957);
/* harmony import */ var _waf_rule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7535);
/* harmony import */ var _hostnames_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8977);




// What writing the rule (waf.ts) and checking it (waf-check.ts) share: the target, the report built from
// a read of the zone's custom rules, and the sentences both say about the rules.
/** Where the dashboard keeps the rules, for every message that asks a person to look. */
const DASHBOARD = 'dashboard: Security > WAF > Custom rules';
/** The rule's target from the config: the zone, the hostnames input, and what a hint needs. */
function targetOf(config, hostnames) {
    return { zoneId: config.zoneId, hostnames: hostnames.names, hint: { command: config.command, credentials: config.credentials, apiUrl: config.apiUrl } };
}
/** The findings about other rules a step that requires this action's rule warns of (without it: only revoked-pass). */
const BOTH_FINDINGS = ['revoked-pass', 'skip-before'];
/** The report from the last read of the rules (undefined: none, or not read). */
function report(target, ruleset, parts) {
    const ours = ruleset === undefined ? [] : (0,_waf_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .findOurRules */ .r)(ruleset.rules);
    const found = ours.length === 1 ? ours[0] : undefined;
    const rule = found === undefined || ruleset === undefined
        ? undefined
        : {
            id: found.rule.id,
            expression: found.rule.expression,
            action: found.rule.action,
            enabled: found.rule.enabled,
            description: found.rule.description,
            hostnames: (0,_waf_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleHostnames */ .dt)(found.rule.expression),
            position: found.position,
            of: ruleset.rules.length,
        };
    const findings = (0,_waf_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .findWeakeningRules */ .ez)(ruleset?.rules ?? [], target.hostnames, found?.position).filter(f => parts.kinds.includes(f.kind));
    let unenforced;
    if (parts.read !== false && ours.length <= 1) {
        const judged = found === undefined ? undefined : (0,_waf_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .judgeRule */ .q1)(found.rule, target.hostnames);
        const wholeRule = judged === undefined || !found?.rule.enabled || found.rule.action !== 'block' || judged.covered === undefined;
        unenforced = wholeRule ? [...target.hostnames] : judged.missing;
    }
    return {
        requested: target.hostnames,
        ref: _waf_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .RULE_REF */ .lW,
        rulesetId: ruleset?.id,
        ruleId: rule?.id,
        rule,
        required: parts.required,
        change: parts.change ?? 'none',
        unenforced,
        added: parts.added ?? [],
        findings,
        warnings: [...(parts.warnings ?? []), ...findings.map(warningFor)],
        notes: parts.notes ?? [],
        failure: parts.failure,
    };
}
/** One warning per finding; the rule's description is outside data, shown as it is for the log and summary to escape. */
function warningFor(finding) {
    const name = finding.description === ''
        ? `${finding.ruleId} (rule ${finding.position}, no description)`
        : `"${finding.description}" (${finding.ruleId}, rule ${finding.position})`;
    if (finding.kind === 'revoked-pass') {
        return (`WAF custom rule ${name} checks cf.tls_client_auth.cert_verified but not cf.tls_client_auth.cert_revoked: a revoked client certificate still has cert_verified true, ` +
            `so revoked certificates pass this rule. Add "or cf.tls_client_auth.cert_revoked" where it blocks requests without a valid certificate (${DASHBOARD})`);
    }
    return (`WAF custom rule ${name} is enabled, skips, names ${(0,_hostnames_js__WEBPACK_IMPORTED_MODULE_3__.list)(finding.hostnames)} and comes before this action's rule: requests it matches skip the rules after it, ` +
        `so they are never checked for a client certificate. Make sure it cannot match requests without a valid certificate, or move this action's rule above it (${DASHBOARD})`);
}
function duplicates(rules) {
    return (`The zone's custom rules hold ${rules.length} rules with this action's ref ${_waf_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .RULE_REF */ .lW} (${rules.map(r => r.id).join(', ')}), where there should be one: ` +
        `this step changes none of them. Delete all but one (${DASHBOARD}), then run the step again.`);
}
/** Our expression for the hostnames, to show; a description of it when it is longer than Cloudflare takes. */
function expressionFor(hostnames) {
    const built = (0,_waf_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .buildRule */ .D3)(hostnames);
    return 'rule' in built ? built.rule.expression : `${(0,_waf_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleExpression */ .fV)(hostnames.slice(0, 1))} with every hostname between the braces`;
}
/** An API failure of the rules as one sentence: Cloudflare's code, message and status, and what to check. */
function describeFailure(what, error, target, about, customRules) {
    if (!(error instanceof _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CloudflareApiError */ .kx || error instanceof _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnexpectedResponseError */ .dk || error instanceof _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .wX))
        throw error;
    const hint = error instanceof _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CloudflareApiError */ .kx ? (0,_hints_js__WEBPACK_IMPORTED_MODULE_1__.hintFor)(error, { ...target.hint, zoneId: target.zoneId, about, customRules }) : undefined;
    return `${what === 'read' ? 'Reading' : 'Writing'} the zone's WAF custom rules failed: ${error.message}${hint ? `: ${hint}` : ''}.`;
}
function lowerFirst(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
}


/***/ }),

/***/ 3880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ensureWafRule: () => (/* binding */ ensureWafRule),
/* harmony export */   ruleAfterHostnames: () => (/* binding */ ruleAfterHostnames)
/* harmony export */ });
/* harmony import */ var _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7640);
/* harmony import */ var _cloudflare_rulesets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9480);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9810);
/* harmony import */ var _waf_rule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7535);
/* harmony import */ var _hostnames_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8977);
/* harmony import */ var _waf_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9759);






/**
 * On create with block-without-certificate: makes sure one WAF custom rule of this action (found by its
 * ref) blocks requests to the hostnames that lack a valid, unrevoked client certificate. It reads the
 * zone's http_request_firewall_custom entrypoint and sends at most one kind of write:
 * - no entrypoint (404): creates it holding only our rule;
 * - our rule absent: appends it (POST …/rules, last);
 * - our rule there without every hostname (or disabled, or not block): PATCHes only our rule, to the
 *   union of the hostnames it had and those asked for (add-only, like the hostnames input), enabled, block;
 * - nothing to change: no write at all (one GET).
 * It never PUTs the entrypoint and never touches another rule. A rule of ours whose expression is not the
 * form this action writes (edited by hand) is not changed: the step fails saying what to do.
 *
 * After a write, reads confirm it with backoff until the deadline (Cloudflare's reads may lag its writes):
 * a read that shows the ruleset at the version it had before the write is "not visible yet"; another
 * version without our rule enforcing is another writer. A write without a clean answer is never resent as
 * it was: a POST that may have been applied (no answer, a 5xx, a garbled answer) is only confirmed by reads,
 * never sent again (it would add a second copy of our rule); a failure that says another attempt is safe
 * (429, a connection never made, a PATCH's 5xx) is followed by a fresh read, and the next write, if any, is
 * rebuilt from it.
 *
 * It runs after the certificate and the hostnames: a failure is returned, never thrown, and says that
 * mTLS is enabled but not enforced, and what to do.
 */
async function ensureWafRule(options, context) {
    const { zoneId, hostnames } = options;
    const { log, deadline } = context;
    const rulesets = new _cloudflare_rulesets_js__WEBPACK_IMPORTED_MODULE_1__/* .RulesetsClient */ .R(context.client);
    const warnings = [];
    /** How many custom rules the phase held at the last read, for the plan-limit hint. */
    let held;
    const failedTo = (what, error) => (0,_waf_report_js__WEBPACK_IMPORTED_MODULE_4__/* .describeFailure */ .Ic)(what, error, options, 'waf-write', held);
    /** The failure's report; `read` false when the rules as they are now were not read (a read failed, or only a write's answer is known). */
    const fail = (cause, ruleset, change = 'none', read = true) => (0,_waf_report_js__WEBPACK_IMPORTED_MODULE_4__/* .report */ .z8)(options, ruleset, { change, warnings, failure: `${cause} ${notEnforced(hostnames)}`, kinds: _waf_report_js__WEBPACK_IMPORTED_MODULE_4__/* .BOTH_FINDINGS */ .JM, required: true, read });
    let current;
    try {
        current = await rulesets.entrypoint(zoneId);
    }
    catch (error) {
        return fail(failedTo('read', error), undefined, 'none', false);
    }
    /** Waits within the deadline; false when the deadline passed (or the step was cancelled) meanwhile. */
    const wait = async (ms) => {
        try {
            await (0,_poll_js__WEBPACK_IMPORTED_MODULE_5__/* .pause */ .v)(ms, context);
            return true;
        }
        catch {
            return false;
        }
    };
    let readAgainAfterRefusedCreate = false;
    /** The write sent last, when one was: a read may show it applied after all. */
    let previous;
    for (let round = 1;; round++) {
        held = current?.rules.length ?? 0;
        const plan = planWrite(current, hostnames);
        if (plan.kind === 'refuse')
            return fail(plan.why, current);
        if (plan.kind === 'nothing') {
            if (previous === undefined) {
                log.info(`The WAF custom rule of this action already blocks requests without a valid client certificate to ${(0,_hostnames_js__WEBPACK_IMPORTED_MODULE_3__.list)(hostnames)}: nothing to change`);
                return (0,_waf_report_js__WEBPACK_IMPORTED_MODULE_4__/* .report */ .z8)(options, plan.ruleset, { warnings, kinds: _waf_report_js__WEBPACK_IMPORTED_MODULE_4__/* .BOTH_FINDINGS */ .JM, required: true });
            }
            warnings.push(...restoredWarning(previous));
            warnings.push('An attempt of the write that failed was applied after all: the rules read back have the rule, blocking every hostname');
            return (0,_waf_report_js__WEBPACK_IMPORTED_MODULE_4__/* .report */ .z8)(options, plan.ruleset, { change: changeOf(previous), added: added(previous), warnings, kinds: _waf_report_js__WEBPACK_IMPORTED_MODULE_4__/* .BOTH_FINDINGS */ .JM, required: true });
        }
        log.info(describePlan(plan, current, round));
        previous = plan;
        const outcome = await send(rulesets, zoneId, plan, round);
        if (outcome.ok)
            return confirm(current, plan, outcome.ruleset);
        const writeError = failedTo('write', outcome.error);
        const applied = (0,_cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .mayHaveBeenApplied */ .Ho)(outcome.error);
        // A POST that may have been applied is never sent again: only reads can tell, or it adds a second rule.
        if (applied && plan.kind !== 'update')
            return confirm(current, plan, undefined, writeError);
        const again = outcome.retry !== undefined && round <= options.maxRetries && outcome.retry.waitMs + 1000 < deadline.remainingMs();
        if (!again) {
            if (applied)
                return confirm(current, plan, undefined, writeError);
            // Refused cleanly: nothing changed. A create refused may mean another writer created the entrypoint
            // since the read: read once more, and add to theirs.
            if (plan.kind === 'create' && !readAgainAfterRefusedCreate && isRefusal(outcome.error)) {
                readAgainAfterRefusedCreate = true;
                try {
                    const reread = await rulesets.entrypoint(zoneId);
                    if (reread !== undefined) {
                        log.info(`${writeError} The zone has custom rules now (another writer created them): adding the rule to them`);
                        current = reread;
                        continue;
                    }
                }
                catch {
                    // The refusal is the failure to report.
                }
            }
            return fail(writeError, current);
        }
        log.info(`${writeError} Reading the rules again in ${((outcome.retry?.waitMs ?? 0) / 1000).toFixed(1)} s, to rebuild the write from them`);
        if (!(await wait(outcome.retry?.waitMs ?? 0)))
            return fail(`${writeError} The step's deadline (timeout-seconds) passed before the write could be tried again.`, current);
        try {
            current = await rulesets.entrypoint(zoneId);
        }
        catch (error) {
            return fail(`${writeError} Then ${(0,_waf_report_js__WEBPACK_IMPORTED_MODULE_4__/* .lowerFirst */ .oZ)(failedTo('read', error))}`, undefined, 'none', false);
        }
    }
    /**
     * After a write Cloudflare accepted (answer: the ruleset it answered) or that may have been applied
     * (writeError: how it failed): reads, with backoff, until our rule shows enforcing, another writer
     * shows, or the deadline nears. A read of a ruleset older than the answer's version (or none, when the
     * write created it) is "not visible yet"; one at that version or later without our rule enforcing is
     * another writer. Without an answer nothing tells them apart: reads go on until the rule shows.
     */
    async function confirm(before, plan, answer, writeError) {
        const change = changeOf(plan);
        const started = Date.now();
        const delays = (0,_poll_js__WEBPACK_IMPORTED_MODULE_5__/* .pollDelays */ .K)(deadline);
        for (let reads = 1;; reads++) {
            let after;
            try {
                after = await rulesets.entrypoint(zoneId);
            }
            catch (error) {
                const what = writeError ? `${writeError} Then` : 'The rule was written, but';
                return fail(`${what} reading the rules back failed, so the step cannot tell whether it is in place: ${failedTo('read', error)}`, answer, change, false);
            }
            const ours = after === undefined ? [] : (0,_waf_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .findOurRules */ .r)(after.rules);
            const judged = ours.length === 1 && ours[0] ? (0,_waf_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .judgeRule */ .q1)(ours[0].rule, hostnames) : undefined;
            if (judged?.enforces) {
                warnings.push(...restoredWarning(plan));
                if (writeError)
                    warnings.push(`${writeError} The rules read back have the rule, blocking every hostname, all the same: the write was applied`);
                log.info(`The WAF custom rule of this action now blocks requests without a valid client certificate to ${(0,_hostnames_js__WEBPACK_IMPORTED_MODULE_3__.list)(hostnames)}: confirmed by reading the rules back${reads > 1 ? ` (read ${reads})` : ''}`);
                return (0,_waf_report_js__WEBPACK_IMPORTED_MODULE_4__/* .report */ .z8)(options, after, { change, added: added(plan), warnings, kinds: _waf_report_js__WEBPACK_IMPORTED_MODULE_4__/* .BOTH_FINDINGS */ .JM, required: true });
            }
            if (answer !== undefined && !olderThan(after, answer, before)) {
                const state = ours.length === 0
                    ? 'without the rule'
                    : ours.length > 1
                        ? `with ${ours.length} rules of this action`
                        : `where the rule ${judged?.problems.join('; ')}`;
                return fail(`This step wrote the rule, but a read after the write shows the zone's custom rules changed since, ${state}: another job or person changed them at the same time. ` +
                    `Make sure one job at a time manages this rule, check it in the ${_waf_report_js__WEBPACK_IMPORTED_MODULE_4__/* .DASHBOARD */ .$Q}, and run the step again.`, after, change);
            }
            const { value: delay, done } = delays.next();
            if (!done)
                log.info(`The rules read back do not show the write yet (read ${reads}): reading again in ${(delay / 1000).toFixed(1)} s`);
            if (done || !(await wait(delay))) {
                const over = `${reads} read${reads === 1 ? '' : 's'} over ${Math.round((Date.now() - started) / 1000)} s`;
                const cause = writeError
                    ? `${writeError} The rules read back do not show the rule in place (${over}). If the write was applied, Cloudflare may still show it later (its reads lag writes); ` +
                        'the next run finds it by its ref and does not add it twice, so check later with a get step with block-without-certificate, or run this step again.'
                    : `The rule is written but not visible yet: Cloudflare accepted the write, and ${over} still show the rules as they were before it. ` +
                        'Cloudflare may apply writes with a delay, so it is most likely in place: check later with a get or list step with block-without-certificate, ' +
                        `or in the ${_waf_report_js__WEBPACK_IMPORTED_MODULE_4__/* .DASHBOARD */ .$Q}; to wait longer in this step, give a longer timeout-seconds.`;
                // What reads show is not what was written: whether the rule enforces is not known yet.
                return fail(cause, answer ?? after, change, false);
            }
        }
    }
}
/**
 * Whether a read shows the rules as they were before a write whose answer was `answer`: no entrypoint
 * when the write created it, or the same ruleset at a version below the answer's (versions grow with
 * every change).
 */
function olderThan(read, answer, before) {
    if (read === undefined)
        return before === undefined;
    return read.id === answer.id && BigInt(read.version) < BigInt(answer.version);
}
/** What a create step that could not write the rule asks for, after the certificate's what-now. */
const ADD_RULE = { task: 'add the rule', taskAgain: 'add it', where: _waf_report_js__WEBPACK_IMPORTED_MODULE_4__/* .DASHBOARD */ .$Q };
/**
 * On create with block-without-certificate, after the certificate and the hostnames: the rule, only
 * once mTLS is enabled on every hostname (on a hostname that does not ask for a certificate, no request
 * has a valid one, and the rule would block them all). A rule that cannot be written fails the step with
 * what the certificate's outputs mean for a re-run, as for the hostnames.
 */
async function ruleAfterHostnames(config, hostnames, certificate, enabled, context) {
    const target = (0,_waf_report_js__WEBPACK_IMPORTED_MODULE_4__/* .targetOf */ .$r)(config, hostnames);
    if (enabled.failure !== undefined) {
        const skipped = `The WAF custom rule that blocks requests without a valid client certificate was not written (block-without-certificate): it is added only once mTLS is enabled on every hostname, ` +
            'or it would block every request to a hostname that does not ask for a certificate. Run the step again once mTLS is enabled on them';
        return (0,_waf_report_js__WEBPACK_IMPORTED_MODULE_4__/* .report */ .z8)(target, undefined, { warnings: [skipped], kinds: _waf_report_js__WEBPACK_IMPORTED_MODULE_4__/* .BOTH_FINDINGS */ .JM, required: true, read: false });
    }
    const rule = await ensureWafRule({ ...target, maxRetries: config.maxRetries }, context);
    return rule.failure === undefined ? rule : { ...rule, failure: `${rule.failure} ${(0,_hostnames_js__WEBPACK_IMPORTED_MODULE_3__.whatNow)(config, certificate, ADD_RULE)}` };
}
/** Decides the one write from a read: see ensureWafRule. */
function planWrite(current, hostnames) {
    const build = (names) => {
        const built = (0,_waf_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .buildRule */ .D3)(names);
        return 'rule' in built
            ? built.rule
            : `The WAF custom rule cannot be written: ${built.problem}; give fewer hostnames, or protect them with rules of your own.`;
    };
    if (current === undefined) {
        const rule = build(hostnames);
        return typeof rule === 'string' ? { kind: 'refuse', why: rule } : { kind: 'create', rule };
    }
    const ours = (0,_waf_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .findOurRules */ .r)(current.rules);
    if (ours.length > 1)
        return { kind: 'refuse', why: (0,_waf_report_js__WEBPACK_IMPORTED_MODULE_4__/* .duplicates */ .XI)(ours.map(o => o.rule)) };
    const [found] = ours;
    if (found === undefined) {
        const rule = build(hostnames);
        return typeof rule === 'string' ? { kind: 'refuse', why: rule } : { kind: 'add', rulesetId: current.id, rule };
    }
    const covered = (0,_waf_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleHostnames */ .dt)(found.rule.expression);
    if (covered === undefined) {
        return {
            kind: 'refuse',
            why: `The WAF custom rule of this action (${found.rule.id}, ref ${_waf_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .RULE_REF */ .lW}) has an expression that is not the one this action writes (edited by hand?), ` +
                'so this step does not change it: rewriting it would undo that edit, and the step cannot tell what it blocks. ' +
                `Put the expression back as this action writes it (docs/waf-rule.md), or delete the rule (${_waf_report_js__WEBPACK_IMPORTED_MODULE_4__/* .DASHBOARD */ .$Q}) so that this step adds it anew; then run the step again.`,
        };
    }
    const missing = hostnames.filter(name => !covered.includes(name));
    const restores = { disabled: !found.rule.enabled, action: found.rule.action === 'block' ? undefined : found.rule.action };
    if (missing.length === 0 && !restores.disabled && restores.action === undefined)
        return { kind: 'nothing', ruleset: current };
    const rule = build([...covered, ...missing]);
    if (typeof rule === 'string')
        return { kind: 'refuse', why: rule };
    return { kind: 'update', rulesetId: current.id, ruleId: found.rule.id, rule, added: missing, restores };
}
async function send(rulesets, zoneId, plan, attempt) {
    switch (plan.kind) {
        case 'create':
            return rulesets.createEntrypoint(zoneId, [plan.rule], attempt);
        case 'add':
            return rulesets.addRule(zoneId, plan.rulesetId, plan.rule, attempt);
        case 'update':
            return rulesets.updateRule(zoneId, plan.rulesetId, plan.ruleId, plan.rule, attempt);
    }
}
function describePlan(plan, current, round) {
    const again = round > 1 ? ` (attempt ${round}, rebuilt from the rules as just read)` : '';
    switch (plan.kind) {
        case 'create':
            return `Adding a WAF custom rule that blocks requests without a valid client certificate to ${(0,_hostnames_js__WEBPACK_IMPORTED_MODULE_3__.list)(added(plan))}: the zone has no custom rules yet${again}`;
        case 'add':
            return `Adding a WAF custom rule that blocks requests without a valid client certificate to ${(0,_hostnames_js__WEBPACK_IMPORTED_MODULE_3__.list)(added(plan))}, after the zone's ${current?.rules.length ?? 0} custom rule${current?.rules.length === 1 ? '' : 's'}, which stay as they are${again}`;
        case 'update': {
            const what = [
                ...(plan.added.length > 0 ? [`adding ${(0,_hostnames_js__WEBPACK_IMPORTED_MODULE_3__.list)(plan.added)}`] : []),
                ...(plan.restores.disabled ? ['enabling it'] : []),
                ...(plan.restores.action !== undefined ? [`setting its action back to block (it is ${plan.restores.action})`] : []),
            ];
            return `Changing the WAF custom rule of this action (${plan.ruleId}) only: ${what.join(', ')}${again}`;
        }
    }
}
/** What a write that restored the rule changed besides hostnames, as a warning: someone may have meant it. */
function restoredWarning(plan) {
    if (plan.kind !== 'update' || (!plan.restores.disabled && plan.restores.action === undefined))
        return [];
    const was = [...(plan.restores.disabled ? ['disabled'] : []), ...(plan.restores.action !== undefined ? [`set to ${plan.restores.action}`] : [])];
    return [
        `The WAF custom rule of this action (${plan.ruleId}) was ${was.join(' and ')}: this step enabled it with action block, as block-without-certificate asks. ` +
            `If it was turned off on purpose, remove block-without-certificate from this step, or it is turned back on at every run`,
    ];
}
/** What a write plan changes, for the report. */
function changeOf(plan) {
    if (plan === undefined)
        return 'none';
    if (plan.kind === 'create')
        return 'created-entrypoint';
    if (plan.kind === 'add')
        return 'added';
    return plan.added.length > 0 ? 'widened' : 'restored';
}
function added(plan) {
    if (plan.kind === 'update')
        return plan.added;
    return (0,_waf_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleHostnames */ .dt)(plan.rule.expression) ?? [];
}
/** The end of every failure of ensureWafRule: what it means, and the way around the action. */
function notEnforced(hostnames) {
    const yourself = ` with action Block and the expression ${(0,_waf_report_js__WEBPACK_IMPORTED_MODULE_4__/* .expressionFor */ .UY)(hostnames)}`;
    return (`mTLS is enabled on ${(0,_hostnames_js__WEBPACK_IMPORTED_MODULE_3__.list)(hostnames)} but not enforced: requests without a valid, unrevoked client certificate still reach the origin. ` +
        `Fix the cause and run the step again, or add the rule yourself (${_waf_report_js__WEBPACK_IMPORTED_MODULE_4__/* .DASHBOARD */ .$Q})${yourself}.`);
}
/** A refusal that changed nothing and is not about the credential or the rate. */
function isRefusal(error) {
    const status = error instanceof _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CloudflareApiError */ .kx ? error.response.status : 0;
    return status >= 400 && status < 500 && ![401, 403, 429].includes(status);
}


/***/ }),

/***/ 9957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hintFor: () => (/* binding */ hintFor),
/* harmony export */   permissionFor: () => (/* binding */ permissionFor)
/* harmony export */ });
/* harmony import */ var _config_credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(980);

/** The path of Cloudflare's API v4, which an api-url ends with (a proxy may put a prefix before it). */
const API_PATH = '/client/v4';
/** Custom WAF rules per zone by plan, for the hint when a zone has reached its plan's limit. */
const CUSTOM_RULE_LIMITS = 'Free 5, Pro 20, Business 100, Enterprise 1000';
/** The smallest plan limit (Free): a refused rule in a zone with this many is most likely that limit. */
const FEWEST_CUSTOM_RULES = 5;
/** Words of a refusal about a limit, in Cloudflare's messages. */
const LIMIT_WORDS = /\b(limit|maximum|exceed(s|ed)?|quota)\b/i;
/** The permission a call needs on the zone, as the dashboard names it. */
function permissionFor(command, about = 'certificates') {
    if (about === 'waf-read' || about === 'waf-write')
        return about === 'waf-read' ? 'Zone WAF: Read' : 'Zone WAF: Edit';
    if (about !== 'certificates')
        return about === 'hostnames-read' ? 'SSL and Certificates: Read' : 'SSL and Certificates: Edit';
    return command === 'get' || command === 'list' ? 'SSL and Certificates: Read' : 'SSL and Certificates: Edit';
}
/**
 * Whether a refused WAF rule write looks like the plan's limit on custom rules: a 4xx that is not about
 * the credential, the path or the rate, whose message speaks of a limit, or in a zone that already holds
 * as many custom rules as the smallest plan allows (Cloudflare's code for it is not documented).
 */
function isPlanLimit(error, customRules) {
    const { status } = error.response;
    if (status < 400 || status >= 500 || [401, 403, 404, 429].includes(status))
        return false;
    return error.errors.some(e => LIMIT_WORDS.test(e.message)) || (customRules !== undefined && customRules >= FEWEST_CUSTOM_RULES);
}
/**
 * What to check after Cloudflare refused a call, from what the action knows (the command, the zone, the
 * shape of the credential): a sentence to add to Cloudflare's own code and message, or undefined. Shapes
 * only ever make a hint, never a refusal.
 */
function hintFor(error, context) {
    const { credentials } = context;
    const token = credentials.kind === 'api-token' ? credentials.token : undefined;
    if (error.hasCode(6111) && token !== undefined && (0,_config_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeGlobalKey */ .iz)(token)) {
        return 'api-token looks like a Global API Key (37 hexadecimal characters): give it as api-key with the account email as api-email, or better, create an API token';
    }
    if (error.hasCode(6111))
        return 'api-token is not in the format of a Cloudflare API token: copy the token again (My Profile > API Tokens)';
    if (error.hasCode(6103) && credentials.kind === 'global-api-key' && (0,_config_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeApiToken */ .vT)(credentials.key)) {
        return 'api-key looks like an API token (40 characters): give it as api-token instead, and remove api-email';
    }
    if (error.hasCode(6102) || error.hasCode(9103))
        return 'check that api-email is the email address of the account the Global API Key belongs to';
    // Not a permission: the credential itself was refused (with no details, the error's own text says so).
    if (error.response.status === 401 && error.errors.length > 0) {
        return credentials.kind === 'api-token'
            ? 'HTTP 401 means the token was not accepted: check that api-token holds a current, unrevoked API token, copied whole'
            : 'HTTP 401 means the key was not accepted: check that api-key holds the current Global API Key of the account api-email names';
    }
    if ('accountId' in context)
        return accountHint(error, context);
    const { command, zoneId } = context;
    const about = context.about ?? 'certificates';
    if (error.response.status === 403 && (error.hasCode(10000) || error.errors.length === 0)) {
        const who = credentials.kind === 'api-token' ? 'the token' : "the Global API Key's user";
        return (`check that ${who} has "${permissionFor(command, about)}" on zone ${zoneId} (for a token: its Zone Resources must include this zone). ` +
            `If ${zoneId} is your account ID (also 32 hexadecimal characters), use the Zone ID from the zone's Overview page instead`);
    }
    if (about === 'waf-write' && isPlanLimit(error, context.customRules)) {
        const held = context.customRules === undefined ? '' : `; the zone has ${context.customRules}`;
        return (`the zone may have reached its plan's limit of WAF custom rules (${CUSTOM_RULE_LIMITS}${held}): remove a custom rule it no longer needs ` +
            '(dashboard: Security > WAF > Custom rules) or move the zone to a plan that allows more, then run the step again');
    }
    if (about === 'hostnames-read' || about === 'hostnames-write') {
        const mtls = context.hostnames?.mtlsCertificateId;
        if (error.response.status === 404 && mtls !== undefined) {
            return `check mtls-certificate-id: ${mtls} must be a CA certificate uploaded to this account's mTLS Certificate Management (leave it empty for the Cloudflare Managed CA)`;
        }
        if (about === 'hostnames-write' && error.response.status === 400) {
            return `check hostnames: each must be a hostname of zone ${zoneId}, spelled in full (the list holds only this zone's hostnames; the names already on it are sent back too)`;
        }
    }
    if (error.hasCode(7003) || error.hasCode(7000))
        return noRoute(context.apiUrl, `check zone-id: ${zoneId} is not a zone Cloudflare knows for these credentials`);
    // Unknown certificate: the live API answers 1415 "Invalid Certificate ID in request", or HTTP 404 (also
    // for an id of another zone of the account).
    if (about === 'certificates' && context.certificateId !== undefined && (error.hasCode(1415) || error.response.status === 404)) {
        return (`zone ${zoneId} has no client certificate ${context.certificateId}. Check certificate-id, and that zone-id is the zone that issued it: ` +
            'a certificate is listed, revoked and reactivated only through its own zone, though every zone of the account accepts it');
    }
    return undefined;
}
/**
 * "No route": the id, or the whole path when api-url does not point at the API (a proxy may add a
 * prefix). `id` says what to check about the id.
 */
function noRoute(apiUrl, id) {
    const path = apiUrl === undefined ? API_PATH : new URL(apiUrl).pathname.replace(/\/+$/, '');
    if (!path.endsWith(API_PATH)) {
        return `check api-url: its path ("${path || '/'}") does not end in ${API_PATH}, where Cloudflare's API is (leave api-url out to use Cloudflare's own). If it is a proxy that adds that path, ${id}`;
    }
    return id;
}
/** What to check when the listing of an account's zones was refused ("Zone: Read"). */
function accountHint(error, context) {
    const { accountId, credentials } = context;
    if (error.response.status === 403 && (error.hasCode(10000) || error.errors.length === 0)) {
        const who = credentials.kind === 'api-token' ? 'the token' : "the Global API Key's user";
        return (`check that ${who} has "Zone: Read" on the zones of account ${accountId}, which lists them (for a token: a Zone: Read permission ` +
            'whose Zone Resources include all zones of the account), and "SSL and Certificates: Read" on every zone to check');
    }
    if (error.hasCode(7003) || error.hasCode(7000))
        return noRoute(context.apiUrl, `check account-id: ${accountId} is not an account Cloudflare knows for these credentials`);
    return undefined;
}


/***/ }),

/***/ 6541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseHostnames: () => (/* binding */ parseHostnames)
/* harmony export */ });
/* unused harmony export MAX_INPUT_HOSTNAMES */
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2988);


/**
 * The one check of a hostname given in the hostnames input: a DNS name the way Cloudflare lists mTLS
 * hostnames (lowercase, internationalized names as punycode), never a URL. The action only ever sends
 * names that passed it; names the API lists are data and are passed back untouched.
 */
/** Hostnames one step may name: far more than a zone protects with mTLS, few enough to list in an error. */
const MAX_INPUT_HOSTNAMES = 100;
/** RFC 1035: 253 characters in all (without the final dot), 63 per label. */
const MAX_HOSTNAME_LENGTH = 253;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/**
 * What domainToASCII would decode (%41) or silently drop (invisible characters), sending a name the user
 * never wrote; the zero-width joiners that some scripts need in names (U+200C, U+200D) are kept.
 */
const INVISIBLE_OR_ENCODED = /[%\p{Cc}]|(?![\u200c\u200d])\p{Default_Ignorable_Code_Point}/u;
/**
 * How the input is written when it is written as a list in another language: a JSON (or YAML flow) array,
 * YAML block list lines, or names in quotes. Its names are not guessed out of it: the input is refused,
 * saying how to write it.
 */
const LIST_SYNTAX = [
    [/^\s*\[|\]\s*$/, 'is written as a JSON array ([…])'],
    [/^[ \t]*-[ \t]/m, 'is written as a YAML list ("- " before a name)'],
    [/["'`]/, 'has quotes'],
];
/** Reads the hostnames input: one per line, or separated by commas; blank entries are ignored. */
function parseHostnames(text) {
    const syntax = LIST_SYNTAX.find(([pattern]) => pattern.test(text))?.[1];
    if (syntax !== undefined) {
        const problem = `the input ${syntax}; write the names alone, without brackets, quotes or dashes`;
        return { hostnames: [], converted: [], problems: [problem] };
    }
    const entries = text
        .split(/[\r\n,]+/)
        .map(entry => entry.trim())
        .filter(entry => entry !== '');
    const hostnames = [];
    const converted = [];
    const problems = [];
    for (const entry of entries) {
        const result = checkHostname(entry);
        if (typeof result !== 'string') {
            problems.push(`"${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .quotedInput */ .bY)(entry, 60)}" ${result.problem}`);
            continue;
        }
        if (result !== entry.toLowerCase().replace(/\.$/, ''))
            converted.push([entry, result]);
        if (!hostnames.includes(result))
            hostnames.push(result);
    }
    if (hostnames.length > MAX_INPUT_HOSTNAMES)
        problems.push(`names ${hostnames.length} hostnames; one step takes at most ${MAX_INPUT_HOSTNAMES}`);
    return { hostnames, converted, problems };
}
/** The hostname in the form Cloudflare lists it, or why it is not one. */
function checkHostname(entry) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry))
        return { problem: `is a URL: give the hostname alone, like ${hostPart(entry) || 'api.example.com'}` };
    if (/\s/.test(entry))
        return { problem: 'contains a space: give one hostname per line, or separate them with commas' };
    if (entry.includes('/'))
        return { problem: `has a path: give the hostname alone, like ${entry.split('/')[0] || 'api.example.com'}` };
    if (entry.includes('@'))
        return { problem: 'contains "@": give the hostname alone' };
    if (/:\d*$/.test(entry) || entry.includes(':'))
        return { problem: 'has a port or a colon: give the hostname alone (mTLS is enabled for the name, on every port)' };
    if (entry.startsWith('*'))
        return { problem: 'is a wildcard: give each hostname to protect by name' };
    // domainToASCII would decode %41 and drop invisible characters, sending a name the user never wrote.
    if (INVISIBLE_OR_ENCODED.test(entry))
        return { problem: 'contains "%" or an invisible character: give the hostname as plain text' };
    if (/\.\d+\.?$|^\d+$|\.0x[0-9a-f]+\.?$/i.test(entry))
        return { problem: 'ends in a number, like an IP address: mTLS is enabled for hostnames, whose last label is a name' };
    const ascii = (0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToASCII)(entry.replace(/\.$/, ''));
    if (ascii === '')
        return { problem: 'is not a valid hostname (an internationalized name that cannot be converted to punycode?)' };
    const name = ascii.toLowerCase();
    if (name.length > MAX_HOSTNAME_LENGTH)
        return { problem: `is longer than ${MAX_HOSTNAME_LENGTH} characters` };
    // Again after conversion: 0x7f000001 and full-width digits only become an address there.
    // Every IPv4 address domainToASCII yields ends in a decimal label; IPv6 never gets here (a colon is refused first).
    if (/\.\d+$|^\d+$|\.0x[0-9a-f]+$/.test(name))
        return { problem: `is an IP address (${name}): mTLS is enabled for hostnames` };
    const labels = name.split('.');
    if (labels.length < 2)
        return { problem: 'is not a fully qualified hostname: give the whole name, like api.example.com' };
    const bad = labels.find(label => !LABEL.test(label));
    if (bad !== undefined) {
        return {
            problem: bad === ''
                ? 'has an empty label (two dots in a row, or a leading dot)'
                : `has a label ("${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .quotedInput */ .bY)(bad, 60)}") that is not letters, digits and inner hyphens of at most 63 characters`,
        };
    }
    return name;
}
function hostPart(url) {
    try {
        return new URL(url).hostname;
    }
    catch {
        return '';
    }
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


/***/ }),

/***/ 7535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ buildRule),
/* harmony export */   dt: () => (/* binding */ ruleHostnames),
/* harmony export */   ez: () => (/* binding */ findWeakeningRules),
/* harmony export */   fV: () => (/* binding */ ruleExpression),
/* harmony export */   lW: () => (/* binding */ RULE_REF),
/* harmony export */   q1: () => (/* binding */ judgeRule),
/* harmony export */   r: () => (/* binding */ findOurRules)
/* harmony export */ });
/* unused harmony export RULE_DESCRIPTION */
/* harmony import */ var _hostname_key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5020);
/* harmony import */ var _hostnames_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6541);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(351);



/**
 * The ref of this action's rule: how it finds its own rule again in the zone's custom rules, whoever
 * wrote the others. Stable across versions of the action; one rule per zone, whatever the hostnames.
 */
const RULE_REF = 'mtls_action_require_valid_client_certificate';
/** What the rule is and who manages it, as the dashboard shows it. */
const RULE_DESCRIPTION = 'Block requests without a valid, unrevoked mTLS client certificate. Managed by the Cloudflare mTLS Client Certificate GitHub Action ' +
    '(block-without-certificate): it adds hostnames to this rule and never removes any. Do not edit the expression by hand.';
const VERIFIED = 'cf.tls_client_auth.cert_verified';
const REVOKED = 'cf.tls_client_auth.cert_revoked';
/** The certificate part of the expression: no certificate, an invalid one, or a revoked one. */
const CERTIFICATE_CHECK = `(not ${VERIFIED} or ${REVOKED})`;
/** Our expression, exactly: the hostname set between the braces, each name in quotes, one space apart. */
const CANONICAL = /^\(http\.host in \{("[^"\\]+"(?: "[^"\\]+")*)\} and \(not cf\.tls_client_auth\.cert_verified or cf\.tls_client_auth\.cert_revoked\)\)$/;
/** The expression for these hostnames: sorted, each once. Every name must be one the hostnames input accepts. */
function ruleExpression(hostnames) {
    const names = [...new Set(hostnames)].sort();
    if (names.length === 0)
        throw new Error('internal error: a rule expression needs at least one hostname');
    for (const name of names)
        if (!isCheckedHostname(name))
            throw new Error('internal error: a rule expression may only name checked hostnames');
    return `(http.host in {${names.map(name => `"${name}"`).join(' ')}} and ${CERTIFICATE_CHECK})`;
}
/** Our rule for these hostnames, or why it cannot be written (an expression longer than Cloudflare takes). */
function buildRule(hostnames) {
    const expression = ruleExpression(hostnames);
    if (expression.length > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_RULE_EXPRESSION */ .hv) {
        const count = new Set(hostnames).size;
        return {
            problem: `the rule's expression for ${count} hostnames would be ${expression.length} characters, more than the ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_RULE_EXPRESSION */ .hv} Cloudflare accepts in one rule`,
        };
    }
    return { rule: { ref: RULE_REF, expression, action: 'block', description: RULE_DESCRIPTION, enabled: true } };
}
/** This action's rules in a ruleset (by ref) with their positions from 1; more than one is an anomaly the caller reports. */
function findOurRules(rules) {
    return rules.flatMap((rule, index) => (rule.ref === RULE_REF ? [{ rule, position: index + 1 }] : []));
}
/**
 * The hostnames our rule covers, read back from its expression, strictly: only the exact form
 * ruleExpression writes (sorted, each once, each a hostname the input would accept). Anything else, an
 * expression edited by hand, is undefined: the action cannot tell what it does, so it neither trusts nor
 * rewrites it.
 */
function ruleHostnames(expression) {
    const match = CANONICAL.exec(expression);
    if (!match)
        return undefined;
    const names = match[1].split(' ').map(quoted => quoted.slice(1, -1));
    if (!names.every(isCheckedHostname))
        return undefined;
    return ruleExpression(names) === expression ? names : undefined;
}
/**
 * Judges our rule: it enforces when it is enabled, its action is block, its expression checks both
 * cert_verified and cert_revoked (which only this action's exact form is known to do) and covers every
 * hostname asked for.
 */
function judgeRule(rule, hostnames) {
    const covered = ruleHostnames(rule.expression);
    const problems = [];
    if (!rule.enabled)
        problems.push('is disabled');
    if (rule.action !== 'block')
        problems.push(`has the action ${rule.action}, not block`);
    let missing;
    if (covered === undefined) {
        missing = [...hostnames];
        problems.push('has an expression that is not the one this action writes (edited by hand?): the step cannot tell whether it checks both cert_verified and cert_revoked on every hostname');
    }
    else {
        const keys = new Set(covered);
        missing = hostnames.filter(name => !keys.has((0,_hostname_key_js__WEBPACK_IMPORTED_MODULE_0__/* .hostnameKey */ .D)(name)));
        if (missing.length > 0)
            problems.push(`does not cover ${missing.join(', ')}`);
    }
    return { enforces: problems.length === 0, covered, missing, problems };
}
/**
 * The other enabled rules that weaken ours (see RuleFinding). `ourPosition` is our rule's position, or
 * undefined when it is not in the ruleset yet (it would be appended last).
 */
function findWeakeningRules(rules, hostnames, ourPosition) {
    const wanted = new Set(hostnames.map(_hostname_key_js__WEBPACK_IMPORTED_MODULE_0__/* .hostnameKey */ .D));
    const findings = [];
    rules.forEach((rule, index) => {
        const position = index + 1;
        if (rule.ref === RULE_REF || !rule.enabled)
            return;
        const base = { ruleId: rule.id, position, action: rule.action, description: rule.description };
        const code = outsideStrings(rule.expression);
        if (usesField(code, VERIFIED) && !usesField(code, REVOKED))
            findings.push({ kind: 'revoked-pass', ...base, hostnames: [] });
        if (rule.action === 'skip' && (ourPosition === undefined || position < ourPosition)) {
            const named = [...new Set(stringLiterals(rule.expression).map(_hostname_key_js__WEBPACK_IMPORTED_MODULE_0__/* .hostnameKey */ .D))].filter(key => wanted.has(key));
            if (named.length > 0)
                findings.push({ kind: 'skip-before', ...base, hostnames: hostnames.filter(name => named.includes((0,_hostname_key_js__WEBPACK_IMPORTED_MODULE_0__/* .hostnameKey */ .D)(name))) });
        }
    });
    return findings;
}
/** A name the hostnames input accepts as it is: lowercase ASCII, no conversion needed. */
function isCheckedHostname(name) {
    const parsed = (0,_hostnames_js__WEBPACK_IMPORTED_MODULE_1__.parseHostnames)(name);
    return parsed.problems.length === 0 && parsed.converted.length === 0 && parsed.hostnames.length === 1 && parsed.hostnames[0] === name;
}
/** Whether the expression's code (string literals removed) names the field, as a whole field name. */
function usesField(code, field) {
    return new RegExp(`(?<![\\w.])${field.replaceAll('.', '\\.')}(?![\\w.])`).test(code);
}
/**
 * Splits an expression of Cloudflare's rules language into its code and its string literals: "…" with
 * backslash escapes, and raw strings r"…" and r#"…"# (any number of #). An unterminated string runs to
 * the end.
 */
function scan(expression) {
    let code = '';
    const strings = [];
    let i = 0;
    while (i < expression.length) {
        const raw = /^r(#*)"/.exec(expression.slice(i, i + 300));
        const previous = i > 0 ? expression[i - 1] : '';
        if (raw && !/[\w.]/.test(previous)) {
            const close = `"${raw[1]}`;
            const start = i + raw[0].length;
            const end = expression.indexOf(close, start);
            strings.push(expression.slice(start, end === -1 ? undefined : end));
            code += ' "" ';
            i = end === -1 ? expression.length : end + close.length;
            continue;
        }
        if (expression[i] === '"') {
            let text = '';
            let j = i + 1;
            for (; j < expression.length && expression[j] !== '"'; j++) {
                if (expression[j] === '\\' && j + 1 < expression.length)
                    j++;
                text += expression[j];
            }
            strings.push(text);
            code += ' "" ';
            i = j + 1;
            continue;
        }
        code += expression[i];
        i++;
    }
    return { code, strings };
}
function outsideStrings(expression) {
    return scan(expression).code;
}
function stringLiterals(expression) {
    return scan(expression).strings;
}


/***/ })

};
;