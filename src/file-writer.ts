import { type BigIntStats, constants } from 'node:fs';
import { type FileHandle, lstat, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** A path the action may not write to; the message says why, and never follows a link to say it. */
export class UnsafePathError extends Error {
  override name = 'UnsafePathError';
}

const IS_WINDOWS = process.platform === 'win32';
/** O_NOFOLLOW does not exist on Windows; there, the exclusive create alone refuses an existing link. */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

export { writeRoots } from './write-roots.js';

/** Where a walk down to a file starts, and the folders below it, each a path, down to the file's folder. */
interface Plan {
  readonly target: string;
  readonly anchor: string;
  readonly folders: readonly string[];
}

/**
 * The folders to check for a path. Inside a root (the deepest that holds it): every folder below the
 * root, down to the file's own. Outside every root: the file's own folder and the folders the action
 * will create, below the nearest existing folder above them, which is taken as the system made it (its
 * links included), as is everything else outside the roots.
 */
async function plan(path: string, roots: readonly string[]): Promise<Plan> {
  const target = resolve(path);
  const folder = dirname(target);
  const inside = roots.filter(root => isWithin(root, target)).sort((a, b) => b.length - a.length);
  for (const root of inside) {
    if ((await statOrUndefined(root))?.isDirectory()) return { target, anchor: root, folders: below(root, folder) };
  }
  let anchor = dirname(folder);
  while (!(await lstatOrUndefined(anchor)) && dirname(anchor) !== anchor) anchor = dirname(anchor);
  return { target, anchor, folders: folder === anchor ? [] : below(anchor, folder) };
}

/** Whether path lies strictly inside folder (both absolute and resolved). */
function isWithin(folder: string, path: string): boolean {
  const inner = relative(folder, path);
  return inner !== '' && !inner.startsWith(`..${sep}`) && inner !== '..' && !isAbsolute(inner);
}

/** Each folder from the one below `from` down to `to` (inclusive), as paths. */
function below(from: string, to: string): string[] {
  const names = relative(from, to)
    .split(sep)
    .filter(name => name !== '');
  return names.map((_, index) => join(from, ...names.slice(0, index + 1)));
}

/**
 * Checks, before anything is issued, that the action can write a file at this path: no folder on the
 * way is a link (see plan for which folders), each existing one is a folder, and the file, when it
 * exists, is a regular file and not a link. Returns the problem as a sentence naming the part of the path
 * at fault, or undefined.
 */
export async function checkWritablePath(path: string, roots: readonly string[]): Promise<string | undefined> {
  const { target, anchor, folders } = await plan(path, roots);
  if (!(await statOrUndefined(anchor))?.isDirectory()) return `cannot be created: ${anchor} is not a folder`;
  const problem = await folderProblem(folders, dirname(target));
  if (problem !== undefined) return problem;
  const file = await lstatOrUndefined(target);
  if (file?.isSymbolicLink()) return `is a symbolic link (${target}); the action never writes through a link: give the path of a regular file`;
  if (file?.isDirectory()) return `is a folder (${target}); give the path of a file in it`;
  if (file && !file.isFile()) return `is not a regular file (${target})`;
  return undefined;
}

/** The first folder on the way that is a link or not a folder, said as a sentence; undefined when all are fine or missing. */
async function folderProblem(folders: readonly string[], folder: string): Promise<string | undefined> {
  for (const path of folders) {
    const found = await lstatOrUndefined(path);
    if (!found) return undefined; // this one and those below it are created by the write
    if (found.isSymbolicLink()) return `is in a folder that is a symbolic link (${path}); the action never writes through a link`;
    if (!found.isDirectory()) return path === folder ? `is in ${folder}, which is not a folder` : `cannot be created: ${path} is not a folder`;
  }
  return undefined;
}

/** A file or folder's identity: the same device and inode is the same object, whatever its name now. */
interface Identity {
  readonly dev: bigint;
  readonly ino: bigint;
}

const same = (a: Identity, b: Identity): boolean => a.dev === b.dev && a.ino === b.ino;

/** Moments of a write at which a test may change the file system under it (the seam for race tests). */
export type WriteStep = 'checked' | 'created' | 'written' | 'renamed';

export interface WriteOptions {
  /** Folders below which no link is allowed (writeRoots). */
  readonly roots: readonly string[];
  /** Mode of the folders the write creates. */
  readonly folderMode?: number;
  /** Called at each step; tests use it to swap a folder for a link between the check and the write. */
  readonly onStep?: (step: WriteStep) => Promise<void>;
}

/**
 * The one way the action writes a file (a certificate, a private key, a bundle): never through a link,
 * never into an existing file whose mode is looser than asked.
 *
 * Node has no openat(), so folders cannot be held open while a file is made in them. Instead every
 * folder on the way is checked by identity: missing ones are made one at a time and each is lstat'ed
 * (a real folder, not a link), and its device and inode are recorded. The text goes into a new file
 * beside the target, created exclusively with no-follow and the final mode; before a byte is written,
 * and again after, the folders are lstat'ed again and must be the same ones, and the new file must be
 * found by its name in the last of them (the same inode as the open descriptor, one link only). Then it
 * is renamed over the target (a rename replaces a link rather than following it) and all of that is
 * checked once more, with the mode and the owner. Any change means a folder was swapped under the
 * write: the descriptor's content is truncated away (wherever the file ended up, the secret is gone),
 * the emptied file is left where it is (removing it by name could act through the link), and the write
 * fails, naming the folder. Between the check and the creation, a swapped folder can still make the
 * creation land in the link's target: that file is found out before a byte is written to it.
 */
export async function writeFileSafely(path: string, text: string | Uint8Array, mode: number, options: WriteOptions): Promise<string> {
  const { roots, folderMode = 0o755, onStep = async () => undefined } = options;
  const problem = await checkWritablePath(path, roots);
  if (problem !== undefined) throw new UnsafePathError(`The file ${problem}`);
  const { target, anchor, folders } = await plan(path, roots);
  const folder = dirname(target);
  const chain = await makeFolders(anchor, folders, folderMode);
  await onStep('checked');
  const temporary = join(folder, `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW, mode);
  let renamed = false;
  try {
    const file = await handle.stat({ bigint: true });
    await onStep('created');
    await expectUnchanged(chain, temporary, file);
    await handle.writeFile(text);
    // The process umask may have narrowed the mode at creation; set exactly the one asked for.
    await handle.chmod(mode);
    await handle.sync();
    await onStep('written');
    await expectUnchanged(chain, temporary, file);
    await rename(temporary, target);
    renamed = true;
    await onStep('renamed');
    const written = await expectUnchanged(chain, target, file);
    const ownerMismatch = !IS_WINDOWS && typeof process.getuid === 'function' && written.uid !== BigInt(process.getuid());
    if (!written.isFile() || (!IS_WINDOWS && (Number(written.mode) & 0o777) !== mode) || ownerMismatch) {
      throw new UnsafePathError(
        `The file ${target} is not what was written (a regular file with mode ${mode.toString(8)}, owned by this user); it was emptied`,
      );
    }
  } catch (error) {
    await erase(handle);
    // After a swap, the name may lead through a link: the emptied file is left rather than removed through it.
    if (!renamed && !(error instanceof UnsafePathError)) await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return target;
}

/** A folder on the way to the file, as it was when checked. */
interface Link extends Identity {
  readonly path: string;
  /** The anchor is taken as the system made it (stat follows its links); the folders below must not be links (lstat). */
  readonly follow: boolean;
}

/**
 * Makes the missing folders one at a time, and records the identity of the anchor and of each folder
 * below it, refusing a link or anything that is not a folder.
 */
async function makeFolders(anchor: string, folders: readonly string[], folderMode: number): Promise<Link[]> {
  const top = await stat(anchor, { bigint: true });
  if (!top.isDirectory()) throw new UnsafePathError(`The folder ${anchor} is not a folder; nothing was written`);
  const chain: Link[] = [{ path: anchor, dev: top.dev, ino: top.ino, follow: true }];
  for (const path of folders) {
    try {
      await mkdir(path, { mode: folderMode });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const found = await lstat(path, { bigint: true });
    if (!found.isDirectory()) throw new UnsafePathError(`The folder ${path} is not a real folder (a link, or a file); nothing was written`);
    chain.push({ path, dev: found.dev, ino: found.ino, follow: false });
  }
  return chain;
}

/**
 * Throws when a folder on the way is no longer the one recorded, or when the name does not lead to the
 * open file alone (the same inode, one link). Returns what lstat says of the name.
 */
async function expectUnchanged(chain: readonly Link[], name: string, file: Identity): Promise<BigIntStats> {
  for (const link of chain) {
    const now = await (link.follow ? stat : lstat)(link.path, { bigint: true }).catch(() => undefined);
    if (!now?.isDirectory() || !same(now, link)) {
      throw new UnsafePathError(`The folder ${link.path} was replaced (by a link or another folder) while the file was written; the file was emptied`);
    }
  }
  const found = await lstat(name, { bigint: true }).catch(() => undefined);
  if (!found || !same(found, file) || found.nlink !== 1n) {
    throw new UnsafePathError(`The file ${name} is not the one this step created (a folder on the way changed while it was written); the file was emptied`);
  }
  return found;
}

/** Empties the file behind the descriptor, wherever a swapped folder put it, then closes it. */
async function erase(handle: FileHandle): Promise<void> {
  await handle.truncate(0).catch(() => undefined);
  await handle.close().catch(() => undefined);
}

async function lstatOrUndefined(path: string): Promise<Awaited<ReturnType<typeof lstat>> | undefined> {
  try {
    return await lstat(path);
  } catch (error) {
    // ENOTDIR: a component of the path is a file; the caller looks at the folders to say which.
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw error;
  }
}

async function statOrUndefined(path: string): Promise<Awaited<ReturnType<typeof stat>> | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw error;
  }
}
