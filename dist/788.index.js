export const id = 788;
export const ids = [788];
export const modules = {

/***/ 788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncTrackingIssue: () => (/* binding */ syncTrackingIssue)
/* harmony export */ });
/* unused harmony export issueBody */
/**
 * Keeps one issue in the repository in step with a scheduled check: opened when the check fails,
 * updated while it keeps failing, closed with a comment when it passes. The issue is found by its
 * label, so each check (zone) that should have its own issue needs its own issue-label.
 */
async function syncTrackingIssue(config, state) {
    // Octokit is loaded only here: most runs never open an issue. It reads GITHUB_API_URL (GHES, tests).
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(213)]).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(config.token);
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
    const run = state.runUrl ? ` ([run](${state.runUrl}))` : '';
    await octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: `The check passes again${run}: closing.` });
    await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: existing.number };
}
function issueBody(state) {
    const rows = state.certificates.map(c => `| \`${c.id}\` | ${c.commonName.replace(/\|/g, '\\|')} | ${c.status} | ${c.expiresOn} | ${c.daysRemaining} |`);
    return [
        `The scheduled check of zone \`${state.zoneId}\`'s API Shield client certificates fails:`,
        '',
        ...state.reasons.map(reason => `- ${reason}`),
        '',
        '| ID | Common name | Status | Expires | Days left |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
        state.runUrl ? `Last checked in [this run](${state.runUrl}). ` : '',
        'This issue is updated while the check fails and closed when it passes.',
    ].join('\n');
}


/***/ })

};

//# sourceMappingURL=788.index.js.map