// What to check after Cloudflare refused a call: the permission a hint names must be the one the call
// needs (Read for get and list and for reading the hostname list, Edit for the rest), for every command,
// both credential kinds and every status that means "not allowed" or "not accepted".
import { describe, expect, it } from 'vitest';
import { CloudflareApiError } from '../../src/cloudflare/errors.ts';
import { COMMANDS, type Command, type Credentials } from '../../src/config/types.ts';
import { type HintContext, type HintSubject, hintFor, permissionFor } from '../../src/hints.ts';
import { newGlobalKey, newId, newToken } from '../support/fixtures.ts';

const zoneId = newId();
const token: Credentials = { kind: 'api-token', token: newToken() };
const globalKey: Credentials = { kind: 'global-api-key', email: 'ops@example.com', key: newGlobalKey() };

/** The permission each command needs on each subject: what the README's Token permissions table says. */
const NEEDED: Readonly<Record<HintSubject, Readonly<Record<Command, 'Read' | 'Edit'>>>> = {
  certificates: { create: 'Edit', get: 'Read', list: 'Read', revoke: 'Edit', reactivate: 'Edit' },
  'hostnames-read': { create: 'Read', get: 'Read', list: 'Read', revoke: 'Read', reactivate: 'Read' },
  'hostnames-write': { create: 'Edit', get: 'Edit', list: 'Edit', revoke: 'Edit', reactivate: 'Edit' },
  'waf-read': { create: 'Read', get: 'Read', list: 'Read', revoke: 'Read', reactivate: 'Read' },
  'waf-write': { create: 'Edit', get: 'Edit', list: 'Edit', revoke: 'Edit', reactivate: 'Edit' },
};
/** The permission group each subject's calls need, as the dashboard names it. */
const GROUP: Readonly<Record<HintSubject, string>> = {
  certificates: 'SSL and Certificates',
  'hostnames-read': 'SSL and Certificates',
  'hostnames-write': 'SSL and Certificates',
  'waf-read': 'Zone WAF',
  'waf-write': 'Zone WAF',
};
const SUBJECTS = Object.keys(NEEDED) as HintSubject[];
const ERRORS = [
  ['code 10000', [{ code: 10000, message: 'Authentication error' }]],
  ['no error details', []],
] as const;

const rows = SUBJECTS.flatMap(about =>
  COMMANDS.flatMap(command => ERRORS.map(([errors, list]) => [about, command, errors, list, NEEDED[about][command]] as const)),
);

const context = (command: Command, about: HintSubject, credentials: Credentials = token): HintContext => ({ command, zoneId, credentials, about });

describe('permissionFor', () => {
  it.each(SUBJECTS.flatMap(about => COMMANDS.map(command => [about, command, NEEDED[about][command]] as const)))('%s, %s: %s', (about, command, level) => {
    expect(permissionFor(command, about)).toBe(`${GROUP[about]}: ${level}`);
  });
});

describe('hintFor: HTTP 403 names the permission the call needs', () => {
  it.each(rows)('%s, %s, %s: "%s"', (about, command, _errors, list, level) => {
    for (const credentials of [token, globalKey]) {
      const hint = hintFor(new CloudflareApiError(list, { status: 403 }), context(command, about, credentials));
      const who = credentials.kind === 'api-token' ? 'the token' : "the Global API Key's user";
      expect(hint).toBe(
        `check that ${who} has "${GROUP[about]}: ${level}" on zone ${zoneId} (for a token: its Zone Resources must include this zone). ` +
          `If ${zoneId} is your account ID (also 32 hexadecimal characters), use the Zone ID from the zone's Overview page instead`,
      );
    }
  });
});

describe('hintFor: HTTP 401 is the credential, never a permission', () => {
  it.each(rows)('%s, %s, %s', (about, command, _errors, list) => {
    const tokenHint = hintFor(new CloudflareApiError(list, { status: 401 }), context(command, about));
    const keyHint = hintFor(new CloudflareApiError(list, { status: 401 }), context(command, about, globalKey));
    if (list.length === 0) {
      // The error's own text says what an empty 401 means; nothing to add.
      expect(new CloudflareApiError(list, { status: 401 }).message).toMatch(/HTTP 401 means the credentials were not accepted/);
      expect(tokenHint).toBeUndefined();
      expect(keyHint).toBeUndefined();
    } else {
      expect(tokenHint).toBe('HTTP 401 means the token was not accepted: check that api-token holds a current, unrevoked API token, copied whole');
      expect(keyHint).toBe('HTTP 401 means the key was not accepted: check that api-key holds the current Global API Key of the account api-email names');
    }
  });
});

describe('hintFor: "no route" (7003, 7000)', () => {
  const noRoute = new CloudflareApiError([{ code: 7003, message: 'No route for the URI' }], { status: 404 });

  it.each([
    ['the default api-url', undefined],
    ["Cloudflare's own", 'https://api.cloudflare.com/client/v4'],
    ['a proxy with a prefix', 'https://proxy.example.com/cloudflare/client/v4'],
    ['a local double', 'http://127.0.0.1:8080/client/v4'],
  ])('with %s: check zone-id', (_name, apiUrl) => {
    expect(hintFor(noRoute, { ...context('get', 'certificates'), apiUrl })).toBe(
      `check zone-id: ${zoneId} is not a zone Cloudflare knows for these credentials`,
    );
  });

  it.each([
    ['no path', 'https://cf.example.com', '/'],
    ['another version', 'https://cf.example.com/client/v5', '/client/v5'],
    ['a prefix only', 'http://127.0.0.1:8080/proxy', '/proxy'],
  ])('with %s: check api-url first, then zone-id for a proxy that adds the path', (_name, apiUrl, path) => {
    expect(
      hintFor(new CloudflareApiError([{ code: 7000, message: 'No route for that URI' }], { status: 400 }), { ...context('list', 'certificates'), apiUrl }),
    ).toBe(
      `check api-url: its path ("${path}") does not end in /client/v4, where Cloudflare's API is (leave api-url out to use Cloudflare's own). ` +
        `If it is a proxy that adds that path, check zone-id: ${zoneId} is not a zone Cloudflare knows for these credentials`,
    );
  });
});

describe("hintFor: a WAF rule refused at the plan's limit of custom rules", () => {
  const limit = 'Free 5, Pro 20, Business 100, Enterprise 1000';
  it.each([
    ['a message about a limit', [{ code: 20200, message: 'exceeded maximum number of rules in the phase' }], undefined, ''],
    ['an unknown message in a zone with as many rules as the Free plan allows', [{ code: 20201, message: 'rule refused' }], 5, '; the zone has 5'],
  ])("%s: says so, with every plan's limit", (_name, errors, customRules, held) => {
    const hint = hintFor(new CloudflareApiError(errors, { status: 400 }), { ...context('create', 'waf-write'), customRules });
    expect(hint).toBe(
      `the zone may have reached its plan's limit of WAF custom rules (${limit}${held}): remove a custom rule it no longer needs ` +
        '(dashboard: Security > WAF > Custom rules) or move the zone to a plan that allows more, then run the step again',
    );
  });

  it.each([
    ['another refusal in a zone with few rules', [{ code: 20201, message: 'rule refused' }], 400, 2, 'waf-write'],
    ['a rate limit', [{ code: 971, message: 'Please wait and consider throttling your request speed; limit reached' }], 429, 5, 'waf-write'],
    ['a read', [{ code: 20200, message: 'exceeded maximum number of rules' }], 400, 5, 'waf-read'],
  ] as const satisfies readonly (readonly [string, readonly { code: number; message: string }[], number, number, HintSubject])[])(
    'not for %s',
    (_name, errors, status, customRules, about) => {
      expect(hintFor(new CloudflareApiError(errors, { status }), { ...context('create', about), customRules })).toBeUndefined();
    },
  );
});
