import { ISO_TIMESTAMP, type VerifiedCertificate } from './certificate.js';
import type { HostnameReport, InventoryResult, ListResult, WafRuleReport, ZoneNote } from './commands/result.js';
import { markdownText } from './escape.js';
import { hostnameKey } from './hostname-key.js';
import { MAX_RULE_EXPRESSION, MAX_SUMMARY_BYTES } from './limits.js';
import { hostnamesOutputFits } from './outputs.js';
import { type SummaryContext, summaryHead } from './summary.js';

/**
 * The job summary of a result: one certificate's details, or a zone's listing, and the zone's mTLS
 * hostnames, under the frame summary.ts draws. Loaded with publish.ts, once a command has a result.
 */

const TITLES: Readonly<Record<string, string>> = {
  create: 'Client certificate issued',
  reused: 'Client certificate reused',
  get: 'Client certificate checked',
  revoke: 'Client certificate revoked',
  reactivate: 'Client certificate reactivated',
  list: 'Client certificates checked',
};

/**
 * One certificate (create, get, revoke, reactivate): the verdict first (✅, ⚠️ or ❌ with the command and
 * the zone), failed checks and warnings right under it, then the details. Outside data is escaped;
 * ids and fingerprints are checked hexadecimal.
 */
export function certificateSummary(
  context: SummaryContext,
  certificate: VerifiedCertificate,
  failures: readonly string[],
  warnings: readonly string[],
  reused: boolean,
  hostnames?: HostnameReport,
  notices: readonly string[] = [],
  waf?: WafRuleReport,
): string {
  const { api } = certificate;
  const rows: [string, string][] = [
    ['ID', `\`${certificate.id}\``],
    ['Status', markdownText(certificate.status)],
    ['Common name', markdownText(certificate.commonName)],
    ['Expires', `${dateCell(certificate.expiresOn)} (${certificate.daysRemaining} days left)`],
    ['Issued', dateCell(api.issued_on ?? '')],
    ['Serial number', markdownText(certificate.serialNumber)],
    ['SHA-256 fingerprint', `\`${certificate.fingerprint}\``],
  ];
  const authority = [api.certificate_authority?.name, api.certificate_authority?.id].find(value => typeof value === 'string' && value !== '');
  if (authority !== undefined) rows.push(['Certificate authority', markdownText(authority, 256)]);
  const title = TITLES[reused ? 'reused' : (context.command ?? '')] ?? 'Client certificate';
  return [
    ...summaryHead(context, title, failures, warnings, undefined, notices),
    '| | |',
    '| --- | --- |',
    ...rows.map(([name, value]) => `| ${name} | ${value} |`),
    '',
    ...(hostnames ? hostnameSection(hostnames) : []),
    ...(waf ? wafRuleSection(waf) : []),
  ].join('\n');
}

/** Hostname rows shown at most; the hostnames output has them all. */
const MAX_HOSTNAME_ROWS = 200;

/**
 * The zone's mTLS hostnames: the ones asked for first (added by this step, enabled, or not enabled), then
 * the others on the CA's list. Names from the API are escaped like every other outside value.
 */
function hostnameSection(report: HostnameReport): string[] {
  const added = new Set(report.added);
  const missing = new Set(report.missing);
  const ca = report.mtlsCertificateId === undefined ? 'the Cloudflare Managed CA' : `the uploaded CA \`${report.mtlsCertificateId}\``;
  const rows = report.requested.map(name => {
    const state =
      report.associated === undefined
        ? '❔ unknown: the list could not be read'
        : missing.has(name)
          ? '❌ not enabled'
          : added.has(name)
            ? '✅ enabled by this step'
            : '✅ enabled';
    return `| ${markdownText(name)} | ${state} |`;
  });
  const requested = new Set(report.requested);
  const others = (report.associated ?? []).filter(name => !requested.has(hostnameKey(name)));
  rows.push(...others.map(name => `| ${markdownText(name)} | ✅ enabled (not in hostnames) |`));
  const shown = rows.slice(0, MAX_HOSTNAME_ROWS);
  const total =
    report.associated === undefined
      ? 'The list could not be read.'
      : `${report.associated.length} hostname${report.associated.length === 1 ? '' : 's'} on the list.`;
  return [
    '#### mTLS hostnames',
    '',
    `Client certificates of ${ca} are asked for on these hostnames. ${total}${report.added.length > 0 ? ` This step added ${report.added.length}.` : ''}`,
    '',
    '| Hostname | mTLS |',
    '| --- | --- |',
    ...shown,
    ...(rows.length > shown.length
      ? [
          '',
          `${rows.length - shown.length} more not shown${report.associated && hostnamesOutputFits(report.associated) ? ': the hostnames output lists them all' : ' (the list is too long for the hostnames output too)'}.`,
        ]
      : []),
    '',
  ];
}

/** What a step wrote to the rule, as the summary says it. */
function wafChange(report: WafRuleReport): string {
  switch (report.change) {
    case 'created-entrypoint':
      return "Created the zone's custom rules, holding only this rule";
    case 'added':
      return "Added this rule, last among the zone's custom rules";
    case 'widened':
      return `Added ${report.added.map(name => markdownText(name)).join(', ')} to this rule`;
    case 'restored':
      return 'Enabled this rule again, with action block';
    case 'none':
      return 'Nothing (no write)';
  }
}

/**
 * The WAF rule that enforces mTLS: this action's rule as the last read showed it (its expression and
 * description escaped like every outside value), what the step changed, and each hostname blocked or not.
 * For the check get and list make without block-without-certificate: only whether the other rules were
 * checked (what was found is in the warnings).
 */
export function wafRuleSection(report: WafRuleReport): string[] {
  if (!report.required) {
    const checked =
      report.notes.length > 0
        ? markdownText(report.notes.join(' '), 2000)
        : report.findings.length > 0
          ? `Checked for enabled rules that revoked client certificates pass: ${report.findings.length} found (the warnings above name ${report.findings.length === 1 ? 'it' : 'them'}).`
          : 'Checked for enabled rules that revoked client certificates pass: none found.';
    return ['#### WAF custom rules', '', checked, '', 'Set block-without-certificate: true to have this step require the rule that enforces mTLS.', ''];
  }
  const { rule, unenforced } = report;
  const state =
    unenforced === undefined
      ? "Whether requests without a valid client certificate are blocked is not known: the zone's custom rules were not read, or could not be (see above)."
      : unenforced.length === 0
        ? 'Requests to these hostnames without a valid, unrevoked client certificate are blocked.'
        : `Requests without a valid, unrevoked client certificate to ${unenforced.length} of these hostnames still reach the origin.`;
  const rows: [string, string][] = rule
    ? [
        ['Rule', `\`${rule.id}\`, rule ${rule.position} of ${rule.of} in ruleset \`${report.rulesetId ?? ''}\``],
        ['Enabled', rule.enabled ? 'yes' : '❌ no'],
        ['Action', rule.action === 'block' ? 'block' : `❌ ${markdownText(rule.action)}`],
        ['Expression', markdownText(rule.expression, MAX_RULE_EXPRESSION)],
        ['Description', markdownText(rule.description)],
      ]
    : [['Rule', `none with ref ${markdownText(report.ref)}`]];
  rows.push(['This step', wafChange(report)]);
  const added = new Set(report.added);
  const blocked = new Set(unenforced ?? []);
  const hostRows = report.requested.map(name => {
    const cell =
      unenforced === undefined ? '❔ unknown' : blocked.has(name) ? '❌ not blocked' : added.has(name) ? '✅ blocked (added by this step)' : '✅ blocked';
    return `| ${markdownText(name)} | ${cell} |`;
  });
  return [
    '#### WAF rule: block requests without a valid client certificate',
    '',
    state,
    '',
    '| | |',
    '| --- | --- |',
    ...rows.map(([name, value]) => `| ${name} | ${value} |`),
    '',
    '| Hostname | Without a valid, unrevoked certificate |',
    '| --- | --- |',
    ...hostRows.slice(0, MAX_HOSTNAME_ROWS),
    '',
  ];
}

/**
 * A zone-wide listing: the verdict, failed checks and warnings, then every certificate sorted by expiry,
 * expiring ones marked. Within MAX_SUMMARY_BYTES (GitHub's limit is 1 MiB): rows that do not fit are left
 * out, the soonest-expiring kept, and the summary says how many.
 */
export function listSummary(context: SummaryContext, result: ListResult, warnings: readonly string[]): string {
  const expiring = new Set(result.expiring.map(c => c.id));
  const count = result.certificates.length;
  const top = [
    ...summaryHead(context, TITLES.list as string, result.failures, warnings),
    `${count} certificate${count === 1 ? '' : 's'}, ${result.expiring.length} expiring soon.`,
    '',
  ];
  const hostnames = [...(result.hostnames ? hostnameSection(result.hostnames) : []), ...(result.waf ? wafRuleSection(result.waf) : [])];
  if (count === 0) return [...top, ...hostnames, ''].join('\n');
  const table = ['| | ID | Common name | Status | Expires | Days left |', '| --- | --- | --- | --- | --- | --- |'];
  const rows = result.certificates.map(
    c =>
      `| ${expiring.has(c.id) ? '⚠️' : ''} | \`${c.id}\` | ${markdownText(c.commonName)} | ${markdownText(c.status)} | ${dateCell(c.expiresOn)} | ${c.daysRemaining} |`,
  );
  const kept = rowsWithin(rows, MAX_SUMMARY_BYTES - Buffer.byteLength([...top, ...table, ...hostnames].join('\n')) - 400);
  const leftOut = rows.length - kept;
  const leftOutLines =
    leftOut > 0
      ? ['', `${leftOut} more certificate${leftOut === 1 ? '' : 's'} not shown: a job summary holds at most 1 MiB. The certificates output lists them.`]
      : [];
  return [...top, ...table, ...rows.slice(0, kept), ...leftOutLines, ...(hostnames.length > 0 ? ['', ...hostnames] : []), ''].join('\n');
}

/** Failures shown as callouts in an account's summary; the rest are counted (each failed zone is also in its table). */
const MAX_ACCOUNT_FAILURES_SHOWN = 10;
/** Rows of each zone table (skipped, not checked) shown at most; the zones-skipped and zones-not-checked outputs have them all. */
const MAX_ZONE_ROWS = 200;

/**
 * A check of every zone of an account: the verdict and the account first (failures, warnings), what was
 * checked and what it cost, then one table of every certificate across the zones, sorted by expiry, with
 * each one's zone, then the zones skipped and the zones not checked, each with why. Within
 * MAX_SUMMARY_BYTES: the zone tables are bounded first, and certificate rows that do not fit are left
 * out, the soonest-expiring kept. Zone names and every message are escaped; ids are checked.
 */
export function inventorySummary(context: SummaryContext, result: InventoryResult, warnings: readonly string[]): string {
  const { zones, zonesChecked, zonesSkipped, certificates } = result;
  const notChecked = [...result.zonesFailed.map(zone => ({ ...zone, why: `its check failed: ${zone.why}` })), ...result.zonesNotChecked];
  const failures =
    result.failures.length <= MAX_ACCOUNT_FAILURES_SHOWN
      ? result.failures
      : [
          ...result.failures.slice(0, MAX_ACCOUNT_FAILURES_SHOWN),
          `And ${result.failures.length - MAX_ACCOUNT_FAILURES_SHOWN} more failures: the log lists them all, and the zones not checked are below`,
        ];
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const top = [
    ...summaryHead(context, TITLES.list as string, failures, warnings),
    `${plural(zones.length, 'zone')}: ${zonesChecked.length} checked, ${zonesSkipped.length} skipped, ${notChecked.length} not checked. ` +
      `${plural(certificates.length, 'certificate')}, ${result.expiring.length} expiring soon.`,
    '',
    `${plural(result.requests, 'request')} of a budget of ${result.budget} (the account needs at least ${result.requestsNeeded}), at most ${result.rate.maxInFlight} at once${result.rate.slowedDown ? ", slowed down as Cloudflare's count of the rate limit ran low" : ''}.`,
    '',
  ];
  const zoneTable = (title: string, list: readonly ZoneNote[], output: string): string[] => {
    if (list.length === 0) return [];
    const rows = list.slice(0, MAX_ZONE_ROWS).map(zone => `| ${markdownText(zone.name)} | \`${zone.id}\` | ${markdownText(zone.why, 600)} |`);
    const more = list.length - rows.length;
    return [
      `#### ${title}`,
      '',
      '| Zone | Zone ID | Why |',
      '| --- | --- | --- |',
      ...rows,
      ...(more > 0 ? ['', `${more} more not shown: the ${output} output lists them.`] : []),
      '',
    ];
  };
  const after = [
    ...zoneTable(`Zones skipped (${zonesSkipped.length})`, zonesSkipped, 'zones-skipped'),
    ...zoneTable(`Zones not checked (${notChecked.length})`, notChecked, 'zones-not-checked'),
  ];
  if (certificates.length === 0) return [...top, ...after, ''].join('\n');
  const expiring = new Set(result.expiring.map(c => c.id));
  const table = ['| | Zone | ID | Common name | Status | Expires | Days left |', '| --- | --- | --- | --- | --- | --- | --- |'];
  const rows = certificates.map(
    c =>
      `| ${expiring.has(c.id) ? '⚠️' : ''} | ${markdownText(c.zone.name)} | \`${c.id}\` | ${markdownText(c.commonName)} | ${markdownText(c.status)} | ${dateCell(c.expiresOn)} | ${c.daysRemaining} |`,
  );
  const kept = rowsWithin(rows, MAX_SUMMARY_BYTES - Buffer.byteLength([...top, ...table, ...after].join('\n')) - 400);
  const leftOut = rows.length - kept;
  const leftOutLines =
    leftOut > 0 ? ['', `${plural(leftOut, 'more certificate')} not shown: a job summary holds at most 1 MiB. The certificates output lists them.`] : [];
  return [...top, ...table, ...rows.slice(0, kept), ...leftOutLines, '', ...after, ''].join('\n');
}

/** How many of the rows, from the first, fit in room bytes (each with its line break): the summary's cap. */
function rowsWithin(rows: readonly string[], room: number): number {
  let bytes = 0;
  let kept = 0;
  while (kept < rows.length && bytes + Buffer.byteLength(rows[kept] as string) + 1 <= room) bytes += Buffer.byteLength(rows[kept++] as string) + 1;
  return kept;
}

/** The date a person reads, with the whole timestamp on hover; anything not an ISO timestamp as escaped text. */
function dateCell(timestamp: string): string {
  if (!ISO_TIMESTAMP.test(timestamp)) return markdownText(timestamp);
  return `<abbr title="${timestamp}">${timestamp.slice(0, 10)}</abbr>`;
}
