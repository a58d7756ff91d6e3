// The committed bundle stays lean: every job downloads dist/ and loads dist/index.js on start-up.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANY_EAGER_FORM, LAZY_BUILTINS, LAZY_HELPER, startUpTransform, summaryFileCalls } from '../../scripts/start-up-transform.ts';

const dist = (file: string): string => resolve(import.meta.dirname, '../../dist', file);
const read = (file: string): string => readFileSync(dist(file), 'utf8');
const source = (file: string): string => readFileSync(resolve(import.meta.dirname, '../../node_modules', file), 'utf8');

/**
 * Text that only the real package has; each checked to be in that package, so the check cannot pass
 * vacuously. Strings and regular expressions, which minification keeps as they are (names it does not).
 */
const MARKERS: [string, string, string][] = [
  ['undici', 'undici.globalDispatcher', 'undici/lib/global.js'],
  ['undici', '/^\\*?\\./', 'undici/lib/dispatcher/env-http-proxy-agent.js'],
  ['@actions/http-client', 'Client has already been disposed.', '@actions/http-client/lib/index.js'],
  ['@actions/exec', "toolPath' cannot be null or empty", '@actions/exec/lib/toolrunner.js'],
];

describe('dist/', () => {
  it('index.js is at most 200 KiB', () => {
    expect(statSync(dist('index.js')).size).toBeLessThanOrEqual(200 * 1024);
  });

  it.each(MARKERS)('neither index.js nor the post step carries %s (%s)', (_name, marker, file) => {
    expect(source(file)).toContain(marker);
    expect(read('index.js')).not.toContain(marker);
    expect(read('post/index.js')).not.toContain(marker);
  });

  it.each([
    ['the PKCS#12 schemas (@peculiar/asn1-pfx)', 'AuthenticatedSafe', '@peculiar/asn1-pfx/build/cjs/authenticated_safe.js'],
    ['the X.509 library (@peculiar/x509)', 'Pkcs10CertificateRequestGenerator', '@peculiar/x509/build/x509.cjs.js'],
  ])('loads %s only on the path that needs it, never on start-up', (_name, marker, file) => {
    expect(source(file)).toContain(marker);
    expect(read('index.js')).not.toContain(marker);
    expect(read('post/index.js')).not.toContain(marker);
    const chunks = (readdirSync(dist('.')) as string[]).filter(name => /^\d+\.index\.js$/.test(name));
    expect(chunks.some(chunk => read(chunk).includes(marker))).toBe(true);
  });

  it('keeps undici in the proxy fallback bundle, loaded only on a Node 24 without http.setGlobalProxyFromEnv', () => {
    expect(read('proxy-fallback/index.js')).toContain('undici.globalDispatcher');
  });

  it('ships no source maps (the runner never reads them)', () => {
    const files = readdirSync(dist('.'), { recursive: true }) as string[];
    expect(files.filter(file => file.endsWith('.map'))).toEqual([]);
    expect(read('index.js')).not.toMatch(/sourceMappingURL=index\.js\.map/);
  });

  it('lists the licenses of the bundled packages, the ESM ones included', () => {
    const licenses = read('licenses.txt');
    for (const name of ['@actions/core', 'undici', '@octokit/core', '@peculiar/x509', '@peculiar/asn1-pfx']) expect(licenses).toContain(name);
  });
});

describe('the start-up transform (scripts/start-up-transform.ts)', () => {
  /** The forms ncc's CommonJS output has for @actions/core and the action's imports, as in dist/index.js. */
  const step = [
    '"use strict";',
    'const external_crypto_namespaceObject = require("crypto");',
    'module.exports = require("node:fs/promises");',
    'const os = require("os");',
    'const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;',
    'const more = require("node:crypto");',
  ].join('\n');

  const transform = (files: Record<string, string>, steps: string[]) => {
    const written: Record<string, string> = {};
    const problems = startUpTransform(files, steps, (file, code) => {
      written[file] = code;
    });
    return { problems, written };
  };

  it('requires the listed builtins on first use, and writes the summary with synchronous calls', () => {
    const { problems, written } = transform({ 'index.js': step }, ['index.js']);
    expect(problems).toEqual([]);
    const code = written['index.js'] ?? '';
    expect(code.startsWith(`"use strict";\n${LAZY_HELPER}`)).toBe(true);
    expect(code).toContain('const external_crypto_namespaceObject = __lazyBuiltin("crypto");');
    expect(code).toContain('module.exports = __lazyBuiltin("node:fs/promises");');
    expect(code).toContain('const more = __lazyBuiltin("node:crypto");');
    expect(code).toContain('const os = require("os");');
    expect(code).toContain(summaryFileCalls('external_fs_namespaceObject'));
    expect(code).not.toContain('.promises;');
    expect(ANY_EAGER_FORM.test(code)).toBe(false);
  });

  it('fails a step whose bundle no longer holds the forms it rewrites (ncc or @actions/core changed)', () => {
    const esm = step.replaceAll('require("', '__WEBPACK_EXTERNAL_createRequire(import.meta.url)("').replace(/const \{ access.*\n/, '');
    const { problems } = transform({ 'index.js': esm, 'post/index.js': step }, ['index.js', 'post/index.js', 'missing.js']);
    expect(problems).toEqual([
      'missing.js: not built',
      expect.stringContaining('index.js: no require("crypto") to defer'),
      expect.stringContaining("index.js: @actions/core's summary.js reads fs.promises 0 times here"),
      expect.stringContaining('index.js: still loads crypto at once'),
    ]);
  });

  it('names a listed builtin loaded at once in any other form, in any file', () => {
    for (const form of [
      "require('crypto')",
      'import * as c from "node:crypto"',
      'import("node:fs/promises")',
      'createRequire(import.meta.url)("fs/promises")',
    ]) {
      expect(transform({ '1.index.js': `x;\n${form};` }, []).problems).toEqual([
        expect.stringMatching(/^1\.index\.js: still loads (node:)?(crypto|fs\/promises) at once/),
      ]);
    }
  });

  it('leaves a file with nothing to rewrite as it is', () => {
    expect(transform({ '2.index.js': 'module.exports = require("node:http");' }, [])).toEqual({ problems: [], written: {} });
  });

  it('lists every name of each builtin it defers', () => {
    expect(LAZY_BUILTINS).toEqual(['crypto', 'node:crypto', 'fs/promises', 'node:fs/promises']);
  });
});

describe('a builtin required on first use (the helper the transform adds)', () => {
  const lazyWith = (load: (id: string) => unknown): ((id: string) => Record<string, unknown>) =>
    new Function('require', `${LAZY_HELPER}\nreturn __lazyBuiltin;`)(load) as (id: string) => Record<string, unknown>;

  it("is not loaded by webpack's interop check, and is loaded once, on the first use", () => {
    const loads: string[] = [];
    const lazy = lazyWith(id => {
      loads.push(id);
      return { randomUUID: () => 'a uuid', constants: { R_OK: 4 } };
    })('crypto');
    // __nccwpck_require__.n(module): module && module.__esModule ? () => module.default : () => module
    expect(lazy.__esModule).toBeUndefined();
    expect(loads).toEqual([]);
    expect((lazy.randomUUID as () => string)()).toBe('a uuid');
    expect('constants' in lazy).toBe(true);
    expect(Object.keys(lazy)).toEqual(['randomUUID', 'constants']);
    expect(loads).toEqual(['crypto']);
  });

  it('stands for the real node:crypto: functions, classes, keys and descriptors', () => {
    const crypto = lazyWith(createRequire(import.meta.url))('node:crypto') as unknown as typeof import('node:crypto');
    expect(crypto.createHash('sha256').update('x').digest('hex')).toBe('2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881');
    expect(Object.keys(crypto)).toContain('X509Certificate');
    expect(Object.getOwnPropertyDescriptor(crypto, 'randomUUID')?.value).toBe(crypto.randomUUID);
    expect(typeof crypto.randomUUID()).toBe('string');
  });
});

describe('dist/ after the start-up transform', () => {
  const stepFiles = ['index.js', 'post/index.js'];
  const javascript = (readdirSync(dist('.'), { recursive: true }) as string[]).filter(name => name.endsWith('.js') && !name.startsWith('proxy-fallback'));

  it.each(stepFiles)('%s is CommonJS, requires crypto on first use, and writes the job summary with synchronous calls', file => {
    const code = read(file);
    expect(JSON.parse(read(join(dirname(file), 'package.json')))).toEqual({ type: 'commonjs' });
    // Minified (scripts/minify.ts): the helper's name is shortened, the strings and property names stay.
    const helper = /^function ([\w$]+)\(([\w$]+)\)\{let ([\w$]+);const [\w$]+=\(\)=>\3\?\?=require\(\2\);return new Proxy\(/.exec(code)?.[1];
    expect(helper).toBeDefined();
    expect(code).toContain(`${helper}("crypto")`);
    expect(code).toMatch(/async\(\.\.\.([\w$]+)\)=>[\w$]+\.accessSync\(\.\.\.\1\)/);
    expect(code).toMatch(/async\(\.\.\.([\w$]+)\)=>[\w$]+\.appendFileSync\(\.\.\.\1\)/);
    expect(code).not.toMatch(/\{access:[\w$]+,appendFile:[\w$]+,writeFile:[\w$]+\}=[\w$]+\.promises/);
  });

  it('compares the name of no bundled class with a string (minification renames classes; scripts/minify.ts)', () => {
    const found = javascript.flatMap(file => [...read(file).matchAll(/constructor\.name===?"(\w+)"/g)].map(match => match[1]));
    // Both known and harmless: json-with-bigint's "RawJSON" is about Node's own JSON.rawJSON objects, not a
    // bundled class; @peculiar/asn1-schema's "Sequence" is in AsnParser.processRepeatedField, which nothing
    // calls. A new one (a dependency's upgrade) fails here, to be checked before it ships.
    expect(found.sort()).toEqual(['RawJSON', 'Sequence']);
  });

  it('has every file of the steps in ASCII (a character beyond it makes V8 decode the file into a two-byte string)', () => {
    const beyondAscii = (code: string): boolean => Buffer.byteLength(code) !== code.length;
    expect(javascript.filter(file => beyondAscii(read(file)))).toEqual([]);
    expect(beyondAscii('…')).toBe(true);
  });

  it('has no file of the steps that loads a listed builtin at once', () => {
    expect(javascript.length).toBeGreaterThan(5);
    expect(javascript.filter(file => ANY_EAGER_FORM.test(read(file)))).toEqual([]);
  });
});
