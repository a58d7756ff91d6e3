"use strict";
exports.id = 788;
exports.ids = [788];
exports.modules = {

/***/ 788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trackIssue: () => (/* binding */ trackIssue)
/* harmony export */ });
/* unused harmony exports syncTrackingIssue, issueBody, boundedFetch */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2988);
/* harmony import */ var _response_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3989);


/** Opens, updates or closes the tracking issue; a failure here is a warning, the check's verdict stands. */
async function trackIssue(tracking, zoneId, result, { deadline, log }) {
    const runLink = repositoryLink(`actions/runs/${process.env.GITHUB_RUN_ID ?? ''}`);
    const tracked = result.kind === 'list' ? result.expiring : [result.certificate];
    try {
        const outcome = await syncTrackingIssue(tracking, {
            zoneId,
            failing: result.failures.length > 0,
            failures: result.failures,
            certificates: tracked.map(c => ({
                id: c.id,
                commonName: c.commonName,
                status: c.status,
                expiresOn: c.expiresOn,
                daysRemaining: c.daysRemaining,
            })),
            // Only what a read showed: a list that could not be read is a failure of its own, not a missing name.
            hostnamesMissing: result.hostnames?.associated === undefined ? [] : result.hostnames.missing,
            runUrl: runLink,
        }, deadline.signal);
        if (outcome.action === 'none')
            return undefined;
        log.info(`Tracking issue #${outcome.number} ${outcome.action}`);
        return { number: outcome.number, url: repositoryLink(`issues/${outcome.number}`) ?? '' };
    }
    catch (error) {
        const reason = deadline.signal.aborted ? `${deadline.error(false, 'the GitHub API').message}.` : describeGithubError(error);
        log.warning(`Could not update the tracking issue (label "${tracking.label}"): ${reason}`);
        return undefined;
    }
}
/**
 * What went wrong with a GitHub API call, and what to check: GitHub's status and message when it answered
 * (a permission hint only for the statuses that mean one), the network error when it did not (Octokit
 * reports that as status 500 without a response).
 */
function describeGithubError(error) {
    const { status, response, message } = error;
    const code = errorCode(error);
    const said = typeof message === 'string' && message !== '' ? message : (code ?? 'no details');
    if (response === undefined || typeof status !== 'number') {
        const host = URL.parse(process.env.GITHUB_API_URL ?? 'https://api.github.com')?.host ?? 'the GitHub API';
        // A system error code (ENOTFOUND, ECONNREFUSED, …) means the network; without one, the call failed otherwise (an answer past the cap).
        if (code === undefined)
            return `the call to ${host} failed (${said}).`;
        return `no answer from ${host} (${said.includes(code) ? said : `${code}: ${said}`}). Check the runner's network and proxy settings, and GITHUB_API_URL on GitHub Enterprise Server`;
    }
    const answered = `GitHub answered HTTP ${status} (${said})`;
    if (status === 401)
        return `${answered}: github-token was not accepted. Pass the workflow token (github.token) or a current token from a secret`;
    if ((status === 403 || status === 429) && /rate limit/i.test(said))
        return `${answered}: the token is rate limited. The next run tries again`;
    if (status === 403 || status === 404) {
        return `${answered}: the token needs "issues: write" on this repository (permissions: issues: write in the workflow; GitHub answers 404 when a token may not see it)`;
    }
    return `${answered}.`;
}
/** The system error code (ENOTFOUND, ECONNREFUSED, …) somewhere in an error's chain of causes, if any. */
function errorCode(error) {
    for (let cause = error, depth = 0; typeof cause === 'object' && cause !== null && depth < 5; cause = cause.cause, depth++) {
        const code = cause.code;
        if (typeof code === 'string' && code !== '')
            return code;
    }
    return undefined;
}
/**
 * The URL of a page of this run's repository (the run, the tracking issue), from the variables the runner
 * sets (what @actions/github's context reads), without loading Octokit. The repository must look like
 * owner/name and the server like a URL.
 */
function repositoryLink(path) {
    const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repository = '' } = process.env;
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) ||
        !/^https?:\/\/[^\s()<>]+$/.test(server) ||
        !/^[a-z]+\/\d+$/.test(path.replace('actions/', ''))) {
        return undefined;
    }
    return `${server.replace(/\/+$/, '')}/${repository}/${path}`;
}
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
        ...state.failures.map(failure => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(failure, 2000)}`),
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
;