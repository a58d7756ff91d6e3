import { CloudflareApiError, mayHaveBeenApplied } from '../cloudflare/errors.js';
import { type RuleDefinition, type Ruleset, RulesetsClient, type RulesetWrite } from '../cloudflare/rulesets.js';
import type { CreateConfig, HostnamesConfig } from '../config/types.js';
import { pause, pollDelays } from '../poll.js';
import { buildRule, findOurRules, judgeRule, RULE_REF, ruleHostnames } from '../waf-rule.js';
import { list, type Remedy, whatNow } from './hostnames.js';
import type { CommandContext, HostnameReport, WafRuleChange, WafRuleReport } from './result.js';
import { BOTH_FINDINGS, DASHBOARD, describeFailure, duplicates, expressionFor, lowerFirst, report, targetOf, type WafRuleTarget } from './waf-report.js';

// Writing the rule on create (ensureWafRule); checking it on get and list is waf-check.ts, and what both
// say and report is waf-report.ts.

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

/** What a create step that could not write the rule asks for, after the certificate's what-now. */
const ADD_RULE: Remedy = { task: 'add the rule', taskAgain: 'add it', where: DASHBOARD };

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
