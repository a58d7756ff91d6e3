import { type Ruleset, RulesetsClient } from '../cloudflare/rulesets.js';
import type { HostnamesConfig, ZoneConfig } from '../config/types.js';
import { findOurRules, judgeRule, RULE_REF } from '../waf-rule.js';
import { list } from './hostnames.js';
import type { CommandContext, WafRuleReport } from './result.js';
import { BOTH_FINDINGS, DASHBOARD, describeFailure, duplicates, expressionFor, lowerFirst, report, targetOf, type WafRuleTarget } from './waf-report.js';

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

/**
 * On get and list with hostnames: with block-without-certificate, requires this action's rule; without
 * it, only looks for other rules that revoked certificates pass (checkWafRule).
 */
export function checkRuleOnSchedule(config: ZoneConfig, hostnames: HostnamesConfig, context: CommandContext): Promise<WafRuleReport> {
  return checkWafRule(targetOf(config, hostnames), hostnames.blockWithoutCertificate, context);
}
