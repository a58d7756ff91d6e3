// Holds every request the API double receives to Cloudflare's published schema (test/openapi/): path
// parameters, query parameters and their bounds, request bodies and their content type. A request that
// breaks it gets a 400 naming the rule, so every test that talks to the double also proves the action's
// requests are valid for the real API. Validation is ajv's, against the schema's own definitions.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

export const SCHEMA_FILE = resolve(import.meta.dirname, '../openapi/cloudflare-client-certificates.json');
/** The zones and rulesets extract: an account's zones, and one rule in a zone's custom WAF phase. */
export const ZONES_AND_RULESETS_FILE = resolve(import.meta.dirname, '../openapi/cloudflare-zones-and-rulesets.json');

interface Parameter {
  readonly in: 'path' | 'query' | 'header';
  readonly name: string;
  readonly required?: boolean;
  readonly schema: unknown;
}

interface RequestBody {
  readonly required?: boolean;
  readonly content: Record<string, { readonly schema: unknown }>;
}

interface Operation {
  readonly parameters?: readonly Parameter[];
  /** The body, or a reference to one of components.requestBodies. */
  readonly requestBody?: RequestBody | { readonly $ref: string };
}

interface CompiledOperation {
  readonly template: string;
  readonly pattern: RegExp;
  readonly pathNames: readonly string[];
  readonly path: ValidateFunction;
  readonly query: ValidateFunction;
  readonly body: { readonly required: boolean; readonly validate: ValidateFunction } | undefined;
}

export interface SchemaDocument {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components: { readonly schemas: Record<string, unknown>; readonly requestBodies?: Record<string, RequestBody> };
}

/**
 * Reads a schema copy (by default the client certificates one) and rewrites its `#/components/schemas/…`
 * references for ajv. Component names carry a prefix per API family (tls-certificates-and-hostnames_,
 * rulesets_, zones_), so the extracts' definitions can live side by side.
 */
export function loadSchemaDocument(file = SCHEMA_FILE): SchemaDocument {
  const text = readFileSync(file, 'utf8').replaceAll('"#/components/schemas/', '"cloudflare#/definitions/');
  return JSON.parse(text) as SchemaDocument;
}

/** Every extract the double enforces, as one document: their paths and definitions side by side. */
export function loadSchemaDocuments(): SchemaDocument {
  const documents = [SCHEMA_FILE, ZONES_AND_RULESETS_FILE].map(file => loadSchemaDocument(file));
  return {
    paths: Object.assign({}, ...documents.map(d => d.paths)),
    components: {
      schemas: Object.assign({}, ...documents.map(d => d.components.schemas)),
      requestBodies: Object.assign({}, ...documents.map(d => d.components.requestBodies ?? {})),
    },
  };
}

/**
 * OpenAPI's readOnly: a property marked readOnly is sent by the API, never by a client, so a request
 * schema's `required` must not ask for it (the rulesets extract requires a rule's `version` and
 * `last_updated`, both readOnly). A copy of the schemas with those names dropped from `required`, for
 * validating requests.
 */
export function forRequests(schemas: Record<string, unknown>): Record<string, unknown> {
  const isReadOnly = (schema: unknown, seen = new Set<unknown>()): boolean => {
    if (typeof schema !== 'object' || schema === null || seen.has(schema)) return false;
    seen.add(schema);
    const node = schema as { readOnly?: boolean; allOf?: unknown[]; $ref?: string };
    if (node.readOnly === true) return true;
    if (node.$ref?.startsWith('cloudflare#/definitions/')) return isReadOnly(schemas[node.$ref.slice('cloudflare#/definitions/'.length)], seen);
    return (node.allOf ?? []).some(part => isReadOnly(part, seen));
  };
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== 'object' || value === null) return value;
    const copy = Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)])) as Record<string, unknown>;
    const properties = (value as { properties?: Record<string, unknown> }).properties;
    if (Array.isArray(copy.required) && properties) copy.required = (copy.required as string[]).filter(name => !isReadOnly(properties[name]));
    return copy;
  };
  return walk(schemas) as Record<string, unknown>;
}

/**
 * Where the live API is known to differ from the schema, the live API wins (the schema file itself stays
 * Cloudflare's, byte for byte): the schema types a client certificate id in a path as its shared
 * "Identifier, maxLength 32", but the live API's ids are UUIDs (36 characters). The double's validator
 * takes either; zone ids keep the schema's type.
 */
export const LIVE_PARAMETERS: Readonly<Record<string, unknown>> = {
  client_certificate_id: {
    anyOf: [
      { $ref: 'cloudflare#/definitions/tls-certificates-and-hostnames_identifier' },
      { type: 'string', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' },
    ],
  },
};

/** An ajv that knows the schema's definitions as `cloudflare#/definitions/<name>`; OpenAPI's `example` etc. are annotations. */
export function schemaAjv(document: SchemaDocument, options: { coerceTypes?: boolean } = {}): Ajv {
  // date-time appears only on fields the API sets (readOnly): accepted as any string, as no request sends one.
  const ajv = new Ajv({ strict: false, allErrors: false, coerceTypes: options.coerceTypes ?? false, formats: { 'date-time': true } });
  ajv.addSchema({ $id: 'cloudflare', definitions: document.components.schemas });
  return ajv;
}

export class RequestValidator {
  readonly #operations = new Map<string, CompiledOperation[]>();

  constructor(document: SchemaDocument = loadSchemaDocuments()) {
    const requests: SchemaDocument = { ...document, components: { ...document.components, schemas: forRequests(document.components.schemas) } };
    const strict = schemaAjv(requests);
    // Query strings carry text: "50" is the number 50 for the schema, "fifty" is not.
    const coercing = schemaAjv(requests, { coerceTypes: true });
    for (const [template, methods] of Object.entries(document.paths)) {
      const pathNames = [...template.matchAll(/\{([^}]+)\}/g)].map(match => match[1] as string);
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]*)')}/?$`);
      for (const [method, operation] of Object.entries(methods)) {
        const parameters = operation.parameters ?? [];
        const objectOf = (where: Parameter['in']): unknown => {
          const list = parameters.filter(p => p.in === where);
          return {
            type: 'object',
            properties: Object.fromEntries(list.map(p => [p.name, LIVE_PARAMETERS[p.name] ?? p.schema])),
            required: list.filter(p => p.required || where === 'path').map(p => p.name),
          };
        };
        const requestBody = resolveBody(operation.requestBody, document);
        const json = requestBody?.content['application/json'];
        const compiled: CompiledOperation = {
          template,
          pattern,
          pathNames,
          path: strict.compile(objectOf('path') as object),
          query: coercing.compile(objectOf('query') as object),
          body: json ? { required: requestBody?.required ?? false, validate: strict.compile(json.schema as object) } : undefined,
        };
        const key = method.toUpperCase();
        this.#operations.set(key, [...(this.#operations.get(key) ?? []), compiled]);
      }
    }
  }

  /** Whether the schema has an operation for this method and path (below the API prefix). */
  knows(method: string, path: string): boolean {
    return this.#find(method, path) !== undefined;
  }

  /**
   * The first rule the request breaks, worded for a 400's message, or undefined when it follows the
   * schema. Only operations the schema defines are validated; routing answers the rest.
   */
  violation(method: string, path: string, query: URLSearchParams, contentType: string | undefined, body: string): string | undefined {
    const found = this.#find(method, path);
    if (!found) return undefined;
    const { operation, values } = found;
    const params = Object.fromEntries(operation.pathNames.map((name, index) => [name, decodeURIComponent(values[index] ?? '')]));
    if (!operation.path(params)) return describe('path', operation.path.errors);
    const queryObject: Record<string, unknown> = Object.fromEntries(query);
    if (!operation.query(queryObject)) return describe('query', operation.query.errors);
    if (body === '') {
      return operation.body?.required ? `request body: required by ${method} ${operation.template}, as application/json` : undefined;
    }
    if (!operation.body) return undefined;
    if (!(contentType ?? '').toLowerCase().startsWith('application/json')) {
      return `content-type: must be application/json, not ${JSON.stringify(contentType ?? '')}`;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return 'request body: is not valid JSON';
    }
    if (!operation.body.validate(parsed)) return describe('request body', operation.body.validate.errors);
    return undefined;
  }

  #find(method: string, path: string): { operation: CompiledOperation; values: string[] } | undefined {
    for (const operation of this.#operations.get(method.toUpperCase()) ?? []) {
      const match = operation.pattern.exec(path);
      if (match) return { operation, values: match.slice(1) };
    }
    return undefined;
  }
}

/** An operation's request body, following a `#/components/requestBodies/…` reference. */
function resolveBody(body: Operation['requestBody'], document: SchemaDocument): RequestBody | undefined {
  if (body === undefined || !('$ref' in body)) return body;
  const name = body.$ref.replace('#/components/requestBodies/', '');
  const found = document.components.requestBodies?.[name];
  if (!found) throw new Error(`the schema refers to a request body it does not define: ${body.$ref}`);
  return found;
}

function describe(where: string, errors: readonly ErrorObject[] | null | undefined): string {
  const [error] = errors ?? [];
  if (!error) return `${where}: does not follow the schema`;
  const field = error.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const missing = error.keyword === 'required' ? ` (${String((error.params as { missingProperty?: string }).missingProperty)})` : '';
  return `${where}${field ? ` ${field}` : ''}: ${error.message ?? 'is invalid'}${missing} (schema rule "${error.keyword}")`;
}
