import { isAbsolute, resolve } from 'node:path';

/**
 * The folders below which no part of a path the action writes may be a link: the workspace (the working
 * directory, and GITHUB_WORKSPACE) and RUNNER_TEMP. A repository's checkout, and what earlier steps
 * left in either, is not the action's to trust; the folders above them, and their links (macOS /var,
 * /tmp), are the runner's. Apart from file-writer.ts (which re-exports it), so that reading the inputs
 * does not load the writer: a refused input never writes a file.
 */
export function writeRoots(workingDirectory: string, env: Readonly<Record<string, string | undefined>>): string[] {
  const roots = [workingDirectory, env.GITHUB_WORKSPACE, env.RUNNER_TEMP]
    .filter((root): root is string => !!root && isAbsolute(root))
    .map(root => resolve(root));
  return [...new Set(roots)];
}
