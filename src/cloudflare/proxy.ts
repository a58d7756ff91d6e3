import * as http from 'node:http';
import { isLoopback } from '../loopback.js';

/** What the step does about HTTP(S)_PROXY, for the debug log. */
export type ProxySetup = 'none' | 'loopback' | 'node' | 'undici';

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
 * Node 24.12 and later have `http.setGlobalProxyFromEnv()`; on an older Node 24 the npm undici package's
 * EnvHttpProxyAgent becomes the global dispatcher instead, loaded only then.
 */
export async function useEnvironmentProxy(apiUrl: URL, env: Environment = process.env, host: ProxyHost = http): Promise<ProxySetup> {
  const proxies = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some(name => (env[name] ?? '') !== '');
  if (!proxies) return 'none';
  if (isLoopback(apiUrl.hostname)) return 'loopback';
  const noProxy = [env.no_proxy ?? env.NO_PROXY ?? '', ...LOOPBACK_NO_PROXY].filter(Boolean).join(',');
  if (typeof host.setGlobalProxyFromEnv === 'function') {
    host.setGlobalProxyFromEnv({ ...env, NO_PROXY: noProxy, no_proxy: noProxy });
    return 'node';
  }
  // A deep import: the bare 'undici' specifier is a build-time stand-in (see tsconfig.json and docs/performance.md).
  const { EnvHttpProxyAgent, setGlobalDispatcher } = await import('undici/index.js');
  setGlobalDispatcher(new EnvHttpProxyAgent({ httpProxy: env.http_proxy ?? env.HTTP_PROXY, httpsProxy: env.https_proxy ?? env.HTTPS_PROXY, noProxy }));
  return 'undici';
}
