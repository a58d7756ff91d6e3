import { CloudflareClient, type ClientOptions } from '../cloudflare/client.js';
import type { Deadline } from '../deadline.js';
import type { Config } from '../inputs.js';
import { USER_AGENT } from '../version.js';
import type { CommandLog, CommandResult } from './result.js';
import { createCertificate } from './create.js';
import { getCertificate } from './get.js';

export interface CommandServices {
  readonly deadline: Deadline;
  readonly log: CommandLog;
  /** Test seams: waits between retries, and the HTTP dispatcher. */
  readonly sleep?: ClientOptions['sleep'];
  readonly dispatcher?: ClientOptions['dispatcher'];
}

/** Runs the configured command with one API client, and closes the client's connections afterwards. */
export async function executeCommand(config: Config, services: CommandServices): Promise<CommandResult> {
  const client = new CloudflareClient({
    apiUrl: config.apiUrl,
    credentials: config.credentials,
    userAgent: USER_AGENT,
    deadline: services.deadline,
    maxRetries: config.maxRetries,
    log: services.log,
    ...(services.sleep ? { sleep: services.sleep } : {}),
    ...(services.dispatcher ? { dispatcher: services.dispatcher } : {}),
  });
  try {
    switch (config.command) {
      case 'create':
        return await createCertificate(config, { client, deadline: services.deadline, log: services.log });
      case 'get':
        return await getCertificate(config, client);
    }
  } finally {
    await client.close();
  }
}
