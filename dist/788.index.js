"use strict";
exports.id = 788;
exports.ids = [788];
exports.modules = {

/***/ 788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trackAccountIssue: () => (/* binding */ trackAccountIssue),
/* harmony export */   trackIssue: () => (/* binding */ trackIssue)
/* harmony export */ });
/* unused harmony exports syncTrackingIssue, issueBody, boundedFetch */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2988);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(351);
/* harmony import */ var _response_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3989);



/** Opens, updates or closes the tracking issue; a failure here is a warning, the check's verdict stands. */
async function trackIssue(tracking, zoneId, result, { deadline, log }) {
    const tracked = result.kind === 'list' ? result.expiring : [result.certificate];
    return track(tracking, {
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
        // Likewise: only a rule a read showed not enforcing, and only when the check requires it.
        notEnforced: result.waf?.failure === undefined ? [] : (result.waf.unenforced ?? []),
    }, { deadline, log });
}
/**
 * The tracking issue of a check of every zone of an account: one issue for the account (its own default
 * label), listing every expiring certificate with its zone.
 */
function trackAccountIssue(tracking, result, context) {
    return track(tracking, {
        zoneId: undefined,
        accountId: result.accountId,
        failing: result.failures.length > 0,
        failures: result.failures,
        certificates: result.expiring.map(c => ({
            id: c.id,
            commonName: c.commonName,
            status: c.status,
            expiresOn: c.expiresOn,
            daysRemaining: c.daysRemaining,
            zone: c.zone,
        })),
    }, context);
}
/** Syncs the issue with the state; a failure here is a warning, the check's verdict stands. */
async function track(tracking, state, { deadline, log }) {
    const runLink = repositoryLink(`actions/runs/${process.env.GITHUB_RUN_ID ?? ''}`);
    try {
        const outcome = await syncTrackingIssue(tracking, { ...state, runUrl: runLink }, deadline.signal);
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
        const title = `Cloudflare mTLS client certificates need attention (${subject(state)})`;
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
/** What the issue is about: "zone <id>" or "account <id>" (checked 32-hex ids). */
function subject(state) {
    return state.accountId === undefined ? `zone ${state.zoneId}` : `account ${state.accountId}`;
}
function issueBody(state) {
    // Ids are checked hexadecimal; every other value came from outside and is escaped (no mentions, links, HTML).
    const withZone = state.certificates.some(c => c.zone !== undefined);
    const zoneCell = (c) => (withZone ? ` ${c.zone === undefined ? '' : `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(c.zone.name)} (\`${c.zone.id}\`)`} |` : '');
    const rows = state.certificates.map(c => `|${zoneCell(c)} \`${c.id}\` | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(c.commonName)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(c.status)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(c.expiresOn)} | ${c.daysRemaining} |`);
    const head = withZone
        ? ['| Zone | ID | Common name | Status | Expires | Days left |', '| --- | --- | --- | --- | --- | --- |']
        : ['| ID | Common name | Status | Expires | Days left |', '| --- | --- | --- | --- | --- |'];
    const intro = state.accountId === undefined
        ? `The scheduled check of zone \`${state.zoneId}\`'s API Shield client certificates fails:`
        : `The scheduled check of the API Shield client certificates of every zone of account \`${state.accountId}\` fails:`;
    const hostnames = state.hostnamesMissing?.length ? ['mTLS is not enabled on:', '', ...state.hostnamesMissing.map(name => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(name)}`), ''] : [];
    const notEnforced = state.notEnforced?.length
        ? [
            'mTLS is not enforced (no enabled WAF rule of this action blocks requests without a valid, unrevoked client certificate) on:',
            '',
            ...state.notEnforced.map(name => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(name)}`),
            '',
        ]
        : [];
    const end = [state.runUrl ? `Last checked in [this run](<${state.runUrl}>). ` : '', 'This issue is updated while the check fails and closed when it passes.'];
    // GitHub refuses a body past 65,536 characters: the failures take at most half of what is left, the
    // table the rest, and what does not fit is counted, not shown.
    let room = _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_ISSUE_BODY_CHARACTERS */ .BD - [intro, ...head, ...hostnames, ...notEnforced, ...end].join('\n').length - 600;
    const failures = fitting(state.failures.map(failure => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(failure, 2000)}`), room / 2);
    room -= failures.join('\n').length;
    const shown = fitting(rows, room);
    const failuresLeft = state.failures.length - failures.length;
    const rowsLeft = rows.length - shown.length;
    return [
        intro,
        '',
        ...failures,
        ...(failuresLeft > 0 ? [`- and ${failuresLeft} more, not shown here: the run's log and job summary list them`] : []),
        '',
        ...(rows.length > 0 ? [...head, ...shown, ''] : []),
        ...(rowsLeft > 0
            ? [`${rowsLeft} more not shown here (an issue holds at most ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_ISSUE_BODY_CHARACTERS */ .BD} characters): the run's job summary and outputs list them.`, '']
            : []),
        ...hostnames,
        ...notEnforced,
        ...end,
    ].join('\n');
}
/** The first lines that fit in room characters, each with its line break. */
function fitting(lines, room) {
    let used = 0;
    let kept = 0;
    while (kept < lines.length && used + lines[kept].length + 1 <= room)
        used += lines[kept++].length + 1;
    return lines.slice(0, kept);
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