import { CloudflareApiError, TransportError, UnexpectedResponseError } from '../cloudflare/errors.js';
import type { Ruleset, RulesetRule } from '../cloudflare/rulesets.js';
import type { HostnamesConfig, ZoneConfig } from '../config/types.js';
import { type HintContext, type HintSubject, hintFor } from '../hints.js';
import { buildRule, findOurRules, findWeakeningRules, judgeRule, RULE_REF, type RuleFinding, ruleExpression, ruleHostnames } from '../waf-rule.js';
import { list } from './hostnames.js';
import type { WafRuleChange, WafRuleReport, WafRuleState } from './result.js';

// What writing the rule (waf.ts) and checking it (waf-check.ts) share: the target, the report built from
// a read of the zone's custom rules, and the sentences both say about the rules.

/** Where the dashboard keeps the rules, for every message that asks a person to look. */
export const DASHBOARD = 'dashboard: Security > WAF > Custom rules';

/** What both commands need to know besides the API client. */
export interface WafRuleTarget {
  readonly zoneId: string;
  /** The hostnames input, normalized (src/hostnames.ts): lowercase ASCII, each once. */
  readonly hostnames: readonly string[];
  /** For the hint after a refusal: the command, the credential's kind and shape, api-url. */
  readonly hint: Pick<HintContext, 'command' | 'credentials' | 'apiUrl'>;
}

/** The rule's target from the config: the zone, the hostnames input, and what a hint needs. */
export function targetOf(config: ZoneConfig, hostnames: HostnamesConfig): WafRuleTarget {
  return { zoneId: config.zoneId, hostnames: hostnames.names, hint: { command: config.command, credentials: config.credentials, apiUrl: config.apiUrl } };
}

/** The findings about other rules a step that requires this action's rule warns of (without it: only revoked-pass). */
export const BOTH_FINDINGS = ['revoked-pass', 'skip-before'] as const;

/** The report from the last read of the rules (undefined: none, or not read). */
export function report(
  target: WafRuleTarget,
  ruleset: Ruleset | undefined,
  parts: {
    readonly change?: WafRuleChange;
    readonly added?: readonly string[];
    readonly warnings?: readonly string[];
    readonly notes?: readonly string[];
    readonly failure?: string | undefined;
    readonly kinds: readonly RuleFinding['kind'][];
    readonly required: boolean;
    /** Whether `ruleset` is what a read showed (undefined: the zone has none); true unless said. */
    readonly read?: boolean;
  },
): WafRuleReport {
  const ours = ruleset === undefined ? [] : findOurRules(ruleset.rules);
  const found = ours.length === 1 ? ours[0] : undefined;
  const rule: WafRuleState | undefined =
    found === undefined || ruleset === undefined
      ? undefined
      : {
          id: found.rule.id,
          expression: found.rule.expression,
          action: found.rule.action,
          enabled: found.rule.enabled,
          description: found.rule.description,
          hostnames: ruleHostnames(found.rule.expression),
          position: found.position,
          of: ruleset.rules.length,
        };
  const findings = findWeakeningRules(ruleset?.rules ?? [], target.hostnames, found?.position).filter(f => parts.kinds.includes(f.kind));
  let unenforced: readonly string[] | undefined;
  if (parts.read !== false && ours.length <= 1) {
    const judged = found === undefined ? undefined : judgeRule(found.rule, target.hostnames);
    const wholeRule = judged === undefined || !found?.rule.enabled || found.rule.action !== 'block' || judged.covered === undefined;
    unenforced = wholeRule ? [...target.hostnames] : judged.missing;
  }
  return {
    requested: target.hostnames,
    ref: RULE_REF,
    rulesetId: ruleset?.id,
    ruleId: rule?.id,
    rule,
    required: parts.required,
    change: parts.change ?? 'none',
    unenforced,
    added: parts.added ?? [],
    findings,
    warnings: [...(parts.warnings ?? []), ...findings.map(warningFor)],
    notes: parts.notes ?? [],
    failure: parts.failure,
  };
}

/** One warning per finding; the rule's description is outside data, shown as it is for the log and summary to escape. */
function warningFor(finding: RuleFinding): string {
  const name =
    finding.description === ''
      ? `${finding.ruleId} (rule ${finding.position}, no description)`
      : `"${finding.description}" (${finding.ruleId}, rule ${finding.position})`;
  if (finding.kind === 'revoked-pass') {
    return (
      `WAF custom rule ${name} checks cf.tls_client_auth.cert_verified but not cf.tls_client_auth.cert_revoked: a revoked client certificate still has cert_verified true, ` +
      `so revoked certificates pass this rule. Add "or cf.tls_client_auth.cert_revoked" where it blocks requests without a valid certificate (${DASHBOARD})`
    );
  }
  return (
    `WAF custom rule ${name} is enabled, skips, names ${list(finding.hostnames)} and comes before this action's rule: requests it matches skip the rules after it, ` +
    `so they are never checked for a client certificate. Make sure it cannot match requests without a valid certificate, or move this action's rule above it (${DASHBOARD})`
  );
}

export function duplicates(rules: readonly RulesetRule[]): string {
  return (
    `The zone's custom rules hold ${rules.length} rules with this action's ref ${RULE_REF} (${rules.map(r => r.id).join(', ')}), where there should be one: ` +
    `this step changes none of them. Delete all but one (${DASHBOARD}), then run the step again.`
  );
}

/** Our expression for the hostnames, to show; a description of it when it is longer than Cloudflare takes. */
export function expressionFor(hostnames: readonly string[]): string {
  const built = buildRule(hostnames);
  return 'rule' in built ? built.rule.expression : `${ruleExpression(hostnames.slice(0, 1))} with every hostname between the braces`;
}

/** An API failure of the rules as one sentence: Cloudflare's code, message and status, and what to check. */
export function describeFailure(what: 'read' | 'write', error: unknown, target: WafRuleTarget, about: HintSubject, customRules: number | undefined): string {
  if (!(error instanceof CloudflareApiError || error instanceof UnexpectedResponseError || error instanceof TransportError)) throw error;
  const hint = error instanceof CloudflareApiError ? hintFor(error, { ...target.hint, zoneId: target.zoneId, about, customRules }) : undefined;
  return `${what === 'read' ? 'Reading' : 'Writing'} the zone's WAF custom rules failed: ${error.message}${hint ? `: ${hint}` : ''}.`;
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
