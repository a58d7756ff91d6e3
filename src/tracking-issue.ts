import type { TrackingIssueConfig } from './inputs.js';

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
  readonly runUrl: string | undefined;
}

export type TrackingOutcome = { readonly action: 'opened' | 'updated' | 'closed'; readonly number: number } | { readonly action: 'none' };

/**
 * Keeps one issue in the repository in step with a scheduled check: opened when the check fails,
 * updated while it keeps failing, closed with a comment when it passes. The issue is found by its
 * label, so each check (zone) that should have its own issue needs its own issue-label.
 */
export async function syncTrackingIssue(config: TrackingIssueConfig, state: TrackingState): Promise<TrackingOutcome> {
  // Octokit is loaded only here: most runs never open an issue. It reads GITHUB_API_URL (GHES, tests).
  const { getOctokit } = await import('@actions/github');
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
  if (!existing) return { action: 'none' };
  const run = state.runUrl ? ` ([run](${state.runUrl}))` : '';
  await octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: `The check passes again${run}: closing.` });
  await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
  return { action: 'closed', number: existing.number };
}

export function issueBody(state: TrackingState): string {
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
