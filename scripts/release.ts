// npm run release -- 1.2.0: cuts a release from a clean main. It refuses a dirty tree, a branch other
// than main, a version not above the last tag, and a dist/ that is not a rebuild of src/ (the same check
// as .ci/run); then sets the version (package.json, src/version.ts), moves CHANGELOG's "Unreleased" under
// the version and today's date, rebuilds dist/, commits, tags vX.Y.Z and moves the major tag vX to it.
// It pushes nothing: it prints the push command, so a maintainer looks before anything is public.
// RELEASE_ROOT and RELEASE_BUILD (a shell command run instead of npm run build) are for the script's own
// tests, which run it in a scratch repository.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(process.env.RELEASE_ROOT ?? join(import.meta.dirname, '..'));
const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const fail = (message: string): never => {
  console.error(`release: ${message}`);
  process.exit(1);
};

const version = process.argv[2] ?? '';
if (!/^\d+\.\d+\.\d+$/.test(version)) fail('give the version as X.Y.Z, e.g. npm run release -- 1.2.0');
if (git('status', '--porcelain') !== '') fail('the working tree has uncommitted changes: commit or stash them first');
if (git('rev-parse', '--abbrev-ref', 'HEAD') !== 'main') fail('releases are cut from main');
const latest = git('tag', '--list', 'v*.*.*', '--sort=-v:refname').split('\n')[0] ?? '';
const newer = (a: string, b: string): boolean => {
  const [x, y] = [a, b].map(v => v.replace(/^v/, '').split('.').map(Number)) as [number[], number[]];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
};
if (latest !== '' && !newer(version, latest)) fail(`${version} is not above the last release ${latest}`);

const build = (): void => {
  const command = process.env.RELEASE_BUILD ?? 'npm run -s build';
  execFileSync(command, { cwd: root, stdio: 'inherit', shell: true });
};
// dist/ must already be a rebuild of src/: a release never ships code that was not reviewed as built.
build();
if (git('status', '--porcelain', '--', 'dist') !== '') fail("dist/ is not a rebuild of src/: run 'npm run build' and commit dist/ first");

const edit = (file: string, change: (text: string) => string): void => {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) fail(`could not set the version in ${file}`);
  writeFileSync(path, after);
};
edit('package.json', text => text.replace(/"version": "[^"]+"/, `"version": "${version}"`));
edit('src/version.ts', text => text.replace(/ACTION_VERSION = '[^']+'/, `ACTION_VERSION = '${version}'`));
const today = new Date().toISOString().slice(0, 10);
edit('CHANGELOG.md', text => {
  if (!text.includes('## [Unreleased]')) fail('CHANGELOG.md has no "## [Unreleased]" section to release');
  return text.replace('## [Unreleased]', `## [Unreleased]\n\n## [${version}] - ${today}`);
});
build();

const major = `v${version.split('.')[0]}`;
git('add', '--all');
git('commit', '--quiet', '--message', `Release v${version}`);
git('tag', '--annotate', `v${version}`, '--message', `v${version}`);
git('tag', '--force', '--annotate', major, '--message', `${major} (v${version})`);
console.log(
  `Released v${version} and moved ${major} to it, locally. Review, then publish with:\n  git push origin main v${version} && git push --force origin ${major}`,
);
