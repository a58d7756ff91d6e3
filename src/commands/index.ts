import { type ClientOptions, CloudflareClient } from '../cloudflare/client.js';
import { ClientCertificatesClient } from '../cloudflare/client-certificates.js';
import { type ProxySetup, useEnvironmentProxy } from '../cloudflare/proxy.js';
import type { Config, HostnamesConfig, ZoneConfig } from '../config/types.js';
import type { Deadline } from '../deadline.js';
import { sleep as realSleep, type Sleep } from '../sleep.js';
import { USER_AGENT } from '../version.js';
import { getCertificate } from './get.js';
import type { CommandContext, CommandLog, CommandResult, HostnameReport, WafRuleReport } from './result.js';

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
  if (proxy !== 'none') services.log.debug(PROXY_DEBUG_LINES[proxy]);
  const clientOptions: ClientOptions = {
    apiUrl: config.apiUrl,
    credentials: config.credentials,
    userAgent: USER_AGENT,
    deadline: services.deadline,
    maxRetries: config.maxRetries,
    log: services.log,
    sleep,
  };
  // Every zone of an account: a client of its own, through the request governor (budget, pool, rate limit).
  if ('accountId' in config) {
    const inventory = { ...config, failWhenIncomplete: config.failOnIncomplete };
    const { inventoryAccount } = await import(/* webpackChunkName: "list" */ './account-inventory.js');
    return inventoryAccount(inventory, { clientOptions, budget: config.requestBudget, log: services.log });
  }
  const client = new CloudflareClient(clientOptions);
  const context: CommandContext = {
    client,
    certificates: new ClientCertificatesClient(client),
    deadline: services.deadline,
    log: services.log,
    mask: services.mask,
    sleep,
  };
  // Each command but get, and the hostnames with the WAF rule, is a chunk of its own, loaded only by the run
  // that needs it: a get, the commonest scheduled step, compiles none of them (src/lazy.ts).
  switch (config.command) {
    case 'create': {
      // Everything this create may run is loaded before its first request: a chunk that fails to load must
      // fail the step before a certificate is issued, never after (with no id to say).
      const { createCertificate } = await import(/* webpackChunkName: "create" */ './create.js');
      const hostnames = config.hostnames && (await import(/* webpackChunkName: "hostnames" */ './hostnames.js'));
      const waf = config.hostnames?.blockWithoutCertificate && (await import(/* webpackChunkName: "hostnames" */ './waf.js'));
      const result = await createCertificate(config, context);
      if (!config.hostnames || !hostnames) return result;
      const certificate = { id: result.certificate.id, reused: result.reused ?? false };
      const enabled = await hostnames.ensureHostnames(config, config.hostnames, certificate, context);
      const done = withHostnames(result, enabled, client.requestCount);
      // Certificate, then hostnames, then the rule that enforces mTLS on them.
      if (!waf) return done;
      return withWafRule(done, await waf.ruleAfterHostnames(config, config.hostnames, certificate, enabled, context), client.requestCount);
    }
    case 'get': {
      const result = await getCertificate(config, context);
      return config.hostnames ? checkedOnSchedule(result, config, config.hostnames, context) : result;
    }
    case 'revoke':
    case 'reactivate':
      return (await import(/* webpackChunkName: "change-status" */ './change-status.js')).changeStatus(config, context);
    case 'list': {
      const { listCertificates } = await import(/* webpackChunkName: "list" */ './list.js');
      const result = await listCertificates(config, context);
      return config.hostnames ? checkedOnSchedule(result, config, config.hostnames, context) : result;
    }
  }
}

/**
 * A get's or a list's result with the hostnames and the WAF rule checked (they only read): the "hostnames"
 * chunk, loaded only for a run with hostnames.
 */
async function checkedOnSchedule<T extends CommandResult>(result: T, config: ZoneConfig, hostnames: HostnamesConfig, context: CommandContext): Promise<T> {
  const { checkHostnames } = await import(/* webpackChunkName: "hostnames" */ './hostnames.js');
  const { checkRuleOnSchedule } = await import(/* webpackChunkName: "hostnames" */ './waf-check.js');
  const checked = withHostnames(result, await checkHostnames(config, hostnames, context), context.client.requestCount);
  return withWafRule(checked, await checkRuleOnSchedule(config, hostnames, context), context.client.requestCount);
}

/** The result with the hostname report: its failure, if any, makes the step fail after the outputs are set. */
function withHostnames<T extends CommandResult>(result: T, hostnames: HostnameReport, requests: number): T {
  return { ...result, hostnames, requests, failures: hostnames.failure === undefined ? result.failures : [...result.failures, hostnames.failure] };
}

/** The result with the WAF rule's report: its failure, if any, makes the step fail after the outputs are set. */
function withWafRule<T extends CommandResult>(result: T, waf: WafRuleReport, requests: number): T {
  return { ...result, waf, requests, failures: waf.failure === undefined ? result.failures : [...result.failures, waf.failure] };
}

/** What the debug log says of the proxy set-up. */
const PROXY_DEBUG_LINES: Readonly<Record<Exclude<ProxySetup, 'none'>, string>> = {
  loopback: 'A proxy is set, but api-url is a loopback address: not using the proxy',
  node: "Using the proxy from HTTPS_PROXY/HTTP_PROXY (Node's built-in proxy support; NO_PROXY honoured, loopback never proxied)",
  undici: 'Using the proxy from HTTPS_PROXY/HTTP_PROXY (undici EnvHttpProxyAgent; NO_PROXY honoured, loopback never proxied)',
};
