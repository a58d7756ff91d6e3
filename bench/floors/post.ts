// The floor of the post step (bench/floors/README.md): the saved state read through @actions/core; with
// a key file, its folder and the file lstat'ed, both deleted, one line said.
import { lstatSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import { useSynchronousStdout } from '../../src/stdout.js';

// The steps' lines go to fd 1 as the action's do (src/stdout.ts).
useSynchronousStdout();

const file = core.getState('private-key-file');
if (file !== '') {
  if (!lstatSync(dirname(file)).isDirectory() || !lstatSync(file).isFile()) process.exit(1);
  rmSync(file, { force: true });
  rmSync(dirname(file), { recursive: true, force: true });
  core.info(`Deleted the generated private key file ${file}`);
}
