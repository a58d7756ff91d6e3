import type { TrackingIssueConfig } from './config/types.js';
import { markdownText } from './escape.js';
import { readCappedText } from './response-body.js';

export interface TrackedCertificate {
  readonly id: string;
  readonly commonName: string;
  readonly status: string;
  readonly expiresOn: string;
  readonly daysRemaining: number;
}

export interface TrackingState {
  readonly zoneId: string;
  /** Whether the check failed; the issue is opened or updated while it does, and closed once it passes. */
  readonly failing: boolean;
  readonly reasons: readonly string[];
  readonly certificates: readonly TrackedCertificate[];
  /** Hostnames (input hostnames) without mTLS: someone switched it off. */
  readonly hostnamesMissing?: readonly string[];
  readonly runUrl: string | undefined;
}

export type TrackingOutcome = { readonly action: 'opened' | 'updated' | 'closed'; readonly number: number } | { readonly action: 'none' };

/**
 * Keeps one issue in the repository in step with a scheduled check: opened when the check fails,
 * updated while it keeps failing, closed with a comment when it passes. The issue is found by its
 * label, so each check (zone) that should have its own issue needs its own issue-label.
 */
export async function syncTrackingIssue(config: TrackingIssueConfig, state: TrackingState, signal: AbortSignal): Promise<TrackingOutcome> {
  // Octokit is loaded only here: most runs never open an issue. It reads GITHUB_API_URL (GHES, tests).
  const { getOctokit } = await import('@actions/github');
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
  if (!existing) return { action: 'none' };
  const run = state.runUrl ? ` ([run](<${state.runUrl}>))` : '';
  await octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: `The check passes again${run}: closing.` });
  await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
  return { action: 'closed', number: existing.number };
}

export function issueBody(state: TrackingState): string {
  // Ids are checked hexadecimal; every other value came from outside and is escaped (no mentions, links, HTML).
  const rows = state.certificates.map(
    c => `| \`${c.id}\` | ${markdownText(c.commonName)} | ${markdownText(c.status)} | ${markdownText(c.expiresOn)} | ${c.daysRemaining} |`,
  );
  return [
    `The scheduled check of zone \`${state.zoneId}\`'s API Shield client certificates fails:`,
    '',
    ...state.reasons.map(reason => `- ${markdownText(reason, 2000)}`),
    '',
    ...(rows.length > 0 ? ['| ID | Common name | Status | Expires | Days left |', '| --- | --- | --- | --- | --- |', ...rows, ''] : []),
    ...(state.hostnamesMissing?.length ? ['mTLS is not enabled on:', '', ...state.hostnamesMissing.map(name => `- ${markdownText(name)}`), ''] : []),
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
export function boundedFetch(signal: AbortSignal): typeof fetch {
  return async (input, init) => {
    const signals = init?.signal ? [signal, init.signal] : [signal];
    const response = await fetch(input, { ...init, signal: AbortSignal.any(signals) });
    const text = await readCappedText(response);
    const body = response.status === 204 || response.status === 304 ? null : text;
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
