import type { VerifiedCertificate } from '../certificate.js';
import type { CloudflareClient } from '../cloudflare/client.js';
import type { ClientCertificatesClient } from '../cloudflare/client-certificates.js';
import type { GovernorStop } from '../cloudflare/request-governor.js';
import type { Deadline } from '../deadline.js';
import type { Sleep } from '../sleep.js';
import type { RuleFinding } from '../waf-rule.js';

/** What a command may say while it works; main.ts maps it onto the runner's log. */
export interface CommandLog {
  debug(message: string): void;
  info(message: string): void;
  /** Becomes a warning annotation on the run. */
  warning(message: string): void;
}

/** What every command works with: one API client, one deadline, the log, and the seams tests replace. */
export interface CommandContext {
  readonly client: CloudflareClient;
  /** The certificate endpoints, over that client. */
  readonly certificates: ClientCertificatesClient;
  readonly deadline: Deadline;
  readonly log: CommandLog;
  /** Registers a secret with the runner (a generated private key), before anything can print it. */
  readonly mask: (secret: string) => void;
  /** Waits between polls; rejects when the deadline's signal aborts. */
  readonly sleep: Sleep;
  readonly now?: () => Date;
}

/** The zone's mTLS hostnames after the step: enabled on create, checked on get and list. */
export interface HostnameReport {
  /** The hostnames input, normalized. */
  readonly requested: readonly string[];
  readonly mtlsCertificateId: string | undefined;
  /** Every hostname on the CA's list after the step, as the API lists them; undefined when it could not be read. */
  readonly associated: readonly string[] | undefined;
  /** What this step added (create only), confirmed by reading the list back. */
  readonly added: readonly string[];
  /** Requested hostnames a read showed without mTLS after the step (none when the list could not be read). */
  readonly missing: readonly string[];
  /** Worth a warning in the log and the summary (another writer removed someone's hostname, say). */
  readonly warnings: readonly string[];
  /** Why the step fails because of the hostnames, if it does; one sentence. */
  readonly failure: string | undefined;
}

/** What a step did to the zone's WAF custom rules (src/commands/waf.ts). */
export type WafRuleChange =
  /** The zone had no custom rules: the phase entrypoint was created, holding only this action's rule. */
  | 'created-entrypoint'
  /** This action's rule was appended, last, to the zone's custom rules. */
  | 'added'
  /** This action's rule was changed to cover more hostnames (and enabled and set to block, if it was not). */
  | 'widened'
  /** This action's rule already covered every hostname, but was disabled or not block: it was enabled and set to block. */
  | 'restored'
  /** No write (a check, nothing to change, or a failure before any write). */
  | 'none';

/** This action's WAF rule as the last read showed it. */
export interface WafRuleState {
  readonly id: string;
  /** Outside data (someone may have edited it): escape it where it is shown. */
  readonly expression: string;
  readonly action: string;
  readonly enabled: boolean;
  /** Outside data: escape it where it is shown. */
  readonly description: string;
  /** The hostnames its expression covers; undefined when the expression is not in this action's form. */
  readonly hostnames: readonly string[] | undefined;
  /** Its place among the zone's custom rules, 1 for the first, and how many there are. */
  readonly position: number;
  readonly of: number;
}

/**
 * The zone's WAF rule that blocks requests without a valid, unrevoked client certificate: made sure of
 * on create with block-without-certificate, checked on get and list.
 */
export interface WafRuleReport {
  /** The hostnames input, normalized. */
  readonly requested: readonly string[];
  /** The ref by which the action finds its rule (src/waf-rule.ts RULE_REF). */
  readonly ref: string;
  /** The zone's http_request_firewall_custom entrypoint; undefined when it has none or it could not be read. */
  readonly rulesetId: string | undefined;
  /** This action's rule; undefined when it is not there or could not be read. */
  readonly ruleId: string | undefined;
  readonly rule: WafRuleState | undefined;
  /**
   * Whether the step makes sure of this action's rule (create) or requires it (get, list): the input
   * block-without-certificate. False for the check of the other rules that get and list make with hostnames.
   */
  readonly required: boolean;
  /** What this step wrote (create; a check never writes). */
  readonly change: WafRuleChange;
  /**
   * Requested hostnames on which the last read showed this action's rule not enforcing: every one when the
   * rule is missing, disabled, not block or edited by hand, else those it does not cover. Undefined when
   * unknown: the rules could not be read, or more than one rule has this action's ref.
   */
  readonly unenforced: readonly string[] | undefined;
  /** Hostnames this step added to the rule, confirmed by reading the rules back. */
  readonly added: readonly string[];
  /** Other enabled rules that weaken this one (a revoked certificate passes them; a skip before ours). */
  readonly findings: readonly RuleFinding[];
  /** Worth a warning in the log and the summary; one sentence each, the findings among them. */
  readonly warnings: readonly string[];
  /** Worth saying, not a problem (a check of other rules that could not be made, say). */
  readonly notes: readonly string[];
  /** Why the step fails because of the rule, if it does; one sentence that says mTLS is not enforced and what to do. */
  readonly failure: string | undefined;
}

/** One certificate: create, get, revoke, reactivate. */
export interface CertificateResult {
  readonly kind: 'certificate';
  readonly certificate: VerifiedCertificate;
  /** Failures that make the step fail after the outputs are set (status, expiry). */
  readonly failures: readonly string[];
  /** Worth knowing, not a problem (a revoke of a certificate that was already revoked); a notice in the log and the summary. */
  readonly notices?: readonly string[];
  /** HTTP requests the command sent, retries included. */
  readonly requests: number;
  /** On create: whether an existing certificate was reused instead of issuing one. */
  readonly reused?: boolean;
  /** On create with generate-key: the new private key (already masked) for the outputs and its file. */
  readonly privateKeyPem?: string;
  /** On create with generate-key and a PKCS#12 input: the bundle (a secret) for its file. */
  readonly pkcs12Bundle?: Buffer;
  /** With the hostnames input (create, get). */
  readonly hostnames?: HostnameReport;
  /** With the hostnames input: the WAF rule (create with block-without-certificate; get checks it, or the other rules). */
  readonly waf?: WafRuleReport;
}

/** Every certificate of a zone with a status: list. */
export interface ListResult {
  readonly kind: 'list';
  /** Sorted by expiry, soonest first. */
  readonly certificates: readonly VerifiedCertificate[];
  /** Active certificates with fewer days left than min-days-remaining. */
  readonly expiring: readonly VerifiedCertificate[];
  readonly failures: readonly string[];
  /** Worth a warning without failing the step (an empty listing, say); shown in the log and the summary. */
  readonly warnings: readonly string[];
  readonly requests: number;
  /** With the hostnames input. */
  readonly hostnames?: HostnameReport;
  /** With the hostnames input: this action's WAF rule checked (block-without-certificate), or the other rules. */
  readonly waf?: WafRuleReport;
}

/*
 * list with account-id: every zone of an account (src/commands/account-inventory.ts,
 * docs/account-inventory.md).
 */

/** A zone, by id and name. */
export interface ZoneRef {
  readonly id: string;
  readonly name: string;
}

/** A zone that was not checked, and why (one sentence; Cloudflare's words kept, bounded). */
export interface ZoneNote extends ZoneRef {
  readonly why: string;
}

export interface CheckedZone extends ZoneRef {
  /** Certificates with the status it holds. */
  readonly count: number;
}

/** A verified certificate and the zone that listed it. */
export interface ZoneCertificate extends VerifiedCertificate {
  readonly zone: ZoneRef;
}

/** Why the run stopped before every zone was checked. */
export type InventoryStop =
  | GovernorStop
  /** timeout-seconds passed (or the step was cancelled). */
  | { readonly reason: 'deadline'; readonly message: string }
  /** HTTP 401: the credentials were refused, so no other zone would be read either. */
  | { readonly reason: 'credentials'; readonly message: string }
  /** MAX_FAILED_ZONES_IN_A_ROW zones failed in a row. */
  | { readonly reason: 'failing'; readonly zones: number };

export interface InventoryResult {
  readonly kind: 'account-list';
  readonly accountId: string;
  /** Zones the account's listing gave. */
  readonly zones: readonly ZoneRef[];
  /** Every certificate of the checked zones, soonest expiry first. */
  readonly certificates: readonly ZoneCertificate[];
  /** Active certificates with fewer days left than min-days-remaining, soonest first. */
  readonly expiring: readonly ZoneCertificate[];
  /** Zones whose certificates were all read, in the listing's order. */
  readonly zonesChecked: readonly CheckedZone[];
  /** Zones whose certificates cannot be read (HTTP 403: not covered by the token, or not entitled): a note, not a failure. */
  readonly zonesSkipped: readonly ZoneNote[];
  /** Zones whose check failed (a 5xx after retries, a garbled answer, a certificate that fails verification): the run fails. */
  readonly zonesFailed: readonly ZoneNote[];
  /** Zones not checked because the run stopped (see stop), in the listing's order. */
  readonly zonesNotChecked: readonly ZoneNote[];
  readonly stop: InventoryStop | undefined;
  /** HTTP requests sent, retries included; never more than budget. */
  readonly requests: number;
  readonly budget: number;
  /** The most requests that were in flight at once, and whether Cloudflare's count made the run slow down. */
  readonly rate: { readonly maxInFlight: number; readonly slowedDown: boolean };
  /**
   * The fewest requests the whole account needs, as far as the run could tell: its zone pages, plus
   * ⌈certificates/50⌉ for each checked zone (at least 1), plus 1 for every other zone.
   */
  readonly requestsNeeded: number;
  /** Make the step fail, after the outputs of what was read. */
  readonly failures: readonly string[];
  /** Worth a warning (an empty inventory without fail-on-empty, a stop that does not fail). */
  readonly warnings: readonly string[];
  /** Worth knowing (each skipped zone). */
  readonly notices: readonly string[];
}

export type CommandResult = CertificateResult | ListResult | InventoryResult;
