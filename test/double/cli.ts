// Runs the API double on its own, for the demo, local runs and the workflow's end-to-end job.
//   node test/double/cli.ts [--port N]
// Prints one JSON line {url, token, readToken, zoneId} on stdout, then serves until stopped. The token may
// issue certificates, enable mTLS and write the WAF rule; the read token may check all three.
import { randomBytes } from 'node:crypto';
import { CloudflareDouble } from './server.ts';

const portFlag = process.argv.indexOf('--port');
const port = portFlag > 0 ? Number(process.argv[portFlag + 1]) : Number(process.env.DOUBLE_PORT ?? 0);
const token = process.env.DOUBLE_TOKEN ?? randomBytes(30).toString('base64url');
const readToken = randomBytes(30).toString('base64url');
const zoneId = process.env.DOUBLE_ZONE_ID ?? randomBytes(16).toString('hex');

const double = await CloudflareDouble.start(
  {
    // The whole rollout: "SSL and Certificates: Edit" with "Zone WAF: Edit"; the read token checks both.
    tokens: [
      { token, permission: 'write', waf: 'edit' },
      { token: readToken, permission: 'read', waf: 'read' },
    ],
    zones: [zoneId],
  },
  port,
);
process.stdout.write(`${JSON.stringify({ url: double.url, token, readToken, zoneId })}\n`);
const stop = (): void => void double.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
