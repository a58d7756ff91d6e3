// The API double and Cloudflare's schema (test/openapi/): the double refuses any request the schema
// forbids, naming the rule, and its own answers follow the schema's response shapes.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSchemaDocument, schemaAjv } from '../double/openapi.ts';
import { CloudflareDouble } from '../double/server.ts';
import { newAccount, newId, newToken } from '../support/fixtures.ts';
import { generateCsr } from '../support/pki.ts';

const account = newAccount();
const { token, zoneId } = account;
let double: CloudflareDouble;
/** The same double with the schema's profile: its answers must follow the schema exactly. */
let schemaDouble: CloudflareDouble;
let csrPem: string;
let certificateId: string;
let schemaCertificateId: string;

beforeAll(async () => {
  double = await CloudflareDouble.start(account.doubleOptions);
  schemaDouble = await CloudflareDouble.start({ ...account.doubleOptions, profile: 'schema' });
  csrPem = (await generateCsr()).csrPem.replace(/\r\n/g, '\n');
  certificateId = (await double.seed(zoneId, csrPem, 365)).id;
  schemaCertificateId = (await schemaDouble.seed(zoneId, csrPem, 365)).id;
});
afterAll(async () => {
  await double.close();
  await schemaDouble.close();
});

async function call(
  method: string,
  path: string,
  options: { body?: string; contentType?: string; on?: CloudflareDouble } = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${(options.on ?? double).url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(options.contentType ? { 'content-type': options.contentType } : {}) },
    ...(options.body !== undefined ? { body: options.body } : {}),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const certificates = `/zones/${zoneId}/client_certificates`;
const firstMessage = (json: Record<string, unknown>): string => ((json.errors as { message: string }[])[0] ?? { message: '' }).message;

describe('requests that break the schema are refused with a 400 naming the rule', () => {
  it.each([
    ['per_page above its maximum', 'GET', `${certificates}?per_page=500`, undefined, /query per_page: must be <= 50 \(schema rule "maximum"\)/],
    ['per_page below its minimum', 'GET', `${certificates}?per_page=2`, undefined, /query per_page: must be >= 5 \(schema rule "minimum"\)/],
    ['a page that is not a number', 'GET', `${certificates}?page=two`, undefined, /query page: must be number \(schema rule "type"\)/],
    [
      'a status outside the enum',
      'GET',
      `${certificates}?status=expired`,
      undefined,
      /query status: must be equal to one of the allowed values \(schema rule "enum"\)/,
    ],
    [
      'a string validity_days',
      'POST',
      certificates,
      JSON.stringify({ csr: 'x', validity_days: '3650' }),
      /request body validity_days: must be integer \(schema rule "type"\)/,
    ],
    [
      'a missing csr',
      'POST',
      certificates,
      JSON.stringify({ validity_days: 30 }),
      /request body: must have required property 'csr' \(csr\) \(schema rule "required"\)/,
    ],
    ['no body on create', 'POST', certificates, '', /request body: required by POST \/zones\/\{zone_id\}\/client_certificates/],
    [
      'a reactivate that is not a boolean',
      'PATCH',
      `${certificates}/${'0'.repeat(32)}`,
      JSON.stringify({ reactivate: 'yes' }),
      /request body reactivate: must be boolean/,
    ],
    [
      'hostnames that are not an array',
      'PUT',
      `/zones/${zoneId}/certificate_authorities/hostname_associations`,
      JSON.stringify({ hostnames: 'api.example.com' }),
      /request body hostnames: must be array \(schema rule "type"\)/,
    ],
    [
      'an mtls_certificate_id that is not 36 characters',
      'PUT',
      `/zones/${zoneId}/certificate_authorities/hostname_associations`,
      JSON.stringify({ hostnames: [], mtls_certificate_id: 'abc' }),
      /request body mtls_certificate_id: must NOT have fewer than 36 characters \(schema rule "minLength"\)/,
    ],
    [
      'an mtls_certificate_id query that is not 36 characters',
      'GET',
      `/zones/${zoneId}/certificate_authorities/hostname_associations?mtls_certificate_id=${'a'.repeat(40)}`,
      undefined,
      /query mtls_certificate_id: must NOT have more than 36 characters \(schema rule "maxLength"\)/,
    ],
  ])('%s', async (_name, method, path, body, message) => {
    const answer = await call(method, path, body === undefined ? {} : { body, contentType: 'application/json' });
    expect(answer.status).toBe(400);
    expect(answer.json.success).toBe(false);
    expect(firstMessage(answer.json)).toMatch(message);
    expect(firstMessage(answer.json)).toContain('(code chosen by the API double)');
  });

  it('a body in another content type', async () => {
    const answer = await call('POST', certificates, { body: JSON.stringify({ csr: csrPem, validity_days: 30 }), contentType: 'text/plain' });
    expect(answer.status).toBe(400);
    expect(firstMessage(answer.json)).toMatch(/content-type: must be application\/json, not "text\/plain"/);
  });

  it('hostname associations: zone scope and permission, as for certificates', async () => {
    const scoped = newToken();
    const other = await CloudflareDouble.start({
      tokens: [
        { token: scoped, permission: 'write', zones: [newId()] },
        { token: account.readToken, permission: 'read' },
      ],
      zones: [zoneId],
    });
    try {
      const path = `${other.url}/zones/${zoneId}/certificate_authorities/hostname_associations`;
      const as = (who: string, init: RequestInit = {}) =>
        fetch(path, { ...init, headers: { authorization: `Bearer ${who}`, 'content-type': 'application/json' } });
      expect((await as(scoped)).status).toBe(403);
      expect((await as(account.readToken)).status).toBe(200);
      const write = await as(account.readToken, { method: 'PUT', body: JSON.stringify({ hostnames: ['api.example.com'] }) });
      expect(write.status).toBe(403);
      expect(((await write.json()) as { errors: { code: number }[] }).errors[0]?.code).toBe(10000);
      expect(other.hostnameAssociations(zoneId)).toEqual([]);
      expect((await as(scoped, { method: 'DELETE' })).status).toBe(405);
    } finally {
      await other.close();
    }
  });

  it('authenticates before it validates: an unknown token learns nothing about the request', async () => {
    const response = await fetch(`${double.url}${certificates}?per_page=500`, { headers: { authorization: `Bearer ${'x'.repeat(40)}` } });
    expect(response.status).toBe(403);
  });

  it('accepts what the schema allows: reactivate with no body, with {"reactivate": true}', async () => {
    expect((await call('PATCH', `${certificates}/${certificateId}`)).status).toBe(200);
    expect((await call('PATCH', `${certificates}/${certificateId}`, { body: '{"reactivate":true}', contentType: 'application/json' })).status).toBe(200);
  });
});

describe("the double's answers follow the schema (schema profile)", () => {
  const document = loadSchemaDocument();
  const ajv = schemaAjv(document);
  const shape = (name: string) => ajv.compile({ $ref: `cloudflare#/definitions/tls-certificates-and-hostnames_${name}` });
  const on = (): CloudflareDouble => schemaDouble;

  it('a listing: the collection envelope, and result_info exactly as the schema has it (no total_pages)', async () => {
    const validate = shape('client_certificate_response_collection');
    const answer = await call('GET', `${certificates}?status=all&page=1&per_page=5`, { on: on() });
    expect(validate(answer.json), JSON.stringify(validate.errors)).toBe(true);
    const infoKeys = Object.keys((document.components.schemas['tls-certificates-and-hostnames_result_info'] as { properties: object }).properties);
    expect(Object.keys(answer.json.result_info as object).sort()).toEqual(infoKeys.sort());
  });

  it('details, create, revoke: the single envelope; stored CSRs come back with \\r\\n line ends', async () => {
    const validate = shape('client_certificate_response_single');
    const details = await call('GET', `${certificates}/${schemaCertificateId}`, { on: on() });
    expect(validate(details.json), JSON.stringify(validate.errors)).toBe(true);
    expect((details.json.result as { csr: string }).csr).toContain('\r\n');
    const created = await call('POST', certificates, { body: JSON.stringify({ csr: csrPem, validity_days: 30 }), contentType: 'application/json', on: on() });
    expect(validate(created.json), JSON.stringify(validate.errors)).toBe(true);
    expect((created.json.result as { id: string; serial_number: string }).id).toMatch(/^[0-9a-f]{32}$/);
    expect((created.json.result as { id: string; serial_number: string }).serial_number).toMatch(/^[0-9a-f]{40}$/);
    const revoked = await call('DELETE', `${certificates}/${(created.json.result as { id: string }).id}`, { on: on() });
    expect(validate(revoked.json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('hostname associations: the answer to a read and to a replace, with the list replaced whole', async () => {
    const validate = shape('hostname_associations_response');
    const path = `/zones/${zoneId}/certificate_authorities/hostname_associations`;
    const empty = await call('GET', path, { on: on() });
    expect(empty.json.result).toEqual({ hostnames: [] });
    const put = (hostnames: string[]) => call('PUT', path, { body: JSON.stringify({ hostnames }), contentType: 'application/json', on: on() });
    const first = await put(['api.example.com', 'shop.example.com']);
    expect(validate(first.json), JSON.stringify(validate.errors)).toBe(true);
    const replaced = await put(['admin.example.com']);
    expect(replaced.json.result).toEqual({ hostnames: ['admin.example.com'] });
    const read = await call('GET', path, { on: on() });
    expect(validate(read.json), JSON.stringify(validate.errors)).toBe(true);
    expect(read.json.result).toEqual({ hostnames: ['admin.example.com'] });
    const refused = await put(['www.elsewhere.test']);
    expect(refused.status).toBe(400);
    expect(firstMessage(refused.json)).toMatch(/Hostname www\.elsewhere\.test is not part of zone example\.com \(code chosen by the API double\)/);
    expect((await call('GET', path, { on: on() })).json.result).toEqual({ hostnames: ['admin.example.com'] });
  });

  it('an error: the failure envelope', async () => {
    const validate = shape('api-response-common-failure');
    const answer = await call('GET', `${certificates}?per_page=500`, { on: on() });
    expect(validate(answer.json), JSON.stringify(validate.errors)).toBe(true);
    const unknown = await call('GET', `${certificates}/${'f'.repeat(32)}`, { on: on() });
    expect(unknown.status).toBe(404);
    expect(validate(unknown.json), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('the live profile (the default) breaks the schema only where the live API does', () => {
  const document = loadSchemaDocument();
  const ajv = schemaAjv(document);
  const shape = (name: string) => ajv.compile({ $ref: `cloudflare#/definitions/tls-certificates-and-hostnames_${name}` });
  /** Every schema error, less the live API's known differences: a UUID id is longer than the schema's 32. */
  const unexpected = (validate: ReturnType<typeof shape>, json: unknown): unknown[] => {
    validate(json);
    return (validate.errors ?? []).filter(e => !(e.keyword === 'maxLength' && /\/id$/.test(e.instancePath)));
  };

  it('UUID ids and a decimal serial number; otherwise the single envelope and a listing as the schema has them', async () => {
    const created = await call('POST', certificates, { body: JSON.stringify({ csr: csrPem, validity_days: 30 }), contentType: 'application/json' });
    const result = created.json.result as { id: string; serial_number: string; certificate_authority: { id: string } };
    expect(result.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(result.certificate_authority.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.serial_number).toMatch(/^[1-9][0-9]{40,48}$/);
    expect(unexpected(shape('client_certificate_response_single'), created.json)).toEqual([]);
    const listing = await call('GET', `${certificates}?status=all&page=1&per_page=5`);
    expect(unexpected(shape('client_certificate_response_collection'), listing.json)).toEqual([]);
  });

  it('a second revoke: 1407 "already deleted"; an unknown id: 1415; an id of another zone: 404', async () => {
    const validate = shape('api-response-common-failure');
    const first = await call('DELETE', `${certificates}/${certificateId}`);
    expect(first.status).toBe(200);
    const second = await call('DELETE', `${certificates}/${certificateId}`);
    expect(second.status).toBe(400);
    expect(second.json.errors).toEqual([{ code: 1407, message: expect.stringContaining('already deleted') }]);
    expect(validate(second.json), JSON.stringify(validate.errors)).toBe(true);
    const unknown = await call('GET', `${certificates}/${randomUUID()}`);
    expect(unknown.json.errors).toEqual([{ code: 1415, message: 'Invalid Certificate ID in request' }]);
    expect(validate(unknown.json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('an empty hostname list is null, which the schema does not allow', async () => {
    const path = `/zones/${zoneId}/certificate_authorities/hostname_associations`;
    const read = await call('GET', path);
    expect(read.json.result).toEqual({ hostnames: null });
  });
});
