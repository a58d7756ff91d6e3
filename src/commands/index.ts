import { CloudflareClient, type ClientLog } from '../cloudflare/client.js';
import type { Deadline } from '../deadline.js';
import type { Config } from '../inputs.js';
import { USER_AGENT } from '../version.js';
import type { CommandResult } from './result.js';
import { createCertificate } from './create.js';
import { getCertificate } from './get.js';

export interface CommandServices {
  readonly deadline: Deadline;
  readonly log: ClientLog;
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
  });
  try {
    switch (config.command) {
      case 'create':
        return await createCertificate(config, client);
      case 'get':
        return await getCertificate(config, client);
    }
  } finally {
    await client.close();
  }
}
