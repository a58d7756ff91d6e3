import { CloudflareApiError, mayHaveBeenApplied, TransportError, UnexpectedResponseError } from '../cloudflare/errors.js';
import { type RuleDefinition, type Ruleset, type RulesetRule, RulesetsClient, type RulesetWrite } from '../cloudflare/rulesets.js';
import type { CreateConfig, HostnamesConfig, ZoneConfig } from '../config/types.js';
import { type HintContext, type HintSubject, hintFor } from '../hints.js';
import { pause, pollDelays } from '../poll.js';
import { buildRule, findOurRules, findWeakeningRules, judgeRule, RULE_REF, type RuleFinding, ruleExpression, ruleHostnames } from '../waf-rule.js';
import { list, type Remedy, whatNow } from './hostnames.js';
import type { CommandContext, HostnameReport, WafRuleChange, WafRuleReport, WafRuleState } from './result.js';

/** Where the dashboard keeps the rules, for every message that asks a person to look. */
const DASHBOARD = 'dashboard: Security > WAF > Custom rules';

/** What both commands need to know besides the API client. */
export interface WafRuleTarget {
  readonly zoneId: string;
  /** The hostnames input, normalized (src/hostnames.ts): lowercase ASCII, each once. */
  readonly hostnames: readonly string[];
  /** For the hint after a refusal: the command, the credential's kind and shape, api-url. */
  readonly hint: Pick<HintContext, 'command' | 'credentials' | 'apiUrl'>;
}

export interface EnsureWafRuleOptions extends WafRuleTarget {
  /** Writes sent again after a failure that says another attempt is safe (max-retries), each rebuilt from a fresh read. */
  readonly maxRetries: number;
}

/** The one write a step sends, decided from a read of the zone's custom rules. */
type Plan =
  | { readonly kind: 'nothing'; readonly ruleset: Ruleset }
  | { readonly kind: 'refuse'; readonly why: string }
  | { readonly kind: 'create'; readonly rule: RuleDefinition }
  | { readonly kind: 'add'; readonly rulesetId: string; readonly rule: RuleDefinition }
  | {
      readonly kind: 'update';
      readonly rulesetId: string;
      readonly ruleId: string;
      readonly rule: RuleDefinition;
      readonly added: readonly string[];
      /** What the rule was besides its hostnames, when the write restores it: disabled, another action. */
      readonly restores: { readonly disabled: boolean; readonly action: string | undefined };
    };

type WritePlan = Extract<Plan, { kind: 'create' | 'add' | 'update' }>;

/**
 * On create with block-without-certificate: makes sure one WAF custom rule of this action (found by its
 * ref) blocks requests to the hostnames that lack a valid, unrevoked client certificate. It reads the
 * zone's http_request_firewall_custom entrypoint and sends at most one kind of write:
 * - no entrypoint (404): creates it holding only our rule;
 * - our rule absent: appends it (POST …/rules, last);
 * - our rule there without every hostname (or disabled, or not block): PATCHes only our rule, to the
 *   union of the hostnames it had and those asked for (add-only, like the hostnames input), enabled, block;
 * - nothing to change: no write at all (one GET).
 * It never PUTs the entrypoint and never touches another rule. A rule of ours whose expression is not the
 * form this action writes (edited by hand) is not changed: the step fails saying what to do.
 *
 * After a write, reads confirm it with backoff until the deadline (Cloudflare's reads may lag its writes):
 * a read that shows the ruleset at the version it had before the write is "not visible yet"; another
 * version without our rule enforcing is another writer. A write without a clean answer is never resent as
 * it was: a POST that may have been applied (no answer, a 5xx, a garbled answer) is only confirmed by reads,
 * never sent again (it would add a second copy of our rule); a failure that says another attempt is safe
 * (429, a connection never made, a PATCH's 5xx) is followed by a fresh read, and the next write, if any, is
 * rebuilt from it.
 *
 * It runs after the certificate and the hostnames: a failure is returned, never thrown, and says that
 * mTLS is enabled but not enforced, and what to do.
 */
export async function ensureWafRule(options: EnsureWafRuleOptions, context: CommandContext): Promise<WafRuleReport> {
  const { zoneId, hostnames } = options;
  const { log, deadline } = context;
  const rulesets = new RulesetsClient(context.client);
  const warnings: string[] = [];
  /** How many custom rules the phase held at the last read, for the plan-limit hint. */
  let held: number | undefined;
  const failedTo = (what: 'read' | 'write', error: unknown): string => describeFailure(what, error, options, 'waf-write', held);
  /** The failure's report; `read` false when the rules as they are now were not read (a read failed, or only a write's answer is known). */
  const fail = (cause: string, ruleset: Ruleset | undefined, change: WafRuleChange = 'none', read = true): WafRuleReport =>
    report(options, ruleset, { change, warnings, failure: `${cause} ${notEnforced(hostnames)}`, kinds: BOTH_FINDINGS, required: true, read });

  let current: Ruleset | undefined;
  try {
    current = await rulesets.entrypoint(zoneId);
  } catch (error) {
    return fail(failedTo('read', error), undefined, 'none', false);
  }
  /** Waits within the deadline; false when the deadline passed (or the step was cancelled) meanwhile. */
  const wait = async (ms: number): Promise<boolean> => {
    try {
      await pause(ms, context);
      return true;
    } catch {
      return false;
    }
  };
  let readAgainAfterRefusedCreate = false;
  /** The write sent last, when one was: a read may show it applied after all. */
  let previous: WritePlan | undefined;
  for (let round = 1; ; round++) {
    held = current?.rules.length ?? 0;
    const plan = planWrite(current, hostnames);
    if (plan.kind === 'refuse') return fail(plan.why, current);
    if (plan.kind === 'nothing') {
      if (previous === undefined) {
        log.info(`The WAF custom rule of this action already blocks requests without a valid client certificate to ${list(hostnames)}: nothing to change`);
        return report(options, plan.ruleset, { warnings, kinds: BOTH_FINDINGS, required: true });
      }
      warnings.push(...restoredWarning(previous));
      warnings.push('An attempt of the write that failed was applied after all: the rules read back have the rule, blocking every hostname');
      return report(options, plan.ruleset, { change: changeOf(previous), added: added(previous), warnings, kinds: BOTH_FINDINGS, required: true });
    }
    log.info(describePlan(plan, current, round));
    previous = plan;
    const outcome = await send(rulesets, zoneId, plan, round);
    if (outcome.ok) return confirm(current, plan, outcome.ruleset);

    const writeError = failedTo('write', outcome.error);
    const applied = mayHaveBeenApplied(outcome.error);
    // A POST that may have been applied is never sent again: only reads can tell, or it adds a second rule.
    if (applied && plan.kind !== 'update') return confirm(current, plan, undefined, writeError);
    const again = outcome.retry !== undefined && round <= options.maxRetries && outcome.retry.waitMs + 1000 < deadline.remainingMs();
    if (!again) {
      if (applied) return confirm(current, plan, undefined, writeError);
      // Refused cleanly: nothing changed. A create refused may mean another writer created the entrypoint
      // since the read: read once more, and add to theirs.
      if (plan.kind === 'create' && !readAgainAfterRefusedCreate && isRefusal(outcome.error)) {
        readAgainAfterRefusedCreate = true;
        try {
          const reread = await rulesets.entrypoint(zoneId);
          if (reread !== undefined) {
            log.info(`${writeError} The zone has custom rules now (another writer created them): adding the rule to them`);
            current = reread;
            continue;
          }
        } catch {
          // The refusal is the failure to report.
        }
      }
      return fail(writeError, current);
    }
    log.info(`${writeError} Reading the rules again in ${((outcome.retry?.waitMs ?? 0) / 1000).toFixed(1)} s, to rebuild the write from them`);
    if (!(await wait(outcome.retry?.waitMs ?? 0)))
      return fail(`${writeError} The step's deadline (timeout-seconds) passed before the write could be tried again.`, current);
    try {
      current = await rulesets.entrypoint(zoneId);
    } catch (error) {
      return fail(`${writeError} Then ${lowerFirst(failedTo('read', error))}`, undefined, 'none', false);
    }
  }

  /**
   * After a write Cloudflare accepted (answer: the ruleset it answered) or that may have been applied
   * (writeError: how it failed): reads, with backoff, until our rule shows enforcing, another writer
   * shows, or the deadline nears. A read of a ruleset older than the answer's version (or none, when the
   * write created it) is "not visible yet"; one at that version or later without our rule enforcing is
   * another writer. Without an answer nothing tells them apart: reads go on until the rule shows.
   */
  async function confirm(before: Ruleset | undefined, plan: WritePlan, answer: Ruleset | undefined, writeError?: string): Promise<WafRuleReport> {
    const change = changeOf(plan);
    const started = Date.now();
    const delays = pollDelays(deadline);
    for (let reads = 1; ; reads++) {
      let after: Ruleset | undefined;
      try {
        after = await rulesets.entrypoint(zoneId);
      } catch (error) {
        const what = writeError ? `${writeError} Then` : 'The rule was written, but';
        return fail(`${what} reading the rules back failed, so the step cannot tell whether it is in place: ${failedTo('read', error)}`, answer, change, false);
      }
      const ours = after === undefined ? [] : findOurRules(after.rules);
      const judged = ours.length === 1 && ours[0] ? judgeRule(ours[0].rule, hostnames) : undefined;
      if (judged?.enforces) {
        warnings.push(...restoredWarning(plan));
        if (writeError) warnings.push(`${writeError} The rules read back have the rule, blocking every hostname, all the same: the write was applied`);
        log.info(
          `The WAF custom rule of this action now blocks requests without a valid client certificate to ${list(hostnames)}: confirmed by reading the rules back${reads > 1 ? ` (read ${reads})` : ''}`,
        );
        return report(options, after, { change, added: added(plan), warnings, kinds: BOTH_FINDINGS, required: true });
      }
      if (answer !== undefined && !olderThan(after, answer, before)) {
        const state =
          ours.length === 0
            ? 'without the rule'
            : ours.length > 1
              ? `with ${ours.length} rules of this action`
              : `where the rule ${judged?.problems.join('; ')}`;
        return fail(
          `This step wrote the rule, but a read after the write shows the zone's custom rules changed since, ${state}: another job or person changed them at the same time. ` +
            `Make sure one job at a time manages this rule, check it in the ${DASHBOARD}, and run the step again.`,
          after,
          change,
        );
      }
      const { value: delay, done } = delays.next();
      if (!done) log.info(`The rules read back do not show the write yet (read ${reads}): reading again in ${(delay / 1000).toFixed(1)} s`);
      if (done || !(await wait(delay))) {
        const over = `${reads} read${reads === 1 ? '' : 's'} over ${Math.round((Date.now() - started) / 1000)} s`;
        const cause = writeError
          ? `${writeError} The rules read back do not show the rule in place (${over}). If the write was applied, Cloudflare may still show it later (its reads lag writes); ` +
            'the next run finds it by its ref and does not add it twice, so check later with a get step with block-without-certificate, or run this step again.'
          : `The rule is written but not visible yet: Cloudflare accepted the write, and ${over} still show the rules as they were before it. ` +
            'Cloudflare may apply writes with a delay, so it is most likely in place: check later with a get or list step with block-without-certificate, ' +
            `or in the ${DASHBOARD}; to wait longer in this step, give a longer timeout-seconds.`;
        // What reads show is not what was written: whether the rule enforces is not known yet.
        return fail(cause, answer ?? after, change, false);
      }
    }
  }
}

/**
 * Whether a read shows the rules as they were before a write whose answer was `answer`: no entrypoint
 * when the write created it, or the same ruleset at a version below the answer's (versions grow with
 * every change).
 */
function olderThan(read: Ruleset | undefined, answer: Ruleset, before: Ruleset | undefined): boolean {
  if (read === undefined) return before === undefined;
  return read.id === answer.id && BigInt(read.version) < BigInt(answer.version);
}

/**
 * On get and list with hostnames: reads the zone's custom rules once (read only). With requireRule
 * (block-without-certificate), fails unless this action's rule is there, enabled, block, in the form that
 * checks both cert_verified and cert_revoked, and covers every hostname. Always warns about other enabled
 * rules that check cert_verified without cert_revoked (revoked certificates pass them); with requireRule,
 * also about skip rules before ours that name a hostname. Without requireRule a read that fails is a note,
 * not a failure: the step asked for no WAF check.
 */
export async function checkWafRule(target: WafRuleTarget, requireRule: boolean, context: CommandContext): Promise<WafRuleReport> {
  const { zoneId, hostnames } = target;
  const kinds = requireRule ? BOTH_FINDINGS : (['revoked-pass'] as const);
  let ruleset: Ruleset | undefined;
  try {
    ruleset = await new RulesetsClient(context.client).entrypoint(zoneId);
  } catch (error) {
    const sentence = describeFailure('read', error, target, 'waf-read', undefined);
    if (!requireRule) {
      return report(target, undefined, {
        notes: [`The zone's WAF custom rules were not checked for rules that revoked certificates pass: ${sentence}`],
        kinds,
        required: false,
        read: false,
      });
    }
    return report(target, undefined, {
      failure: `Could not check that mTLS is enforced on ${list(hostnames)}: ${sentence}`,
      kinds,
      required: true,
      read: false,
    });
  }
  if (!requireRule) return report(target, ruleset, { kinds, required: false });
  const ours = ruleset === undefined ? [] : findOurRules(ruleset.rules);
  const fix = `run a create step with hostnames and block-without-certificate: true (it re-enables the rule and adds missing hostnames), or fix it in the ${DASHBOARD}`;
  let failure: string | undefined;
  if (ours.length === 0) {
    failure =
      `mTLS is not enforced on ${list(hostnames)} in zone ${zoneId}: the zone has no WAF custom rule of this action (ref ${RULE_REF})${ruleset === undefined ? ', nor any custom rules' : ''}, ` +
      `so requests without a valid, unrevoked client certificate still reach the origin. To add it, ${fix}`;
  } else if (ours.length > 1) {
    failure = `mTLS on ${list(hostnames)} may not be enforced: ${lowerFirst(duplicates(ours.map(o => o.rule)))}`;
  } else if (ours[0] !== undefined) {
    const { rule } = ours[0];
    const judged = judgeRule(rule, hostnames);
    if (!judged.enforces) {
      const handEdited = judged.covered === undefined;
      failure =
        `mTLS is not enforced on ${list(judged.missing.length > 0 && !handEdited ? judged.missing : hostnames)} in zone ${zoneId}: the WAF custom rule of this action (${rule.id}) ` +
        `${judged.problems.join('; ')}, so requests without a valid, unrevoked client certificate may still reach the origin. ` +
        (handEdited
          ? `Put the expression back in the form this action writes (${expressionFor(hostnames)}, with every hostname it protects, sorted), or delete the rule so that a create step adds it anew`
          : `To restore it, ${fix}`);
    } else context.log.info(`The WAF custom rule of this action blocks requests without a valid client certificate to ${list(hostnames)}`);
  }
  return report(target, ruleset, { failure, kinds, required: true });
}

/** What a create step that could not write the rule asks for, after the certificate's what-now. */
const ADD_RULE: Remedy = { task: 'add the rule', taskAgain: 'add it', where: DASHBOARD };

/** The rule's target from the config: the zone, the hostnames input, and what a hint needs. */
function targetOf(config: ZoneConfig, hostnames: HostnamesConfig): WafRuleTarget {
  return { zoneId: config.zoneId, hostnames: hostnames.names, hint: { command: config.command, credentials: config.credentials, apiUrl: config.apiUrl } };
}

/**
 * On create with block-without-certificate, after the certificate and the hostnames: the rule, only
 * once mTLS is enabled on every hostname (on a hostname that does not ask for a certificate, no request
 * has a valid one, and the rule would block them all). A rule that cannot be written fails the step with
 * what the certificate's outputs mean for a re-run, as for the hostnames.
 */
export async function ruleAfterHostnames(
  config: CreateConfig,
  hostnames: HostnamesConfig,
  certificate: { readonly id: string; readonly reused: boolean },
  enabled: HostnameReport,
  context: CommandContext,
): Promise<WafRuleReport> {
  const target = targetOf(config, hostnames);
  if (enabled.failure !== undefined) {
    const skipped =
      `The WAF custom rule that blocks requests without a valid client certificate was not written (block-without-certificate): it is added only once mTLS is enabled on every hostname, ` +
      'or it would block every request to a hostname that does not ask for a certificate. Run the step again once mTLS is enabled on them';
    return report(target, undefined, { warnings: [skipped], kinds: BOTH_FINDINGS, required: true, read: false });
  }
  const rule = await ensureWafRule({ ...target, maxRetries: config.maxRetries }, context);
  return rule.failure === undefined ? rule : { ...rule, failure: `${rule.failure} ${whatNow(config, certificate, ADD_RULE)}` };
}

/**
 * On get and list with hostnames: with block-without-certificate, requires this action's rule; without
 * it, only looks for other rules that revoked certificates pass (checkWafRule).
 */
export function checkRuleOnSchedule(config: ZoneConfig, hostnames: HostnamesConfig, context: CommandContext): Promise<WafRuleReport> {
  return checkWafRule(targetOf(config, hostnames), hostnames.blockWithoutCertificate, context);
}

/** Decides the one write from a read: see ensureWafRule. */
function planWrite(current: Ruleset | undefined, hostnames: readonly string[]): Plan {
  const build = (names: readonly string[]): RuleDefinition | string => {
    const built = buildRule(names);
    return 'rule' in built
      ? built.rule
      : `The WAF custom rule cannot be written: ${built.problem}; give fewer hostnames, or protect them with rules of your own.`;
  };
  if (current === undefined) {
    const rule = build(hostnames);
    return typeof rule === 'string' ? { kind: 'refuse', why: rule } : { kind: 'create', rule };
  }
  const ours = findOurRules(current.rules);
  if (ours.length > 1) return { kind: 'refuse', why: duplicates(ours.map(o => o.rule)) };
  const [found] = ours;
  if (found === undefined) {
    const rule = build(hostnames);
    return typeof rule === 'string' ? { kind: 'refuse', why: rule } : { kind: 'add', rulesetId: current.id, rule };
  }
  const covered = ruleHostnames(found.rule.expression);
  if (covered === undefined) {
    return {
      kind: 'refuse',
      why:
        `The WAF custom rule of this action (${found.rule.id}, ref ${RULE_REF}) has an expression that is not the one this action writes (edited by hand?), ` +
        'so this step does not change it: rewriting it would undo that edit, and the step cannot tell what it blocks. ' +
        `Put the expression back as this action writes it (docs/waf-rule.md), or delete the rule (${DASHBOARD}) so that this step adds it anew; then run the step again.`,
    };
  }
  const missing = hostnames.filter(name => !covered.includes(name));
  const restores = { disabled: !found.rule.enabled, action: found.rule.action === 'block' ? undefined : found.rule.action };
  if (missing.length === 0 && !restores.disabled && restores.action === undefined) return { kind: 'nothing', ruleset: current };
  const rule = build([...covered, ...missing]);
  if (typeof rule === 'string') return { kind: 'refuse', why: rule };
  return { kind: 'update', rulesetId: current.id, ruleId: found.rule.id, rule, added: missing, restores };
}

async function send(rulesets: RulesetsClient, zoneId: string, plan: WritePlan, attempt: number): Promise<RulesetWrite> {
  switch (plan.kind) {
    case 'create':
      return rulesets.createEntrypoint(zoneId, [plan.rule], attempt);
    case 'add':
      return rulesets.addRule(zoneId, plan.rulesetId, plan.rule, attempt);
    case 'update':
      return rulesets.updateRule(zoneId, plan.rulesetId, plan.ruleId, plan.rule, attempt);
  }
}

function describePlan(plan: WritePlan, current: Ruleset | undefined, round: number): string {
  const again = round > 1 ? ` (attempt ${round}, rebuilt from the rules as just read)` : '';
  switch (plan.kind) {
    case 'create':
      return `Adding a WAF custom rule that blocks requests without a valid client certificate to ${list(added(plan))}: the zone has no custom rules yet${again}`;
    case 'add':
      return `Adding a WAF custom rule that blocks requests without a valid client certificate to ${list(added(plan))}, after the zone's ${current?.rules.length ?? 0} custom rule${current?.rules.length === 1 ? '' : 's'}, which stay as they are${again}`;
    case 'update': {
      const what = [
        ...(plan.added.length > 0 ? [`adding ${list(plan.added)}`] : []),
        ...(plan.restores.disabled ? ['enabling it'] : []),
        ...(plan.restores.action !== undefined ? [`setting its action back to block (it is ${plan.restores.action})`] : []),
      ];
      return `Changing the WAF custom rule of this action (${plan.ruleId}) only: ${what.join(', ')}${again}`;
    }
  }
}

/** What a write that restored the rule changed besides hostnames, as a warning: someone may have meant it. */
function restoredWarning(plan: WritePlan): string[] {
  if (plan.kind !== 'update' || (!plan.restores.disabled && plan.restores.action === undefined)) return [];
  const was = [...(plan.restores.disabled ? ['disabled'] : []), ...(plan.restores.action !== undefined ? [`set to ${plan.restores.action}`] : [])];
  return [
    `The WAF custom rule of this action (${plan.ruleId}) was ${was.join(' and ')}: this step enabled it with action block, as block-without-certificate asks. ` +
      `If it was turned off on purpose, remove block-without-certificate from this step, or it is turned back on at every run`,
  ];
}

/** What a write plan changes, for the report. */
function changeOf(plan: WritePlan | undefined): WafRuleChange {
  if (plan === undefined) return 'none';
  if (plan.kind === 'create') return 'created-entrypoint';
  if (plan.kind === 'add') return 'added';
  return plan.added.length > 0 ? 'widened' : 'restored';
}

function added(plan: WritePlan): readonly string[] {
  if (plan.kind === 'update') return plan.added;
  return ruleHostnames(plan.rule.expression) ?? [];
}

const BOTH_FINDINGS = ['revoked-pass', 'skip-before'] as const;

/** The report from the last read of the rules (undefined: none, or not read). */
function report(
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

function duplicates(rules: readonly RulesetRule[]): string {
  return (
    `The zone's custom rules hold ${rules.length} rules with this action's ref ${RULE_REF} (${rules.map(r => r.id).join(', ')}), where there should be one: ` +
    `this step changes none of them. Delete all but one (${DASHBOARD}), then run the step again.`
  );
}

/** Our expression for the hostnames, to show; a description of it when it is longer than Cloudflare takes. */
function expressionFor(hostnames: readonly string[]): string {
  const built = buildRule(hostnames);
  return 'rule' in built ? built.rule.expression : `${ruleExpression(hostnames.slice(0, 1))} with every hostname between the braces`;
}

/** The end of every failure of ensureWafRule: what it means, and the way around the action. */
function notEnforced(hostnames: readonly string[]): string {
  const yourself = ` with action Block and the expression ${expressionFor(hostnames)}`;
  return (
    `mTLS is enabled on ${list(hostnames)} but not enforced: requests without a valid, unrevoked client certificate still reach the origin. ` +
    `Fix the cause and run the step again, or add the rule yourself (${DASHBOARD})${yourself}.`
  );
}

/** A refusal that changed nothing and is not about the credential or the rate. */
function isRefusal(error: Error): boolean {
  const status = error instanceof CloudflareApiError ? error.response.status : 0;
  return status >= 400 && status < 500 && ![401, 403, 429].includes(status);
}

/** An API failure of the rules as one sentence: Cloudflare's code, message and status, and what to check. */
function describeFailure(what: 'read' | 'write', error: unknown, target: WafRuleTarget, about: HintSubject, customRules: number | undefined): string {
  if (!(error instanceof CloudflareApiError || error instanceof UnexpectedResponseError || error instanceof TransportError)) throw error;
  const hint = error instanceof CloudflareApiError ? hintFor(error, { ...target.hint, zoneId: target.zoneId, about, customRules }) : undefined;
  return `${what === 'read' ? 'Reading' : 'Writing'} the zone's WAF custom rules failed: ${error.message}${hint ? `: ${hint}` : ''}.`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
