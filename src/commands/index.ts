import { CloudflareClient } from '../cloudflare/client.js';
import { type ProxySetup, useEnvironmentProxy } from '../cloudflare/proxy.js';
import type { Deadline } from '../deadline.js';
import type { Config } from '../inputs.js';
import { sleep as realSleep, type Sleep } from '../sleep.js';
import { USER_AGENT } from '../version.js';
import { changeStatus } from './change-status.js';
import { createCertificate } from './create.js';
import { getCertificate } from './get.js';
import { listCertificates } from './list.js';
import type { CommandContext, CommandLog, CommandResult } from './result.js';

export interface CommandServices {
  readonly deadline: Deadline;
  readonly log: CommandLog;
  /** Registers a secret with the runner (a generated private key), before anything can print it. */
  readonly mask: (secret: string) => void;
  /** Test seam: waits between retries and polls. */
  readonly sleep?: Sleep;
}

/** Runs the configured command with one API client. */
export async function executeCommand(config: Config, services: CommandServices): Promise<CommandResult> {
  const sleep = services.sleep ?? realSleep;
  const proxy = await useEnvironmentProxy(new URL(config.apiUrl));
  if (proxy !== 'none') services.log.debug(PROXY_NOTES[proxy]);
  const client = new CloudflareClient({
    apiUrl: config.apiUrl,
    credentials: config.credentials,
    userAgent: USER_AGENT,
    deadline: services.deadline,
    maxRetries: config.maxRetries,
    log: services.log,
    sleep,
  });
  const context: CommandContext = { client, deadline: services.deadline, log: services.log, mask: services.mask, sleep };
  switch (config.command) {
    case 'create':
      return createCertificate(config, context);
    case 'get':
      return getCertificate(config, context);
    case 'revoke':
    case 'reactivate':
      return changeStatus(config, context);
    case 'list':
      return listCertificates(config, context);
  }
}

const PROXY_NOTES: Readonly<Record<Exclude<ProxySetup, 'none'>, string>> = {
  loopback: 'A proxy is set, but api-url is a loopback address: not using the proxy',
  node: "Using the proxy from HTTPS_PROXY/HTTP_PROXY (Node's built-in proxy support; NO_PROXY honoured, loopback never proxied)",
  undici: 'Using the proxy from HTTPS_PROXY/HTTP_PROXY (undici EnvHttpProxyAgent; NO_PROXY honoured, loopback never proxied)',
};
