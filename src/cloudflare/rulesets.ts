import { canonicalId } from '../identifier.js';
import { MAX_READ_DESCRIPTION, MAX_READ_EXPRESSION, MAX_RULESET_RULES } from '../limits.js';
import type { CloudflareClient, SingleAttempt } from './client.js';
import { type Envelope, isRecord } from './envelope.js';
import { CloudflareApiError, UnexpectedResponseError } from './errors.js';

/** The phase that holds a zone's WAF custom rules. */
const CUSTOM_RULES_PHASE = 'http_request_firewall_custom';

/** The name Cloudflare's dashboard gives a zone's phase entrypoint; used when this action creates one. */
const ENTRYPOINT_NAME = 'default';
/** The longest ref, name, action, version or timestamp read from an answer. */
const MAX_SHORT_FIELD = 1024;
/** Versions are decimal numbers written as strings (the schema's pattern). */
const VERSION = /^[0-9]{1,20}$/;
/** Actions are lowercase words with underscores (block, skip, managed_challenge, …). */
const ACTION = /^[a-z_]{1,64}$/;

/** One rule of a ruleset, as an answer gave it, checked. */
export interface RulesetRule {
  /** 32 hexadecimal characters, lowercase. */
  readonly id: string;
  /** The reference the rule's author chose (the rule id when none was given); absent in some answers. */
  readonly ref: string | undefined;
  readonly action: string;
  readonly expression: string;
  /** "" when the answer has none. */
  readonly description: string;
  readonly enabled: boolean;
  readonly version: string | undefined;
  readonly lastUpdated: string | undefined;
}

/** A ruleset as an answer gave it, checked: its id, its version (it grows with every change) and its rules in order. */
export interface Ruleset {
  readonly id: string;
  readonly version: string;
  readonly lastUpdated: string | undefined;
  readonly rules: readonly RulesetRule[];
}

/**
 * A rule as this action writes it: every field it manages, sent whole on every write (a PATCH may reset
 * what it is not given). Never an id, a version or a `position`: the schema extract's `position` is a
 * oneOf of three open objects that any value matches more than once, and a new rule is appended last.
 */
export interface RuleDefinition {
  readonly ref: string;
  readonly expression: string;
  readonly action: 'block';
  readonly description: string;
  readonly enabled: boolean;
}

/** One write's outcome: the ruleset as its answer gave it (checked), or the failure as CloudflareClient.attemptOnce judges it. */
export type RulesetWrite = { readonly ok: true; readonly ruleset: Ruleset } | (SingleAttempt & { readonly ok: false });

/**
 * A zone's WAF custom rules: the entrypoint ruleset of the phase http_request_firewall_custom, and one rule
 * at a time in it. `PUT …/entrypoint` (which replaces every rule of the phase) is deliberately not here.
 *
 * Writes are one attempt each, never repeated by the HTTP layer: a POST of a rule is not idempotent (a
 * repeat adds a second copy), and a PATCH is rebuilt from a fresh read before it is sent again. Every
 * answer is checked before use (readRuleset).
 */
export class RulesetsClient {
  readonly #client: CloudflareClient;

  constructor(client: CloudflareClient) {
    this.#client = client;
  }

  /** The zone's custom-rules entrypoint, or undefined when the zone has none yet (Cloudflare answers 404). */
  async entrypoint(zoneId: string): Promise<Ruleset | undefined> {
    try {
      return readRuleset(await this.#client.call('GET', ['zones', zoneId, 'rulesets', 'phases', CUSTOM_RULES_PHASE, 'entrypoint']));
    } catch (error) {
      if (error instanceof CloudflareApiError && error.response.status === 404) return undefined;
      throw error;
    }
  }

  /** A ruleset by id. */
  async ruleset(zoneId: string, rulesetId: string): Promise<Ruleset> {
    return readRuleset(await this.#client.call('GET', ['zones', zoneId, 'rulesets', rulesetId]));
  }

  /** Creates the zone's custom-rules entrypoint holding these rules: `POST /zones/{zone_id}/rulesets`. */
  async createEntrypoint(zoneId: string, rules: readonly RuleDefinition[], attempt: number): Promise<RulesetWrite> {
    const body = { name: ENTRYPOINT_NAME, kind: 'zone', phase: CUSTOM_RULES_PHASE, rules };
    return written(await this.#client.attemptOnce('POST', ['zones', zoneId, 'rulesets'], { body }, attempt));
  }

  /** Appends a rule (last) to a ruleset: `POST …/rulesets/{ruleset_id}/rules`. The answer is the whole ruleset. */
  async addRule(zoneId: string, rulesetId: string, rule: RuleDefinition, attempt: number): Promise<RulesetWrite> {
    return written(await this.#client.attemptOnce('POST', ['zones', zoneId, 'rulesets', rulesetId, 'rules'], { body: rule }, attempt));
  }

  /** Changes one rule, leaving the others alone: `PATCH …/rulesets/{ruleset_id}/rules/{rule_id}`. The answer is the whole ruleset. */
  async updateRule(zoneId: string, rulesetId: string, ruleId: string, rule: RuleDefinition, attempt: number): Promise<RulesetWrite> {
    return written(await this.#client.attemptOnce('PATCH', ['zones', zoneId, 'rulesets', rulesetId, 'rules', ruleId], { body: rule }, attempt));
  }
}

/** A write's envelope read as a ruleset; an answer that is not one is a failure that may have been applied (a 2xx). */
function written(outcome: SingleAttempt): RulesetWrite {
  if (!outcome.ok) return outcome;
  try {
    return { ok: true, ruleset: readRuleset(outcome.envelope) };
  } catch (error) {
    return { ok: false, error: error as Error, retry: undefined };
  }
}

/**
 * The ruleset in an answer, checked before anything relies on it: `result` an object with a 32-hex `id`, a
 * `version` of digits, and `rules` an array (absent or null is no rules: an append never replaces
 * anything, so reading too few rules can never remove one) of at most MAX_RULESET_RULES, each with a
 * 32-hex `id`, a non-empty `expression` and an `action` that are strings, `enabled` true or false, and a
 * `ref` and `description` that are strings when present; every string bounded. Errors name the field and
 * the rule's position, never a value.
 */
export function readRuleset(envelope: Envelope): Ruleset {
  const refuse = (detail: string): UnexpectedResponseError => new UnexpectedResponseError(`with a ruleset ${detail}`, envelope.response);
  const { result } = envelope;
  if (!isRecord(result)) throw refuse('whose "result" is not an object');
  const id = canonicalId('ruleset', result.id);
  if (id === undefined) throw refuse('whose "id" is not 32 hexadecimal characters');
  if (typeof result.version !== 'string' || !VERSION.test(result.version)) throw refuse('whose "version" is not a string of digits');
  for (const field of ['name', 'description', 'kind', 'phase', 'last_updated'] as const) {
    const value = result[field];
    if (value !== undefined && value !== null && (typeof value !== 'string' || value.length > MAX_READ_DESCRIPTION)) {
      throw refuse(`whose "${field}" is not a string of at most ${MAX_READ_DESCRIPTION} characters`);
    }
  }
  const rules = result.rules ?? [];
  if (!Array.isArray(rules)) throw refuse('whose "rules" is not an array');
  if (rules.length > MAX_RULESET_RULES) throw refuse(`of ${rules.length} rules, more than the ${MAX_RULESET_RULES} this action reads`);
  return {
    id,
    version: result.version,
    lastUpdated: typeof result.last_updated === 'string' ? result.last_updated : undefined,
    rules: rules.map((rule, index) => readRule(rule, index + 1, refuse)),
  };
}

function readRule(value: unknown, position: number, refuse: (detail: string) => UnexpectedResponseError): RulesetRule {
  const bad = (detail: string): UnexpectedResponseError => refuse(`whose rule ${position} ${detail}`);
  if (!isRecord(value)) throw bad('is not an object');
  const id = canonicalId('rule', value.id);
  if (id === undefined) throw bad('has an "id" that is not 32 hexadecimal characters');
  const { expression, action, enabled, ref, description, version } = value;
  if (typeof expression !== 'string' || expression.length === 0 || expression.length > MAX_READ_EXPRESSION) {
    throw bad(`has an "expression" that is not a string of 1 to ${MAX_READ_EXPRESSION} characters`);
  }
  if (typeof action !== 'string' || !ACTION.test(action)) throw bad('has an "action" that is not a lowercase word');
  if (typeof enabled !== 'boolean') throw bad('has an "enabled" that is not true or false');
  if (ref !== undefined && (typeof ref !== 'string' || ref.length === 0 || ref.length > MAX_SHORT_FIELD)) {
    throw bad(`has a "ref" that is not a string of 1 to ${MAX_SHORT_FIELD} characters`);
  }
  if (description !== undefined && (typeof description !== 'string' || description.length > MAX_READ_DESCRIPTION)) {
    throw bad(`has a "description" that is not a string of at most ${MAX_READ_DESCRIPTION} characters`);
  }
  if (version !== undefined && (typeof version !== 'string' || !VERSION.test(version))) throw bad('has a "version" that is not a string of digits');
  const lastUpdated = value.last_updated;
  if (lastUpdated !== undefined && (typeof lastUpdated !== 'string' || lastUpdated.length > MAX_SHORT_FIELD)) {
    throw bad('has a "last_updated" that is not a string');
  }
  return {
    id,
    ref,
    action,
    expression,
    description: description ?? '',
    enabled,
    version,
    lastUpdated,
  };
}
