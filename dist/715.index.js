"use strict";
exports.id = 715;
exports.ids = [715];
exports.modules = {

/***/ 2748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inventoryAccount: () => (/* binding */ inventoryAccount)
});

// UNUSED EXPORTS: MAX_FAILED_ZONES_IN_A_ROW

// EXTERNAL MODULE: ./src/cloudflare/client.ts
var cloudflare_client = __webpack_require__(8756);
// EXTERNAL MODULE: ./src/cloudflare/client-certificates.ts
var client_certificates = __webpack_require__(925);
// EXTERNAL MODULE: ./src/cloudflare/errors.ts
var errors = __webpack_require__(7640);
// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(351);
// EXTERNAL MODULE: ./src/sleep.ts
var sleep = __webpack_require__(6972);
// EXTERNAL MODULE: ./src/cloudflare/retry-policy.ts
var retry_policy = __webpack_require__(5396);
;// CONCATENATED MODULE: ./src/cloudflare/rate-limit.ts

/**
 * Cloudflare's rate limit, as its answers report it: 1,200 requests per 5 minutes per user, across every
 * tool and the dashboard, where one 429 blocks every call of that user for the next 5 minutes
 * (developers.cloudflare.com/fundamentals/api/reference/limits). Pure functions of an answer's headers:
 * what is left of the window, how long a 429 asks to wait, and the slow-down rule the request governor
 * (request-governor.ts) follows.
 */
/** Cloudflare's limit: requests per window, per user. */
const CLOUDFLARE_RATE_LIMIT = 1200;
const RATE_LIMIT_WINDOW_MS = 5 * 60 * 1000;
/** Header values longer than this are not parsed (a real one is a few dozen characters). */
const MAX_HEADER_CHARACTERS = 1024;
/** Items of a Ratelimit or Ratelimit-Policy list read; the rest are ignored. */
const MAX_HEADER_ITEMS = 16;
/** Counts and seconds above this are not believed. */
const MAX_HEADER_NUMBER = 1_000_000_000;
/**
 * The rate-limit headers of an answer, the tightest limit when several are reported; undefined when none
 * is. Cloudflare's limits page documents two forms, both read:
 * - `Ratelimit: "default";r=50;t=30` (items: a name, r = requests remaining, t = seconds until the
 *   window resets) and `Ratelimit-Policy: "burst";q=100;w=60` (q = quota, w = window in seconds), the
 *   IETF draft's structured fields, which the page documents today;
 * - `x-ratelimit-remaining`, `x-ratelimit-limit` and, on a 429, `x-ratelimit-reset` (an HTTP date), which
 *   the page and its September 2025 changelog documented first.
 * Every value is checked (whole numbers within bounds, bounded header lengths); anything else is ignored.
 */
function readRateLimit(header, now = Date.now()) {
    const readings = [];
    const remaining = wholeNumber(header('x-ratelimit-remaining'));
    if (remaining !== undefined) {
        const reset = header('x-ratelimit-reset');
        readings.push({
            remaining,
            limit: wholeNumber(header('x-ratelimit-limit')),
            resetMs: reset === null || reset === undefined || reset.length > MAX_HEADER_CHARACTERS ? undefined : (0,retry_policy/* parseRetryAfter */.mu)(reset, now),
            windowMs: undefined,
        });
    }
    const policies = new Map(structuredList(header('ratelimit-policy')).map(item => [item.name, item.params]));
    for (const item of structuredList(header('ratelimit'))) {
        const r = wholeNumber(item.params.get('r'));
        if (r === undefined)
            continue;
        const t = wholeNumber(item.params.get('t'));
        const policy = policies.get(item.name);
        const w = wholeNumber(policy?.get('w'));
        readings.push({
            remaining: r,
            limit: wholeNumber(policy?.get('q')),
            resetMs: t === undefined ? undefined : t * 1000,
            windowMs: w === undefined ? undefined : w * 1000,
        });
    }
    if (readings.length === 0)
        return undefined;
    return readings.reduce((tightest, reading) => (reading.remaining < tightest.remaining ? reading : tightest));
}
/** How long a 429 asks to wait, in milliseconds: retry-after-ms, retry-after, the reset the headers give, else Cloudflare's 5-minute block. */
function rateLimitedWaitMs(header, now = Date.now()) {
    const bounded = (name) => {
        const value = header(name);
        return value === null || value === undefined || value.length > MAX_HEADER_CHARACTERS ? undefined : value;
    };
    return (0,retry_policy/* askedWaitMs */.MW)(bounded('retry-after-ms'), bounded('retry-after'), now) ?? readRateLimit(header, now)?.resetMs ?? RATE_LIMIT_WINDOW_MS;
}
/** Requests of the window left to the rest of the user's tools: 5 % of the limit, at least the pool. */
function rateLimitReserve(limit, pool) {
    return Math.max(pool, Math.ceil((limit ?? CLOUDFLARE_RATE_LIMIT) * 0.05));
}
/**
 * The slow-down rule. With no reading, or `remaining` at least twice the reserve: the whole pool, no wait.
 * Below that: one request at a time, the requests left above the reserve spread evenly over what is left
 * of the window (its reset when reported, else its length, else Cloudflare's 5 minutes). At the reserve
 * or below: wait for the reset when it is known, else do not go. elapsedMs is the reading's age.
 */
function paceFor(reading, elapsedMs, pool) {
    if (reading === undefined)
        return { go: true, concurrency: pool, waitMs: 0 };
    const reserve = rateLimitReserve(reading.limit, pool);
    if (reading.remaining >= 2 * reserve)
        return { go: true, concurrency: pool, waitMs: 0 };
    const resetLeft = reading.resetMs === undefined ? undefined : Math.max(0, reading.resetMs - elapsedMs);
    if (reading.remaining > reserve) {
        const spread = resetLeft ?? reading.windowMs ?? RATE_LIMIT_WINDOW_MS;
        return { go: true, concurrency: 1, waitMs: Math.ceil(spread / (reading.remaining - reserve)) };
    }
    if (resetLeft === undefined)
        return { go: false, waitMs: reading.windowMs ?? RATE_LIMIT_WINDOW_MS };
    return { go: true, concurrency: 1, waitMs: resetLeft };
}
/** A whole number within bounds, from a header's digits; undefined for anything else. */
function wholeNumber(value) {
    if (value === null || value === undefined)
        return undefined;
    const text = value.trim();
    if (!/^\d{1,10}$/.test(text))
        return undefined;
    const number = Number(text);
    return number <= MAX_HEADER_NUMBER ? number : undefined;
}
/**
 * The items of a structured-field list (RFC 9651) as the rate-limit headers use it: `"name";key=value`,
 * separated by commas; a name may be a string or a token, values are read as text. Malformed items are
 * skipped; a header past MAX_HEADER_CHARACTERS is not read.
 */
function structuredList(value) {
    if (value === null || value === undefined || value.length > MAX_HEADER_CHARACTERS)
        return [];
    const items = [];
    for (const item of value.split(',').slice(0, MAX_HEADER_ITEMS)) {
        const [head = '', ...rest] = item.split(';').map(part => part.trim());
        const name = /^"([^"\\]*)"$/.exec(head)?.[1] ?? (/^[A-Za-z*][\w.:/*-]*$/.test(head) ? head : undefined);
        if (name === undefined)
            continue;
        const params = new Map();
        for (const part of rest) {
            const match = /^([a-z*][a-z0-9_.*-]*)=(.*)$/.exec(part);
            if (match)
                params.set(match[1], match[2]);
        }
        items.push({ name, params });
    }
    return items;
}

;// CONCATENATED MODULE: ./src/cloudflare/request-governor.ts



/**
 * How a run that sends many requests (the account inventory) stays within Cloudflare's rate limit:
 * 1,200 requests per 5 minutes per user, across every tool and the dashboard, where one 429 blocks every
 * call of that user for the next 5 minutes (developers.cloudflare.com/fundamentals/api/reference/limits).
 * docs/account-inventory.md says the same for users; the numbers are here and in rate-limit.ts (what the
 * answers say about the limit, and the slow-down rule).
 *
 * - A budget per run: every attempt (retries included) draws one request from it, and an attempt that
 *   would pass it is refused before it is sent.
 * - A pool: at most `pool` requests in flight at once.
 * - The API's own count, read from every answer (rate-limit headers): when it runs low, one request at a
 *   time, spread over what is left of the window, and a reserve of the window is left to the rest of the
 *   user's tools.
 * - A 429: no request is sent after it (those in flight finish), and the stop says how long to wait.
 */
/** Requests in flight at once. */
const DEFAULT_POOL = 4;
/** An attempt the governor refused: nothing was sent. */
class RequestsStopped extends Error {
    name = 'RequestsStopped';
    stop;
    constructor(stop) {
        super(describeStop(stop));
        this.stop = stop;
    }
}
/** One sentence for a stop, for logs and results. */
function describeStop(stop) {
    switch (stop.reason) {
        case 'budget':
            return `the run's request budget (${stop.budget} requests) is spent`;
        case 'rate-limited':
            return `Cloudflare answered HTTP 429 (rate limited): no request was sent after it, as Cloudflare blocks every API call of this user for a while; wait ${Math.ceil(stop.waitMs / 1000)} s before the next run`;
        case 'rate-limit-low':
            return `Cloudflare reports only ${stop.remaining} requests left in this user's rate-limit window, which are left to the user's other tools; wait ${Math.ceil(stop.waitMs / 1000)} s before the next run`;
    }
}
/**
 * The gate (AttemptGate, src/cloudflare/client.ts) of a run that sends many requests: the budget, the
 * pool, pacing from the API's rate-limit headers, and the stop. A client goes through it with
 * `new CloudflareClient({ ...options, ...governor.clientOptions() })`, which also turns off 429 retries.
 */
class RequestGovernor {
    budget;
    pool;
    #deadline;
    #sleep;
    #now;
    #log;
    #spent = 0;
    /** Slots taken: attempts admitted or waiting to be paced. */
    #slots = 0;
    /** Attempts sent and not yet ended. */
    #sending = 0;
    #maxSending = 0;
    #reading;
    #stop;
    #slowed = false;
    #waiters = [];
    #idle = [];
    constructor(options) {
        if (!Number.isInteger(options.budget) || options.budget < 1 || options.budget > limits/* MAX_REQUEST_BUDGET */.dq) {
            throw new Error(`internal error: a request budget must be a whole number from 1 to ${limits/* MAX_REQUEST_BUDGET */.dq}`);
        }
        this.budget = options.budget;
        this.pool = options.pool ?? DEFAULT_POOL;
        this.#deadline = options.deadline;
        this.#sleep = options.sleep ?? sleep/* sleep */.y;
        this.#now = options.now ?? Date.now;
        this.#log = options.log;
    }
    /** What a CloudflareClient needs to go through this governor: the gate, and no retry of a 429. */
    clientOptions() {
        return { gate: this, retryRateLimited: false };
    }
    /** Requests sent so far, retries included. */
    get spent() {
        return this.#spent;
    }
    /** Why requests stopped, once they have. */
    get stopped() {
        return this.#stop;
    }
    /** The most requests that were in flight at once. */
    get maxInFlight() {
        return this.#maxSending;
    }
    /** Whether the API's count ever made the run slow down. */
    get slowedDown() {
        return this.#slowed;
    }
    /** Resolves once no request is in flight: requests a refused call left behind have ended. */
    idle() {
        return this.#sending === 0 ? Promise.resolve() : new Promise(resolve => this.#idle.push(resolve));
    }
    async enter(signal) {
        this.#refuseIfStopped();
        await this.#takeSlot(signal);
        try {
            this.#refuseIfStopped();
            const pace = this.#pace();
            if (!pace.go)
                throw this.#halt({ reason: 'rate-limit-low', waitMs: pace.waitMs, remaining: this.#reading?.value.remaining ?? 0 });
            if (pace.waitMs > 0) {
                // A wait the deadline would cut short stops the run cleanly instead.
                if (pace.waitMs >= this.#deadline.remainingMs()) {
                    throw this.#halt({ reason: 'rate-limit-low', waitMs: pace.waitMs, remaining: this.#reading?.value.remaining ?? 0 });
                }
                this.#log?.debug(`rate limit: waiting ${(pace.waitMs / 1000).toFixed(1)} s before the next request`);
                await this.#sleep(pace.waitMs, signal);
                this.#refuseIfStopped();
            }
            if (this.#spent >= this.budget)
                throw this.#halt({ reason: 'budget', budget: this.budget });
        }
        catch (error) {
            this.#releaseSlot();
            throw error;
        }
        this.#spent += 1;
        this.#sending += 1;
        this.#maxSending = Math.max(this.#maxSending, this.#sending);
        let ended = false;
        return answer => {
            if (ended)
                return;
            ended = true;
            this.#sending -= 1;
            this.#observe(answer);
            this.#releaseSlot();
            if (this.#sending === 0)
                for (const resolve of this.#idle.splice(0))
                    resolve();
        };
    }
    #observe(answer) {
        if (answer === undefined)
            return;
        const header = (name) => answer.headers.get(name);
        const now = this.#now();
        if (answer.status === 429) {
            this.#halt({ reason: 'rate-limited', waitMs: rateLimitedWaitMs(header, now) });
            return;
        }
        const reading = readRateLimit(header, now);
        if (reading === undefined)
            return;
        this.#reading = { value: reading, at: now };
        const pace = paceFor(reading, 0, this.pool);
        if (pace.go && pace.concurrency < this.pool && !this.#slowed) {
            this.#slowed = true;
            this.#log?.info(`Cloudflare reports ${reading.remaining} requests left in this user's rate-limit window: slowing down to one request at a time`);
        }
    }
    #pace() {
        return paceFor(this.#reading?.value, this.#reading === undefined ? 0 : this.#now() - this.#reading.at, this.pool);
    }
    #refuseIfStopped() {
        if (this.#stop !== undefined)
            throw new RequestsStopped(this.#stop);
    }
    /** Records the first stop (later ones do not replace it) and wakes every waiter, which is then refused. */
    #halt(stop) {
        if (this.#stop === undefined) {
            this.#stop = stop;
            this.#log?.info(`Stopped sending requests: ${describeStop(stop)}`);
        }
        for (const wake of this.#waiters.splice(0))
            wake();
        return new RequestsStopped(this.#stop);
    }
    #concurrency() {
        const pace = this.#pace();
        return pace.go ? pace.concurrency : 1;
    }
    async #takeSlot(signal) {
        while (this.#slots >= this.#concurrency()) {
            if (signal.aborted)
                throw signal.reason;
            await new Promise((resolve, reject) => {
                const onAbort = () => {
                    this.#waiters = this.#waiters.filter(waiter => waiter !== wake);
                    reject(signal.reason);
                };
                const wake = () => {
                    signal.removeEventListener('abort', onAbort);
                    resolve();
                };
                this.#waiters.push(wake);
                signal.addEventListener('abort', onAbort, { once: true });
            });
            this.#refuseIfStopped();
        }
        this.#slots += 1;
    }
    #releaseSlot() {
        this.#slots -= 1;
        // Every waiter looks again: the pool may have grown back, or the run stopped.
        for (const wake of this.#waiters.splice(0))
            wake();
    }
}

// EXTERNAL MODULE: ./src/identifier.ts
var identifier = __webpack_require__(8360);
// EXTERNAL MODULE: ./src/cloudflare/certificate-object.ts
var certificate_object = __webpack_require__(9874);
// EXTERNAL MODULE: ./src/cloudflare/envelope.ts
var cloudflare_envelope = __webpack_require__(2287);
// EXTERNAL MODULE: ./src/cloudflare/paging.ts
var paging = __webpack_require__(599);
;// CONCATENATED MODULE: ./src/cloudflare/zones.ts






/** The zone statuses GET /zones filters on (the schema's enum). */
const ZONE_STATUSES = (/* unused pure expression or super */ null && (['initializing', 'pending', 'active', 'moved']));
/** The schema's pattern for a zone's name (zones_zone.name), which the live API's names follow. */
const ZONE_NAME = /^([a-zA-Z0-9][-a-zA-Z0-9]*\.)+[-a-zA-Z0-9]{2,20}$/;
/**
 * Every zone of the account (`GET /zones?account.id=…`, "Zone: Read"), 50 a page, every page, in the
 * order the API lists them, with the status when given (every status when not). The paging rules are the
 * certificate listing's: never relying on total_pages (not in the schema), a page shorter than per_page
 * ends the listing, a count claimed in result_info ends it at the pages it justifies, and no listing goes
 * past MAX_ZONE_PAGES (1,200 zones: more than one run's largest budget could check) — a claim past it
 * stops the listing after its first page. Pages are fetched one after another. Zones are de-duplicated
 * by id (a listing may shift while it is paged); each is checked by readZoneList.
 */
async function listAccountZones(client, accountId, options = {}) {
    const account = (0,identifier/* canonicalId */.iS)('account', accountId);
    if (account === undefined)
        throw new Error('internal error: listing the zones of something that is not an account id');
    const listed = await (0,paging/* collectPages */.V)(async (page) => {
        const query = { 'account.id': account, ...(options.status ? { status: options.status } : {}), page, per_page: limits/* LIST_PAGE_SIZE */.Lw };
        const envelope = await client.call('GET', ['zones'], { query });
        return { items: readZoneList(envelope, page, account), claims: (0,paging/* pageClaims */.z)(envelope.resultInfo, limits/* LIST_PAGE_SIZE */.Lw) };
    }, 
    // One page at a time: an inventory spends its request budget on certificates first.
    { maxPages: limits/* MAX_ZONE_PAGES */.LY, concurrency: 1, tooMany: claimed => tooManyZones(account, claimed) });
    const byId = new Map();
    for (const zone of listed)
        if (!byId.has(zone.id))
            byId.set(zone.id, zone);
    return [...byId.values()];
}
/**
 * The zones of one listing page, each checked before anything uses it: an object, an id of the zone kind,
 * a name that is a DNS name of at most 253 characters (the schema's pattern), and an account that is the
 * one asked for (a zone of another account is never checked under this one). Refusals name the entry and
 * the field, and describe a bad value by its type and size only: never its content.
 */
function readZoneList(envelope, page, accountId) {
    const refuse = (detail) => new errors/* UnexpectedResponseError */.dk(detail, envelope.response);
    if (!Array.isArray(envelope.result))
        throw refuse(`with a zone listing (page ${page}) whose "result" is not an array`);
    return envelope.result.map((entry, index) => {
        const where = `zone listing entry ${index + 1} of page ${page}`;
        if (!(0,cloudflare_envelope/* isRecord */.u)(entry))
            throw refuse(`with ${where} that is not a zone object`);
        const id = (0,identifier/* canonicalId */.iS)('zone', entry.id);
        if (id === undefined)
            throw refuse(`with ${where} whose "id" is ${(0,certificate_object/* describe */.q0)(entry.id)}, not a zone id (${identifier/* ID_SHAPES */.V5.zone})`);
        const name = entry.name;
        if (typeof name !== 'string' || name.length > limits/* MAX_ZONE_NAME_LENGTH */.n8 || !ZONE_NAME.test(name) || name.split('.').some(label => label.length > 63)) {
            throw refuse(`with ${where} (zone ${id}) whose "name" is ${(0,certificate_object/* describe */.q0)(name)}, not a DNS name of at most ${limits/* MAX_ZONE_NAME_LENGTH */.n8} characters`);
        }
        const given = (0,cloudflare_envelope/* isRecord */.u)(entry.account) ? entry.account.id : undefined;
        const account = (0,identifier/* canonicalId */.iS)('account', given);
        if (account !== accountId) {
            const what = account ?? (given === undefined || given === null ? 'missing' : (0,certificate_object/* describe */.q0)(given));
            throw refuse(`with ${where} (zone ${id}) whose "account.id" is ${what}, not the account asked for (${accountId})`);
        }
        return { id, name: name.toLowerCase() };
    });
}
function tooManyZones(accountId, claimed) {
    const max = limits/* MAX_ZONE_PAGES */.LY * limits/* LIST_PAGE_SIZE */.Lw;
    const what = claimed === undefined ? `kept returning full pages past ${limits/* MAX_ZONE_PAGES */.LY} pages` : `reports ${claimed} zones`;
    return new errors/* UnexpectedResponseError */.dk(`with a zone listing of account ${accountId} that ${what}: more than the ${max} zones one run can check (${limits/* MAX_ZONE_PAGES */.LY} pages of ${limits/* LIST_PAGE_SIZE */.Lw}; the largest request budget, 1,200, checks at most that many); the listing was stopped. Check the zones in groups with zone-id instead`, { status: 200 });
}

// EXTERNAL MODULE: ./src/deadline.ts
var deadline = __webpack_require__(6683);
// EXTERNAL MODULE: ./src/escape.ts
var src_escape = __webpack_require__(2988);
// EXTERNAL MODULE: ./src/commands/list.ts
var list = __webpack_require__(9664);
;// CONCATENATED MODULE: ./src/commands/account-inventory.ts










/**
 * `list` with an account instead of a zone: every zone of the account, then each zone's certificates,
 * checked exactly as a one-zone list checks them, within a request budget and Cloudflare's rate limit.
 * docs/account-inventory.md describes it; the numbers live in src/cloudflare/request-governor.ts and rate-limit.ts.
 */
/** The one call of the certificate listing routine (its paging, its checks of every entry), as a one-zone list makes it. */
const listZoneCertificates = (client, zoneId, status) => new client_certificates/* ClientCertificatesClient */.V(client).list(zoneId, status);
/** Zones that failed in a row (server errors, garbled answers) after which no new zone is started: an outage is not worth the rate limit. */
const MAX_FAILED_ZONES_IN_A_ROW = 3;
/** Characters of an error kept in a zone's note. */
const MAX_WHY_CHARACTERS = 500;
/**
 * Lists the account's zones, then checks them, `pool` zones at a time, through one client whose every
 * request goes through one RequestGovernor. A zone whose certificates answer 403 is skipped with a note;
 * any other error fails that zone (the others go on, up to MAX_FAILED_ZONES_IN_A_ROW failures in a row);
 * a spent budget, a 429, the API's count at its reserve, the deadline or a refused credential stop new
 * requests, and the zones left are named. Requests in flight are waited for before it returns. A failure
 * to list the zones themselves is thrown (nothing was read), unless the governor stopped it.
 */
async function inventoryAccount(config, services) {
    const accountId = (0,identifier/* canonicalId */.iS)('account', config.accountId);
    if (accountId === undefined)
        throw new Error('internal error: an inventory of something that is not an account id');
    const { log } = services;
    const pool = services.pool ?? DEFAULT_POOL;
    const budget = services.budget ?? limits/* DEFAULT_REQUEST_BUDGET */.qY;
    const governor = new RequestGovernor({
        budget,
        pool,
        deadline: services.clientOptions.deadline,
        ...(services.clientOptions.sleep ? { sleep: services.clientOptions.sleep } : {}),
        ...(services.clock ? { now: services.clock } : {}),
        log,
    });
    const client = new cloudflare_client/* CloudflareClient */.$({ ...services.clientOptions, ...governor.clientOptions() });
    const now = services.now?.() ?? new Date();
    let zones;
    try {
        zones = await listAccountZones(client, accountId);
    }
    catch (error) {
        await governor.idle();
        if (!(error instanceof RequestsStopped) && !isRateLimited(error))
            throw error;
        const stop = governor.stopped;
        return finish(config, accountId, [], [], stop, governor);
    }
    log.info(`Account ${accountId}: ${zones.length} zone${zones.length === 1 ? '' : 's'} listed; checking them, ${pool} requests at a time, within a budget of ${budget} requests`);
    const outcomes = zones.map(() => undefined);
    let halt;
    let failedInARow = 0;
    let next = 0;
    const checkZone = async (index) => {
        const zone = zones[index];
        try {
            const certificates = (0,list/* verifyListing */.E)(await listZoneCertificates(client, zone.id, config.status), now);
            outcomes[index] = { kind: 'checked', certificates };
            failedInARow = 0;
            log.debug(`Zone ${zone.name} (${zone.id}): ${certificates.length} certificate${certificates.length === 1 ? '' : 's'} with status ${config.status}`);
        }
        catch (error) {
            const outcome = classify(error, zone);
            outcomes[index] = outcome;
            if (error instanceof deadline/* DeadlineError */.j)
                halt ??= { reason: 'deadline', message: error.message };
            else if (error instanceof errors/* CloudflareApiError */.kx && error.response.status === 401)
                halt ??= { reason: 'credentials', message: error.message };
            if (outcome.kind === 'failed' && ++failedInARow >= MAX_FAILED_ZONES_IN_A_ROW)
                halt ??= { reason: 'failing', zones: failedInARow };
            if (outcome.kind === 'skipped')
                log.info(`Zone ${zone.name} (${zone.id}) skipped: ${outcome.why}`);
            if (outcome.kind === 'failed')
                log.info(`Zone ${zone.name} (${zone.id}) could not be checked: ${outcome.why}`);
        }
    };
    const worker = async () => {
        while (next < zones.length && halt === undefined && governor.stopped === undefined)
            await checkZone(next++);
    };
    await Promise.all(Array.from({ length: Math.min(pool, zones.length) }, worker));
    await governor.idle();
    const stop = governor.stopped ?? halt;
    const why = stop === undefined ? '' : zoneWhy(stop);
    const settled = outcomes.map((outcome) => outcome ?? { kind: 'not-checked', why });
    return finish(config, accountId, zones, settled, stop, governor);
}
/** What an error means for the zone it came from. */
function classify(error, zone) {
    if (error instanceof RequestsStopped)
        return { kind: 'not-checked', why: zoneWhy(error.stop) };
    if (isRateLimited(error))
        return { kind: 'not-checked', why: 'the API answered HTTP 429 (rate limited) during its check' };
    if (error instanceof deadline/* DeadlineError */.j)
        return { kind: 'not-checked', why: `its check was cut short: ${error.message}` };
    const message = (0,src_escape/* shorten */.ml)(error instanceof Error ? error.message : String(error), MAX_WHY_CHARACTERS);
    if (error instanceof errors/* CloudflareApiError */.kx && error.response.status === 403) {
        return {
            kind: 'skipped',
            why: `${message}: the token's "SSL and Certificates: Read" does not include zone ${zone.id}, or the zone is not entitled to client certificates`,
        };
    }
    return { kind: 'failed', why: message };
}
function isRateLimited(error) {
    return error instanceof errors/* CloudflareApiError */.kx && error.response.status === 429;
}
/** A zone's note for a stop: short, as it repeats for every zone left. */
function zoneWhy(stop) {
    switch (stop.reason) {
        case 'budget':
            return `not checked: the run's request budget (${stop.budget} requests) was spent`;
        case 'rate-limited':
            return 'not checked: the API answered HTTP 429 (rate limited), and no request was sent after it';
        case 'rate-limit-low':
            return "not checked: the user's rate-limit window was down to the requests left to other tools";
        case 'deadline':
            return "not checked: the step's deadline (timeout-seconds) passed";
        case 'credentials':
            return 'not checked: the API refused the credentials (HTTP 401)';
        case 'failing':
            return `not checked: ${stop.zones} zones failed in a row, so no new zone was started`;
    }
}
/** One sentence for the run's stop. */
function describeInventoryStop(stop) {
    switch (stop.reason) {
        case 'deadline':
        case 'credentials':
            return stop.message;
        case 'failing':
            return `${stop.zones} zones failed in a row: no new zone was started, so as not to spend the rate limit on an API that is failing`;
        default:
            return describeStop(stop);
    }
}
function finish(config, accountId, zones, outcomes, stop, governor) {
    const refs = zones.map(({ id, name }) => ({ id, name }));
    const notes = (kind) => refs.flatMap((zone, index) => {
        const outcome = outcomes[index];
        return outcome !== undefined && outcome.kind === kind ? [{ ...zone, why: outcome.why }] : [];
    });
    const zonesChecked = [];
    const certificates = [];
    // The fewest requests: ⌈Z/50⌉ zone pages, then max(1, ⌈Nᵢ/50⌉) per zone checked and 1 per zone not.
    let needed = Math.max(1, Math.ceil(zones.length / limits/* LIST_PAGE_SIZE */.Lw));
    refs.forEach((zone, index) => {
        const outcome = outcomes[index];
        if (outcome?.kind !== 'checked') {
            needed += 1;
            return;
        }
        zonesChecked.push({ ...zone, count: outcome.certificates.length });
        for (const certificate of outcome.certificates)
            certificates.push({ ...certificate, zone });
        needed += Math.max(1, Math.ceil(outcome.certificates.length / limits/* LIST_PAGE_SIZE */.Lw));
    });
    certificates.sort((a, b) => a.notAfter.getTime() - b.notAfter.getTime());
    const expiring = (0,list/* expiringAmong */.Z)(certificates, config.minDaysRemaining);
    const zonesSkipped = notes('skipped');
    const zonesFailed = notes('failed');
    const zonesNotChecked = notes('not-checked');
    // Before the zones were listed, the account's need is unknown: at least what was spent and one more.
    const requestsNeeded = zones.length === 0 && stop !== undefined ? governor.spent + 1 : needed;
    const failures = [];
    const warnings = [];
    if (expiring.length > 0) {
        const one = expiring.length === 1;
        failures.push(`${expiring.length} active client certificate${one ? '' : 's'} of account ${accountId} expire${one ? 's' : ''} in fewer than ${config.minDaysRemaining} days (min-days-remaining): ${expiring.map(c => `${c.id} (${c.commonName}, zone ${c.zone.name}, ${c.daysRemaining} days)`).join(', ')}`);
    }
    for (const zone of zonesFailed)
        failures.push(`Zone ${zone.name} (${zone.id}) could not be checked: ${zone.why}`);
    if (stop !== undefined) {
        const left = zones.length === 0
            ? "the account's zones could not be listed"
            : `${zonesNotChecked.length} of ${zones.length} zones were not checked: ${zonesNotChecked.map(z => `${z.name} (${z.id})`).join(', ')}`;
        const sentence = `Stopped before the account was checked: ${describeInventoryStop(stop)}. ${left}. The account needs at least ${requestsNeeded} requests; this run sent ${governor.spent} of its budget of ${governor.budget}`;
        if (config.failWhenIncomplete ?? true)
            failures.push(sentence);
        else
            warnings.push(sentence);
    }
    if (zones.length === 0 && stop === undefined) {
        failures.push(`Account ${accountId} has no zones these credentials can list: check account-id, and that the token has "Zone: Read" on the account's zones`);
    }
    else if (zones.length > 0 && zonesChecked.length === 0 && zonesSkipped.length === zones.length) {
        failures.push(`None of the ${zones.length} zones of account ${accountId} could be read (each answered HTTP 403): check that the token has "SSL and Certificates: Read" on them`);
    }
    else if (zonesChecked.length > 0 && certificates.length === 0 && stop === undefined && zonesFailed.length === 0) {
        const none = `The ${zonesChecked.length} zones checked in account ${accountId} have no client certificates with status ${config.status}: check account-id and list-status`;
        if (config.failOnEmpty)
            failures.push(`${none} (fail-on-empty)`);
        else
            warnings.push(`${none}; set fail-on-empty: true to fail the step when this happens`);
    }
    const notices = zonesSkipped.map(zone => `Zone ${zone.name} (${zone.id}) was skipped: ${zone.why}`);
    return {
        kind: 'account-list',
        accountId,
        zones: refs,
        certificates,
        expiring,
        zonesChecked,
        zonesSkipped,
        zonesFailed,
        zonesNotChecked,
        stop,
        requests: governor.spent,
        budget: governor.budget,
        rate: { maxInFlight: governor.maxInFlight, slowedDown: governor.slowedDown },
        requestsNeeded,
        failures,
        warnings,
        notices,
    };
}


/***/ }),

/***/ 9664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ verifyListing),
/* harmony export */   Z: () => (/* binding */ expiringAmong),
/* harmony export */   listCertificates: () => (/* binding */ listCertificates)
/* harmony export */ });
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6852);

/**
 * Every certificate of the zone with the status, each verified against its own bytes, sorted by
 * expiry. With min-days-remaining, active certificates under it make the step fail; an empty listing
 * warns, or fails with fail-on-empty.
 */
async function listCertificates(config, context) {
    const listed = await context.certificates.list(config.zoneId, config.status);
    const certificates = verifyListing(listed);
    const minDays = config.minDaysRemaining;
    const expiring = expiringAmong(certificates, minDays);
    const failures = expiring.length === 0
        ? []
        : [
            `${expiring.length} active client certificate${expiring.length === 1 ? '' : 's'} of zone ${config.zoneId} expire${expiring.length === 1 ? 's' : ''} in fewer than ${minDays} days (min-days-remaining): ${expiring.map(c => `${c.id} (${c.commonName}, ${c.daysRemaining} days)`).join(', ')}`,
        ];
    const warnings = [];
    if (certificates.length === 0) {
        // A scheduled check pointed at the wrong zone (or filter) would otherwise stay green for ever.
        const none = `Zone ${config.zoneId} has no client certificates with status ${config.status}: check zone-id and list-status`;
        if (config.failOnEmpty)
            failures.push(`${none} (fail-on-empty)`);
        else
            warnings.push(`${none}; set fail-on-empty: true to fail the step when this happens`);
    }
    return { kind: 'list', certificates, expiring, failures, warnings, requests: context.client.requestCount };
}
/** A listing's certificates, each verified against its own bytes (throws VerificationError), soonest expiry first. */
function verifyListing(listed, now = new Date()) {
    return listed.map(certificate => (0,_certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyCertificate */ .Xq)(certificate, {}, now)).sort((a, b) => a.notAfter.getTime() - b.notAfter.getTime());
}
/** The certificates min-days-remaining flags: active ones with fewer days left (none without it). */
function expiringAmong(certificates, minDaysRemaining) {
    return minDaysRemaining === undefined ? [] : certificates.filter(c => c.status === 'active' && c.daysRemaining < minDaysRemaining);
}


/***/ })

};
;