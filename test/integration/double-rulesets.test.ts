// The API double's zone rulesets (test/double/rulesets.ts) against the schema extract: its answers have
// the schema's shapes, requests the schema forbids are refused, and it is never kinder than Cloudflare
// (permissions, the plan's limit, one entrypoint per phase, refs unique, a PATCH replaces the rule).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadSchemaDocument, schemaAjv, ZONES_AND_RULESETS_FILE } from '../double/openapi.ts';
import { CloudflareDouble } from '../double/server.ts';
import { newId, newToken } from '../support/fixtures.ts';

const zoneId = newId();
const tokens = { edit: newToken(), read: newToken(), none: newToken(), otherZone: newToken() };
let double: CloudflareDouble;

beforeAll(async () => {
  double = await CloudflareDouble.start({
    tokens: [
      { token: tokens.edit, permission: 'read', waf: 'edit' },
      { token: tokens.read, permission: 'write', waf: 'read' },
      { token: tokens.none, permission: 'write' },
      { token: tokens.otherZone, permission: 'write', waf: 'edit', zones: [newId()] },
    ],
    zones: [zoneId],
    profile: 'schema',
  });
});
afterAll(() => double.close());
afterEach(() => {
  double.reset();
  double.rulesets.clear();
});

const base = () => `/zones/${zoneId}/rulesets`;
const ENTRYPOINT = () => `${base()}/phases/http_request_firewall_custom/entrypoint`;
const rule = { action: 'block', expression: 'ip.src eq 192.0.2.1', description: 'one address', ref: 'one', enabled: true };

async function call(method: string, path: string, body?: unknown, token = tokens.edit): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${double.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
const create = (rules: unknown[] = [rule]) => call('POST', base(), { name: 'default', kind: 'zone', phase: 'http_request_firewall_custom', rules });
const result = (json: Record<string, unknown>) =>
  json.result as { id: string; version: string; rules: { id: string; ref: string; version: string; [key: string]: unknown }[] };
const firstError = (json: Record<string, unknown>) => (json.errors as { code: number; message: string }[])[0];

describe("the double's rulesets answers follow the schema extract", () => {
  const document = loadSchemaDocument(ZONES_AND_RULESETS_FILE) as ReturnType<typeof loadSchemaDocument> & {
    components: { responses: Record<string, { content: { 'application/json': { schema: object } } }> };
  };
  const ajv = schemaAjv(document);
  const response = (name: string) => ajv.compile(document.components.responses[name]?.content['application/json'].schema ?? {});

  it('entrypoint: 404 in the failure envelope until one exists; then the ruleset, with ids, versions and timestamps', async () => {
    const none = await call('GET', ENTRYPOINT());
    expect(none.status).toBe(404);
    expect(response('rulesets_Failure')(none.json)).toBe(true);
    expect(firstError(none.json)?.message).toContain('(code chosen by the API double)');

    const created = await create();
    const valid = response('rulesets_Ruleset');
    expect(valid(created.json), JSON.stringify(valid.errors)).toBe(true);
    const ruleset = result(created.json);
    // The validator has teeth: a rule without its ref, or a version that is a number, breaks the schema.
    expect(valid({ ...created.json, result: { ...ruleset, rules: [{ ...ruleset.rules[0], ref: undefined }] } })).toBe(false);
    expect(valid({ ...created.json, result: { ...ruleset, version: 1 } })).toBe(false);
    expect(ruleset.id).toMatch(/^[0-9a-f]{32}$/);
    expect(ruleset.rules[0]).toMatchObject({ ref: 'one', version: '1', last_updated: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/) });
    const read = await call('GET', ENTRYPOINT());
    expect(valid(read.json), JSON.stringify(valid.errors)).toBe(true);
    expect(result(read.json)).toEqual(ruleset);
    expect((await call('GET', `${base()}/${ruleset.id}`)).json.result).toEqual(ruleset);
    expect((await call('GET', `${base()}/${'0'.repeat(32)}`)).status).toBe(404);
    const list = await call('GET', base());
    expect(response('rulesets_Rulesets')(list.json)).toBe(true);
  });

  it('append: the answer is the whole ruleset, the new rule last; versions grow; others untouched', async () => {
    const first = result((await create()).json);
    const appended = await call('POST', `${base()}/${first.id}/rules`, { ...rule, ref: 'two' });
    expect(response('rulesets_Ruleset')(appended.json)).toBe(true);
    const after = result(appended.json);
    expect(after.rules.map(r => r.ref)).toEqual(['one', 'two']);
    expect(after.rules[0]).toEqual(first.rules[0]);
    expect(BigInt(after.version)).toBeGreaterThan(BigInt(first.version));
  });

  it('PATCH: the rule becomes what the body says (a field left out takes its default), its version grows, its id stays', async () => {
    const first = result((await create()).json);
    const target = first.rules[0]?.id ?? '';
    const patched = await call('PATCH', `${base()}/${first.id}/rules/${target}`, { action: 'log', expression: 'true' });
    expect(response('rulesets_Ruleset')(patched.json)).toBe(true);
    expect(result(patched.json).rules).toEqual([
      expect.objectContaining({ id: target, action: 'log', description: '', ref: target, enabled: true, version: '2' }),
    ]);
  });
});

describe('requests refused as Cloudflare would refuse them (codes of its own where Cloudflare’s are unknown)', () => {
  it('a rule with a position: the extract makes every position match three schemas at once, so none is valid', async () => {
    const { id } = result((await create()).json);
    const answer = await call('POST', `${base()}/${id}/rules`, { ...rule, ref: 'two', position: { index: 1 } });
    expect(answer.status).toBe(400);
    expect(firstError(answer.json)?.message).toMatch(/request body.*position.*schema rule "oneOf"/);
  });

  it('a rule without an action matches every rule type: refused by the schema', async () => {
    const { id } = result((await create()).json);
    const answer = await call('POST', `${base()}/${id}/rules`, { expression: 'true', ref: 'x' });
    expect(answer.status).toBe(400);
    expect(firstError(answer.json)?.message).toMatch(/schema rule "oneOf"/);
  });

  it('a second entrypoint for the phase; a duplicate ref; an expression past 4,096 characters', async () => {
    const { id } = result((await create()).json);
    expect(firstError((await create()).json)).toEqual({ code: 1409, message: expect.stringMatching(/already exists.*\(code chosen by the API double\)$/) });
    expect(firstError((await call('POST', `${base()}/${id}/rules`, rule)).json)?.message).toMatch(/a rule with ref one already exists/);
    const long = await call('POST', `${base()}/${id}/rules`, { ...rule, ref: 'long', expression: `ip.src eq 192.0.2.1 ${'or true '.repeat(600)}` });
    expect(firstError(long.json)?.message).toMatch(/at most 4096 characters/);
  });

  it("the plan's limit: 5 custom rules by default (Free), refused past it with the count", async () => {
    const rules = Array.from({ length: 5 }, (_, i) => ({ ...rule, ref: `r${i}` }));
    expect((await create([...rules, { ...rule, ref: 'r5' }])).status).toBe(400);
    const { id } = result((await create(rules)).json);
    const sixth = await call('POST', `${base()}/${id}/rules`, { ...rule, ref: 'r5' });
    expect(sixth.status).toBe(400);
    expect(firstError(sixth.json)).toEqual({
      code: 1410,
      message: expect.stringMatching(/allows 5 custom rules .* this would make 6 \(code chosen by the API double\)/),
    });
    expect(double.rulesets.entrypoint(zoneId)?.rules).toHaveLength(5);
  });

  it('permissions: "Zone WAF: Read" reads, only "Zone WAF: Edit" writes, none reads nothing; zone scope applies', async () => {
    expect((await call('GET', ENTRYPOINT(), undefined, tokens.read)).status).toBe(404);
    expect(
      firstError((await call('POST', base(), { name: 'x', kind: 'zone', phase: 'http_request_firewall_custom', rules: [] }, tokens.read)).json)?.code,
    ).toBe(10000);
    expect((await call('GET', ENTRYPOINT(), undefined, tokens.none)).status).toBe(403);
    expect((await call('GET', ENTRYPOINT(), undefined, tokens.otherZone)).status).toBe(403);
    expect(double.rulesets.entrypoint(zoneId)).toBeUndefined();
  });

  it('PUT …/entrypoint is answered (it replaces every rule) and counted, so tests can assert it is never sent', async () => {
    await create([rule, { ...rule, ref: 'two' }]);
    const put = await call('PUT', ENTRYPOINT(), { rules: [{ ...rule, ref: 'only' }] });
    expect(put.status).toBe(200);
    expect(result(put.json).rules.map(r => r.ref)).toEqual(['only']);
    expect(double.rulesets.entrypointReplacements.get(zoneId)).toBe(1);
  });
});

describe('seams', () => {
  it('readLag: after a write, the next N reads show the rules as they were (404 for a new entrypoint)', async () => {
    double.rulesets.readLag = 2;
    await create();
    expect((await call('GET', ENTRYPOINT())).status).toBe(404);
    expect((await call('GET', ENTRYPOINT())).status).toBe(404);
    expect((await call('GET', ENTRYPOINT())).status).toBe(200);
  });

  it('otherWriters: act once after the next request with the method, whatever it answered; their change shows at once', async () => {
    double.rulesets.otherWriters.push({ after: 'GET', act: (rulesets, zone) => void rulesets.addRule(zone, { ...rule, ref: 'theirs' }) });
    expect((await call('GET', ENTRYPOINT())).status).toBe(404);
    expect(result((await call('GET', ENTRYPOINT())).json).rules.map(r => r.ref)).toEqual(['theirs']);
    expect(double.rulesets.otherWriters).toHaveLength(0);
  });
});
