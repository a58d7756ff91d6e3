import { run } from './cleanup.js';
import { useSynchronousStdout } from './stdout.js';

// Before anything is said: @actions/core's lines go to fd 1 without building a net.Socket (src/stdout.ts).
useSynchronousStdout();
run();
