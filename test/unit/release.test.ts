// The release script, run in a scratch git repository with a stand-in build (copy src/app.js to dist/).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = resolve(import.meta.dirname, '../../scripts/release.ts');

function scratch(): { dir: string; git: (...args: string[]) => string; release: (version: string) => { status: number | null; output: string } } {
  const dir = mkdtempSync(join(tmpdir(), 'cf-mtls-release-'));
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '--quiet', '--initial-branch', 'main');
  git('config', 'user.email', 'maintainer@example.com');
  git('config', 'user.name', 'Maintainer');
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'package.json'), '{\n  "name": "x",\n  "version": "1.0.0"\n}\n');
  writeFileSync(join(dir, 'src/version.ts'), "export const ACTION_VERSION = '1.0.0';\n");
  writeFileSync(join(dir, 'src/app.js'), 'one\n');
  writeFileSync(join(dir, 'dist/index.js'), 'one\n');
  writeFileSync(join(dir, 'CHANGELOG.md'), '# Changelog\n\n## [Unreleased]\n\n- a fix\n\n## [1.0.0] - 2026-11-22\n');
  git('add', '--all');
  git('commit', '--quiet', '--message', 'start');
  git('tag', '--annotate', 'v1.0.0', '--message', 'v1.0.0');
  const release = (version: string) => {
    const run = spawnSync(process.execPath, [SCRIPT, version], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, RELEASE_ROOT: dir, RELEASE_BUILD: `"${process.execPath}" -e "require('fs').copyFileSync('src/app.js','dist/index.js')"` },
    });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  };
  return { dir, git, release };
}

describe('npm run release', () => {
  it('tags vX.Y.Z, moves vX to it, and sets the version and the changelog', () => {
    const { dir, git, release } = scratch();
    const first = release('1.1.0');
    expect(first.output).toContain('Released v1.1.0 and moved v1 to it');
    expect(first.status).toBe(0);
    expect(git('rev-list', '-n1', 'v1.1.0')).toBe(git('rev-parse', 'HEAD'));
    expect(git('rev-list', '-n1', 'v1')).toBe(git('rev-parse', 'HEAD'));
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toContain('"version": "1.1.0"');
    expect(readFileSync(join(dir, 'src/version.ts'), 'utf8')).toContain("ACTION_VERSION = '1.1.0'");
    expect(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')).toMatch(/## \[Unreleased\]\n\n## \[1\.1\.0\] - \d{4}-\d{2}-\d{2}\n\n- a fix/);

    const second = release('1.2.0');
    expect(second.status).toBe(0);
    expect(git('rev-list', '-n1', 'v1')).toBe(git('rev-list', '-n1', 'v1.2.0'));
    expect(git('rev-list', '-n1', 'v1.1.0')).not.toBe(git('rev-list', '-n1', 'v1'));
  });

  it.each([
    ['a dirty tree', (s: ReturnType<typeof scratch>) => writeFileSync(join(s.dir, 'src/app.js'), 'changed\n'), '1.1.0', /uncommitted changes/],
    [
      'a dist/ that is not a rebuild of src/',
      (s: ReturnType<typeof scratch>) => {
        writeFileSync(join(s.dir, 'src/app.js'), 'two\n');
        s.git('commit', '--quiet', '--all', '--message', 'src changed, dist not rebuilt');
      },
      '1.1.0',
      /dist\/ is not a rebuild of src\//,
    ],
    ['a version not above the last release', () => {}, '1.0.0', /1\.0\.0 is not above the last release v1\.0\.0/],
    ['a version that is not X.Y.Z', () => {}, 'v2', /give the version as X\.Y\.Z/],
  ])('refuses %s, and tags nothing', (_name, prepare, version, message) => {
    const s = scratch();
    prepare(s);
    const run = s.release(version);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(message);
    expect(s.git('tag', '--list')).toBe('v1.0.0');
  });
});
