// A Cloudflare-compatible API double for the client certificate and mTLS hostname association
// endpoints, on 127.0.0.1.
//
// Faithful where the action depends on it: the {success, errors, messages, result} envelope, both auth
// schemes and their error codes, per-token zone scope and read/write permission, real certificates
// signed from the CSR by a test CA, paging with result_info, the revoke/reactivate state machine, the
// per-zone quota, the zone's mTLS hostname lists (replaced whole by a PUT, with a seam for a second
// writer), a zone's WAF custom rules (test/double/rulesets.ts: the phase entrypoint, one rule at a time, a
// WAF permission per token, a plan's rule limit), and faults injected one per request (HTML 5xx pages,
// 429 with retry-after, resets, slow and truncated answers). Where Cloudflare's exact code for a case is not documented (a bad
// request body, say), the double uses a 1xxx code and says so in its message.
//
// Two profiles (see Profile). `live`, the default, answers the way the live API was observed to answer
// (/work/shared/cloudflare-api.md, "What the live API does that the schema does not say"): UUID
// certificate ids, decimal serial numbers, `{"hostnames": null}` for an empty list, 1407 for a second
// revoke, 1415 for an unknown id, a listing without status holding active certificates only, and reads
// that lag writes (a hostname write, a new certificate in listings, a pending status), each lag counted
// in requests so that tests never race a clock. `schema` answers as the published schema reads (32-hex
// ids, lowercase hex serials, an empty array), with no lag.

import { createHash, randomBytes, randomUUID, X509Certificate } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type CertificateAuthority, checkCsr, createCertificateAuthority, signCertificate } from '../support/pki.ts';
import { checkSent } from '../support/secrets.ts';
import { HttpError } from './http-error.ts';
import { InFlight } from './in-flight.ts';
import { RequestValidator } from './openapi.ts';
import { RateLimiter, type RateLimitOptions } from './rate-limiter.ts';
import { RulesetsDouble, type WafPermission } from './rulesets.ts';
import { type DoubleAccount, type DoubleZone, selectZones, type ZoneStatus, zoneView } from './zones.ts';

export const API_PATH = '/client/v4';

export interface TokenGrant {
  readonly token: string;
  /** Zones the token may act on; all zones when absent. */
  readonly zones?: readonly string[];
  /** 'read' is "SSL and Certificates Read"; 'write' also allows create, revoke and reactivate. */
  readonly permission: 'read' | 'write';
  /** "Zone WAF: Read" or "Zone WAF: Edit"; none when absent (a Global API Key has every permission). */
  readonly waf?: WafPermission;
  /**
   * Zones GET /zones lists for the token ("Zone: Read"), which may be more than `zones` (its "SSL and
   * Certificates" scope): the certificates of the others answer 403. When absent: `zones`, or all zones.
   */
  readonly zoneRead?: readonly string[];
}

export interface GlobalKey {
  readonly email: string;
  readonly key: string;
}

export interface DoubleOptions {
  readonly tokens?: readonly TokenGrant[];
  readonly globalKeys?: readonly GlobalKey[];
  readonly zones?: readonly string[];
  /** Certificates a zone may hold that are not revoked (Cloudflare includes 100). */
  readonly quota?: number;
  /** `live` (the default) or `schema`: see Profile. */
  readonly profile?: Profile;
  /** How serial numbers are written: the profile's by default (live: decimal; schema: lower-case hex). */
  readonly serialFormat?: SerialFormat;
  readonly now?: () => Date;
  /** Serves the GitHub REST endpoints of the tracking issue under /github, for this token. */
  readonly githubToken?: string;
  /** How listings report paging; the schema's shape by default. */
  readonly resultInfo?: ResultInfoMode;
  /** Each zone's name, for which hostnames belong to it; example.com when not given. */
  readonly zoneNames?: Readonly<Record<string, string>>;
  /** UUIDs of CA certificates uploaded to the account's mTLS Certificate Management. */
  readonly mtlsCertificates?: readonly string[];
  /** Custom WAF rules a zone's plan allows: 5 (Cloudflare's Free plan) by default, never kinder. */
  readonly customRuleLimit?: number;
  /** Accounts and their zones (added to `zones`); a zone of no account here belongs to DEFAULT_ACCOUNT_ID. */
  readonly accounts?: readonly DoubleAccount[];
  /** Each zone's status as GET /zones shows it; active when not given. */
  readonly zoneStatuses?: Readonly<Record<string, ZoneStatus>>;
  /**
   * Cloudflare's rate limit, per credential (test/double/rate-limiter.ts): on by default at Cloudflare's
   * own figures (1,200 requests per 5 minutes), as the real API never lets a client send more; a test
   * sets a small limit or window, its clock and header form, or turns it off with false.
   */
  readonly rateLimit?: RateLimitOptions | false;
}

/**
 * `live`: as the live API was observed to answer (the default); `schema`: as Cloudflare's published schema
 * reads, where it and the live API differ. The profile sets the defaults below; each can be changed alone.
 */
export type Profile = 'live' | 'schema';

/** Serial numbers: decimal (Cloudflare's own published answer), or 40 hexadecimal digits in either case. */
export type SerialFormat = 'decimal' | 'upper-hex' | 'lower-hex';

/**
 * How the double answers an empty mTLS hostname list: `null` (`{"hostnames": null}`, the live API's), `array`
 * (`{"hostnames": []}`, the schema's) or `omitted` (`{}`: the schema makes the field optional).
 */
export type EmptyHostnameList = 'null' | 'array' | 'omitted';

/**
 * Another writer of a zone's mTLS hostname list (a second job, a person in the dashboard), acting once,
 * right after the double processed the next hostname association request with this method: it sees the
 * list as that request left it and replaces it with what `change` returns. It is the test seam for a
 * write between the action's read and its write (after: 'GET'), or between its write and its read-back
 * (after: 'PUT').
 */
export interface OtherWriter {
  readonly after: 'GET' | 'PUT';
  readonly change: (current: readonly string[]) => string[];
  readonly mtlsCertificateId?: string;
}

/**
 * `schema`: `{page, per_page, count, total_count}`, exactly as Cloudflare's published schema (the default);
 * `with-total-pages`: that plus `total_pages`, which older clients relied on; `none`: no result_info at all.
 */
export type ResultInfoMode = 'schema' | 'with-total-pages' | 'none';

/** An issue as the double's GitHub part keeps it. */
export interface StoredIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: { name: string }[];
  comments: string[];
  repository: string;
}

export const GITHUB_PATH = '/github';

export type Fault =
  /** Answers normally: keeps a place in the queue so the next fault hits a later request. */
  | { readonly type: 'none' }
  /** An error answer; with noDetails, its errors array is empty (as some of Cloudflare's 403s are). */
  | {
      readonly type: 'status';
      readonly status: number;
      readonly retryAfter?: string;
      readonly code?: number;
      readonly message?: string;
      readonly noDetails?: boolean;
    }
  /** The edge's HTML error page; title replaces its <title> (a proxy's page may echo what it was sent). */
  | { readonly type: 'html'; readonly status: number; readonly title?: string }
  | { readonly type: 'reset' }
  | { readonly type: 'reset-after-processing' }
  /** Processes the request, then answers after ms (a slow answer). */
  | { readonly type: 'delay'; readonly ms: number }
  /** Waits ms before processing: the request completes even if the client gave up meanwhile. */
  | { readonly type: 'delay-before'; readonly ms: number }
  | { readonly type: 'truncated-json' }
  | { readonly type: 'non-json' }
  | { readonly type: 'no-certificate' };

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
  /** The fault applied to this request, if any. */
  readonly fault?: Fault['type'];
  /** Requests in flight at the double when this one arrived, itself included. */
  readonly inFlight?: number;
  /** True when the rate limiter answered it with a 429. */
  readonly limited?: true;
  /** What the rate limiter said was left in the caller's window after it (when the limiter is on). */
  readonly rateLimitRemaining?: number;
}

export interface StoredCertificate {
  id: string;
  certificate: string;
  certificate_authority: { id: string; name: string };
  csr: string;
  common_name: string;
  country: string;
  state: string;
  location: string;
  organization: string;
  organizational_unit: string;
  issued_on: string;
  expires_on: string;
  fingerprint_sha256: string;
  serial_number: string;
  signature: string;
  ski: string;
  status: 'active' | 'pending_reactivation' | 'pending_revocation' | 'revoked';
  validity_days: number;
  /** Reads of this certificate that still show its pending status (not part of the API object). */
  pendingReads?: number;
  /** Listings that do not show this new certificate yet (not part of the API object). */
  hiddenListings?: number;
}

const HEX32 = /^[0-9a-f]{32}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Cloudflare API tokens are 40 characters of this alphabet; others get 6003/6111. */
export const TOKEN_FORMAT = /^[A-Za-z0-9_-]{40}$/;
const GLOBAL_KEY_FORMAT = /^[0-9a-f]{37}$/;
const STATUSES = ['active', 'pending_reactivation', 'pending_revocation', 'revoked'] as const;
const ACCOUNT_ID = 'f037e56e89293a057740de681ac9abbe';
/** The account of every zone that options.accounts does not place in another. */
export const DEFAULT_ACCOUNT_ID = ACCOUNT_ID;

export class CloudflareDouble {
  readonly requests: RecordedRequest[] = [];
  /** Requests to the GitHub part, kept apart from the Cloudflare API's. */
  readonly githubRequests: RecordedRequest[] = [];
  readonly issues: StoredIssue[] = [];
  readonly faults: Fault[] = [];
  /** Writers of the mTLS hostname list other than the action; each acts once (see OtherWriter). */
  readonly otherWriters: OtherWriter[] = [];
  /**
   * Milliseconds every API request is held before it is answered (0 by default): in the test process a
   * client's requests otherwise reach the double one after another, and requests in flight (inFlight,
   * maxInFlight) would never overlap. Only ever makes an answer later, never changes it.
   */
  latencyMs = 0;
  /** Faults for one zone's requests (paths under /zones/{id}/), each used once before the shared queue. */
  readonly zoneFaults = new Map<string, Fault[]>();
  /** Changes made to the next certificate create issues, before it answers (an API whose answer lies); reset() forgets it. */
  tamperNextIssued: Partial<StoredCertificate> | undefined;
  /** How an empty hostname list is answered; tests may switch it between runs. */
  emptyHostnameList: EmptyHostnameList;
  /**
   * Reads of a zone's hostname list that still show it as it was before a write (the live API is
   * eventually consistent): after a PUT, the next N GETs answer the old list. Writes of otherWriters show at
   * once. Live profile: 1; schema: 0.
   */
  hostnameReadLag: number;
  /** Listing requests (pages) that do not show a certificate just created by a POST yet. Live: 1; schema: 0. */
  listingLag: number;
  /** Reads (details, listings) after a revoke or reactivate that still show the pending status. Live: 1; schema: 0. */
  pendingReads: number;
  /** Answers a hostname list in part: at most this many names, with result_info saying the total (a seam). */
  hostnamePageSize: number | undefined = undefined;
  /** How listings report paging; tests may switch it between runs. */
  resultInfoMode: ResultInfoMode;
  /** Zones' WAF custom rules, with their seams (readLag, otherWriters, customRuleLimit); reset() resets the seams. */
  readonly rulesets: RulesetsDouble;
  readonly #certificates = new Map<string, StoredCertificate[]>();
  /** mTLS hostname lists, by zone and CA ("" for the Cloudflare Managed CA). */
  readonly #hostnames = new Map<string, string[]>();
  /** What reads still show while a write is not visible yet, and for how many more reads, by list. */
  readonly #staleHostnames = new Map<string, { list: string[]; reads: number }>();
  readonly #sockets = new Set<Socket>();
  readonly #options: DoubleOptions;
  readonly #server: Server;
  readonly #ca: CertificateAuthority;
  readonly #caId = randomUUID();
  readonly #schema = new RequestValidator();
  readonly #inFlight = new InFlight();
  readonly #limiter: RateLimiter | undefined;
  #url = '';

  private constructor(options: DoubleOptions, ca: CertificateAuthority) {
    this.#options = options;
    this.resultInfoMode = options.resultInfo ?? 'schema';
    this.emptyHostnameList = this.#defaults().emptyHostnameList;
    this.hostnameReadLag = this.#defaults().lag;
    this.listingLag = this.#defaults().lag;
    this.pendingReads = this.#defaults().lag;
    this.rulesets = new RulesetsDouble({
      now: () => this.#now(),
      readLag: this.#defaults().lag,
      ...(options.customRuleLimit !== undefined ? { customRuleLimit: options.customRuleLimit } : {}),
    });
    this.#ca = ca;
    for (const zone of options.zones ?? []) this.#certificates.set(zone, []);
    for (const account of options.accounts ?? []) for (const zone of account.zones) this.#certificates.set(zone, []);
    this.#limiter = options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit);
    this.#server = createServer((request, response) => void this.#handle(request, response));
    this.#server.on('connection', socket => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
  }

  static async start(options: DoubleOptions = {}, port = 0): Promise<CloudflareDouble> {
    const ca = await createCertificateAuthority(`Cloudflare Managed CA for account ${ACCOUNT_ID}`);
    const double = new CloudflareDouble(options, ca);
    await new Promise<void>(resolve => double.#server.listen(port, '127.0.0.1', resolve));
    const { port: bound } = double.#server.address() as AddressInfo;
    double.#url = `http://127.0.0.1:${bound}${API_PATH}`;
    return double;
  }

  /** The GitHub API base URL, as GITHUB_API_URL. */
  get githubUrl(): string {
    return this.#url.replace(API_PATH, GITHUB_PATH);
  }

  /** The API base URL, as the action's api-url input takes it. */
  get url(): string {
    return this.#url;
  }

  /** The CA's certificate, PEM. */
  get caCertificate(): string {
    return this.#ca.certificate.toString('pem');
  }

  /** The profile this double answers with. */
  get profile(): Profile {
    return this.#options.profile ?? 'live';
  }

  /** The most API requests that were in flight at once since start or the last reset(). */
  get maxInFlight(): number {
    return this.#inFlight.max;
  }

  /** The zone's certificates as stored, whatever listings show (pending statuses as they stand now). */
  certificates(zoneId: string): StoredCertificate[] {
    return this.#certificates.get(zoneId) ?? [];
  }

  /** Forgets the recorded requests, any faults not yet used and the paging mode, between tests; certificates stay. */
  reset(): void {
    this.resultInfoMode = this.#options.resultInfo ?? 'schema';
    this.requests.length = 0;
    this.githubRequests.length = 0;
    this.faults.length = 0;
    this.zoneFaults.clear();
    this.latencyMs = 0;
    this.#inFlight.reset();
    this.#limiter?.reset();
    this.otherWriters.length = 0;
    this.emptyHostnameList = this.#defaults().emptyHostnameList;
    this.hostnameReadLag = this.#defaults().lag;
    this.listingLag = this.#defaults().lag;
    this.pendingReads = this.#defaults().lag;
    this.hostnamePageSize = undefined;
    this.#staleHostnames.clear();
    this.rulesets.reset();
    this.tamperNextIssued = undefined;
  }

  /** What the profile sets. */
  #defaults(): { emptyHostnameList: EmptyHostnameList; lag: number } {
    return this.profile === 'live' ? { emptyHostnameList: 'null', lag: 1 } : { emptyHostnameList: 'array', lag: 0 };
  }

  /** The zone's mTLS hostnames for the managed CA, or for an uploaded CA. */
  hostnameAssociations(zoneId: string, mtlsCertificateId?: string): string[] {
    return [...(this.#hostnames.get(hostnameKey(zoneId, mtlsCertificateId)) ?? [])];
  }

  /**
   * Sets the list directly, as someone in the dashboard would. Not validated, so that a test can plant
   * what the API should never send (a number, a line break) and see that the action never writes it back.
   */
  setHostnameAssociations(zoneId: string, hostnames: readonly string[], mtlsCertificateId?: string): void {
    this.#hostnames.set(hostnameKey(zoneId, mtlsCertificateId), [...hostnames]);
    this.#staleHostnames.delete(hostnameKey(zoneId, mtlsCertificateId));
  }

  /** Issues a certificate directly, as if created earlier; issuedOn in the past makes an expiring one. */
  async seed(zoneId: string, csrPem: string, validityDays: number, issuedOn?: Date): Promise<StoredCertificate> {
    return this.#issue(zoneId, csrPem, validityDays, issuedOn ?? this.#now());
  }

  /** Changes fields of a stored certificate (to test the action's checks against a lying API). */
  tamper(zoneId: string, id: string, change: Partial<StoredCertificate>): void {
    const certificate = this.certificates(zoneId).find(c => c.id === id);
    if (!certificate) throw new Error(`no certificate ${id}`);
    Object.assign(certificate, change);
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>(resolve => this.#server.close(() => resolve()));
  }

  #now(): Date {
    return this.#options.now?.() ?? new Date();
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const inFlight = url.pathname.startsWith(`${GITHUB_PATH}/`) ? undefined : this.#inFlight.enter(response);
    const body = await readBody(request);
    if (url.pathname.startsWith(`${GITHUB_PATH}/`)) {
      this.githubRequests.push({
        method: request.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: { ...request.headers },
        body,
      });
      this.#github(request.method ?? 'GET', url, request.headers.authorization, body, response);
      return;
    }
    // The rate limit comes first, as Cloudflare's does: a refused request uses no fault.
    const limit = this.#limiter?.admit(callerOf(request.headers));
    const queued = limit?.allowed === false ? undefined : (this.#zoneFault(url.pathname) ?? this.faults.shift());
    const fault = queued?.type === 'none' ? undefined : queued;
    this.requests.push({
      method: request.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: { ...request.headers },
      body,
      ...(fault ? { fault: fault.type } : {}),
      ...(inFlight !== undefined ? { inFlight } : {}),
      ...(limit?.allowed === false ? { limited: true as const } : {}),
      ...(limit !== undefined ? { rateLimitRemaining: limit.remaining } : {}),
    });
    response.setHeader('cf-ray', `${randomBytes(8).toString('hex')}-TST`);
    for (const [name, value] of Object.entries(limit?.headers ?? {})) response.setHeader(name, value);
    // Network latency, so that a client's concurrent requests overlap here as they would on the internet.
    if (this.latencyMs > 0) await new Promise(resolve => setTimeout(resolve, this.latencyMs));
    if (limit?.allowed === false) {
      sendJson(response, 429, {
        success: false,
        errors: [{ code: 971, message: 'Please wait and consider throttling your request speed' }],
        messages: [],
        result: null,
      });
      return;
    }
    if (fault && (await this.#applyFaultBefore(fault, response))) return;

    let status = 200;
    let payload: unknown;
    try {
      const answer = await this.#route(request.method ?? 'GET', url, request.headers, body);
      status = answer.status;
      payload = { success: true, errors: [], messages: [], result: answer.result, ...(answer.resultInfo ? { result_info: answer.resultInfo } : {}) };
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      status = error.status;
      payload = { success: false, errors: error.errors, messages: [], result: null };
    }
    await this.#send(response, status, payload, fault);
  }

  /** The GitHub REST endpoints the tracking issue calls: list, create, update, comment. */
  #github(method: string, url: URL, authorization: string | undefined, body: string, response: ServerResponse): void {
    if (!this.#options.githubToken || authorization?.replace(/^(token|Bearer) /, '') !== this.#options.githubToken) {
      sendJson(response, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      return;
    }
    const match = /^\/repos\/([^/]+\/[^/]+)\/issues(?:\/(\d+)(\/comments)?)?$/.exec(url.pathname.slice(GITHUB_PATH.length));
    if (!match) {
      sendJson(response, 404, { message: 'Not Found' });
      return;
    }
    const [, repository = '', number, comments] = match;
    const view = (issue: StoredIssue): unknown => ({
      ...issue,
      comments: issue.comments.length,
      html_url: `https://github.com/${repository}/issues/${issue.number}`,
    });
    const input = parseJson(body) ?? {};
    // Issues can be public and are never masked: anything the action sends there is checked for secrets.
    for (const field of ['title', 'body'] as const)
      if (typeof input[field] === 'string') checkSent(input[field], `a tracking issue ${field} (${method} ${url.pathname})`);
    if (number === undefined && method === 'GET') {
      const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
      const state = url.searchParams.get('state') ?? 'open';
      const found = this.issues.filter(
        i => i.repository === repository && (state === 'all' || i.state === state) && labels.every(l => i.labels.some(x => x.name === l)),
      );
      sendJson(response, 200, found.map(view));
      return;
    }
    if (number === undefined && method === 'POST') {
      const issue: StoredIssue = {
        number: this.issues.length + 1,
        title: String(input.title ?? ''),
        body: String(input.body ?? ''),
        state: 'open',
        state_reason: null,
        labels: (Array.isArray(input.labels) ? input.labels : []).map(name => ({ name: String(name) })),
        comments: [],
        repository,
      };
      this.issues.push(issue);
      sendJson(response, 201, view(issue));
      return;
    }
    const issue = this.issues.find(i => i.repository === repository && i.number === Number(number));
    if (!issue) {
      sendJson(response, 404, { message: 'Not Found' });
      return;
    }
    if (comments && method === 'POST') {
      issue.comments.push(String(input.body ?? ''));
      sendJson(response, 201, { id: issue.comments.length, body: input.body });
      return;
    }
    if (!comments && method === 'PATCH') {
      if (typeof input.title === 'string') issue.title = input.title;
      if (typeof input.body === 'string') issue.body = input.body;
      if (input.state === 'open' || input.state === 'closed') issue.state = input.state;
      if (typeof input.state_reason === 'string') issue.state_reason = input.state_reason;
      sendJson(response, 200, view(issue));
      return;
    }
    sendJson(response, 404, { message: 'Not Found' });
  }

  /** Faults that answer instead of the API; true when the request is done with. */
  async #applyFaultBefore(fault: Fault, response: ServerResponse): Promise<boolean> {
    switch (fault.type) {
      case 'status': {
        const code = fault.code ?? (fault.status === 429 ? 971 : 1000 + fault.status);
        const message = fault.message ?? (fault.status === 429 ? 'Please wait and consider throttling your request speed' : 'Internal server error');
        if (fault.retryAfter !== undefined) response.setHeader('retry-after', fault.retryAfter);
        sendJson(response, fault.status, { success: false, errors: fault.noDetails ? [] : [{ code, message }], messages: [], result: null });
        return true;
      }
      case 'html':
        response.writeHead(fault.status, { 'content-type': 'text/html; charset=UTF-8' });
        response.end(
          `<!DOCTYPE html><html><head><title>${fault.title ?? `api.cloudflare.com | ${fault.status}: Bad gateway`}</title></head><body><h1>Error ${fault.status}</h1><p>Bad gateway</p></body></html>`,
        );
        return true;
      case 'reset':
        response.socket?.destroy();
        return true;
      case 'non-json':
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<html><body>OK</body></html>');
        return true;
      case 'no-certificate':
        sendJson(response, 200, { success: true, errors: [], messages: [], result: {} });
        return true;
      case 'delay-before':
        await new Promise(resolve => setTimeout(resolve, fault.ms));
        return false;
      default:
        return false;
    }
  }

  /** Sends the API's answer, applying faults that act after the request was processed. */
  async #send(response: ServerResponse, status: number, payload: unknown, fault: Fault | undefined): Promise<void> {
    switch (fault?.type) {
      case 'delay':
        await new Promise(resolve => setTimeout(resolve, fault.ms));
        if (response.socket?.destroyed) return;
        break;
      case 'reset-after-processing':
        response.socket?.destroy();
        return;
      case 'truncated-json': {
        const text = JSON.stringify(payload);
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(text.slice(0, Math.floor(text.length / 2)));
        return;
      }
      default:
        break;
    }
    sendJson(response, status, payload);
  }

  async #route(
    method: string,
    url: URL,
    headers: IncomingMessage['headers'],
    body: string,
  ): Promise<{ status: number; result: unknown; resultInfo?: unknown }> {
    const path = url.pathname.startsWith(`${API_PATH}/`) ? url.pathname.slice(API_PATH.length) : '';
    if (/^\/zones\/?$/.test(path)) return this.#zones(method, url, headers, body, path);
    const associations = /^\/zones\/([^/]+)\/certificate_authorities\/hostname_associations\/?$/.exec(path);
    if (associations) return this.#hostnameAssociations(method, url, headers, body, path, associations[1] ?? '');
    const rulesets = /^\/zones\/([^/]+)\/rulesets(\/.*)?$/.exec(path);
    if (rulesets) {
      const [, zoneId = '', rest = ''] = rulesets;
      return this.rulesets.handle(method, rest, body, zoneId, this.#admitWaf(method, url, headers, body, path, zoneId));
    }
    const match = /^\/zones\/([^/]+)\/client_certificates(?:\/([^/]+))?\/?$/.exec(path);
    if (!match) throw new HttpError(404, [{ code: 7003, message: 'No route for the URI' }]);
    const [, zoneId = '', certificateId] = match;
    const allowed = certificateId === undefined ? ['GET', 'POST'] : ['GET', 'DELETE', 'PATCH'];
    if (!allowed.includes(method)) throw new HttpError(405, [{ code: 10405, message: `Method ${method} not allowed` }]);
    const permission = this.#admit(method, url, headers, body, path, zoneId, certificateId);
    const zone = this.#certificates.get(zoneId);
    if (!zone) throw new HttpError(403, [{ code: 10000, message: 'Authentication error' }]);
    if (method !== 'GET' && permission !== 'write') throw new HttpError(403, [{ code: 10000, message: 'Authentication error' }]);

    if (certificateId === undefined) {
      return method === 'POST' ? { status: 200, result: await this.#create(zoneId, zone, body) } : this.#list(zone, url.searchParams);
    }
    const certificate = zone.find(c => c.id === certificateId);
    if (!certificate) throw this.#unknownCertificate(certificateId);
    if (method === 'GET') this.#read(certificate);
    if (method === 'DELETE') {
      if (certificate.status === 'active' || certificate.status === 'pending_reactivation') this.#transition(certificate, 'pending_revocation');
      else if (this.profile === 'live') {
        // The live API refuses a second revoke (code and message as recorded from it; the HTTP status is not).
        throw new HttpError(400, [{ code: 1407, message: 'The client certificate is already deleted' }]);
      }
    } else if (method === 'PATCH') {
      // The body is optional ({"reactivate": boolean}); the path alone asks for reactivation. What the real
      // API does with {"reactivate": false} is not documented: refused here rather than guessed.
      const request = body === '' ? {} : parseJson(body);
      if (request === undefined || request.reactivate === false) {
        throw new HttpError(400, [{ code: 1400, message: 'reactivate, when given, must be true (code chosen by the API double)' }]);
      }
      if (certificate.status === 'revoked' || certificate.status === 'pending_revocation') this.#transition(certificate, 'pending_reactivation');
    }
    return { status: 200, result: publicView(certificate) };
  }

  /**
   * An unknown certificate id. The live API answers code 1415 "Invalid Certificate ID in request" (its HTTP
   * status is not recorded: 400 here), and HTTP 404 for an id of another zone of the account. The schema
   * profile answers 404 with a code of the double's own.
   */
  #unknownCertificate(certificateId: string): HttpError {
    if (this.profile === 'schema') return new HttpError(404, [{ code: 1404, message: 'Client certificate not found (code chosen by the API double)' }]);
    const elsewhere = [...this.#certificates.values()].some(zone => zone.some(c => c.id === certificateId));
    if (elsewhere) return new HttpError(404, [{ code: 1404, message: 'Not found (code chosen by the API double)' }]);
    return new HttpError(400, [{ code: 1415, message: 'Invalid Certificate ID in request' }]);
  }

  /**
   * What every request passes before it is handled: authentication first (as the real API does, so a
   * broken request tells an unknown caller nothing), then the schema, then the identifiers' shape.
   */
  #admit(method: string, url: URL, headers: IncomingMessage['headers'], body: string, path: string, zoneId: string, certificateId?: string): 'read' | 'write' {
    const permission = this.#authenticate(headers, zoneId);
    const violation = this.#schema.violation(method, path, url.searchParams, header(headers['content-type']), body);
    if (violation !== undefined) {
      throw new HttpError(400, [
        {
          code: 1400,
          message: `Request does not follow the API schema: ${violation} (code chosen by the API double)`,
          documentation_url: 'https://developers.cloudflare.com/api/resources/client_certificates/',
        },
      ]);
    }
    if (!HEX32.test(zoneId) || (certificateId !== undefined && !HEX32.test(certificateId) && !UUID.test(certificateId))) {
      throw new HttpError(400, [{ code: 7003, message: `Could not route to ${path}, perhaps your object identifier is invalid?` }]);
    }
    return permission;
  }

  /**
   * GET and PUT /zones/{zone_id}/certificate_authorities/hostname_associations: "SSL and Certificates"
   * Read to list, Edit to replace. A PUT replaces the whole list. Where Cloudflare's answer is not
   * documented (a hostname outside the zone, an unknown mtls_certificate_id, a malformed name, a
   * missing list), the double refuses with a 1xxx code of its own rather than guess a kinder answer.
   */
  #hostnameAssociations(
    method: string,
    url: URL,
    headers: IncomingMessage['headers'],
    body: string,
    path: string,
    zoneId: string,
  ): { status: number; result: unknown; resultInfo?: unknown } {
    if (method !== 'GET' && method !== 'PUT') throw new HttpError(405, [{ code: 10405, message: `Method ${method} not allowed` }]);
    const permission = this.#admit(method, url, headers, body, path, zoneId);
    if (!this.#certificates.has(zoneId)) throw new HttpError(403, [{ code: 10000, message: 'Authentication error' }]);
    if (method === 'PUT' && permission !== 'write') throw new HttpError(403, [{ code: 10000, message: 'Authentication error' }]);
    const request = method === 'PUT' ? parseJson(body) : undefined;
    const mtlsCertificateId =
      method === 'GET' ? (url.searchParams.get('mtls_certificate_id') ?? undefined) : (request?.mtls_certificate_id as string | undefined);
    if (mtlsCertificateId !== undefined && !(this.#options.mtlsCertificates ?? []).includes(mtlsCertificateId)) {
      throw new HttpError(404, [{ code: 1404, message: 'mTLS certificate not found (code chosen by the API double)' }]);
    }
    const key = hostnameKey(zoneId, mtlsCertificateId);
    if (method === 'PUT') {
      const hostnames = request?.hostnames;
      if (!Array.isArray(hostnames)) throw new HttpError(400, [{ code: 1400, message: 'hostnames is required (code chosen by the API double)' }]);
      const zoneName = this.#options.zoneNames?.[zoneId] ?? 'example.com';
      for (const name of hostnames as string[]) {
        if (!HOSTNAME.test(name)) throw new HttpError(400, [{ code: 1400, message: `Invalid hostname: ${name} (code chosen by the API double)` }]);
        if (name !== zoneName && !name.endsWith(`.${zoneName}`)) {
          throw new HttpError(400, [{ code: 1400, message: `Hostname ${name} is not part of zone ${zoneName} (code chosen by the API double)` }]);
        }
      }
      if (new Set(hostnames).size !== hostnames.length) {
        throw new HttpError(400, [{ code: 1400, message: 'hostnames must not repeat a hostname (code chosen by the API double)' }]);
      }
      // Until the write shows, reads keep answering what they answered before it.
      const stale = this.#staleHostnames.get(key);
      const before = stale && stale.reads > 0 ? stale.list : [...(this.#hostnames.get(key) ?? [])];
      if (this.hostnameReadLag > 0) this.#staleHostnames.set(key, { list: before, reads: this.hostnameReadLag });
      this.#hostnames.set(key, [...(hostnames as string[])]);
    }
    let shown = [...(this.#hostnames.get(key) ?? [])];
    const stale = this.#staleHostnames.get(key);
    if (method === 'GET' && stale) {
      if (stale.reads > 0) {
        stale.reads -= 1;
        shown = [...stale.list];
      } else this.#staleHostnames.delete(key);
    }
    const total = shown.length;
    if (method === 'GET' && this.hostnamePageSize !== undefined) shown = shown.slice(0, this.hostnamePageSize);
    const result = shown.length > 0 || this.emptyHostnameList === 'array' ? { hostnames: shown } : this.emptyHostnameList === 'null' ? { hostnames: null } : {};
    const writer = this.otherWriters.findIndex(w => w.after === method && w.mtlsCertificateId === mtlsCertificateId);
    if (writer !== -1) {
      const [other] = this.otherWriters.splice(writer, 1);
      this.#hostnames.set(key, other?.change(this.#hostnames.get(key) ?? []) ?? []);
    }
    return {
      status: 200,
      result,
      ...(total > shown.length ? { resultInfo: { page: 1, per_page: shown.length, count: shown.length, total_count: total } } : {}),
    };
  }

  /**
   * What a rulesets request passes first, as every other (authentication, the schema, the ids' shape), and
   * then the zone: returns the credential's WAF permission on it ("Zone WAF: Read/Edit"), if any.
   */
  #admitWaf(method: string, url: URL, headers: IncomingMessage['headers'], body: string, path: string, zoneId: string): WafPermission | undefined {
    this.#admit(method, url, headers, body, path, zoneId);
    if (!this.#certificates.has(zoneId)) throw new HttpError(403, [{ code: 10000, message: 'Authentication error' }]);
    const token = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
    // A Global API Key acts as its user, with every permission.
    if (token === undefined) return 'edit';
    return (this.#options.tokens ?? []).find(t => t.token === token)?.waf;
  }

  /** The next fault queued for the zone a path is under, if any. */
  #zoneFault(pathname: string): Fault | undefined {
    const zoneId = /^\/client\/v4\/zones\/([^/]+)\//.exec(pathname)?.[1];
    return zoneId === undefined ? undefined : this.zoneFaults.get(zoneId)?.shift();
  }

  /**
   * GET /zones ("Zone: Read"): the zones the credential may read, of account.id when given, with status
   * when given, paged as the certificate listings are. A token lists its zoneRead scope (or its zones); a
   * zone outside it is simply not listed, as the live API shows a token only what it may read (an
   * assumption: a stricter answer than a 403 would be, as the client must then notice an empty listing).
   */
  #zones(method: string, url: URL, headers: IncomingMessage['headers'], body: string, path: string): { status: number; result: unknown; resultInfo?: unknown } {
    if (method !== 'GET') throw new HttpError(405, [{ code: 10405, message: `Method ${method} not allowed` }]);
    const grant = this.#authenticate(headers, undefined);
    const violation = this.#schema.violation(method, path, url.searchParams, header(headers['content-type']), body);
    if (violation !== undefined) {
      throw new HttpError(400, [{ code: 1400, message: `Request does not follow the API schema: ${violation} (code chosen by the API double)` }]);
    }
    const scope = grant === 'global-key' ? undefined : (grant.zoneRead ?? grant.zones);
    const matching = selectZones(this.#zoneList(), id => scope === undefined || scope.includes(id), url.searchParams);
    const page = Number(url.searchParams.get('page') ?? '1');
    const perPage = Number(url.searchParams.get('per_page') ?? '20');
    const slice = matching.slice((page - 1) * perPage, page * perPage).map(zoneView);
    const info = { page, per_page: perPage, count: slice.length, total_count: matching.length };
    if (this.resultInfoMode === 'none') return { status: 200, result: slice };
    if (this.resultInfoMode === 'with-total-pages')
      return { status: 200, result: slice, resultInfo: { ...info, total_pages: Math.ceil(matching.length / perPage) } };
    return { status: 200, result: slice, resultInfo: info };
  }

  /** Every zone of the double with its account, name and status. */
  #zoneList(): DoubleZone[] {
    const accountOf = new Map<string, DoubleAccount>();
    for (const account of this.#options.accounts ?? []) for (const zone of account.zones) accountOf.set(zone, account);
    return [...this.#certificates.keys()].map(id => {
      const account = accountOf.get(id);
      const accountId = account?.id ?? ACCOUNT_ID;
      return {
        id,
        name: this.#options.zoneNames?.[id] ?? 'example.com',
        status: this.#options.zoneStatuses?.[id] ?? 'active',
        account: { id: accountId, name: account?.name ?? `Account ${accountId.slice(0, 8)}` },
      };
    });
  }

  /** Returns the token's permission for the zone, or throws the error Cloudflare gives. */
  #authenticate(headers: IncomingMessage['headers'], zoneId: string): 'read' | 'write';
  /** Without a zone: the token's grant, or 'global-key' for the Global API Key. */
  #authenticate(headers: IncomingMessage['headers'], zoneId: undefined): TokenGrant | 'global-key';
  #authenticate(headers: IncomingMessage['headers'], zoneId: string | undefined): 'read' | 'write' | TokenGrant | 'global-key' {
    const authorization = headers.authorization;
    const email = headers['x-auth-email'];
    const key = headers['x-auth-key'];
    const invalidHeaders = (code: number, message: string): HttpError =>
      new HttpError(400, [{ code: 6003, message: 'Invalid request headers', error_chain: [{ code, message }] }]);
    if (authorization !== undefined && (email !== undefined || key !== undefined)) {
      throw invalidHeaders(6100, 'Send either an Authorization header or X-Auth-Email and X-Auth-Key, not both');
    }
    if (authorization !== undefined) {
      const token = /^Bearer (.+)$/.exec(authorization)?.[1];
      if (token === undefined || !TOKEN_FORMAT.test(token)) throw invalidHeaders(6111, 'Invalid format for Authorization header');
      const grant = (this.#options.tokens ?? []).find(t => t.token === token);
      if (!grant || (zoneId !== undefined && grant.zones !== undefined && !grant.zones.includes(zoneId))) {
        throw new HttpError(403, [{ code: 10000, message: 'Authentication error' }]);
      }
      return zoneId === undefined ? grant : grant.permission;
    }
    if (email === undefined && key === undefined) {
      throw new HttpError(400, [{ code: 9106, message: 'Missing X-Auth-Key, X-Auth-Email or Authorization headers' }]);
    }
    if (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(email)) throw invalidHeaders(6102, 'Invalid format for X-Auth-Email header');
    if (typeof key !== 'string' || !GLOBAL_KEY_FORMAT.test(key)) throw invalidHeaders(6103, 'Invalid format for X-Auth-Key header');
    if (!(this.#options.globalKeys ?? []).some(k => k.email === email && k.key === key)) {
      throw new HttpError(403, [{ code: 9103, message: 'Unknown X-Auth-Key or X-Auth-Email' }]);
    }
    return zoneId === undefined ? 'global-key' : 'write';
  }

  async #create(zoneId: string, zone: StoredCertificate[], body: string): Promise<unknown> {
    const request = parseJson(body);
    if (request === undefined) throw new HttpError(400, [{ code: 1400, message: 'Request body is not valid JSON (code chosen by the API double)' }]);
    const { csr, validity_days: validityDays } = request;
    if (typeof csr !== 'string' || csr === '') throw new HttpError(400, [{ code: 1400, message: 'csr is required (code chosen by the API double)' }]);
    if (typeof validityDays !== 'number' || !Number.isInteger(validityDays) || validityDays < 1) {
      throw new HttpError(400, [{ code: 1400, message: 'validity_days must be a positive integer (code chosen by the API double)' }]);
    }
    // Newline-encoded PEM only: the literal "\n" escapes users paste are the client's to undo.
    if (!/^-----BEGIN CERTIFICATE REQUEST-----\n[A-Za-z0-9+/=\n]+\n-----END CERTIFICATE REQUEST-----\n?$/.test(csr)) {
      throw new HttpError(400, [{ code: 1401, message: 'Invalid CSR: not a newline-encoded PEM certificate request (code chosen by the API double)' }]);
    }
    try {
      await checkCsr(csr);
    } catch (error) {
      throw new HttpError(400, [{ code: 1401, message: `Invalid CSR: ${(error as Error).message} (code chosen by the API double)` }]);
    }
    const quota = this.#options.quota ?? 100;
    if (zone.filter(c => c.status !== 'revoked').length >= quota) {
      throw new HttpError(400, [
        { code: 1402, message: `Quota of ${quota} client certificates for this zone reached; revoke unused ones (code chosen by the API double)` },
      ]);
    }
    const issued = await this.#issue(zoneId, csr, validityDays, this.#now());
    if (this.listingLag > 0) issued.hiddenListings = this.listingLag;
    Object.assign(issued, this.tamperNextIssued);
    this.tamperNextIssued = undefined;
    return publicView(issued);
  }

  async #issue(zoneId: string, csr: string, validityDays: number, issuedOn: Date): Promise<StoredCertificate> {
    const notBefore = new Date(Math.floor(issuedOn.getTime() / 1000) * 1000);
    const issued = await signCertificate(this.#ca, csr, notBefore, validityDays);
    const x509 = new X509Certificate(issued.pem);
    const stored: StoredCertificate = {
      id: this.profile === 'live' ? randomUUID() : randomBytes(16).toString('hex'),
      certificate: issued.pem.trim(),
      certificate_authority: { id: this.#caId, name: this.#ca.name },
      // The real API returns stored CSRs with \r\n line ends (Terraform's provider documents it).
      csr: csr.replace(/\r?\n/g, '\r\n'),
      common_name: issued.subject.CN ?? '',
      country: issued.subject.C ?? '',
      state: issued.subject.ST ?? '',
      location: issued.subject.L ?? '',
      organization: issued.subject.O ?? '',
      organizational_unit: issued.subject.OU ?? '',
      issued_on: isoSeconds(notBefore),
      expires_on: isoSeconds(new Date(x509.validTo)),
      fingerprint_sha256: createHash('sha256').update(x509.raw).digest('hex'),
      serial_number: formatSerial(issued.serialNumber, this.#options.serialFormat ?? (this.profile === 'live' ? 'decimal' : 'lower-hex')),
      signature: 'SHA256WithRSA',
      ski: issued.ski,
      status: 'active',
      validity_days: validityDays,
    };
    const zone = this.#certificates.get(zoneId);
    if (!zone) throw new Error(`unknown zone ${zoneId}`);
    zone.push(stored);
    return stored;
  }

  #list(zone: StoredCertificate[], query: URLSearchParams): { status: number; result: unknown; resultInfo?: unknown } {
    // Without a status, the live API lists active certificates only; the schema sets no default.
    const status = query.get('status') ?? (this.profile === 'live' ? 'active' : 'all');
    if (status !== 'all' && !(STATUSES as readonly string[]).includes(status)) {
      throw new HttpError(400, [{ code: 1400, message: `status must be one of all, ${STATUSES.join(', ')} (code chosen by the API double)` }]);
    }
    const page = Number(query.get('page') ?? '1');
    const perPage = Number(query.get('per_page') ?? '20');
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(perPage) || perPage < 5 || perPage > 50) {
      throw new HttpError(400, [{ code: 1400, message: 'page must be 1 or more and per_page between 5 and 50 (code chosen by the API double)' }]);
    }
    // A certificate just created shows only after listingLag listings (each page counts).
    const listed = zone.filter(c => {
      if (!c.hiddenListings) return true;
      c.hiddenListings -= 1;
      return false;
    });
    const matching = listed.map(c => this.#read(c)).filter(c => status === 'all' || c.status === status);
    const slice = matching.slice((page - 1) * perPage, page * perPage);
    const info = { page, per_page: perPage, count: slice.length, total_count: matching.length };
    switch (this.resultInfoMode) {
      case 'none':
        return { status: 200, result: slice.map(publicView) };
      case 'with-total-pages':
        return { status: 200, result: slice.map(publicView), resultInfo: { ...info, total_pages: Math.ceil(matching.length / perPage) } };
      default:
        return { status: 200, result: slice.map(publicView), resultInfo: info };
    }
  }

  #transition(certificate: StoredCertificate, status: 'pending_revocation' | 'pending_reactivation'): void {
    certificate.status = status;
    certificate.pendingReads = this.pendingReads;
  }

  /**
   * A read of the certificate (details, or a listing that holds it): a pending status settles once
   * pendingReads reads have shown it, as Cloudflare's asynchronous transitions do after a while.
   */
  #read(certificate: StoredCertificate): StoredCertificate {
    if (certificate.status !== 'pending_revocation' && certificate.status !== 'pending_reactivation') return certificate;
    if ((certificate.pendingReads ?? 0) > 0) {
      certificate.pendingReads = (certificate.pendingReads ?? 0) - 1;
      return certificate;
    }
    certificate.status = certificate.status === 'pending_revocation' ? 'revoked' : 'active';
    delete certificate.pendingReads;
    return certificate;
  }
}

/** A hostname as the double accepts it: lowercase labels of letters, digits and inner hyphens. */
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

function hostnameKey(zoneId: string, mtlsCertificateId: string | undefined): string {
  return `${zoneId}|${mtlsCertificateId ?? ''}`;
}

/** A stored certificate as the API shows it. */
export type PublicCertificate = Omit<StoredCertificate, 'pendingReads' | 'hiddenListings'>;

/** A stored certificate without the double's own bookkeeping: the API object. */
export function publicView(certificate: StoredCertificate): PublicCertificate {
  const { pendingReads: _pendingReads, hiddenListings: _hiddenListings, ...view } = certificate;
  return view;
}

/** A serial number (40 hexadecimal digits as issued) the way the profile writes it. */
function formatSerial(hex: string, format: SerialFormat): string {
  if (format === 'decimal') return BigInt(`0x${hex}`).toString(10);
  return format === 'upper-hex' ? hex.toUpperCase() : hex.toLowerCase();
}

/** Who the rate limiter counts a request against: its credential (never logged or stored elsewhere). */
function callerOf(headers: IncomingMessage['headers']): string {
  return header(headers.authorization) ?? `${header(headers['x-auth-email']) ?? ''}|${header(headers['x-auth-key']) ?? ''}`;
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function sendJson(response: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
