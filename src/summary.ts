import { markdownText } from './escape.js';

/**
 * The job summary's frame: the heading with the verdict, then the step's failures, warnings and notices;
 * and the summary of a step that failed before it had a result. What a result adds (a certificate's
 * details, a listing, the hostnames) is in result-summary.ts, loaded only with a result.
 */

/** A failure, warning or notice: the action's own sentence with outside data in it. */
const MAX_MESSAGE_CHARACTERS = 2000;

/** What every summary's heading says: which command, on which zone, and the tracking issue if any. */
export interface SummaryContext {
  /** The command as the user wrote it; undefined when the inputs did not get that far. */
  readonly command: string | undefined;
  /** A checked 32-hex zone id, or undefined. */
  readonly zoneId: string | undefined;
  /** A checked 32-hex account id: a check of every zone of that account (list with account-id). */
  readonly accountId?: string | undefined;
  /** The tracking issue this run opened or updated, linked under the heading. */
  readonly trackingIssue?: { readonly number: number; readonly url: string } | undefined;
}

const FAILED_TITLES: Readonly<Record<string, string>> = {
  create: 'Client certificate not issued',
  get: 'Client certificate check failed',
  revoke: 'Client certificate not revoked',
  reactivate: 'Client certificate not reactivated',
  list: 'Zone check failed',
};

/** A step that failed before it had a result (a bad input, an API error): what failed and what to do. */
export function failureSummary(context: SummaryContext, errors: readonly string[]): string {
  const title =
    context.accountId !== undefined ? 'Account check failed' : (FAILED_TITLES[context.command ?? ''] ?? 'Cloudflare mTLS client certificate step failed');
  return [...summaryHead(context, title, errors, [], '❌'), ''].join('\n');
}

/** The heading (verdict, title, zone, tracking issue) and the step's failures, warnings and notices, one callout each. */
export function summaryHead(
  context: SummaryContext,
  title: string,
  failures: readonly string[],
  warnings: readonly string[],
  icon?: string,
  notices: readonly string[] = [],
): string[] {
  const verdict = icon ?? (failures.length > 0 ? '❌' : warnings.length > 0 ? '⚠️' : '✅');
  const zone = context.zoneId ? ` · zone \`${context.zoneId}\`` : context.accountId ? ` · account \`${context.accountId}\`` : '';
  const lines = [`### ${verdict} ${title}${zone}`, ''];
  if (context.trackingIssue) lines.push(`Tracking issue: [#${context.trackingIssue.number}](<${context.trackingIssue.url}>)`, '');
  for (const failure of failures) lines.push('> [!CAUTION]', `> ${markdownText(failure, MAX_MESSAGE_CHARACTERS)}`, '');
  for (const warning of warnings) lines.push('> [!WARNING]', `> ${markdownText(warning, MAX_MESSAGE_CHARACTERS)}`, '');
  for (const notice of notices) lines.push('> [!NOTE]', `> ${markdownText(notice, MAX_MESSAGE_CHARACTERS)}`, '');
  return lines;
}
