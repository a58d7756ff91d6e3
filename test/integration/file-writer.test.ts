// The file writer on the real file system, with a folder on the way swapped for a link at each step of a
// write (through the writer's onStep seam, so each race is deterministic): the secret never stays
// anywhere but the file asked for, and a swap is reported, naming the folder.
import { lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkWritablePath, UnsafePathError, type WriteStep, writeFileSafely, writeRoots } from '../../src/file-writer.ts';

const SECRET = '-----BEGIN PRIVATE KEY-----\nnot-a-real-key-but-a-secret-all-the-same\n-----END PRIVATE KEY-----\n';
let base: string;
let workspace: string;
let elsewhere: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'file-writer-'));
  workspace = join(base, 'workspace');
  elsewhere = join(base, 'elsewhere');
  await mkdir(join(workspace, 'deploy', 'tls'), { recursive: true });
  await mkdir(join(elsewhere, 'tls'), { recursive: true });
});

const roots = (): string[] => writeRoots(workspace, { RUNNER_TEMP: join(base, 'runner-temp') });

/** Every file under a folder, with its text. */
async function filesUnder(folder: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found[join(entry.parentPath, entry.name)] = await readFile(join(entry.parentPath, entry.name), 'utf8');
  }
  return found;
}

/** Replaces workspace/deploy with a link to the folder elsewhere, keeping the real one aside. */
async function swapDeployForLink(): Promise<void> {
  await rename(join(workspace, 'deploy'), join(workspace, 'deploy-real'));
  await symlink(elsewhere, join(workspace, 'deploy'));
}

describe('writeFileSafely', () => {
  it('writes the file with its mode, making the folders one by one with theirs', async () => {
    const path = join(workspace, 'deploy', 'new', 'deeper', 'client.key');
    expect(await writeFileSafely(path, SECRET, 0o600, { roots: roots(), folderMode: 0o700 })).toBe(path);
    expect(await readFile(path, 'utf8')).toBe(SECRET);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(workspace, 'deploy', 'new'))).mode & 0o777).toBe(0o700);
    expect(Object.keys(await filesUnder(workspace))).toEqual([path]);
  });

  it.each<[WriteStep, RegExp]>([
    // Between the check and the creation: the new file lands in the link's target, empty, and is disowned.
    ['checked', /folder .*[/\\]workspace[/\\]deploy was replaced/],
    // After the creation, before a byte is written.
    ['created', /folder .*[/\\]workspace[/\\]deploy was replaced/],
    // After the write, before the rename: the text is erased from the file.
    ['written', /folder .*[/\\]workspace[/\\]deploy was replaced/],
    // After the rename.
    ['renamed', /folder .*[/\\]workspace[/\\]deploy was replaced/],
  ])('a folder swapped for a link once %s: refused, naming it; the secret is nowhere', async (at, message) => {
    const path = join(workspace, 'deploy', 'tls', 'client.key');
    const onStep = async (step: WriteStep): Promise<void> => {
      if (step === at) await swapDeployForLink();
    };
    const writing = writeFileSafely(path, SECRET, 0o600, { roots: roots(), onStep });
    await expect(writing).rejects.toThrow(UnsafePathError);
    await expect(writing).rejects.toThrow(message);
    const everywhere = { ...(await filesUnder(workspace)), ...(await filesUnder(elsewhere)) };
    expect(Object.values(everywhere).filter(text => text.includes('not-a-real-key'))).toEqual([]);
    // Only ever an empty file the writer created and could not remove without following the link.
    expect(Object.values(everywhere).every(text => text === '')).toBe(true);
  });

  it('a folder swapped for a link after the check and back before the new file is verified (same folder, file made elsewhere): refused', async () => {
    const path = join(workspace, 'deploy', 'tls', 'client.key');
    const onStep = async (step: WriteStep): Promise<void> => {
      if (step === 'checked') await swapDeployForLink();
      if (step === 'created') {
        // The very folder that was checked comes back: only the new file's place gives the swap away.
        await rm(join(workspace, 'deploy'));
        await rename(join(workspace, 'deploy-real'), join(workspace, 'deploy'));
      }
    };
    await expect(writeFileSafely(path, SECRET, 0o600, { roots: roots(), onStep })).rejects.toThrow(/is not the one this step created/);
    const everywhere = { ...(await filesUnder(workspace)), ...(await filesUnder(elsewhere)) };
    expect(Object.values(everywhere).every(text => text === '')).toBe(true);
  });

  it('a second name for the new file (a hard link) before the write: refused, nothing written', async () => {
    const path = join(workspace, 'deploy', 'tls', 'client.key');
    const onStep = async (step: WriteStep): Promise<void> => {
      if (step !== 'created') return;
      const [temporary = ''] = (await readdir(join(workspace, 'deploy', 'tls'))).filter(name => name.endsWith('.tmp'));
      await import('node:fs/promises').then(fs => fs.link(join(workspace, 'deploy', 'tls', temporary), join(elsewhere, 'tls', 'copy')));
    };
    await expect(writeFileSafely(path, SECRET, 0o600, { roots: roots(), onStep })).rejects.toThrow(/is not the one this step created/);
    expect(await readFile(join(elsewhere, 'tls', 'copy'), 'utf8')).toBe('');
  });
});

describe('checkWritablePath', () => {
  it.each([
    ['the file’s folder', ['deploy', 'tls'], 'deploy/tls/client.key', 'deploy/tls'],
    ['a folder higher up', ['deploy'], 'deploy/tls/client.key', 'deploy'],
    ['a folder higher up, above folders still to be made', ['deploy'], 'deploy/new/deeper/client.key', 'deploy'],
  ])('names %s when it is a link', async (_name, linked, path, named) => {
    await rm(join(workspace, ...linked), { recursive: true });
    await symlink(join(elsewhere, 'tls'), join(workspace, ...linked));
    expect(await checkWritablePath(join(workspace, path), roots())).toBe(
      `is in a folder that is a symbolic link (${join(workspace, named)}); the action never writes through a link`,
    );
  });

  it('reads a path with .. as written, never through the link it climbs out of', async () => {
    await rm(join(workspace, 'deploy'), { recursive: true });
    await symlink(elsewhere, join(workspace, 'deploy'));
    // Resolved as text, deploy/../client.key is the workspace's own client.key: that is what is checked and written.
    const written = await writeFileSafely(`${workspace}/deploy/../client.key`, SECRET, 0o600, { roots: roots() });
    expect(written).toBe(join(workspace, 'client.key'));
    expect(await readFile(join(workspace, 'client.key'), 'utf8')).toBe(SECRET);
    expect(await readdir(elsewhere)).toEqual(['tls']);
  });

  it('outside the roots, the nearest existing folder may be a link (a system link such as macOS /tmp); the file’s own folder may not', async () => {
    const outside = join(base, 'outside');
    await mkdir(join(outside, 'real', 'keys'), { recursive: true });
    await symlink(join(outside, 'real'), join(outside, 'system-link'));
    expect(await checkWritablePath(join(outside, 'system-link', 'new', 'client.key'), roots())).toBeUndefined();
    expect(await checkWritablePath(join(outside, 'system-link', 'keys', 'client.key'), roots())).toBeUndefined();
    await symlink(join(outside, 'real', 'keys'), join(outside, 'linked-keys'));
    expect(await checkWritablePath(join(outside, 'linked-keys', 'client.key'), roots())).toMatch(/is in a folder that is a symbolic link \(.*linked-keys\)/);
    expect((await lstat(join(outside, 'real', 'keys'))).isDirectory()).toBe(true);
  });

  it('a file where a folder should be, higher up or outside the roots', async () => {
    await writeFile(join(workspace, 'file'), 'x');
    expect(await checkWritablePath(join(workspace, 'file', 'sub', 'client.key'), roots())).toBe(
      `cannot be created: ${join(workspace, 'file')} is not a folder`,
    );
    await writeFile(join(base, 'outside-file'), 'x');
    expect(await checkWritablePath(join(base, 'outside-file', 'a', 'b', 'client.key'), roots())).toBe(
      `cannot be created: ${join(base, 'outside-file')} is not a folder`,
    );
  });
});
