// The API double's zone rulesets: a zone's WAF custom rules, in the entrypoint ruleset of the phase
// http_request_firewall_custom, following the rulesets schema extract (test/openapi/), whose request
// validator the server runs on every request before it gets here.
//
// Served: GET …/rulesets (the list, without rules), POST …/rulesets (creates the phase entrypoint; a second
// one for the phase is refused), GET and PUT …/rulesets/phases/{phase}/entrypoint (404 until one exists;
// PUT replaces every rule, as Cloudflare's does, and is counted in `entrypointReplacements` so that tests
// can assert the action never sends it), GET …/rulesets/{ruleset_id}, POST …/rulesets/{ruleset_id}/rules
// (appends last; the answer is the whole ruleset, as the live API's), PATCH …/rules/{rule_id} (changes
// one rule; the rule becomes what the body says, so a field left out is reset to its default: never
// kinder than a full update). Ids are 32 hex, versions strings of digits that grow with every change.
//
// Limits: a plan's custom rules per zone (customRuleLimit, 5 by default: Cloudflare's Free plan), refs
// unique in a ruleset, expressions of at most 4,096 characters (Cloudflare's documented limit). Where
// Cloudflare's exact code for a case is not known (an entrypoint that does not exist, a second entrypoint,
// the plan limit, a duplicate ref), the double answers a 1xxx code of its own and says so.
//
// Seams, counted in requests like the double's other lag seams: `readLag` (after a write, the next N reads
// of the zone's rulesets still show them as they were before it; the live profile's default is 1), and
// `otherWriters` (another writer acting once, right after the next rulesets request with a method).

import { randomBytes } from 'node:crypto';
import { HttpError } from './http-error.ts';

export const CUSTOM_PHASE = 'http_request_firewall_custom';
/** Cloudflare's Free plan: 5 custom rules per zone (Pro 20, Business 100, Enterprise 1000). */
export const FREE_PLAN_CUSTOM_RULES = 5;
const MAX_EXPRESSION = 4096;
const OWN_CODE = '(code chosen by the API double)';

/** "Zone WAF: Read" or "Zone WAF: Edit" (which includes Read). */
export type WafPermission = 'read' | 'edit';

export interface StoredRule {
  id: string;
  version: string;
  action: string;
  expression: string;
  description: string;
  enabled: boolean;
  ref: string;
  last_updated: string;
  action_parameters?: Record<string, unknown>;
  logging?: { enabled: boolean };
}

export interface StoredRuleset {
  id: string;
  name: string;
  description: string;
  kind: 'zone';
  phase: string;
  version: string;
  last_updated: string;
  rules: StoredRule[];
}

/** A rule as a test (or someone in the dashboard) writes it: the API sets id, version and last_updated. */
export type RuleInput = Partial<Omit<StoredRule, 'id' | 'version' | 'last_updated'>> & { readonly action: string; readonly expression: string };

/**
 * Another writer of a zone's custom rules (a second job, a person in the dashboard), acting once right
 * after the double processed the next rulesets request with this method, whatever it answered: between the
 * action's read and its write (after: 'GET'), or between its write and its read-back (after: 'POST' or
 * 'PATCH'). Its change shows at once.
 */
export interface OtherRuleWriter {
  readonly after: 'GET' | 'POST' | 'PATCH';
  readonly act: (rulesets: RulesetsDouble, zoneId: string) => void;
}

export interface RulesetsOptions {
  readonly now: () => Date;
  readonly readLag: number;
  readonly customRuleLimit?: number;
}

export class RulesetsDouble {
  /** Reads after a write that still show the zone's rulesets as they were before it; reset() restores the profile's. */
  readLag: number;
  /** Custom rules a zone's plan allows (Free: 5). */
  customRuleLimit: number;
  readonly otherWriters: OtherRuleWriter[] = [];
  /** PUT …/entrypoint requests answered, by zone: the action must never send one. */
  readonly entrypointReplacements = new Map<string, number>();
  readonly #options: RulesetsOptions;
  readonly #entrypoints = new Map<string, StoredRuleset>();
  /** What reads still show while a write is not visible yet (undefined: no entrypoint), and for how many more reads. */
  readonly #stale = new Map<string, { shown: StoredRuleset | undefined; reads: number }>();

  constructor(options: RulesetsOptions) {
    this.#options = options;
    this.readLag = options.readLag;
    this.customRuleLimit = options.customRuleLimit ?? FREE_PLAN_CUSTOM_RULES;
  }

  /** Forgets the seams (the stored rulesets stay, as certificates do). */
  reset(): void {
    this.readLag = this.#options.readLag;
    this.customRuleLimit = this.#options.customRuleLimit ?? FREE_PLAN_CUSTOM_RULES;
    this.otherWriters.length = 0;
    this.entrypointReplacements.clear();
    this.#stale.clear();
  }

  /** Removes the zone's entrypoint (every zone's when none is given), as if it never existed. */
  clear(zoneId?: string): void {
    if (zoneId === undefined) this.#entrypoints.clear();
    else this.#entrypoints.delete(zoneId);
    this.#stale.clear();
  }

  /** The zone's custom-rules entrypoint as stored now, whatever reads show; a copy. */
  entrypoint(zoneId: string): StoredRuleset | undefined {
    const stored = this.#entrypoints.get(zoneId);
    return stored === undefined ? undefined : copy(stored);
  }

  /** Adds a rule directly (last), as someone in the dashboard would, creating the entrypoint if needed; not validated. */
  addRule(zoneId: string, input: RuleInput): StoredRule {
    const ruleset = this.#entrypoints.get(zoneId) ?? this.#newEntrypoint(zoneId, 'default', '');
    const rule = this.#newRule(input);
    ruleset.rules.push(rule);
    this.#touch(ruleset);
    return copy(rule);
  }

  /** Changes a rule directly, as someone in the dashboard would (disabling it, editing its expression). */
  changeRule(zoneId: string, ruleId: string, change: Partial<Omit<StoredRule, 'id' | 'version' | 'last_updated'>>): void {
    const ruleset = this.#entrypoints.get(zoneId);
    const rule = ruleset?.rules.find(r => r.id === ruleId);
    if (!ruleset || !rule) throw new Error(`no rule ${ruleId} in zone ${zoneId}`);
    Object.assign(rule, change, { version: String(Number(rule.version) + 1), last_updated: this.#timestamp() });
    this.#touch(ruleset);
  }

  /**
   * A rulesets request below /zones/{zone_id}/rulesets, after the server admitted it (authentication, the
   * schema, the zone): `permission` is the credential's WAF permission on the zone, if any.
   */
  handle(method: string, rest: string, body: string, zoneId: string, permission: WafPermission | undefined): { status: number; result: unknown } {
    const route = /^(?:\/phases\/([^/]+)\/(entrypoint)|\/([^/]+)(?:\/(rules)(?:\/([^/]+))?)?)?\/?$/.exec(rest);
    if (!route) throw new HttpError(404, [{ code: 7003, message: 'No route for the URI' }]);
    const [, phase, entrypoint, rulesetId, rules, ruleId] = route;
    const allowed =
      entrypoint !== undefined
        ? ['GET', 'PUT']
        : ruleId !== undefined
          ? ['PATCH']
          : rules !== undefined
            ? ['POST']
            : rulesetId !== undefined
              ? ['GET']
              : ['GET', 'POST'];
    if (!allowed.includes(method)) throw new HttpError(405, [{ code: 10405, message: `Method ${method} not allowed` }]);
    // "Zone WAF: Read" to read, "Zone WAF: Edit" to change; Cloudflare answers a missing permission with 10000.
    if (permission === undefined || (method !== 'GET' && permission !== 'edit')) throw new HttpError(403, [{ code: 10000, message: 'Authentication error' }]);
    const request = body === '' ? {} : (JSON.parse(body) as Record<string, unknown>);

    try {
      if (entrypoint !== undefined) {
        return method === 'GET' ? this.#readEntrypoint(zoneId, phase ?? '') : this.#replaceEntrypoint(zoneId, phase ?? '', request);
      }
      if (ruleId !== undefined) return this.#updateRule(zoneId, rulesetId ?? '', ruleId, request);
      if (rules !== undefined) return this.#appendRule(zoneId, rulesetId ?? '', request);
      if (rulesetId !== undefined) return this.#readRuleset(zoneId, rulesetId);
      return method === 'GET' ? this.#list(zoneId) : this.#create(zoneId, request);
    } finally {
      // Whatever the answer (a read's 404 too): the other writer acts once the request was processed.
      const writer = this.otherWriters.findIndex(w => w.after === method);
      if (writer !== -1) this.otherWriters.splice(writer, 1)[0]?.act(this, zoneId);
    }
  }

  /** What a read shows now: the stored entrypoint, or what it was before a write that is not visible yet. */
  #shown(zoneId: string): StoredRuleset | undefined {
    const stale = this.#stale.get(zoneId);
    if (stale && stale.reads > 0) {
      stale.reads -= 1;
      return stale.shown;
    }
    this.#stale.delete(zoneId);
    return this.#entrypoints.get(zoneId);
  }

  /** Called before every write through the API: until it shows, reads keep answering what they answered before it. */
  #beforeWrite(zoneId: string): void {
    if (this.readLag <= 0) return;
    const stale = this.#stale.get(zoneId);
    const before = stale && stale.reads > 0 ? stale.shown : this.#entrypoints.get(zoneId);
    this.#stale.set(zoneId, { shown: before === undefined ? undefined : copy(before), reads: this.readLag });
  }

  #readEntrypoint(zoneId: string, phase: string): { status: number; result: unknown } {
    const shown = phase === CUSTOM_PHASE ? this.#shown(zoneId) : undefined;
    if (shown === undefined) {
      throw new HttpError(404, [{ code: 1404, message: `could not find the entrypoint ruleset of phase ${phase} in this zone ${OWN_CODE}` }]);
    }
    return { status: 200, result: copy(shown) };
  }

  #readRuleset(zoneId: string, rulesetId: string): { status: number; result: unknown } {
    const shown = this.#shown(zoneId);
    if (shown === undefined || shown.id !== rulesetId) throw new HttpError(404, [{ code: 1404, message: `could not find ruleset ${rulesetId} ${OWN_CODE}` }]);
    return { status: 200, result: copy(shown) };
  }

  #list(zoneId: string): { status: number; result: unknown } {
    const shown = this.#shown(zoneId);
    return { status: 200, result: shown === undefined ? [] : [(({ rules: _rules, ...rest }) => rest)(copy(shown))] };
  }

  #create(zoneId: string, request: Record<string, unknown>): { status: number; result: unknown } {
    if (request.kind !== 'zone' || request.phase !== CUSTOM_PHASE) {
      throw new HttpError(400, [{ code: 1400, message: `the API double serves only the zone entrypoint of phase ${CUSTOM_PHASE} (kind "zone") ${OWN_CODE}` }]);
    }
    if (this.#entrypoints.has(zoneId)) {
      throw new HttpError(400, [{ code: 1409, message: `a zone ruleset of phase ${CUSTOM_PHASE} already exists: add rules to it, or update it ${OWN_CODE}` }]);
    }
    const rules = this.#newRules(request.rules, []);
    this.#withinLimit(rules.length);
    this.#beforeWrite(zoneId);
    const ruleset = this.#newEntrypoint(zoneId, String(request.name ?? ''), typeof request.description === 'string' ? request.description : '');
    ruleset.rules = rules;
    return { status: 200, result: copy(ruleset) };
  }

  #replaceEntrypoint(zoneId: string, phase: string, request: Record<string, unknown>): { status: number; result: unknown } {
    if (phase !== CUSTOM_PHASE) throw new HttpError(400, [{ code: 1400, message: `the API double serves only phase ${CUSTOM_PHASE} ${OWN_CODE}` }]);
    this.entrypointReplacements.set(zoneId, (this.entrypointReplacements.get(zoneId) ?? 0) + 1);
    const rules = this.#newRules(request.rules, []);
    this.#withinLimit(rules.length);
    this.#beforeWrite(zoneId);
    const ruleset = this.#entrypoints.get(zoneId) ?? this.#newEntrypoint(zoneId, 'default', '');
    // Every rule of the phase is replaced: the others' rules are gone.
    ruleset.rules = rules;
    this.#touch(ruleset);
    return { status: 200, result: copy(ruleset) };
  }

  #appendRule(zoneId: string, rulesetId: string, request: Record<string, unknown>): { status: number; result: unknown } {
    const ruleset = this.#stored(zoneId, rulesetId);
    const [rule] = this.#newRules([request], ruleset.rules);
    this.#withinLimit(ruleset.rules.length + 1);
    this.#beforeWrite(zoneId);
    ruleset.rules.push(rule as StoredRule);
    this.#touch(ruleset);
    return { status: 200, result: copy(ruleset) };
  }

  #updateRule(zoneId: string, rulesetId: string, ruleId: string, request: Record<string, unknown>): { status: number; result: unknown } {
    const ruleset = this.#stored(zoneId, rulesetId);
    const index = ruleset.rules.findIndex(r => r.id === ruleId);
    const current = ruleset.rules[index];
    if (current === undefined) throw new HttpError(404, [{ code: 1404, message: `could not find rule ${ruleId} in ruleset ${rulesetId} ${OWN_CODE}` }]);
    const [checked] = this.#newRules(
      [request],
      ruleset.rules.filter(r => r.id !== ruleId),
    );
    this.#beforeWrite(zoneId);
    // The rule becomes what the request says: fields it leaves out take their defaults (ref: the rule's id).
    const updated: StoredRule = {
      ...(checked as StoredRule),
      id: current.id,
      ref: typeof request.ref === 'string' ? request.ref : current.id,
      version: String(Number(current.version) + 1),
    };
    ruleset.rules[index] = updated;
    this.#touch(ruleset);
    return { status: 200, result: copy(ruleset) };
  }

  /** The stored ruleset a write names: it must be the zone's entrypoint (writes are never stale). */
  #stored(zoneId: string, rulesetId: string): StoredRuleset {
    const ruleset = this.#entrypoints.get(zoneId);
    if (ruleset === undefined || ruleset.id !== rulesetId)
      throw new HttpError(404, [{ code: 1404, message: `could not find ruleset ${rulesetId} ${OWN_CODE}` }]);
    return ruleset;
  }

  /** Rules from a request, checked where the schema leaves off: an expression, Cloudflare's length limit, refs unique. */
  #newRules(value: unknown, others: readonly StoredRule[]): StoredRule[] {
    const requested = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
    const refs = new Set(others.map(r => r.ref));
    return requested.map(item => {
      if (typeof item.expression !== 'string' || item.expression === '') {
        throw new HttpError(400, [{ code: 1400, message: `a rule needs an expression ${OWN_CODE}` }]);
      }
      if (item.expression.length > MAX_EXPRESSION) {
        throw new HttpError(400, [{ code: 1400, message: `a rule's expression may be at most ${MAX_EXPRESSION} characters ${OWN_CODE}` }]);
      }
      const rule = this.#newRule(item as RuleInput);
      if (refs.has(rule.ref)) throw new HttpError(400, [{ code: 1400, message: `a rule with ref ${rule.ref} already exists in this ruleset ${OWN_CODE}` }]);
      refs.add(rule.ref);
      return rule;
    });
  }

  #withinLimit(count: number): void {
    if (count > this.customRuleLimit) {
      throw new HttpError(400, [
        {
          code: 1410,
          message: `the zone's plan allows ${this.customRuleLimit} custom rules in phase ${CUSTOM_PHASE}, and this would make ${count} ${OWN_CODE}`,
        },
      ]);
    }
  }

  #newRule(input: RuleInput): StoredRule {
    const id = randomBytes(16).toString('hex');
    return {
      id,
      version: '1',
      action: input.action,
      expression: input.expression,
      description: input.description ?? '',
      enabled: input.enabled ?? true,
      ref: input.ref ?? id,
      last_updated: this.#timestamp(),
      ...(input.action_parameters !== undefined ? { action_parameters: input.action_parameters } : {}),
      ...(input.logging !== undefined ? { logging: input.logging } : {}),
    };
  }

  #newEntrypoint(zoneId: string, name: string, description: string): StoredRuleset {
    const ruleset: StoredRuleset = {
      id: randomBytes(16).toString('hex'),
      name,
      description,
      kind: 'zone',
      phase: CUSTOM_PHASE,
      version: '1',
      last_updated: this.#timestamp(),
      rules: [],
    };
    this.#entrypoints.set(zoneId, ruleset);
    return ruleset;
  }

  /** A change to the ruleset: its version grows. */
  #touch(ruleset: StoredRuleset): void {
    ruleset.version = String(Number(ruleset.version) + 1);
    ruleset.last_updated = this.#timestamp();
  }

  /** As the API writes it: microseconds. */
  #timestamp(): string {
    return this.#options
      .now()
      .toISOString()
      .replace(/\.(\d{3})Z$/, (_match, millis: string) => `.${millis}000Z`);
  }
}

function copy<T>(value: T): T {
  return structuredClone(value);
}
