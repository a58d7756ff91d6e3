// The proxy fallback for a Node 24 without http.setGlobalProxyFromEnv(): npm undici's EnvHttpProxyAgent.
// Built apart from the action (dist/proxy-fallback/, minified: it is loaded only on that path, never at
// start-up) and loaded by src/cloudflare/proxy.ts at run time. The deep specifier reaches the real
// package past the 'undici' stand-in (src/stubs/README.md).
export { EnvHttpProxyAgent, setGlobalDispatcher } from 'undici/index.js';
