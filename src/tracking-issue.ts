import type { CertificateResult, InventoryResult, ListResult } from './commands/result.js';
import type { TrackingIssueConfig } from './config/types.js';
import type { Deadline } from './deadline.js';
import { markdownText } from './escape.js';
import { MAX_ISSUE_BODY_CHARACTERS } from './limits.js';
import { readCappedText } from './response-body.js';

/**
 * The tracking issue of a scheduled check (get and list with github-token): opened, updated and closed
 * with the check's verdict, through the GitHub API. A failure here is a warning: the check's verdict
 * stands. Loaded by publish.ts only for a check that has one.
 */

export interface TrackedCertificate {
  readonly id: string;
  readonly commonName: string;
  readonly status: string;
  readonly expiresOn: string;
  readonly daysRemaining: number;
  /** The zone that listed it, in an account's issue (a checked 32-hex id, and a checked DNS name from the API). */
  readonly zone?: { readonly id: string; readonly name: string };
}

export interface TrackingState {
  /** The zone the check is about; undefined for an account's check (accountId). */
  readonly zoneId: string | undefined;
  /** The account whose every zone the check is about (list with account-id). */
  readonly accountId?: string;
  /** Whether the check failed; the issue is opened or updated while it does, and closed once it passes. */
  readonly failing: boolean;
  /** Why the check fails: the step's failures. */
  readonly failures: readonly string[];
  readonly certificates: readonly TrackedCertificate[];
  /** Hostnames (input hostnames) without mTLS: someone switched it off. */
  readonly hostnamesMissing?: readonly string[];
  /** With block-without-certificate: hostnames this action's WAF rule does not block requests without a valid certificate to. */
  readonly notEnforced?: readonly string[];
  readonly runUrl: string | undefined;
}

export type TrackingOutcome = { readonly action: 'opened' | 'updated' | 'closed'; readonly number: number } | { readonly action: 'none' };

/** What the tracking issue needs of the runner, from publish.ts. */
export interface TrackingContext {
  readonly deadline: Deadline;
  readonly log: { info(message: string): void; warning(message: string): void };
}

/** Opens, updates or closes the tracking issue; a failure here is a warning, the check's verdict stands. */
export async function trackIssue(
  tracking: TrackingIssueConfig,
  zoneId: string,
  result: CertificateResult | ListResult,
  { deadline, log }: TrackingContext,
): Promise<{ readonly number: number; readonly url: string } | undefined> {
  const tracked = result.kind === 'list' ? result.expiring : [result.certificate];
  return track(
    tracking,
    {
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
    },
    { deadline, log },
  );
}

/**
 * The tracking issue of a check of every zone of an account: one issue for the account (its own default
 * label), listing every expiring certificate with its zone.
 */
export function trackAccountIssue(
  tracking: TrackingIssueConfig,
  result: InventoryResult,
  context: TrackingContext,
): Promise<{ readonly number: number; readonly url: string } | undefined> {
  return track(
    tracking,
    {
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
    },
    context,
  );
}

/** Syncs the issue with the state; a failure here is a warning, the check's verdict stands. */
async function track(
  tracking: TrackingIssueConfig,
  state: Omit<TrackingState, 'runUrl'>,
  { deadline, log }: TrackingContext,
): Promise<{ readonly number: number; readonly url: string } | undefined> {
  const runLink = repositoryLink(`actions/runs/${process.env.GITHUB_RUN_ID ?? ''}`);
  try {
    const outcome = await syncTrackingIssue(tracking, { ...state, runUrl: runLink }, deadline.signal);
    if (outcome.action === 'none') return undefined;
    log.info(`Tracking issue #${outcome.number} ${outcome.action}`);
    return { number: outcome.number, url: repositoryLink(`issues/${outcome.number}`) ?? '' };
  } catch (error) {
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
function describeGithubError(error: unknown): string {
  const { status, response, message } = error as { status?: unknown; response?: unknown; message?: unknown };
  const code = errorCode(error);
  const said = typeof message === 'string' && message !== '' ? message : (code ?? 'no details');
  if (response === undefined || typeof status !== 'number') {
    const host = URL.parse(process.env.GITHUB_API_URL ?? 'https://api.github.com')?.host ?? 'the GitHub API';
    // A system error code (ENOTFOUND, ECONNREFUSED, …) means the network; without one, the call failed otherwise (an answer past the cap).
    if (code === undefined) return `the call to ${host} failed (${said}).`;
    return `no answer from ${host} (${said.includes(code) ? said : `${code}: ${said}`}). Check the runner's network and proxy settings, and GITHUB_API_URL on GitHub Enterprise Server`;
  }
  const answered = `GitHub answered HTTP ${status} (${said})`;
  if (status === 401) return `${answered}: github-token was not accepted. Pass the workflow token (github.token) or a current token from a secret`;
  if ((status === 403 || status === 429) && /rate limit/i.test(said)) return `${answered}: the token is rate limited. The next run tries again`;
  if (status === 403 || status === 404) {
    return `${answered}: the token needs "issues: write" on this repository (permissions: issues: write in the workflow; GitHub answers 404 when a token may not see it)`;
  }
  return `${answered}.`;
}

/** The system error code (ENOTFOUND, ECONNREFUSED, …) somewhere in an error's chain of causes, if any. */
function errorCode(error: unknown): string | undefined {
  for (let cause = error, depth = 0; typeof cause === 'object' && cause !== null && depth < 5; cause = (cause as { cause?: unknown }).cause, depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
  }
  return undefined;
}

/**
 * The URL of a page of this run's repository (the run, the tracking issue), from the variables the runner
 * sets (what @actions/github's context reads), without loading Octokit. The repository must look like
 * owner/name and the server like a URL.
 */
function repositoryLink(path: string): string | undefined {
  const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repository = '' } = process.env;
  if (
    !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) ||
    !/^https?:\/\/[^\s()<>]+$/.test(server) ||
    !/^[a-z]+\/\d+$/.test(path.replace('actions/', ''))
  ) {
    return undefined;
  }
  return `${server.replace(/\/+$/, '')}/${repository}/${path}`;
}

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
    const title = `Cloudflare mTLS client certificates need attention (${subject(state)})`;
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

/** What the issue is about: "zone <id>" or "account <id>" (checked 32-hex ids). */
function subject(state: TrackingState): string {
  return state.accountId === undefined ? `zone ${state.zoneId}` : `account ${state.accountId}`;
}

export function issueBody(state: TrackingState): string {
  // Ids are checked hexadecimal; every other value came from outside and is escaped (no mentions, links, HTML).
  const withZone = state.certificates.some(c => c.zone !== undefined);
  const zoneCell = (c: TrackedCertificate): string => (withZone ? ` ${c.zone === undefined ? '' : `${markdownText(c.zone.name)} (\`${c.zone.id}\`)`} |` : '');
  const rows = state.certificates.map(
    c => `|${zoneCell(c)} \`${c.id}\` | ${markdownText(c.commonName)} | ${markdownText(c.status)} | ${markdownText(c.expiresOn)} | ${c.daysRemaining} |`,
  );
  const head = withZone
    ? ['| Zone | ID | Common name | Status | Expires | Days left |', '| --- | --- | --- | --- | --- | --- |']
    : ['| ID | Common name | Status | Expires | Days left |', '| --- | --- | --- | --- | --- |'];
  const intro =
    state.accountId === undefined
      ? `The scheduled check of zone \`${state.zoneId}\`'s API Shield client certificates fails:`
      : `The scheduled check of the API Shield client certificates of every zone of account \`${state.accountId}\` fails:`;
  const hostnames = state.hostnamesMissing?.length ? ['mTLS is not enabled on:', '', ...state.hostnamesMissing.map(name => `- ${markdownText(name)}`), ''] : [];
  const notEnforced = state.notEnforced?.length
    ? [
        'mTLS is not enforced (no enabled WAF rule of this action blocks requests without a valid, unrevoked client certificate) on:',
        '',
        ...state.notEnforced.map(name => `- ${markdownText(name)}`),
        '',
      ]
    : [];
  const end = [state.runUrl ? `Last checked in [this run](<${state.runUrl}>). ` : '', 'This issue is updated while the check fails and closed when it passes.'];
  // GitHub refuses a body past 65,536 characters: the failures take at most half of what is left, the
  // table the rest, and what does not fit is counted, not shown.
  let room = MAX_ISSUE_BODY_CHARACTERS - [intro, ...head, ...hostnames, ...notEnforced, ...end].join('\n').length - 600;
  const failures = fitting(
    state.failures.map(failure => `- ${markdownText(failure, 2000)}`),
    room / 2,
  );
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
      ? [`${rowsLeft} more not shown here (an issue holds at most ${MAX_ISSUE_BODY_CHARACTERS} characters): the run's job summary and outputs list them.`, '']
      : []),
    ...hostnames,
    ...notEnforced,
    ...end,
  ].join('\n');
}

/** The first lines that fit in room characters, each with its line break. */
function fitting(lines: readonly string[], room: number): string[] {
  let used = 0;
  let kept = 0;
  while (kept < lines.length && used + (lines[kept] as string).length + 1 <= room) used += (lines[kept++] as string).length + 1;
  return lines.slice(0, kept);
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
