"use strict";
exports.id = 67;
exports.ids = [67];
exports.modules = {

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


/***/ })

};
;