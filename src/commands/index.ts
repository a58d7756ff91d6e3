import type { Dispatcher } from 'undici';
import { CloudflareClient } from '../cloudflare/client.js';
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
  /** Test seams: waits between retries and polls, and the HTTP dispatcher. */
  readonly sleep?: Sleep;
  readonly dispatcher?: Dispatcher;
}

/** Runs the configured command with one API client, and closes the client's connections afterwards. */
export async function executeCommand(config: Config, services: CommandServices): Promise<CommandResult> {
  const sleep = services.sleep ?? realSleep;
  const client = new CloudflareClient({
    apiUrl: config.apiUrl,
    credentials: config.credentials,
    userAgent: USER_AGENT,
    deadline: services.deadline,
    maxRetries: config.maxRetries,
    log: services.log,
    sleep,
    ...(services.dispatcher ? { dispatcher: services.dispatcher } : {}),
  });
  const context: CommandContext = { client, deadline: services.deadline, log: services.log, mask: services.mask, sleep };
  try {
    switch (config.command) {
      case 'create':
        return await createCertificate(config, context);
      case 'get':
        return await getCertificate(config, context);
      case 'revoke':
      case 'reactivate':
        return await changeStatus(config, context);
      case 'list':
        return await listCertificates(config, context);
    }
  } finally {
    await client.close();
  }
}
