import * as http from 'node:http';
import { dirname, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isLoopback } from '../loopback.js';

/** What the step does about HTTP(S)_PROXY, for the debug log. */
export type ProxySetup = 'none' | 'loopback' | 'node' | 'undici';

/** The fallback bundle, relative to dist/index.js. */
const FALLBACK_BUNDLE = ['proxy-fallback', 'index.js'].join(sep);

/** Hosts that never go through a proxy: the credentials stay on this machine. */
const LOOPBACK_NO_PROXY = ['localhost', '127.0.0.1', '::1'];

type Environment = Readonly<Record<string, string | undefined>>;

/** The part of node:http this uses, injectable so that the fallback for older Node 24 releases can be tested. */
export interface ProxyHost {
  readonly setGlobalProxyFromEnv?: (proxyEnv?: Record<string, string | undefined>) => () => void;
}

/**
 * Makes the global `fetch` (Node's own undici) honour HTTPS_PROXY / HTTP_PROXY / NO_PROXY as self-hosted
 * runners expect, once, before the first request. An API on a loopback address never goes through a
 * proxy (a token sent to http://127.0.0.1 through HTTP_PROXY would cross the network in cleartext), and
 * loopback names are added to NO_PROXY for every other call too.
 *
 * Recent Node 24 releases have `http.setGlobalProxyFromEnv()`; on an older Node 24 the npm undici package's
 * EnvHttpProxyAgent becomes the global dispatcher instead, from a separate bundle loaded only then.
 */
export async function useEnvironmentProxy(
  apiUrl: URL,
  env: Environment = process.env,
  host: ProxyHost = http,
  loadFallback: () => Promise<ProxyFallback> = loadBuiltFallback,
): Promise<ProxySetup> {
  const proxies = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some(name => (env[name] ?? '') !== '');
  if (!proxies) return 'none';
  if (isLoopback(apiUrl.hostname)) return 'loopback';
  const noProxy = [env.no_proxy ?? env.NO_PROXY ?? '', ...LOOPBACK_NO_PROXY].filter(Boolean).join(',');
  if (typeof host.setGlobalProxyFromEnv === 'function') {
    host.setGlobalProxyFromEnv({ ...env, NO_PROXY: noProxy, no_proxy: noProxy });
    return 'node';
  }
  const { EnvHttpProxyAgent, setGlobalDispatcher } = await loadFallback();
  // undici sets the dispatcher Node's own fetch reads too (the global dispatcher's legacy symbol).
  setGlobalDispatcher(new EnvHttpProxyAgent({ httpProxy: env.http_proxy ?? env.HTTP_PROXY, httpsProxy: env.https_proxy ?? env.HTTPS_PROXY, noProxy }));
  return 'undici';
}

/** What the fallback bundle exports: npm undici's proxy agent and its global-dispatcher setter. */
export interface ProxyFallback {
  readonly EnvHttpProxyAgent: new (options: { httpProxy?: string | undefined; httpsProxy?: string | undefined; noProxy?: string }) => object;
  readonly setGlobalDispatcher: (dispatcher: object) => void;
}

/** dist/proxy-fallback/index.js, beside the running dist/index.js; never bundled into it. */
async function loadBuiltFallback(): Promise<ProxyFallback> {
  // Loaded only on a Node 24 without http.setGlobalProxyFromEnv(), and only with a proxy set: npm undici's
  // proxy agent stays out of dist/index.js and off every other run. Joined at run time, so that the
  // bundler neither inlines the file nor copies it as an asset.
  const location = [dirname(fileURLToPath(import.meta.url)), FALLBACK_BUNDLE].join(sep);
  return (await import(/* webpackIgnore: true */ pathToFileURL(location).href)) as ProxyFallback;
}
