/* scripts/start-up-transform.ts: a builtin required on first use */ function __lazyBuiltin(id) { let loaded; const load = () => (loaded ??= require(id)); return new Proxy({}, { get: (_, key) => (key === "__esModule" ? undefined : load()[key]), has: (_, key) => key in load(), ownKeys: () => Reflect.ownKeys(load()), getOwnPropertyDescriptor: (_, key) => { const found = Reflect.getOwnPropertyDescriptor(load(), key); return found && { ...found, configurable: true }; } }); }
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 7640:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ho: () => (/* binding */ mayHaveBeenApplied),
/* harmony export */   dk: () => (/* binding */ UnexpectedResponseError),
/* harmony export */   kx: () => (/* binding */ CloudflareApiError),
/* harmony export */   mk: () => (/* binding */ VerificationError),
/* harmony export */   wX: () => (/* binding */ TransportError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

function describe(context) {
    return context.ray ? `HTTP ${context.status}, cf-ray ${context.ray}` : `HTTP ${context.status}`;
}
function describeMessage(message) {
    const chain = message.error_chain?.length ? ` (${message.error_chain.map(describeMessage).join('; ')})` : '';
    return `${message.code}: ${message.message}${chain}`;
}
/**
 * What an answer with an empty `errors` array means, by HTTP status. A 401 is the credential, whatever
 * the call; which permission a 403 lacks depends on what the call was about (the certificates, the
 * hostname list, the WAF rules), which only the caller knows: the hint for its subject names it
 * (src/hints.ts), never this message.
 */
const EMPTY_ERRORS = {
    401: 'with no error details: HTTP 401 means the credentials were not accepted. Check that api-token (or api-email and api-key) holds a current, unrevoked credential, copied whole',
    403: 'with no error details: HTTP 403 means the credentials may not do this',
};
/** The API answered with `success: false`: Cloudflare's own codes and messages, and the HTTP status. */
class CloudflareApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l {
    name = 'CloudflareApiError';
    errors;
    response;
    constructor(errors, response) {
        const list = errors.length > 0 ? errors.map(describeMessage).join('; ') : (EMPTY_ERRORS[response.status] ?? 'with no error details');
        super(`Cloudflare API error ${list} (${describe(response)})`);
        this.errors = errors;
        this.response = { status: response.status, ray: response.ray };
    }
    /** True when any error (or an error in its chain) carries the code. */
    hasCode(code) {
        const walk = (list) => !!list?.some(e => e.code === code || walk(e.error_chain));
        return walk(this.errors);
    }
}
/** The API answered with something that is not the envelope it documents (an HTML error page, cut-off JSON, …). */
class UnexpectedResponseError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l {
    name = 'UnexpectedResponseError';
    response;
    constructor(detail, response) {
        super(`Cloudflare API answered HTTP ${response.status} ${detail}${response.ray ? ` (cf-ray ${response.ray})` : ''}`);
        this.response = { status: response.status, ray: response.ray };
    }
}
/** The certificate the API returned fails a check this action makes before trusting it. */
class VerificationError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l {
    name = 'VerificationError';
}
/** No answer: the connection failed, or the step's deadline passed. */
class TransportError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l {
    name = 'TransportError';
    /** True when the request may have reached the API (it matters for POST, which is not idempotent). */
    maybeDelivered;
    constructor(message, maybeDelivered, options) {
        super(message, options);
        this.maybeDelivered = maybeDelivered;
    }
}
/**
 * True when a failed write may have been applied all the same: no clear "no" came back (no answer, a
 * reset after sending, a 5xx, a garbled 2xx). A create then may have issued a certificate; a hostname
 * write may show in reads later. A 4xx refusal, or a connection that never got through, changed nothing.
 */
function mayHaveBeenApplied(error) {
    return ((error instanceof TransportError && error.maybeDelivered) ||
        (error instanceof CloudflareApiError && error.response.status >= 500) ||
        (error instanceof UnexpectedResponseError && (error.response.status >= 500 || error.response.status < 300)));
}


/***/ }),

/***/ 980:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DO: () => (/* binding */ readTrackingIssue),
/* harmony export */   L1: () => (/* binding */ readCredentials),
/* harmony export */   iz: () => (/* binding */ looksLikeGlobalKey),
/* harmony export */   vT: () => (/* binding */ looksLikeApiToken)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6670);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3645);


/**
 * The credentials (api-token, or api-email and api-key; github-token for the tracking issue) and the
 * checks of their shape. A shape is only ever a warning or a hint, never a refusal: Cloudflare changes
 * its formats. What is refused is what no credential can be (spaces, a pasted "Bearer " scheme, a value
 * too short to be kept out of outside text).
 */
/** Cloudflare API tokens have long been 40 characters of this alphabet (newer formats may differ). */
const API_TOKEN_SHAPE = /^[A-Za-z0-9_-]{40}$/;
/** A Global API Key: 37 lowercase hexadecimal characters. */
const GLOBAL_KEY_SHAPE = /^[0-9a-f]{37}$/;
const looksLikeApiToken = (value) => API_TOKEN_SHAPE.test(value);
const looksLikeGlobalKey = (value) => GLOBAL_KEY_SHAPE.test(value);
const HEADER_SAFE = /^[\x21-\x7e]+$/;
/** An Authorization header's scheme pasted with the token ("Bearer abc…", as curl examples show it). */
const AUTHORIZATION_SCHEME = /^(bearer|token)\s/i;
/**
 * The credentials, and a warning (never a refusal) when a value has the shape of the other kind: shapes
 * change, so they only ever help the message.
 */
function readCredentials(raw, problem, warnings) {
    const token = raw['api-token'];
    const email = raw['api-email'];
    const key = raw['api-key'];
    if (token !== '' && (email !== '' || key !== '')) {
        const other = email !== '' ? 'api-email' : 'api-key';
        return problem('api-token', `cannot be combined with ${other}: give either api-token (recommended) or the api-email and api-key pair, not both`);
    }
    if (token !== '') {
        const scheme = AUTHORIZATION_SCHEME.exec(token)?.[1];
        if (scheme !== undefined)
            return problem('api-token', `starts with "${scheme} ": give the token alone, without the prefix (the action sends it as "Authorization: Bearer …")`);
        if (!HEADER_SAFE.test(token))
            return problem('api-token', 'contains spaces, line breaks or other characters no API token has; copy the token again');
        if (token.length < _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_REDACTED_LENGTH */ .Pt)
            return problem('api-token', `is shorter than ${_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_REDACTED_LENGTH */ .Pt} characters, which no API token is: copy the whole token again`);
        if (looksLikeGlobalKey(token)) {
            warnings.push('api-token looks like a Global API Key (37 hexadecimal characters), which Cloudflare accepts only as api-key with api-email');
        }
        return { kind: 'api-token', token };
    }
    if (email === '' && key === '') {
        return problem('api-token', 'is required: give an API token with the "SSL and Certificates" permission (or the legacy api-email and api-key pair)');
    }
    if (key === '')
        return problem('api-key', 'is required when api-email is set: give the Global API Key, or use api-token instead');
    if (email === '' && looksLikeApiToken(key)) {
        return problem('api-key', 'looks like an API token (40 characters): give it as api-token instead (a Global API Key would also need api-email)');
    }
    if (email === '')
        return problem('api-email', 'is required when api-key is set: give the email address of the Cloudflare account');
    if (!HEADER_SAFE.test(key))
        return problem('api-key', 'contains spaces, line breaks or other characters no API key has; copy the key again');
    if (key.length < _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_REDACTED_LENGTH */ .Pt)
        return problem('api-key', `is shorter than ${_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_REDACTED_LENGTH */ .Pt} characters, which no Global API Key is (they have 37): copy the whole key again`);
    if (!/^[^\s@]+@[^\s@]+$/.test(email))
        return problem('api-email', 'is not an email address');
    if (looksLikeApiToken(key))
        warnings.push('api-key looks like an API token (40 characters): if it is one, give it as api-token and remove api-email');
    return { kind: 'global-api-key', email, key };
}
/** The tracking issue: github-token (checked like the other credentials), its label, and the repository it is opened in. */
function readTrackingIssue(raw, env, problem, defaultLabel = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ISSUE_LABEL */ .PA) {
    const token = raw['github-token'];
    if (token === '')
        return undefined;
    const scheme = AUTHORIZATION_SCHEME.exec(token)?.[1];
    if (scheme !== undefined)
        return problem('github-token', `starts with "${scheme} ": give the token alone, without the prefix`);
    if (!HEADER_SAFE.test(token))
        return problem('github-token', 'contains spaces or line breaks; pass the workflow token (github.token) or a token from a secret');
    if (token.length < _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_REDACTED_LENGTH */ .Pt)
        return problem('github-token', `is shorter than ${_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_REDACTED_LENGTH */ .Pt} characters, which no GitHub token is: pass the workflow token (github.token) or a token from a secret`);
    const label = raw['issue-label'] === '' ? defaultLabel : raw['issue-label'];
    if (label.length > 50 || /[\r\n,]/.test(label))
        return problem('issue-label', 'must be one label name of at most 50 characters, without commas');
    const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo || rest.length > 0)
        return problem('github-token', 'needs GITHUB_REPOSITORY (owner/repo), which the runner sets, to know where to open the tracking issue');
    return { token, label, repository: { owner, repo } };
}


/***/ }),

/***/ 3645:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Lo: () => (/* binding */ COMMANDS),
  BZ: () => (/* binding */ DEFAULT_ACCOUNT_ISSUE_LABEL),
  rK: () => (/* binding */ DEFAULT_API_URL),
  PA: () => (/* binding */ DEFAULT_ISSUE_LABEL),
  it: () => (/* binding */ DEFAULT_MAX_RETRIES),
  KU: () => (/* binding */ DEFAULT_TIMEOUT_SECONDS),
  rt: () => (/* binding */ DEFAULT_VALIDITY_DAYS),
  Qh: () => (/* binding */ INPUT_NAMES),
  WJ: () => (/* binding */ KEY_TYPES),
  mw: () => (/* binding */ LIST_STATUSES),
  KZ: () => (/* binding */ MAX_VALIDITY_DAYS),
  Ze: () => (/* binding */ PKCS12_ALGORITHM_SETS),
  Fq: () => (/* binding */ defaultReuseMinDays)
});

// UNUSED EXPORTS: DEFAULT_REUSE_MIN_DAYS

;// CONCATENATED MODULE: ./src/cloudflare/types.ts
/** Status values of a client certificate, as the API reports them. */
const CERTIFICATE_STATUSES = ['active', 'pending_reactivation', 'pending_revocation', 'revoked'];

;// CONCATENATED MODULE: ./src/config/types.ts

/**
 * The config's one home for types and constants: every input's name, the validated Config the commands
 * get, and the defaults. Modules that need a type import it from here, never from the parser
 * (config/parse.ts), so that no module depends on how the inputs are read.
 */
/** Every input the action reads, exactly as named in action.yml. */
const INPUT_NAMES = [
    'command',
    'zone-id',
    'account-id',
    'api-token',
    'api-email',
    'api-key',
    'csr',
    'csr-file',
    'validity-days',
    'reuse-existing',
    'generate-key',
    'key-type',
    'common-name',
    'organization',
    'organizational-unit',
    'country',
    'state',
    'locality',
    'output-private-key',
    'private-key-file',
    'certificate-id',
    'wait',
    'list-status',
    'fail-on-empty',
    'request-budget',
    'fail-on-incomplete',
    'certificate-file',
    'min-days-remaining',
    'require-active',
    'github-token',
    'issue-label',
    'api-url',
    'timeout-seconds',
    'max-retries',
    'hostnames',
    'mtls-certificate-id',
    'block-without-certificate',
    'pkcs12-file',
    'pkcs12-password',
    'pkcs12-algorithms',
    'job-summary',
];
const COMMANDS = ['create', 'get', 'revoke', 'reactivate', 'list'];
const KEY_TYPES = ['ecdsa-p256', 'rsa-2048', 'rsa-3072'];
/** PKCS#12 algorithm sets: AES-256 with PBKDF2/SHA-256 (modern), or 3DES with SHA-1 for older Java and Windows (legacy). */
const PKCS12_ALGORITHM_SETS = ['modern', 'legacy'];
const LIST_STATUSES = ['all', ...CERTIFICATE_STATUSES];
const DEFAULT_API_URL = 'https://api.cloudflare.com/client/v4';
const DEFAULT_VALIDITY_DAYS = 3650;
const MAX_VALIDITY_DAYS = 36500;
const DEFAULT_TIMEOUT_SECONDS = 60;
const DEFAULT_MAX_RETRIES = 3;
/**
 * Days a reused certificate must have left when min-days-remaining is not set: 30, or half the validity
 * when that is shorter, so that a certificate this action just issued is always reusable (one issued for
 * validity-days: 30 has 29 whole days left).
 */
const DEFAULT_REUSE_MIN_DAYS = 30;
function defaultReuseMinDays(validityDays) {
    return Math.min(DEFAULT_REUSE_MIN_DAYS, Math.floor(validityDays / 2));
}
const DEFAULT_ISSUE_LABEL = 'client-certificate-expiry';
/**
 * The tracking issue's label for a check of every zone of an account when issue-label is not set: not a
 * zone's, so that a team with both kinds of check gets one issue for each.
 */
const DEFAULT_ACCOUNT_ISSUE_LABEL = 'client-certificate-expiry-account';


/***/ }),

/***/ 6683:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Deadline),
/* harmony export */   j: () => (/* binding */ DeadlineError)
/* harmony export */ });
/* harmony import */ var _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7640);

/** The step ran out of time, or was cancelled: never retried. */
class DeadlineError extends _cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .wX {
    name = 'DeadlineError';
}
/**
 * One deadline for all API work in the step, retries and waits included (input timeout-seconds),
 * which a cancelled workflow (SIGINT/SIGTERM) also ends early.
 */
class Deadline {
    signal;
    timeoutMs;
    #expiresAt;
    #cancel;
    constructor(timeoutMs, cancel) {
        this.timeoutMs = timeoutMs;
        this.#expiresAt = Date.now() + timeoutMs;
        this.#cancel = cancel;
        const timeout = AbortSignal.timeout(timeoutMs);
        this.signal = cancel ? AbortSignal.any([timeout, cancel]) : timeout;
    }
    remainingMs() {
        return this.signal.aborted ? 0 : Math.max(0, this.#expiresAt - Date.now());
    }
    /**
     * The error for work cut short; maybeDelivered says whether a request in flight may have reached the
     * API, and api names the API that did not answer.
     */
    error(maybeDelivered = false, api = 'the Cloudflare API') {
        const message = this.#cancel?.aborted
            ? `the step was cancelled before ${api} answered`
            : `no answer from ${api} within the step's deadline of ${formatSeconds(this.timeoutMs)} (timeout-seconds)`;
        return new DeadlineError(message, maybeDelivered);
    }
}
function formatSeconds(ms) {
    return ms < 10_000 && ms % 1000 !== 0 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ ActionError)
/* harmony export */ });
/**
 * The base of every error the action expects and explains: a bad input (InputError), an API that refused
 * or did not answer (cloudflare/errors.ts, DeadlineError), a certificate that fails a check
 * (VerificationError), a file that could not be written after the API acted (FileWriteError). Its message
 * is whole sentences for the user; report() in main.ts prints its lines as ::error:: lines, with no stack.
 *
 * Anything thrown that is not one is a bug, reported as "Unexpected error: …" with the stack in the debug
 * log. Errors that only carry a reason to the code that catches them, which rewords it as a problem or a
 * failure (CsrFormatError, FileReadError, ResponseTooLargeError, UnsafePathError), are not ActionErrors,
 * so that one that escapes unreworded still shows as the bug it is.
 */
class ActionError extends Error {
    name = 'ActionError';
    /** The ::error:: lines this error is reported as: its message, unless it holds several (InputError). */
    get lines() {
        return [this.message];
    }
}


/***/ }),

/***/ 2988:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   bY: () => (/* binding */ quotedInput),
/* harmony export */   ml: () => (/* binding */ shorten),
/* harmony export */   p7: () => (/* binding */ markdownText)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6670);

/**
 * The one place where text that may carry outside data (API answers, CSR subjects, error messages) is
 * made inert before it is printed: one formatter for log lines, one escaper for markdown. Nothing that
 * passes through them can become a workflow command, a markdown structure, a link, an image, HTML or a
 * mention, and both first replace the step's secrets by *** (src/redact.ts, through the one cap, shorten),
 * before cutting or escaping changes them.
 */
/** Longest log line or markdown field the action prints from outside data; the rest is counted, not shown. */
const MAX_LOG_CHARACTERS = 4000;
const MAX_MARKDOWN_CHARACTERS = 300;
/** Line terminators of every kind (the runner splits on \n, editors and terminals on more) and other controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this expression's purpose.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
/**
 * Invisible format characters (Unicode category Cf): bidi controls (U+202A–U+202E, U+2066–U+2069) that
 * reorder what is shown, zero-width characters (U+200B–U+200F, U+2060–U+2064, U+FEFF), the soft hyphen,
 * tag characters. Text from outside shows each as its escape, so what is read is what is there.
 */
const INVISIBLE = /\p{Cf}/gu;
/**
 * Text that may hold a Cf character: a UTF-16 unit at or above U+00AD (the soft hyphen, the first of
 * them; a character beyond the BMP has a surrogate there too). The Unicode expressions are run only on
 * text they can match: compiling their tables takes about a millisecond, on the path of every refused
 * input, for text that is mostly plain ASCII.
 */
const BEYOND_LATIN1_CONTROLS = /[\u00ad-\uffff]/;
const LINE_BREAK = /\r\n|\r|\n/g;
/** A line the runner would read as a command: `::name…::` after blanks (and `##[name]`, which it finds anywhere). */
const COMMAND_START = /^(\s*)(::|##\[)/;
/**
 * A log line that cannot act: line breaks and control characters are shown as escapes (\n, \u001b, …),
 * so the line stays one line, and a line that would start like a workflow command gets a visible mark
 * before it. Very long text is shortened, saying by how much.
 */
function logLine(text) {
    const shown = shorten(text, MAX_LOG_CHARACTERS);
    const oneLine = shown.replace(LINE_BREAK, match => (match === '\n' ? '\\n' : match === '\r' ? '\\r' : '\\r\\n')).replace(CONTROL, escapeControl);
    const visible = BEYOND_LATIN1_CONTROLS.test(oneLine) ? oneLine.replace(INVISIBLE, escapeControl) : oneLine;
    // The runner finds its legacy `##[command]` form anywhere in a line, not only at the start.
    return visible.replace(COMMAND_START, '$1[data] $2').replace(/##\[/g, '#\\u0023[');
}
/**
 * ASCII punctuation CommonMark renders literally after a backslash, but for `,` `-` `.` `/`: those make
 * structure only at the start of a line (a list, a rule, a setext underline), where they are escaped too,
 * and leaving them alone mid-line keeps names like deploy.example.com readable in the raw markdown.
 */
const PUNCTUATION = /[!-+:-@[-`{-~]/g;
const LEADING_STRUCTURE = /^[,\-./]|^(\d+)\./;
/**
 * Outside data as markdown text, for a table cell or a sentence: one line; invisible format characters
 * from the text shown as escapes (\u202e), as in the log; a zero-width space after what GitHub turns
 * into a mention (`@name`), an autolink (`://`, `www.`) or an issue reference (`#1`) in the rendered text,
 * where a backslash would not stop it (inserted after the escaping, so only the text's own are shown);
 * then ASCII punctuation backslash-escaped (so no emphasis, heading, list, link, image, HTML, entity, code
 * or table break can form). Long text is shortened.
 */
function markdownText(text, maxCharacters = MAX_MARKDOWN_CHARACTERS) {
    const oneLine = shorten(text, maxCharacters).replace(LINE_BREAK, ' ').replace(CONTROL, ' ');
    let inert = (BEYOND_LATIN1_CONTROLS.test(oneLine) ? oneLine.replace(INVISIBLE, escapeControl) : oneLine).trim();
    // Each Unicode expression only where it can match (see BEYOND_LATIN1_CONTROLS).
    if (inert.includes('@'))
        inert = inert.replace(/@(?=[\p{L}\p{N}_-])/gu, '@\u200b');
    inert = inert.replace(/:\/\//g, ':\u200b//');
    if (/ww\./i.test(inert))
        inert = inert.replace(/\b(w)(ww\.)/giu, '$1\u200b$2');
    if (inert.includes('#'))
        inert = inert.replace(/#(?=\p{N})/gu, '#\u200b');
    return inert.replace(PUNCTUATION, '\\$&').replace(LEADING_STRUCTURE, (start, digits) => (digits === undefined ? `\\${start}` : `${digits}\\.`));
}
/** \u001b, \u202e; a character beyond the BMP (a tag character) as \u{e0041}. */
function escapeControl(character) {
    const code = character.codePointAt(0) ?? 0;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * The text with the step's secrets redacted (src/redact.ts), then cut at max characters with a note of how
 * many more there were: the one cap for outside text. Redacting comes first, here, so that no caller can
 * cut a secret in half: a cut prefix of a token is no longer the token, and would pass the redactor.
 */
function shorten(text, max) {
    const redacted = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text);
    return redacted.length <= max ? redacted : `${redacted.slice(0, max)}… (${redacted.length - max} more characters not shown)`;
}
/**
 * An input's value (or an entry of one) as a problem's message quotes it: one line, through the one cap
 * (which redacts before it cuts: a credential pasted into the wrong input is not cut into an unrecognised
 * prefix). The message then goes through logLine or markdownText like any other.
 */
function quotedInput(text, max) {
    return shorten(text, max).replace(/[\r\n]+/g, ' ');
}


/***/ }),

/***/ 8360:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V5: () => (/* binding */ ID_SHAPES),
/* harmony export */   eQ: () => (/* binding */ isId),
/* harmony export */   iS: () => (/* binding */ canonicalId)
/* harmony export */ });
const HEX32 = /^[0-9a-f]{32}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SHAPES = {
    zone: [HEX32],
    account: [HEX32],
    certificate: [UUID, HEX32],
    authority: [UUID, HEX32],
    'mtls-certificate': [UUID],
    ruleset: [HEX32],
    rule: [HEX32],
};
/** How each kind looks, for a message that says what to give. */
const ID_SHAPES = {
    zone: '32 hexadecimal characters',
    account: '32 hexadecimal characters',
    certificate: 'a UUID like 7bf7f70c-7600-42e1-81c4-e4c0da9aa515 (or 32 hexadecimal characters)',
    authority: 'a UUID (or 32 hexadecimal characters)',
    'mtls-certificate': 'a UUID like b2134436-2555-4acf-be5b-26c48136575e',
    ruleset: '32 hexadecimal characters',
    rule: '32 hexadecimal characters',
};
/**
 * The id in canonical form (lowercase; Cloudflare's ids are lowercase, and it accepts them in any case),
 * or undefined when the value is not an id of this kind.
 */
function canonicalId(kind, value) {
    if (typeof value !== 'string' || value.length > 36)
        return undefined;
    const lower = value.toLowerCase();
    return SHAPES[kind].some(shape => shape.test(lower)) ? lower : undefined;
}
/** Whether the value is an id of this kind, in any case. */
function isId(kind, value) {
    return canonicalId(kind, value) !== undefined;
}


/***/ }),

/***/ 351:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ MAX_READ_DESCRIPTION),
/* harmony export */   $q: () => (/* binding */ MAX_OUTPUT_BYTES),
/* harmony export */   BD: () => (/* binding */ MAX_ISSUE_BODY_CHARACTERS),
/* harmony export */   LY: () => (/* binding */ MAX_ZONE_PAGES),
/* harmony export */   Lw: () => (/* binding */ LIST_PAGE_SIZE),
/* harmony export */   Q0: () => (/* binding */ MAX_SUMMARY_BYTES),
/* harmony export */   R4: () => (/* binding */ MAX_ASSOCIATED_HOSTNAMES),
/* harmony export */   Zi: () => (/* binding */ MAX_READ_EXPRESSION),
/* harmony export */   cx: () => (/* binding */ MAX_RULESET_RULES),
/* harmony export */   dq: () => (/* binding */ MAX_REQUEST_BUDGET),
/* harmony export */   hv: () => (/* binding */ MAX_RULE_EXPRESSION),
/* harmony export */   i7: () => (/* binding */ MAX_CSR_BYTES),
/* harmony export */   n8: () => (/* binding */ MAX_ZONE_NAME_LENGTH),
/* harmony export */   nB: () => (/* binding */ MAX_RESPONSE_BYTES),
/* harmony export */   qY: () => (/* binding */ DEFAULT_REQUEST_BUDGET),
/* harmony export */   rt: () => (/* binding */ MAX_LIST_PAGES)
/* harmony export */ });
/**
 * Every bound the action puts on what comes from outside, in one place. Each is far above what a real
 * answer or input needs, and each failure names the bound it hit.
 */
/** A response body from any API (Cloudflare's or GitHub's), counted while it streams. */
const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
/** Pages of a listing: 40 pages of 50 is 2,000 certificates, twenty times a zone's quota of 100. */
const LIST_PAGE_SIZE = 50;
const MAX_LIST_PAGES = 40;
/**
 * Pages of an account's zone listing (50 a page): 24 pages is 1,200 zones, as many as the largest request
 * budget of one run (1,200, Cloudflare's whole rate-limit window) could check at one request each. An
 * account with more cannot be checked in one run; a lying answer costs at most 24 requests.
 */
const MAX_ZONE_PAGES = 24;
/**
 * Requests one account inventory (list with account-id) may send, retries included: the request-budget
 * input. Cloudflare allows 1,200 requests per 5 minutes per user, across every tool and the dashboard;
 * the default plans half of that window, and no run may plan more than all of it.
 */
const DEFAULT_REQUEST_BUDGET = 600;
const MAX_REQUEST_BUDGET = 1200;
/** A zone's name as the zones schema bounds it. */
const MAX_ZONE_NAME_LENGTH = 253;
/** A CSR given as csr or csr-file; a real one is 1 to 4 KiB. */
const MAX_CSR_BYTES = 64 * 1024;
/** GitHub's limit for one step's job summary is 1 MiB; stay below it with room for the run link. */
const MAX_SUMMARY_BYTES = 1000 * 1024;
/** A tracking issue's body: GitHub refuses one past 65,536 characters. */
const MAX_ISSUE_BODY_CHARACTERS = 60_000;
/** One step output; GitHub keeps at most 1 MiB of outputs per job. */
const MAX_OUTPUT_BYTES = 900 * 1024;
/**
 * Hostnames in a zone's mTLS hostname list as the API answers it: far more than a zone protects. The
 * hostnames output takes at most 100 KiB of them (src/outputs.ts); the summary shows at most 200.
 */
const MAX_ASSOCIATED_HOSTNAMES = 2000;
/**
 * A zone's WAF custom rules as a ruleset answer holds them: the Enterprise plan allows 1,000 custom rules
 * in the phase; an answer with more is not read.
 */
const MAX_RULESET_RULES = 1000;
/** Cloudflare's documented limit on a rule expression (4,096 characters): ours is never longer. */
const MAX_RULE_EXPRESSION = 4096;
/** The longest expression and description read from an answer: far above what Cloudflare accepts. */
const MAX_READ_EXPRESSION = 16 * 1024;
const MAX_READ_DESCRIPTION = 4096;


/***/ }),

/***/ 2082:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ isLoopback)
/* harmony export */ });
/**
 * 127.0.0.0/8, ::1 and localhost: the addresses that never leave this machine. The hostname is a parsed
 * URL's (`new URL(…).hostname`), which the URL standard has made canonical: an IPv4 address in any
 * spelling (`127.1`, `0x7f.0.0.1`) as four decimal numbers (a host whose last label is a number is
 * always read as one, or refused), an IPv6 address compressed, in brackets. So the checks are on text,
 * without `node:net`'s isIP, which would load `node:net` on a refused input's path (docs/performance.md).
 */
function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Pt: () => (/* binding */ MIN_REDACTED_LENGTH),
/* harmony export */   _o: () => (/* binding */ secretLines),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* unused harmony export REDACTED */
/**
 * The one place that keeps the step's secrets out of what it prints and sends. Outside text may carry a
 * secret back (an API error, a proxy's page or a GitHub answer that echoes the token): the runner masks
 * its log, but not the job summary, the tracking issue or the outputs, and it no longer recognises a
 * secret once the markdown escaper has changed it (`cfut_…` becomes `cfut\_…`).
 *
 * src/main.ts registers each secret here once, where it masks it for the runner: the credentials, the
 * PKCS#12 password, every line of a private key (generated, or pasted as the CSR by mistake), and the
 * account email (personal data, not a credential: a public tracking issue must not publish it). The one
 * cap for outside text (shorten, src/escape.ts) redacts before it cuts, and both escapers (logLine and
 * markdownText) go through it before they escape anything, so every log line, the job summary and the
 * tracking issue pass through here, and no text is cut before it is redacted (a cut-off prefix of a
 * secret would no longer be recognised); the outputs are redacted where they are set (src/main.ts), the
 * one place that sets them.
 */
/** What a secret becomes, as the runner shows a masked value. */
const REDACTED = '***';
/**
 * Values shorter than this are not redacted: replacing every "7" or "ab" would garble the text and, worse,
 * show the value by where the *** appear (a fingerprint with *** in it). No credential is that short
 * (config/credentials.ts refuses such an api-token, api-key or github-token, so none is ever sent, and so none can
 * come back); the PKCS#12 password and the private key never leave the runner, so outside text can hold a
 * short one only by chance. Such values are still masked by the runner in the log.
 */
const MIN_REDACTED_LENGTH = 8;
const values = new Set();
let pattern;
/**
 * Each form of a secret the runner is told to mask: the whole (trimmed), and each line alone when it has
 * several (split at line breaks and at literal \n escapes, as a key pasted into an input may have them).
 */
function secretLines(secret) {
    const whole = secret.trim();
    if (whole === '')
        return [];
    const lines = whole
        .split(/\r?\n|\\n/)
        .map(line => line.trim())
        .filter(line => line !== '');
    return lines.length > 1 ? [whole, ...lines] : [whole];
}
/**
 * Registers a value to be replaced by *** wherever outside text carries it: its whole and each line (a
 * PEM's BEGIN and END lines are public and stay). Only the value as written is registered: its escaped
 * spellings are found by redact(), which reads the text's escapes, so every spelling of every value is
 * matched by the one pattern and none has to be listed here.
 */
function registerSecret(secret) {
    for (const form of secretLines(secret)) {
        if (/^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(form))
            continue;
        if (form.length >= MIN_REDACTED_LENGTH)
            values.add(form);
    }
    pattern = undefined;
}
/**
 * The text with every registered secret replaced by ***, longest first (a whole key before its lines),
 * wherever it appears:
 * - as written, in any letter case (credentials are ASCII, and an API or a proxy may upper- or lower-case
 *   what it echoes; a password or a key line is redacted case-insensitively too, which only redacts more);
 * - written with one layer of the escapes outside text puts on it, in any mix: percent-encoding
 *   (`deploy%2Bci%40example.com`, ASCII bytes), HTML character references (`p&amp;ss&lt;w&gt;rd`,
 *   `&#64;`, `&#x40;`) and JSON string escapes (`\u0040`, `\"`, `\\`, `\/`).
 *
 * The pattern is the registered values, each escaped as a literal, in one alternation: no quantifier,
 * so no backtracking beyond one value's length at each position. The escapes are read in one pass over
 * the text, which keeps where each read character started, so a match in the read text replaces exactly
 * the escaped characters it came from. Both passes are linear in the text.
 *
 * Not recognised (out of scope): a secret split by a line break or by other text (a wrapped line, a
 * token cut into two fields), escaped twice (`%2540`, `&amp;amp;`), or percent-encoded beyond ASCII; and
 * a secret in escaped form whose first character, right after a lone `\`, `%X` or `&#`, reads as part of
 * that escape instead (`C:\tok%33n…` reads as a tab and `ok3n…`): as written, unescaped, it is still found.
 * A fuzz of 20,000 mixed spellings (each character in any case and any of the escapes) found only those.
 */
function redact(text) {
    if (values.size === 0)
        return text;
    pattern ??= new RegExp([...values]
        .sort((a, b) => b.length - a.length)
        .map(value => value.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
        .join('|'), 'gi');
    const plain = text.replace(pattern, REDACTED);
    return ESCAPE_START.test(plain) ? redactEscaped(plain, pattern) : plain;
}
/** Where an escape may start: a percent sign, an ampersand, a backslash. */
const ESCAPE_START = /[%&\\]/;
const NEXT_ESCAPE_START = /[%&\\]/g;
/** One escape at a position: %XX (ASCII), an HTML character reference, a JSON \uXXXX or short escape. */
const ESCAPE = /%([0-7][0-9a-fA-F])|&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));|\\(?:u([0-9a-fA-F]{4})|(["\\/bfnrt]))/y;
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const SHORT = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
/** The text with the registered values redacted where they appear escaped (see redact). */
function redactEscaped(text, secrets) {
    // read: the text with its escapes read; starts[i]: where read character i starts in the text.
    const starts = new Uint32Array(text.length + 1);
    const pieces = [];
    let length = 0;
    let at = 0;
    const keep = (end) => {
        pieces.push(text.slice(at, end));
        for (; at < end; at++)
            starts[length++] = at;
    };
    NEXT_ESCAPE_START.lastIndex = 0;
    for (let next = NEXT_ESCAPE_START.exec(text); next !== null; next = NEXT_ESCAPE_START.exec(text)) {
        if (next.index < at)
            continue;
        keep(next.index);
        ESCAPE.lastIndex = at;
        const found = ESCAPE.exec(text);
        const character = found === null ? undefined : readEscape(found);
        if (found === null || character === undefined)
            continue;
        pieces.push(character);
        starts[length++] = at;
        at += found[0].length;
    }
    keep(text.length);
    starts[length] = text.length;
    let redacted = '';
    let kept = 0;
    for (const match of pieces.join('').matchAll(secrets)) {
        redacted += `${text.slice(kept, starts[match.index])}${REDACTED}`;
        kept = starts[match.index + match[0].length];
    }
    return redacted === '' ? text : redacted + text.slice(kept);
}
/** The one UTF-16 unit an escape stands for; undefined for a character reference beyond it (read as written). */
function readEscape([, percent, decimal, hex, named, unicode, short]) {
    if (named !== undefined)
        return NAMED[named];
    if (short !== undefined)
        return SHORT[short];
    const code = Number.parseInt((percent ?? unicode ?? hex ?? decimal), decimal === undefined ? 16 : 10);
    return code <= 0xffff ? String.fromCharCode(code) : undefined;
}


/***/ }),

/***/ 8855:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ failureSummary),
/* harmony export */   z: () => (/* binding */ summaryHead)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2988);

/**
 * The job summary's frame: the heading with the verdict, then the step's failures, warnings and notices;
 * and the summary of a step that failed before it had a result. What a result adds (a certificate's
 * details, a listing, the hostnames) is in result-summary.ts, loaded only with a result.
 */
/** A failure, warning or notice: the action's own sentence with outside data in it. */
const MAX_MESSAGE_CHARACTERS = 2000;
const FAILED_TITLES = {
    create: 'Client certificate not issued',
    get: 'Client certificate check failed',
    revoke: 'Client certificate not revoked',
    reactivate: 'Client certificate not reactivated',
    list: 'Zone check failed',
};
/** A step that failed before it had a result (a bad input, an API error): what failed and what to do. */
function failureSummary(context, errors) {
    const title = context.accountId !== undefined ? 'Account check failed' : (FAILED_TITLES[context.command ?? ''] ?? 'Cloudflare mTLS client certificate step failed');
    return [...summaryHead(context, title, errors, [], '❌'), ''].join('\n');
}
/** The heading (verdict, title, zone, tracking issue) and the step's failures, warnings and notices, one callout each. */
function summaryHead(context, title, failures, warnings, icon, notices = []) {
    const verdict = icon ?? (failures.length > 0 ? '❌' : warnings.length > 0 ? '⚠️' : '✅');
    const zone = context.zoneId ? ` · zone \`${context.zoneId}\`` : context.accountId ? ` · account \`${context.accountId}\`` : '';
    const lines = [`### ${verdict} ${title}${zone}`, ''];
    if (context.trackingIssue)
        lines.push(`Tracking issue: [#${context.trackingIssue.number}](<${context.trackingIssue.url}>)`, '');
    for (const failure of failures)
        lines.push('> [!CAUTION]', `> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(failure, MAX_MESSAGE_CHARACTERS)}`, '');
    for (const warning of warnings)
        lines.push('> [!WARNING]', `> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(warning, MAX_MESSAGE_CHARACTERS)}`, '');
    for (const notice of notices)
        lines.push('> [!NOTE]', `> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(notice, MAX_MESSAGE_CHARACTERS)}`, '');
    return lines;
}


/***/ }),

/***/ 7128:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ writeRoots)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The folders below which no part of a path the action writes may be a link: the workspace (the working
 * directory, and GITHUB_WORKSPACE) and RUNNER_TEMP. A repository's checkout, and what earlier steps
 * left in either, is not the action's to trust; the folders above them, and their links (macOS /var,
 * /tmp), are the runner's. Apart from file-writer.ts (which re-exports it), so that reading the inputs
 * does not load the writer: a refused input never writes a file.
 */
function writeRoots(workingDirectory, env) {
    const roots = [workingDirectory, env.GITHUB_WORKSPACE, env.RUNNER_TEMP]
        .filter((root) => !!root && (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(root))
        .map(root => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root));
    return [...new Set(roots)];
}


/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __lazyBuiltin("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __lazyBuiltin("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __lazyBuiltin("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = require("path");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return __awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const access = async (...args) => external_fs_.accessSync(...args), appendFile = async (...args) => external_fs_.appendFileSync(...args), writeFile = async (...args) => external_fs_.writeFileSync(...args);
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return file_command_issueFileCommand('STATE', file_command_prepareKeyValueMessage(name, value));
    }
    command_issueCommand('save-state', { name }, utils_toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
// EXTERNAL MODULE: ./src/cloudflare/errors.ts
var errors = __nccwpck_require__(7640);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/identifier.ts
var identifier = __nccwpck_require__(8360);
// EXTERNAL MODULE: ./src/limits.ts
var limits = __nccwpck_require__(351);
// EXTERNAL MODULE: ./src/write-roots.ts
var write_roots = __nccwpck_require__(7128);
// EXTERNAL MODULE: ./src/config/credentials.ts
var config_credentials = __nccwpck_require__(980);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/config/files.ts




/**
 * The files the inputs name: the CSR read from csr-file (or given inline as csr), and the paths the step
 * will write (certificate-file, private-key-file, pkcs12-file), checked before any request: each a safe
 * place to write, no two the same file, and a warning for a secret in the workspace.
 */
function absolutePath(path, context) {
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(context.workingDirectory, path);
}
/** Whether path is inside folder (both absolute); false when there is no folder. */
function isInside(folder, path) {
    if (!folder)
        return false;
    const inner = (0,external_node_path_.relative)((0,external_node_path_.resolve)(folder), path);
    return !inner.startsWith('..') && !(0,external_node_path_.isAbsolute)(inner);
}
/**
 * Every file the step may write is checked before any request: a bad path never leaves an issued
 * certificate behind.
 */
async function checkFilesToWrite(files, roots, env, problem, warnings) {
    const { certificate, privateKey, pkcs12 } = files;
    if (certificate === undefined && privateKey === undefined && pkcs12 === undefined)
        return;
    // Loaded only with a path to check (file-writer.ts, the "file-writer" chunk: src/lazy.ts): a run that
    // writes no file of its own naming, and an input refused without one, never need it.
    const { checkWritablePath } = await __nccwpck_require__.e(/* import() | file-writer */ 231).then(__nccwpck_require__.bind(__nccwpck_require__, 4741));
    if (certificate !== undefined) {
        const unsafe = await checkWritablePath(certificate, roots);
        if (unsafe !== undefined)
            problem('certificate-file', unsafe);
    }
    if (privateKey !== undefined) {
        if (certificate !== undefined && (0,external_node_path_.resolve)(certificate) === (0,external_node_path_.resolve)(privateKey)) {
            problem('private-key-file', 'is the same file as certificate-file: give each its own path (the key must never be overwritten by the certificate)');
        }
        const unsafe = await checkWritablePath(privateKey, roots);
        if (unsafe !== undefined)
            problem('private-key-file', unsafe);
        if (isInside(env.GITHUB_WORKSPACE, privateKey)) {
            warnings.push(`private-key-file ${privateKey} is inside the workspace: a later step could commit, cache or upload it. Leave private-key-file empty to use RUNNER_TEMP, which the runner empties after the job`);
        }
    }
    if (pkcs12 !== undefined) {
        const clash = [
            ['certificate-file', certificate],
            ['private-key-file', privateKey],
        ].find(([, other]) => other !== undefined && (0,external_node_path_.resolve)(other) === (0,external_node_path_.resolve)(pkcs12));
        if (clash)
            problem('pkcs12-file', `is the same file as ${clash[0]}: give each its own path`);
        const unsafe = await checkWritablePath(pkcs12, roots);
        if (unsafe !== undefined)
            problem('pkcs12-file', unsafe);
        if (isInside(env.GITHUB_WORKSPACE, pkcs12)) {
            warnings.push(`pkcs12-file ${pkcs12} is inside the workspace: a later step could commit, cache or upload it (it holds the private key). Leave pkcs12-file empty to use RUNNER_TEMP, which the runner empties after the job`);
        }
    }
}
/** The CSR given inline (csr) or as a file (csr-file), parsed and its signature verified. */
async function readCsr(raw, context, timeoutMs, problem) {
    const inline = raw.csr;
    const file = raw['csr-file'];
    if (inline !== '' && file !== '')
        return problem('csr-file', 'cannot be combined with csr: give the request inline (csr) or as a file (csr-file), not both');
    if (inline === '' && file === '') {
        // A secret that is not available (a pull request from a fork) arrives as an empty string: that must
        // stay a problem, never a silent switch to generating a key.
        return problem('csr', 'is required by command "create": give the PEM certificate request (csr), or a path to it (csr-file), or set generate-key: true. ' +
            'If it comes from a secret, check that the secret exists and is available to this workflow');
    }
    let text = inline;
    let source = 'csr';
    if (file !== '') {
        source = 'csr-file';
        const path = absolutePath(file, context);
        try {
            text = await readRegularFile(path, limits/* MAX_CSR_BYTES */.i7 + 1, timeoutMs);
        }
        catch (error) {
            if (error instanceof FileReadError)
                return problem('csr-file', `cannot be read (${path}: ${error.message}); give the path of the PEM request file`);
            const code = error.code;
            const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (code ?? 'unreadable');
            return problem('csr-file', `cannot be read (${path}: ${reason}); check the path, relative to the workspace`);
        }
    }
    // Loaded only with a CSR to read (csr.ts, and node:crypto with it, the "csr" chunk:
    // src/lazy.ts): an input refused without one never needs it.
    const { CsrFormatError, PrivateKeyGivenError, parseCertificateRequest } = await __nccwpck_require__.e(/* import() | csr */ 9).then(__nccwpck_require__.bind(__nccwpck_require__, 6799));
    try {
        return await parseCertificateRequest(text);
    }
    catch (error) {
        if (error instanceof PrivateKeyGivenError)
            return problem(source, privateKeyGiven(source, error));
        if (error instanceof CsrFormatError)
            return problem(source, error.message);
        throw error;
    }
}
/**
 * What a private key given as the CSR means, by where it came from. Inline (csr), it was a workflow input:
 * masked here and sent nowhere, but it sits in the workflow file (and the repository's history) or in a
 * secret other steps can print, so it is treated as exposed. Read from a file (csr-file), this step
 * exposed nothing: the file only needs replacing by the request made from it.
 */
function privateKeyGiven(source, error) {
    if (source === 'csr-file') {
        return (`${error.message}: nothing of it was printed or sent. Give the path of the request made from it instead ` +
            '(openssl req -new -key <the key file> -out client.csr), or set generate-key: true. If that key file is committed to the repository, treat the key as exposed and make a new one');
    }
    return (`${error.message}. It was masked in this log and not sent to Cloudflare, but treat it as exposed: as a workflow input it is written in the workflow file, ` +
        'or kept in a secret that other steps and workflows can read. Make a new key and a CSR for it ' +
        '(openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout client.key -out client.csr) and give only the CSR ' +
        '(-----BEGIN CERTIFICATE REQUEST-----), or set generate-key: true to let the action make both');
}
/** Why a file the action reads is refused: not a regular file, or no answer in time. */
class FileReadError extends Error {
    name = 'FileReadError';
}
/** O_NONBLOCK does not exist on Windows, which has no FIFOs that open like files. */
const NON_BLOCKING = external_node_fs_.constants.O_NONBLOCK ?? 0;
/**
 * The first bytes of a regular file, as UTF-8: a huge file costs at most that. Only a regular file is
 * read, as fstat on the opened descriptor says (a FIFO, a device, a socket, a folder, or a link to one,
 * is refused); it is opened with O_NONBLOCK, so that opening a FIFO returns at once instead of waiting
 * for a writer. The whole read is bounded in time too (a hung network file system): after timeoutMs it
 * is abandoned with a FileReadError. openFile is the seam a test replaces.
 */
async function readRegularFile(path, bytes, timeoutMs, openFile = promises_.open) {
    const reading = (async () => {
        const handle = await openFile(path, external_node_fs_.constants.O_RDONLY | NON_BLOCKING);
        try {
            const kind = await handle.stat();
            if (!kind.isFile())
                throw new FileReadError(`it is ${describeKind(kind)}, not a regular file`);
            const buffer = Buffer.alloc(bytes);
            let filled = 0;
            while (filled < bytes) {
                const { bytesRead } = await handle.read(buffer, filled, bytes - filled, null);
                if (bytesRead === 0)
                    break;
                filled += bytesRead;
            }
            return buffer.subarray(0, filled).toString('utf8');
        }
        finally {
            await handle.close();
        }
    })();
    let timer;
    const late = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new FileReadError(`no answer from the file system within ${timeoutMs / 1000} s (timeout-seconds)`)), timeoutMs);
    });
    try {
        return await Promise.race([reading, late]);
    }
    finally {
        clearTimeout(timer);
        // A read abandoned at the deadline may still fail later: that is no longer anyone's concern.
        reading.catch(() => undefined);
    }
}
function describeKind(kind) {
    if (kind.isFIFO())
        return 'a named pipe (FIFO)';
    if (kind.isDirectory())
        return 'a folder';
    if (kind.isSocket())
        return 'a socket';
    if (kind.isCharacterDevice() || kind.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}

// EXTERNAL MODULE: ./src/config/types.ts + 1 modules
var types = __nccwpck_require__(3645);
// EXTERNAL MODULE: ./src/escape.ts
var src_escape = __nccwpck_require__(2988);
// EXTERNAL MODULE: ./src/loopback.ts
var loopback = __nccwpck_require__(2082);
;// CONCATENATED MODULE: ./src/config/values.ts




/**
 * Pure readers of one input's text: a boolean, one of a set, a whole number in a range, an id of a kind,
 * the API's URL. Each returns the value (the fallback when the input is not set), or reports the input's
 * problem and returns undefined.
 */
const WHOLE_NUMBER = /^(0|[1-9][0-9]*)$/;
const TRUE_VALUES = new Set(['true', 'True', 'TRUE']);
const FALSE_VALUES = new Set(['false', 'False', 'FALSE']);
/** Whether the text is one of the spellings of true that readBoolean accepts. */
function isTrue(value) {
    return TRUE_VALUES.has(value);
}
/** Whether the text is one of the spellings of false that readBoolean accepts. */
function isFalse(value) {
    return FALSE_VALUES.has(value);
}
function readBoolean(value, input, fallback, problem) {
    if (value === '')
        return fallback;
    if (TRUE_VALUES.has(value))
        return true;
    if (FALSE_VALUES.has(value))
        return false;
    return problem(input, `must be true or false, not "${printable(value)}"`);
}
function oneOf(value, input, allowed, fallback, problem) {
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    return problem(input, `is "${printable(value)}"; use one of: ${allowed.join(', ')}`);
}
/** A whole number from min to max (example when not set); why, when given, follows the range in a problem. */
function wholeNumberInRange(value, input, example, min, max, problem, why) {
    if (value === '')
        return example;
    if (!WHOLE_NUMBER.test(value)) {
        return problem(input, `must be a whole number of ${min} or more written with digits only (like ${example}), not "${printable(value)}"`);
    }
    const number = Number(value);
    if (number < min || number > max)
        return problem(input, `must be between ${min} and ${max}, not ${value}${why === undefined ? '' : `: ${why}`}`);
    return number;
}
function values_identifier(value, input, kind, problem, hint) {
    if (value === '')
        return problem(input, `is required: give ${hint}`);
    // Only ids of the kind's shape ever reach a URL path, so no input can walk to another endpoint.
    if (/^([0-9a-fA-F]{2}:?){31}[0-9a-fA-F]{2}$/.test(value)) {
        return problem(input, `looks like a SHA-256 fingerprint (64 hexadecimal characters), not an id: give ${hint} (${identifier/* ID_SHAPES */.V5[kind]})`);
    }
    const id = (0,identifier/* canonicalId */.iS)(kind, value);
    if (id !== undefined)
        return id;
    const other = kind === 'zone' && (0,identifier/* isId */.eQ)('certificate', value) ? ': a UUID is a certificate or CA id, not a zone id' : '';
    return problem(input, `must be ${identifier/* ID_SHAPES */.V5[kind]} (${hint}); got ${describeLength(value)}${other}`);
}
function readApiUrl(value, problem) {
    const text = value === '' ? types/* DEFAULT_API_URL */.rK : value;
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return problem('api-url', `is not a URL; use ${types/* DEFAULT_API_URL */.rK}`);
    }
    if (url.username !== '' || url.password !== '') {
        return problem('api-url', 'must not contain a user name or password; pass credentials through api-token');
    }
    if (url.search !== '' || url.hash !== '')
        return problem('api-url', 'must not contain a query string or fragment');
    if (url.protocol === 'http:' && !(0,loopback/* isLoopback */.U)(url.hostname)) {
        return problem('api-url', 'must use https: plain http is allowed only to a loopback host (127.0.0.1, ::1, localhost), for tests');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return problem('api-url', `must be an https URL, not ${url.protocol}`);
    // Cloudflare's own host serves the API under one path only; elsewhere (a proxy) any path may be right.
    const official = new URL(types/* DEFAULT_API_URL */.rK);
    if (url.hostname === official.hostname && url.pathname.replace(/\/+$/, '') !== official.pathname) {
        return problem('api-url', `is Cloudflare's host with the path "${url.pathname}", where its API is not: use ${types/* DEFAULT_API_URL */.rK}, or leave api-url out (that is the default)`);
    }
    return url.href.replace(/\/+$/, '');
}
/** An input's value as a problem quotes it: one line of at most 40 characters (quotedInput, src/escape.ts). */
function printable(value) {
    return (0,src_escape/* quotedInput */.bY)(value, 40);
}
function describeLength(value) {
    const kind = /^[0-9a-fA-F]*$/.test(value)
        ? 'hexadecimal'
        : /^[0-9a-fA-F-]*$/.test(value)
            ? 'of hexadecimal and hyphens'
            : 'with characters that are not hexadecimal';
    return `${value.length} characters ${kind}`;
}

;// CONCATENATED MODULE: ./src/config/usage.ts


/** What each requirement is, and what a problem with an input that needs it says. */
const REQUIREMENTS = {
    'generate-key': {
        met: raw => isTrue(raw['generate-key']),
        message: 'is only used with generate-key: true; remove it, or set generate-key: true',
    },
    pkcs12: {
        met: raw => raw['pkcs12-file'] !== '' || raw['pkcs12-password'] !== '',
        message: 'is only used when a PKCS#12 bundle is written: set pkcs12-password (and pkcs12-file), or remove it',
    },
    hostnames: {
        met: raw => raw.hostnames !== '',
        message: 'is only used with hostnames: list the hostnames that should trust that CA, or remove it',
    },
    'account-id': {
        met: raw => raw['account-id'] !== '',
        message: 'is only used with account-id (command: list over every zone of an account): remove it, or give account-id instead of zone-id',
    },
};
/** What a problem with a per-zone input given with account-id says. */
const PER_ZONE_MESSAGE = 'is about one zone, and is not used with account-id (every zone of an account): remove it, or check that zone in a step of its own with zone-id';
/** In the order their problems are listed. */
const USAGE = [
    { input: 'csr', commands: ['create'] },
    { input: 'csr-file', commands: ['create'] },
    { input: 'reuse-existing', given: isTrue, commands: ['create'] },
    { input: 'generate-key', given: isTrue, commands: ['create'] },
    { input: 'list-status', given: value => value !== '' && value !== 'active', commands: ['list'] },
    { input: 'fail-on-empty', given: isTrue, commands: ['list'] },
    { input: 'account-id', commands: ['list'], why: 'to check every zone of an account' },
    { input: 'request-budget', given: value => value !== '' && value !== String(limits/* DEFAULT_REQUEST_BUDGET */.qY), needs: 'account-id' },
    { input: 'fail-on-incomplete', given: isFalse, needs: 'account-id' },
    { input: 'output-private-key', given: isTrue, needs: 'generate-key' },
    { input: 'common-name', needs: 'generate-key' },
    { input: 'organization', needs: 'generate-key' },
    { input: 'organizational-unit', needs: 'generate-key' },
    { input: 'country', needs: 'generate-key' },
    { input: 'state', needs: 'generate-key' },
    { input: 'locality', needs: 'generate-key' },
    { input: 'private-key-file', needs: 'generate-key' },
    { input: 'pkcs12-file', needs: 'generate-key' },
    { input: 'pkcs12-password', needs: 'generate-key' },
    { input: 'pkcs12-algorithms', given: value => value === 'legacy', needs: 'pkcs12' },
    { input: 'wait', given: isTrue, commands: ['revoke', 'reactivate'] },
    { input: 'min-days-remaining', commands: ['create', 'get', 'list'] },
    { input: 'certificate-file', commands: ['create', 'get', 'revoke', 'reactivate'], why: 'list has no single certificate' },
    { input: 'github-token', commands: ['get', 'list'], why: 'for the tracking issue' },
    { input: 'certificate-id', commands: ['get', 'revoke', 'reactivate'] },
    {
        input: 'hostnames',
        commands: ['create', 'get', 'list'],
        said: '"create" (to enable mTLS on them) or "get" and "list" (to check it)',
        perZone: true,
        stage: 'hostnames',
    },
    { input: 'mtls-certificate-id', needs: 'hostnames', stage: 'hostnames' },
    {
        input: 'block-without-certificate',
        given: isTrue,
        needs: 'hostnames',
        unmet: 'is only used with hostnames: list the hostnames whose requests without a valid client certificate are to be blocked, or remove it',
        stage: 'hostnames',
    },
];
/**
 * Names every input of the stage that is given where it does nothing: with a command that does not use
 * it, or without the input it needs.
 */
function checkUsage(raw, command, problem, stage) {
    for (const rule of USAGE) {
        if (rule.stage !== stage || !(rule.given ?? isSet)(raw[rule.input]))
            continue;
        if (rule.perZone && accountWide(raw, command)) {
            problem(rule.input, PER_ZONE_MESSAGE);
        }
        else if (rule.needs !== undefined) {
            const requirement = REQUIREMENTS[rule.needs];
            if (!requirement.met(raw))
                problem(rule.input, rule.unmet ?? requirement.message);
        }
        else if (!usedBy(rule.input, command) && command !== undefined) {
            problem(rule.input, `is only used by command ${rule.said ?? saidCommands(rule)}; remove it, or change command`);
        }
    }
}
/**
 * Whether the input applies to this command: by its row, or always when it has no list of commands; with
 * the raw inputs, never when it is about one zone and account-id is given.
 */
function usedBy(input, command, raw) {
    const rule = USAGE.find(candidate => candidate.input === input);
    if (rule?.perZone && raw !== undefined && accountWide(raw, command))
        return false;
    const commands = rule?.commands;
    return commands === undefined || (command !== undefined && commands.includes(command));
}
const isSet = (value) => value !== '';
/** Whether the run checks every zone of an account: account-id given, with a command that uses it. */
function accountWide(raw, command) {
    return raw['account-id'] !== '' && usedBy('account-id', command);
}
/** '"get", "revoke" or "reactivate" (why)'. */
function saidCommands(rule) {
    const quoted = (rule.commands ?? []).map(command => `"${command}"`);
    const list = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : (quoted[0] ?? '');
    return rule.why === undefined ? list : `${list} (${rule.why})`;
}

;// CONCATENATED MODULE: ./src/config/parse.ts









/** Far above any password a person or a secret manager makes; the bundle's KDF hashes every character. */
const MAX_PKCS12_PASSWORD = 1024;
/** X.520's upper bound for a name attribute, which CAs enforce. */
const MAX_SUBJECT_LENGTH = 64;
/** How report() prints a problem: `Input <name> <message>`. */
const problemLine = (problem) => `Input ${problem.input} ${problem.message}`;
/** All problems found in the inputs, each to be reported on its own line. */
class InputError extends src_errors/* ActionError */.l {
    name = 'InputError';
    problems;
    constructor(problems) {
        super(problems.map(problemLine).join('\n'));
        this.problems = problems;
    }
    get lines() {
        return this.problems.map(problemLine);
    }
}
/**
 * Reads every input once into one validated, immutable config, or throws an InputError that lists
 * every bad input. Nothing here sends a request, so a bad input never costs an API call.
 *
 * The runner passes action.yml's defaults as if they were set, so an input with a default (status,
 * key-type, wait: false, …) is never reported as "not used by this command"; a flag set to true is.
 */
async function parseConfig(raw, context) {
    const problems = [];
    const problem = (input, message) => {
        problems.push({ input, message });
        return undefined;
    };
    const env = context.env ?? {};
    const commandText = raw.command === '' ? 'create' : raw.command;
    const command = types/* COMMANDS */.Lo.includes(commandText) ? commandText : undefined;
    if (command === undefined) {
        problem('command', `is "${printable(commandText)}", which is not a command; use one of: ${types/* COMMANDS */.Lo.join(', ')}`);
    }
    const { zoneId, accountId } = readScope(raw, command, problem);
    const warnings = [];
    const credentials = (0,config_credentials/* readCredentials */.L1)(raw, problem, warnings);
    const apiUrl = readApiUrl(raw['api-url'], problem);
    const minDaysRemaining = raw['min-days-remaining'] === '' ? undefined : wholeNumberInRange(raw['min-days-remaining'], 'min-days-remaining', 30, 0, types/* MAX_VALIDITY_DAYS */.KZ, problem);
    const requireActive = readBoolean(raw['require-active'], 'require-active', true, problem);
    const timeoutSeconds = wholeNumberInRange(raw['timeout-seconds'], 'timeout-seconds', types/* DEFAULT_TIMEOUT_SECONDS */.KU, 1, 3600, problem);
    const maxRetries = wholeNumberInRange(raw['max-retries'], 'max-retries', types/* DEFAULT_MAX_RETRIES */.it, 0, 10, problem);
    const certificateFile = raw['certificate-file'] === '' ? undefined : absolutePath(raw['certificate-file'], context);
    const reuseExisting = readBoolean(raw['reuse-existing'], 'reuse-existing', false, problem);
    const generateKey = readBoolean(raw['generate-key'], 'generate-key', false, problem);
    const wait = readBoolean(raw.wait, 'wait', false, problem);
    const keyType = oneOf(raw['key-type'], 'key-type', types/* KEY_TYPES */.WJ, 'ecdsa-p256', problem);
    const status = oneOf(raw['list-status'], 'list-status', types/* LIST_STATUSES */.mw, 'active', problem);
    const failOnEmpty = readBoolean(raw['fail-on-empty'], 'fail-on-empty', false, problem);
    const requestBudget = wholeNumberInRange(raw['request-budget'], 'request-budget', limits/* DEFAULT_REQUEST_BUDGET */.qY, 1, limits/* MAX_REQUEST_BUDGET */.dq, problem, `Cloudflare allows ${limits/* MAX_REQUEST_BUDGET */.dq} requests per 5 minutes per user, counted across every tool and the dashboard, and one run never plans more (the default, ${limits/* DEFAULT_REQUEST_BUDGET */.qY}, leaves half to the rest)`);
    const failOnIncomplete = readBoolean(raw['fail-on-incomplete'], 'fail-on-incomplete', true, problem);
    const jobSummary = readBoolean(raw['job-summary'], 'job-summary', true, problem);
    const outputPrivateKey = readBoolean(raw['output-private-key'], 'output-private-key', false, problem);
    const pkcs12Algorithms = oneOf(raw['pkcs12-algorithms'], 'pkcs12-algorithms', types/* PKCS12_ALGORITHM_SETS */.Ze, 'modern', problem);
    // Which input goes with which command, or with which other input (config/usage.ts).
    checkUsage(raw, command, problem);
    const creating = command === 'create';
    const certificateId = !usedBy('certificate-id', command)
        ? undefined
        : raw['certificate-id'] === ''
            ? problem('certificate-id', `is required by command "${command}": give the certificate's id, ${identifier/* ID_SHAPES */.V5.certificate} (the id output of the step that created it)`)
            : values_identifier(raw['certificate-id'], 'certificate-id', 'certificate', problem, 'the id output of the step that created the certificate');
    // A zone id has the schema's certificate id shape (32 hex) too: given as certificate-id, it would pass
    // and then meet the API's "1415 … no client certificate" about an id the user never meant.
    if (certificateId !== undefined && certificateId === zoneId) {
        problem('certificate-id', `is the same as zone-id, so it is the zone's id, not a certificate's: give the certificate's id, ${identifier/* ID_SHAPES */.V5.certificate} (the id output of the step that created the certificate)`);
    }
    let validityDays;
    let csr;
    if (creating) {
        validityDays = wholeNumberInRange(raw['validity-days'], 'validity-days', types/* DEFAULT_VALIDITY_DAYS */.rt, 1, types/* MAX_VALIDITY_DAYS */.KZ, problem);
        if (generateKey === true) {
            if (raw.csr !== '' || raw['csr-file'] !== '')
                problem('generate-key', `cannot be combined with ${raw.csr !== '' ? 'csr' : 'csr-file'}: either give a CSR or let the action generate the key and CSR`);
            if (reuseExisting === true)
                problem('reuse-existing', 'cannot be combined with generate-key: true: a new key never matches an existing certificate');
            const key = keyType === undefined ? undefined : readKeyRequest(raw, keyType, context, env, problem);
            csr = key && { kind: 'generate', key };
        }
        else if (generateKey === false || raw.csr !== '' || raw['csr-file'] !== '') {
            // An unreadable generate-key (already reported) does not also make a missing CSR a problem.
            const request = await readCsr(raw, context, (timeoutSeconds ?? types/* DEFAULT_TIMEOUT_SECONDS */.KU) * 1000, problem);
            csr = request && { kind: 'given', request };
        }
        if (validityDays !== undefined && minDaysRemaining !== undefined && minDaysRemaining >= validityDays) {
            problem('min-days-remaining', `(${minDaysRemaining}) is not below validity-days (${validityDays}): a new certificate has ${validityDays - 1} whole days left, so the step would issue it and then fail. Lower min-days-remaining or raise validity-days`);
        }
    }
    const trackingIssue = (0,config_credentials/* readTrackingIssue */.DO)(raw, env, problem, accountId === undefined ? types/* DEFAULT_ISSUE_LABEL */.PA : types/* DEFAULT_ACCOUNT_ISSUE_LABEL */.BZ);
    const hostnames = await readHostnames(raw, command, problem);
    // Read even when pkcs12-algorithms is bad (already reported), so that one run names every problem.
    const pkcs12 = creating && generateKey === true ? readPkcs12(raw, pkcs12Algorithms ?? 'modern', context, env, problem, warnings) : undefined;
    const roots = (0,write_roots/* writeRoots */.r)(context.workingDirectory, env);
    const toWrite = {
        // On list, certificate-file is refused above and never written.
        certificate: command === 'list' ? undefined : certificateFile,
        privateKey: csr?.kind === 'generate' && csr.key.privateKeyFile.kind === 'given' ? csr.key.privateKeyFile.path : undefined,
        pkcs12: pkcs12?.file.kind === 'given' ? pkcs12.file.path : undefined,
    };
    await checkFilesToWrite(toWrite, roots, env, problem, warnings);
    if (problems.length > 0 || command === undefined || (zoneId ?? accountId) === undefined || credentials === undefined || apiUrl === undefined) {
        throw new InputError(problems);
    }
    const shared = {
        credentials,
        apiUrl,
        certificateFile,
        writeRoots: roots,
        minDaysRemaining,
        requireActive: requireActive ?? true,
        timeoutMs: (timeoutSeconds ?? types/* DEFAULT_TIMEOUT_SECONDS */.KU) * 1000,
        maxRetries: maxRetries ?? types/* DEFAULT_MAX_RETRIES */.it,
        jobSummary: jobSummary ?? true,
        warnings,
    };
    if (accountId !== undefined)
        return accountListConfig(shared, accountId, status, failOnEmpty, trackingIssue, requestBudget, failOnIncomplete);
    const base = { ...shared, zoneId: required(zoneId) };
    switch (command) {
        case 'create':
            return Object.freeze({
                ...base,
                command,
                csr: required(csr),
                validityDays: required(validityDays),
                reuseExisting: reuseExisting ?? false,
                outputPrivateKey: outputPrivateKey ?? false,
                pkcs12,
                hostnames,
            });
        case 'get':
            return Object.freeze({ ...base, command, certificateId: required(certificateId), trackingIssue, hostnames });
        case 'revoke':
        case 'reactivate':
            return Object.freeze({ ...base, command, certificateId: required(certificateId), wait: wait ?? false });
        case 'list':
            return Object.freeze({ ...base, command, status: required(status), failOnEmpty: failOnEmpty ?? false, trackingIssue, hostnames });
    }
}
/** Where the run looks: zone-id, or, on list, account-id instead (every zone of the account); one of them, never both. */
function readScope(raw, command, problem) {
    const zoneText = raw['zone-id'];
    const accountText = raw['account-id'];
    // account-id given with another command is named by its usage row (config/usage.ts); zone-id is then required as ever.
    const accountWide = accountText !== '' && usedBy('account-id', command);
    const accountId = accountWide ? values_identifier(accountText, 'account-id', 'account', problem, ACCOUNT_ID_HINT) : undefined;
    if (accountWide && zoneText !== '') {
        problem('account-id', 'cannot be combined with zone-id: give zone-id to check one zone, or account-id to check every zone of the account, not both');
        return {};
    }
    if (accountWide)
        return accountId === undefined ? {} : { accountId };
    const hint = "the Zone ID on the zone's Overview page in the Cloudflare dashboard";
    // On list, an empty zone-id may mean the user wanted every zone: say that account-id does that.
    const required = zoneText === '' && command === 'list' ? `${hint}; or, to check every zone of an account, give account-id instead` : hint;
    const zoneId = values_identifier(zoneText, 'zone-id', 'zone', problem, required);
    return zoneId === undefined ? {} : { zoneId };
}
const ACCOUNT_ID_HINT = "the Account ID shown beside the Zone ID on any of the account's zones' Overview page in the Cloudflare dashboard";
function accountListConfig(shared, accountId, status, failOnEmpty, trackingIssue, requestBudget, failOnIncomplete) {
    return Object.freeze({
        ...shared,
        command: 'list',
        accountId,
        status: required(status),
        failOnEmpty: failOnEmpty ?? false,
        trackingIssue,
        requestBudget: required(requestBudget),
        failOnIncomplete: failOnIncomplete ?? true,
    });
}
/** Narrows a value that is defined whenever no problem was reported. */
function required(value) {
    if (value === undefined)
        throw new Error('internal error: a config field is missing although no input problem was reported');
    return value;
}
function readKeyRequest(raw, keyType, context, env, problem) {
    const subject = (input, fallback) => {
        const value = raw[input] === '' ? fallback : raw[input];
        if (value === undefined)
            return undefined;
        if (/[\r\n]/.test(value) || value.length > MAX_SUBJECT_LENGTH)
            return problem(input, `must be one line of at most ${MAX_SUBJECT_LENGTH} characters`);
        return value;
    };
    const repositoryName = env.GITHUB_REPOSITORY?.split('/')[1];
    const commonName = subject('common-name', repositoryName);
    if (commonName === undefined && raw['common-name'] === '')
        problem('common-name', 'is required with generate-key: true when GITHUB_REPOSITORY is not set (outside GitHub Actions)');
    const country = subject('country');
    if (country !== undefined && !/^[A-Z]{2}$/.test(country))
        problem('country', 'must be a two-letter ISO 3166 country code in capitals, like US or DE');
    let privateKeyFile;
    if (raw['private-key-file'] !== '') {
        privateKeyFile = { kind: 'given', path: absolutePath(raw['private-key-file'], context) };
    }
    else if (env.RUNNER_TEMP) {
        // Never in the workspace by default: RUNNER_TEMP is emptied after the job and is not uploaded by accident.
        privateKeyFile = { kind: 'runner-temp', runnerTemp: env.RUNNER_TEMP };
    }
    else {
        problem('private-key-file', 'is required with generate-key: true when RUNNER_TEMP is not set (outside GitHub Actions): give a path outside your repository');
    }
    const organization = subject('organization');
    const organizationalUnit = subject('organizational-unit');
    const state = subject('state');
    const locality = subject('locality');
    if (commonName === undefined || privateKeyFile === undefined)
        return undefined;
    return { keyType, commonName, organization, organizationalUnit, country, state, locality, privateKeyFile };
}
/**
 * The hostnames input (create, get, list) and the CA it is about. Every bad entry is named, in one line;
 * nothing is sent for a list that has one.
 */
async function readHostnames(raw, command, problem) {
    // Given with a command that does not use them, or mtls-certificate-id without them (config/usage.ts).
    checkUsage(raw, command, problem, 'hostnames');
    // Read first, so that a value that is not a boolean is named whatever else is given.
    const blockWithoutCertificate = readBoolean(raw['block-without-certificate'], 'block-without-certificate', false, problem);
    const text = raw.hostnames;
    const uuidText = raw['mtls-certificate-id'];
    if (text === '' || (command !== undefined && !usedBy('hostnames', command, raw)))
        return undefined;
    // Both inputs are checked, so that one run names every problem.
    const mtlsCertificateId = uuidText === '' ? undefined : (0,identifier/* canonicalId */.iS)('mtls-certificate', uuidText);
    if (uuidText !== '' && mtlsCertificateId === undefined) {
        const looksLikeId = (0,identifier/* isId */.eQ)('zone', uuidText) ? ' (32 hexadecimal characters is a zone or client certificate ID, not this)' : '';
        problem('mtls-certificate-id', `must be the 36-character UUID of a CA certificate uploaded to mTLS Certificate Management, like b2134436-2555-4acf-be5b-26c48136575e${looksLikeId}; leave it empty for the Cloudflare Managed CA`);
    }
    // Loaded only when hostnames are given (hostnames.ts, the "hostnames-input" chunk: src/lazy.ts): a run
    // without them, or an input refused without them, never needs it.
    const { parseHostnames } = await __nccwpck_require__.e(/* import() | hostnames-input */ 468).then(__nccwpck_require__.bind(__nccwpck_require__, 6541));
    const parsed = parseHostnames(text);
    if (parsed.problems.length > 0) {
        const shown = parsed.problems.slice(0, 5).join('; ');
        const more = parsed.problems.length > 5 ? `; and ${parsed.problems.length - 5} more` : '';
        return problem('hostnames', `must list DNS hostnames like api.example.com, one per line or separated by commas: ${shown}${more}`);
    }
    if (parsed.hostnames.length === 0)
        return problem('hostnames', 'lists no hostname: give one per line, or separated by commas, or remove it');
    if ((uuidText !== '' && mtlsCertificateId === undefined) || blockWithoutCertificate === undefined)
        return undefined;
    return { names: parsed.hostnames, converted: parsed.converted, mtlsCertificateId, blockWithoutCertificate };
}
/** The PKCS#12 bundle, with generate-key: pkcs12-file or pkcs12-password asks for one; the password is required. */
function readPkcs12(raw, algorithms, context, env, problem, warnings) {
    const fileText = raw['pkcs12-file'];
    const password = raw['pkcs12-password'];
    if (fileText === '' && password === '')
        return undefined;
    if (password === '') {
        // A secret that is not available (a pull request from a fork) arrives empty: never an unprotected bundle.
        return problem('pkcs12-password', 'is required with pkcs12-file: give the password that protects the bundle, from a secret. If it comes from a secret, check that the secret exists and is available to this workflow');
    }
    if (password !== password.trim()) {
        // Tools disagree on whether such a password is trimmed (a secret saved with a final newline, say):
        // refused rather than guessed.
        return problem('pkcs12-password', 'begins or ends with whitespace (a space, tab or line break, as a secret saved with a final newline has): remove it from the secret, since keytool, openssl and the runner would disagree on the password');
    }
    if (/[\r\n]/.test(password))
        return problem('pkcs12-password', 'must be one line: it contains a line break');
    if (password.length > MAX_PKCS12_PASSWORD)
        return problem('pkcs12-password', `must be at most ${MAX_PKCS12_PASSWORD} characters`);
    if (!/^[\x20-\x7e]*$/.test(password)) {
        warnings.push("pkcs12-password has characters outside printable ASCII: OpenSSL and Node open the bundle, but Java's keytool refuses any PKCS#12 password that is not ASCII");
    }
    if (fileText !== '')
        return { file: { kind: 'given', path: absolutePath(fileText, context) }, password, algorithms };
    if (env.RUNNER_TEMP)
        return { file: { kind: 'runner-temp', runnerTemp: env.RUNNER_TEMP }, password, algorithms };
    return problem('pkcs12-file', 'is required with pkcs12-password when RUNNER_TEMP is not set (outside GitHub Actions): give a path outside your repository');
}

// EXTERNAL MODULE: ./src/deadline.ts
var src_deadline = __nccwpck_require__(6683);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __nccwpck_require__(6670);
// EXTERNAL MODULE: ./src/summary.ts
var src_summary = __nccwpck_require__(8855);
;// CONCATENATED MODULE: ./src/main.ts









/**
 * Every line the action logs goes through here. Info lines are printed as they are by @actions/core, so
 * they pass through logLine (outside data can never start a workflow command); warnings, errors and debug
 * lines are escaped by @actions/core itself (%, \r, \n), and get the same shortening and control escapes.
 */
const log = {
    debug: (message) => core_debug((0,src_escape/* logLine */.BP)(message)),
    info: (message) => info((0,src_escape/* logLine */.BP)(message)),
    notice: (message) => notice((0,src_escape/* logLine */.BP)(message)),
    warning: (message) => warning((0,src_escape/* logLine */.BP)(message)),
    error: (message) => error((0,src_escape/* logLine */.BP)(message)),
};
/**
 * The action's entry: the only place that speaks the runner's protocol (@actions/core). It reads the
 * inputs into one validated config, runs one command, and hands one result to the outputs.
 */
async function run() {
    // A cancelled workflow sends SIGINT, then SIGTERM: abort what is in flight and fail cleanly.
    const cancel = new AbortController();
    let config;
    let raw;
    const onSignal = (signal) => cancel.abort(new Error(signal));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
        const inputs = readInputs();
        raw = inputs;
        maskSecrets(inputs);
        // Names only: values may be secrets.
        log.debug(`Inputs set: ${types/* INPUT_NAMES */.Qh.filter(name => inputs[name] !== '').join(', ') || 'none'}`);
        config = await parseConfig(inputs, { workingDirectory: process.cwd(), env: process.env });
        for (const warning of config.warnings)
            log.warning(warning);
        const deadline = new src_deadline/* Deadline */.B(config.timeoutMs, cancel.signal);
        // Loaded only once the inputs are valid: a bad input is refused without compiling the commands or
        // the publishing of their result (lazy.ts says what that keeps off the start-up path).
        const { executeCommand, publish } = await __nccwpck_require__.e(/* import() | second-stage */ 954).then(__nccwpck_require__.bind(__nccwpck_require__, 4555));
        const result = await executeCommand(config, {
            deadline,
            log,
            mask: maskSecret,
        });
        if (cancel.signal.aborted)
            throw deadline.error();
        const { outputs, summary } = await publish(config, result, { deadline, log, saveState: (name, value) => saveState(name, value) });
        if (summary !== undefined)
            await writeSummary(summary);
        setOutputs(outputs);
        if (result.kind !== 'list')
            for (const notice of result.notices ?? [])
                log.notice(notice);
        for (const failure of result.failures)
            log.error(failure);
        if (result.failures.length > 0)
            process.exitCode = 1;
    }
    catch (error) {
        await report(error, config, raw);
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
/** Inputs read exactly as given (config/parse.ts refuses surrounding whitespace in them rather than guess). */
const UNTRIMMED = new Set(['pkcs12-password']);
/**
 * Every input, trimmed (but for UNTRIMMED), '' when unset. When no credential input is set, the variables Cloudflare's own
 * tools read stand in (a job-level env: works as users expect): CLOUDFLARE_API_TOKEN, else
 * CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY. An input always wins. The debug log names the source, never
 * the value.
 */
function readInputs() {
    // Passwords are read as given: the runner's trimming would silently change the one a bundle is made with.
    const raw = Object.fromEntries(types/* INPUT_NAMES */.Qh.map(name => [name, getInput(name, { trimWhitespace: !UNTRIMMED.has(name) })]));
    if (raw['api-token'] !== '' || raw['api-email'] !== '' || raw['api-key'] !== '')
        return raw;
    const fromEnv = (variable) => (process.env[variable] ?? '').trim();
    const fallbacks = fromEnv('CLOUDFLARE_API_TOKEN') !== ''
        ? [['api-token', 'CLOUDFLARE_API_TOKEN']]
        : [
            ['api-email', 'CLOUDFLARE_EMAIL'],
            ['api-key', 'CLOUDFLARE_API_KEY'],
        ];
    for (const [input, variable] of fallbacks) {
        raw[input] = fromEnv(variable);
        if (raw[input] !== '')
            log.debug(`${input}: from the ${variable} environment variable (the input is not set)`);
    }
    return raw;
}
/**
 * Masks credentials before anything can print. A private key pasted as the CSR by mistake is masked too.
 * The account email is not a secret (the runner does not mask it), but it is personal data: it is kept
 * out of what outside text carries back, like the secrets.
 */
function maskSecrets(raw) {
    const secrets = [raw['api-token'], raw['api-key'], raw['github-token'], raw['pkcs12-password']];
    if (raw.csr.includes('PRIVATE KEY'))
        secrets.push(raw.csr);
    for (const secret of secrets)
        maskSecret(secret);
    (0,redact/* registerSecret */.cl)(raw['api-email']);
}
/**
 * Registers a secret with the runner (which masks line by line, so a multi-line secret as a whole and each
 * line alone) and with the redactor, which keeps it out of the summary, the tracking issue and the outputs.
 */
function maskSecret(secret) {
    for (const form of (0,redact/* secretLines */._o)(secret))
        core_setSecret(form);
    (0,redact/* registerSecret */.cl)(secret);
}
/**
 * The one place outputs are set. Outside text in them (the API's json, a common name) is redacted; the
 * private-key output is the generated key by design (opt-in, masked by the runner), so it is set as is.
 */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        setOutput(name, name === 'private-key' ? value : (0,redact/* redact */.E$)(value));
}
async function writeSummary(markdown) {
    if (process.env.GITHUB_STEP_SUMMARY)
        await summary.addRaw(markdown).write();
}
/**
 * One ::error:: line per line of an ActionError (one per problem of an InputError); never a stack trace, which
 * goes to the debug log for anything else, a bug.
 */
async function report(error, config, raw) {
    process.exitCode = 1;
    const lines = [];
    if (error instanceof src_errors/* ActionError */.l) {
        // What to check, when Cloudflare refused a call: from the command, the zone and the credential's shape.
        // A chunk of their own, loaded only once Cloudflare refused a call (src/lazy.ts lists the chunks); if it
        // cannot be loaded, the error is still reported, without its hint.
        let hint;
        if (error instanceof errors/* CloudflareApiError */.kx && config) {
            let hints;
            try {
                hints = await __nccwpck_require__.e(/* import() | hints */ 67).then(__nccwpck_require__.bind(__nccwpck_require__, 9957));
            }
            catch {
                // Reported below as it is, without its hint.
            }
            hint = hints?.hintFor(error, config);
        }
        lines.push(...(hint ? [`${error.message}: ${hint}`] : error.lines));
    }
    else {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof Error && error.stack)
            log.debug(error.stack);
        lines.push(`Unexpected error: ${message}`);
    }
    for (const line of lines)
        log.error(line);
    // A summary on failure too, unless turned off (read from the raw input when the config is not there).
    const summaryOn = config ? config.jobSummary : raw?.['job-summary'] !== 'false';
    if (!summaryOn)
        return;
    const command = config?.command ?? (types/* COMMANDS */.Lo.includes(raw?.command) ? raw?.command : undefined);
    const accountId = config !== undefined && 'accountId' in config ? config.accountId : undefined;
    await writeSummary((0,src_summary/* failureSummary */.j)({ command, zoneId: config?.zoneId, accountId }, lines)).catch(() => undefined);
}

;// CONCATENATED MODULE: ./src/stdout.ts

/**
 * The steps' standard output, written with synchronous writes to file descriptor 1.
 *
 * Everything the action says to the runner (log lines and workflow commands) goes through
 * `@actions/core`, which writes each line with `process.stdout.write`. On a runner, standard output is a
 * pipe, and Node builds `process.stdout` for a pipe on its first use as a `net.Socket`: `node:net`, the
 * stream machinery and a pipe handle, 4–5 ms measured (docs/performance.md), which is a sixth of a refused
 * input's whole run and of the post step's. The runner reads bytes, not sockets, so `process.stdout` is
 * given to `@actions/core` as this sink: the same bytes, in the same order, each written before `write`
 * returns. Node documents its own writes to a pipe on POSIX as asynchronous, but libuv tries each write at
 * once, so a line lands at once there too while the runner reads the pipe; the differences are that
 * nothing can be left unwritten when the process exits, and that a pipe nobody reads any more would hold
 * the step at its next line (as it holds any program writing to it) instead of filling Node's buffer.
 *
 * Only a pipe (a FIFO, or the socket pair Node's own child processes get) or a file gets this sink: a
 * character device (a contributor's terminal; and /dev/null, which Node writes synchronously anyway) keeps
 * Node's stream, as does a closed descriptor. So does Windows, whose pipes and console Node drives through
 * libuv's own handles: no Windows machine measured or tested the sink there (the CI workflow's Windows job
 * runs Node's own stream).
 * Node's stream takes over (from the first byte not written) on anything else than a complete write: a
 * pipe left non-blocking and full (EAGAIN), a closed one (EPIPE), any other error, or a caller that needs
 * more than `write` (events, `isTTY`, `end`...). Whatever it does with those is then what Node always does.
 */
function useSynchronousStdout(target = process, write = external_node_fs_.writeSync, isPlainOutput = plainOutput) {
    const descriptor = Object.getOwnPropertyDescriptor(target, 'stdout');
    const nodeStdout = descriptor?.get;
    if (nodeStdout === undefined || descriptor?.configurable !== true || !isPlainOutput())
        return;
    let stream;
    const takeOver = () => {
        if (stream === undefined) {
            stream = nodeStdout.call(target);
            Object.defineProperty(target, 'stdout', { ...descriptor, get: () => stream });
        }
        return stream;
    };
    const sink = {
        fd: 1,
        write(chunk, ...rest) {
            const callback = rest.find(argument => typeof argument === 'function');
            const encoding = typeof rest[0] === 'string' ? rest[0] : 'utf8';
            const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
            let written = 0;
            try {
                while (written < bytes.length) {
                    const count = write(1, bytes, written, bytes.length - written);
                    if (count <= 0)
                        throw new Error('nothing written');
                    written += count;
                }
            }
            catch {
                return takeOver().write(bytes.subarray(written), callback);
            }
            if (callback !== undefined)
                process.nextTick(callback, null);
            return true;
        },
    };
    // Anything but write goes to Node's stream, built then (and used from then on), its methods bound to it.
    const stdout = new Proxy(sink, {
        get: (target, key) => {
            if (stream === undefined && (key === 'write' || key === 'fd'))
                return target[key];
            const node = takeOver();
            const value = Reflect.get(node, key);
            return typeof value === 'function' ? value.bind(node) : value;
        },
    });
    Object.defineProperty(target, 'stdout', { ...descriptor, get: () => stream ?? stdout });
}
/** Whether file descriptor 1 is open and not a character device (a terminal): a pipe, a socket or a file; never on Windows. */
function plainOutput() {
    if (process.platform === 'win32')
        return false;
    try {
        return !(0,external_node_fs_.fstatSync)(1).isCharacterDevice();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/index.ts


// Before anything is said: @actions/core's lines go to fd 1 without building a net.Socket (src/stdout.ts).
useSynchronousStdout();
// No top-level await: the bundle is CommonJS (scripts/build.ts), where it would take webpack's async
// module runtime. A rejection still ends the step with its stack, as an unhandled one does.
void run().then(() => {
    // Everything the step does is done. A socket that an aborted request left open (a proxy that accepted a
    // CONNECT and never answered, say) must not keep the job waiting: once the output has had a moment to
    // drain, exit. The timer is unref'd, so a step with nothing left open exits at once, as before.
    setTimeout(() => process.exit(), 1000).unref();
});

module.exports = __webpack_exports__;
/******/ })()
;