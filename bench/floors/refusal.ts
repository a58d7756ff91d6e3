// The floor of a refused input (bench/floors/README.md): @actions/core reads the inputs and masks the
// token, one ::error:: line, the failure summary; exit code 1.
import * as core from '@actions/core';
import { useSynchronousStdout } from '../../src/stdout.js';

// The steps' lines go to fd 1 as the action's do (src/stdout.ts).
useSynchronousStdout();

const zoneId = core.getInput('zone-id');
core.setSecret(core.getInput('api-token'));
core.error(`Input zone-id must be 32 hexadecimal characters; got ${zoneId.length} characters`);
process.exitCode = 1;
await core.summary.addRaw('### ❌ Client certificate not issued\n\n> [!CAUTION]\n> Input zone\\-id must be 32 hexadecimal characters\n').write();
