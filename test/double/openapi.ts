// Holds every request the API double receives to Cloudflare's published schema (test/openapi/): path
// parameters, query parameters and their bounds, request bodies and their content type. A request that
// breaks it gets a 400 naming the rule, so every test that talks to the double also proves the action's
// requests are valid for the real API. Validation is ajv's, against the schema's own definitions.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

export const SCHEMA_FILE = resolve(import.meta.dirname, '../openapi/cloudflare-client-certificates.json');

interface Parameter {
  readonly in: 'path' | 'query' | 'header';
  readonly name: string;
  readonly required?: boolean;
  readonly schema: unknown;
}

interface Operation {
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: { readonly required?: boolean; readonly content: Record<string, { readonly schema: unknown }> };
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
  readonly components: { readonly schemas: Record<string, unknown> };
}

/** Reads the schema copy and rewrites its `#/components/schemas/…` references for ajv. */
export function loadSchemaDocument(): SchemaDocument {
  const text = readFileSync(SCHEMA_FILE, 'utf8').replaceAll('"#/components/schemas/', '"cloudflare#/definitions/');
  return JSON.parse(text) as SchemaDocument;
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
  const ajv = new Ajv({ strict: false, allErrors: false, coerceTypes: options.coerceTypes ?? false });
  ajv.addSchema({ $id: 'cloudflare', definitions: document.components.schemas });
  return ajv;
}

export class RequestValidator {
  readonly #operations = new Map<string, CompiledOperation[]>();

  constructor(document: SchemaDocument = loadSchemaDocument()) {
    const strict = schemaAjv(document);
    // Query strings carry text: "50" is the number 50 for the schema, "fifty" is not.
    const coercing = schemaAjv(document, { coerceTypes: true });
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
        const json = operation.requestBody?.content['application/json'];
        const compiled: CompiledOperation = {
          template,
          pattern,
          pathNames,
          path: strict.compile(objectOf('path') as object),
          query: coercing.compile(objectOf('query') as object),
          body: json ? { required: operation.requestBody?.required ?? false, validate: strict.compile(json.schema as object) } : undefined,
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

function describe(where: string, errors: readonly ErrorObject[] | null | undefined): string {
  const [error] = errors ?? [];
  if (!error) return `${where}: does not follow the schema`;
  const field = error.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const missing = error.keyword === 'required' ? ` (${String((error.params as { missingProperty?: string }).missingProperty)})` : '';
  return `${where}${field ? ` ${field}` : ''}: ${error.message ?? 'is invalid'}${missing} (schema rule "${error.keyword}")`;
}
