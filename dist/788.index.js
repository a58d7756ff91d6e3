export const id = 788;
export const ids = [788];
export const modules = {

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

/***/ 788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncTrackingIssue: () => (/* binding */ syncTrackingIssue)
/* harmony export */ });
/* unused harmony exports issueBody, boundedFetch */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2988);
/* harmony import */ var _response_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3989);


/**
 * Keeps one issue in the repository in step with a scheduled check: opened when the check fails,
 * updated while it keeps failing, closed with a comment when it passes. The issue is found by its
 * label, so each check (zone) that should have its own issue needs its own issue-label.
 */
async function syncTrackingIssue(config, state, signal) {
    // Octokit is loaded only here: most runs never open an issue. It reads GITHUB_API_URL (GHES, tests).
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(301)]).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(config.token, { request: { fetch: boundedFetch(signal) } });
    const { owner, repo } = config.repository;
    const open = await octokit.rest.issues.listForRepo({ owner, repo, labels: config.label, state: 'open', per_page: 100 });
    const existing = open.data.filter(issue => !issue.pull_request).sort((a, b) => a.number - b.number)[0];
    if (state.failing) {
        const title = `Cloudflare mTLS client certificates need attention (zone ${state.zoneId})`;
        const body = issueBody(state);
        if (existing) {
            await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, title, body });
            return { action: 'updated', number: existing.number };
        }
        const created = await octokit.rest.issues.create({ owner, repo, title, body, labels: [config.label] });
        return { action: 'opened', number: created.data.number };
    }
    if (!existing)
        return { action: 'none' };
    const run = state.runUrl ? ` ([run](<${state.runUrl}>))` : '';
    await octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: `The check passes again${run}: closing.` });
    await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: existing.number };
}
function issueBody(state) {
    // Ids are checked hexadecimal; every other value came from outside and is escaped (no mentions, links, HTML).
    const rows = state.certificates.map(c => `| \`${c.id}\` | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(c.commonName)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(c.status)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(c.expiresOn)} | ${c.daysRemaining} |`);
    return [
        `The scheduled check of zone \`${state.zoneId}\`'s API Shield client certificates fails:`,
        '',
        ...state.reasons.map(reason => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(reason, 2000)}`),
        '',
        ...(rows.length > 0 ? ['| ID | Common name | Status | Expires | Days left |', '| --- | --- | --- | --- | --- |', ...rows, ''] : []),
        ...(state.hostnamesMissing?.length ? ['mTLS is not enabled on:', '', ...state.hostnamesMissing.map(name => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(name)}`), ''] : []),
        state.runUrl ? `Last checked in [this run](<${state.runUrl}>). ` : '',
        'This issue is updated while the check fails and closed when it passes.',
    ].join('\n');
}
/**
 * Node's fetch for Octokit, bounded like every outside call: the step's deadline (timeout-seconds) ends a
 * call that hangs, and the body is read through the same cap as Cloudflare's answers. It also keeps the
 * toolkit's own proxy fetch, which the action's build leaves out, from ever being used: proxies come from
 * the environment, as for Cloudflare's API.
 */
function boundedFetch(signal) {
    return async (input, init) => {
        const signals = init?.signal ? [signal, init.signal] : [signal];
        const response = await fetch(input, { ...init, signal: AbortSignal.any(signals) });
        const text = await (0,_response_body_js__WEBPACK_IMPORTED_MODULE_1__/* .readCappedText */ .h)(response);
        const body = response.status === 204 || response.status === 304 ? null : text;
        return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    };
}


/***/ })

};
