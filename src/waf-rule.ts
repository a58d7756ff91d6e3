/**
 * The WAF custom rule this action manages in a zone (docs/waf-rule.md): how it is built, how it is found
 * again, how its hostnames are read back, whether it enforces, and which other rules undo it. Pure: no I/O.
 *
 * The rule blocks every request to the hostnames that has no valid client certificate, or a revoked one:
 *   (http.host in {"admin.example.com" "api.example.com"} and (not cf.tls_client_auth.cert_verified or cf.tls_client_auth.cert_revoked))
 * A revoked certificate still has cert_verified true, so a rule without the cert_revoked check lets it in.
 */
import type { RuleDefinition, RulesetRule } from './cloudflare/rulesets.js';
import { hostnameKey } from './hostname-key.js';
import { parseHostnames } from './hostnames.js';
import { MAX_RULE_EXPRESSION } from './limits.js';

/**
 * The ref of this action's rule: how it finds its own rule again in the zone's custom rules, whoever
 * wrote the others. Stable across versions of the action; one rule per zone, whatever the hostnames.
 */
export const RULE_REF = 'mtls_action_require_valid_client_certificate';

/** What the rule is and who manages it, as the dashboard shows it. */
export const RULE_DESCRIPTION =
  'Block requests without a valid, unrevoked mTLS client certificate. Managed by the Cloudflare mTLS Client Certificate GitHub Action ' +
  '(block-without-certificate): it adds hostnames to this rule and never removes any. Do not edit the expression by hand.';

const VERIFIED = 'cf.tls_client_auth.cert_verified';
const REVOKED = 'cf.tls_client_auth.cert_revoked';
/** The certificate part of the expression: no certificate, an invalid one, or a revoked one. */
const CERTIFICATE_CHECK = `(not ${VERIFIED} or ${REVOKED})`;
/** Our expression, exactly: the hostname set between the braces, each name in quotes, one space apart. */
const CANONICAL = /^\(http\.host in \{("[^"\\]+"(?: "[^"\\]+")*)\} and \(not cf\.tls_client_auth\.cert_verified or cf\.tls_client_auth\.cert_revoked\)\)$/;

/** The expression for these hostnames: sorted, each once. Every name must be one the hostnames input accepts. */
export function ruleExpression(hostnames: readonly string[]): string {
  const names = [...new Set(hostnames)].sort();
  if (names.length === 0) throw new Error('internal error: a rule expression needs at least one hostname');
  for (const name of names) if (!isCheckedHostname(name)) throw new Error('internal error: a rule expression may only name checked hostnames');
  return `(http.host in {${names.map(name => `"${name}"`).join(' ')}} and ${CERTIFICATE_CHECK})`;
}

/** Our rule for these hostnames, or why it cannot be written (an expression longer than Cloudflare takes). */
export function buildRule(hostnames: readonly string[]): { readonly rule: RuleDefinition } | { readonly problem: string } {
  const expression = ruleExpression(hostnames);
  if (expression.length > MAX_RULE_EXPRESSION) {
    const count = new Set(hostnames).size;
    return {
      problem: `the rule's expression for ${count} hostnames would be ${expression.length} characters, more than the ${MAX_RULE_EXPRESSION} Cloudflare accepts in one rule`,
    };
  }
  return { rule: { ref: RULE_REF, expression, action: 'block', description: RULE_DESCRIPTION, enabled: true } };
}

/** This action's rules in a ruleset (by ref) with their positions from 1; more than one is an anomaly the caller reports. */
export function findOurRules(rules: readonly RulesetRule[]): { readonly rule: RulesetRule; readonly position: number }[] {
  return rules.flatMap((rule, index) => (rule.ref === RULE_REF ? [{ rule, position: index + 1 }] : []));
}

/**
 * The hostnames our rule covers, read back from its expression, strictly: only the exact form
 * ruleExpression writes (sorted, each once, each a hostname the input would accept). Anything else, an
 * expression edited by hand, is undefined: the action cannot tell what it does, so it neither trusts nor
 * rewrites it.
 */
export function ruleHostnames(expression: string): readonly string[] | undefined {
  const match = CANONICAL.exec(expression);
  if (!match) return undefined;
  const names = (match[1] as string).split(' ').map(quoted => quoted.slice(1, -1));
  if (!names.every(isCheckedHostname)) return undefined;
  return ruleExpression(names) === expression ? names : undefined;
}

/** Whether a rule enforces mTLS on the hostnames, and if not, why (each reason a phrase that follows "the rule"). */
export interface RuleJudgement {
  readonly enforces: boolean;
  /** The hostnames the expression covers; undefined when it is not in this action's form. */
  readonly covered: readonly string[] | undefined;
  /** Requested hostnames it does not cover (all of them when the expression cannot be read). */
  readonly missing: readonly string[];
  readonly problems: readonly string[];
}

/**
 * Judges our rule: it enforces when it is enabled, its action is block, its expression checks both
 * cert_verified and cert_revoked (which only this action's exact form is known to do) and covers every
 * hostname asked for.
 */
export function judgeRule(rule: RulesetRule, hostnames: readonly string[]): RuleJudgement {
  const covered = ruleHostnames(rule.expression);
  const problems: string[] = [];
  if (!rule.enabled) problems.push('is disabled');
  if (rule.action !== 'block') problems.push(`has the action ${rule.action}, not block`);
  let missing: string[];
  if (covered === undefined) {
    missing = [...hostnames];
    problems.push(
      'has an expression that is not the one this action writes (edited by hand?): the step cannot tell whether it checks both cert_verified and cert_revoked on every hostname',
    );
  } else {
    const keys = new Set(covered);
    missing = hostnames.filter(name => !keys.has(hostnameKey(name)));
    if (missing.length > 0) problems.push(`does not cover ${missing.join(', ')}`);
  }
  return { enforces: problems.length === 0, covered, missing, problems };
}

/** Another rule of the zone that undoes or weakens ours. */
export interface RuleFinding {
  /**
   * `revoked-pass`: an enabled rule that checks cert_verified but not cert_revoked (a revoked certificate
   * passes it). `skip-before`: an enabled skip rule before ours (or anywhere, when ours is not there yet)
   * whose expression names one of our hostnames: requests it matches may never reach ours.
   */
  readonly kind: 'revoked-pass' | 'skip-before';
  readonly ruleId: string;
  /** 1 for the first rule of the ruleset. */
  readonly position: number;
  readonly action: string;
  /** As the API gave it: data from outside, for the caller to escape where it is shown. */
  readonly description: string;
  /** skip-before: the requested hostnames its expression names. */
  readonly hostnames: readonly string[];
}

/**
 * The other enabled rules that weaken ours (see RuleFinding). `ourPosition` is our rule's position, or
 * undefined when it is not in the ruleset yet (it would be appended last).
 */
export function findWeakeningRules(rules: readonly RulesetRule[], hostnames: readonly string[], ourPosition: number | undefined): RuleFinding[] {
  const wanted = new Set(hostnames.map(hostnameKey));
  const findings: RuleFinding[] = [];
  rules.forEach((rule, index) => {
    const position = index + 1;
    if (rule.ref === RULE_REF || !rule.enabled) return;
    const base = { ruleId: rule.id, position, action: rule.action, description: rule.description };
    const code = outsideStrings(rule.expression);
    if (usesField(code, VERIFIED) && !usesField(code, REVOKED)) findings.push({ kind: 'revoked-pass', ...base, hostnames: [] });
    if (rule.action === 'skip' && (ourPosition === undefined || position < ourPosition)) {
      const named = [...new Set(stringLiterals(rule.expression).map(hostnameKey))].filter(key => wanted.has(key));
      if (named.length > 0) findings.push({ kind: 'skip-before', ...base, hostnames: hostnames.filter(name => named.includes(hostnameKey(name))) });
    }
  });
  return findings;
}

/** A name the hostnames input accepts as it is: lowercase ASCII, no conversion needed. */
function isCheckedHostname(name: string): boolean {
  const parsed = parseHostnames(name);
  return parsed.problems.length === 0 && parsed.converted.length === 0 && parsed.hostnames.length === 1 && parsed.hostnames[0] === name;
}

/** Whether the expression's code (string literals removed) names the field, as a whole field name. */
function usesField(code: string, field: string): boolean {
  return new RegExp(`(?<![\\w.])${field.replaceAll('.', '\\.')}(?![\\w.])`).test(code);
}

/**
 * Splits an expression of Cloudflare's rules language into its code and its string literals: "…" with
 * backslash escapes, and raw strings r"…" and r#"…"# (any number of #). An unterminated string runs to
 * the end.
 */
function scan(expression: string): { code: string; strings: string[] } {
  let code = '';
  const strings: string[] = [];
  let i = 0;
  while (i < expression.length) {
    const raw = /^r(#*)"/.exec(expression.slice(i, i + 300));
    const previous = i > 0 ? (expression[i - 1] as string) : '';
    if (raw && !/[\w.]/.test(previous)) {
      const close = `"${raw[1]}`;
      const start = i + raw[0].length;
      const end = expression.indexOf(close, start);
      strings.push(expression.slice(start, end === -1 ? undefined : end));
      code += ' "" ';
      i = end === -1 ? expression.length : end + close.length;
      continue;
    }
    if (expression[i] === '"') {
      let text = '';
      let j = i + 1;
      for (; j < expression.length && expression[j] !== '"'; j++) {
        if (expression[j] === '\\' && j + 1 < expression.length) j++;
        text += expression[j];
      }
      strings.push(text);
      code += ' "" ';
      i = j + 1;
      continue;
    }
    code += expression[i];
    i++;
  }
  return { code, strings };
}

function outsideStrings(expression: string): string {
  return scan(expression).code;
}

function stringLiterals(expression: string): string[] {
  return scan(expression).strings;
}
