// The committed bundle stays lean: every job downloads dist/ and loads dist/index.js on start-up.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = (file: string): string => resolve(import.meta.dirname, '../../dist', file);
const read = (file: string): string => readFileSync(dist(file), 'utf8');
const source = (file: string): string => readFileSync(resolve(import.meta.dirname, '../../node_modules', file), 'utf8');

/** Text that only the real package has; each checked to be in that package, so the check cannot pass vacuously. */
const MARKERS: [string, string, string][] = [
  ['undici', 'undici.globalDispatcher', 'undici/lib/global.js'],
  ['undici', 'class EnvHttpProxyAgent', 'undici/lib/dispatcher/env-http-proxy-agent.js'],
  ['@actions/http-client', 'HttpClientError', '@actions/http-client/lib/index.js'],
  ['@actions/exec', 'ToolRunner', '@actions/exec/lib/toolrunner.js'],
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
