// Stand-in for @actions/exec (see README.md here), which keeps it, child_process and @actions/io off the
// start-up path: only core.platform.getDetails(), which this action never calls, runs commands.
export function getExecOutput(): never {
  throw new Error('@actions/exec is not bundled with this action (src/stubs/README.md)');
}

export const exec = getExecOutput;
