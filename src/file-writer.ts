import { constants } from 'node:fs';
import { lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A path the action may not write to; the message says why, and never follows a link to say it. */
export class UnsafePathError extends Error {
  override name = 'UnsafePathError';
}

const IS_WINDOWS = process.platform === 'win32';
/** O_NOFOLLOW does not exist on Windows; there, the exclusive create alone refuses an existing link. */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * Checks, before anything is issued, that the action can write a file at this path: the file, when it
 * exists, is a regular file and not a link; its folder, when it exists, is a real folder (not a link),
 * and when it does not exist, the nearest existing ancestor is a folder the folder can be made in.
 * Returns the problem as a sentence, or undefined.
 */
export async function checkWritablePath(path: string): Promise<string | undefined> {
  const target = await lstatOrUndefined(path);
  if (target?.isSymbolicLink()) return `is a symbolic link (${path}); the action never writes through a link: give the path of a regular file`;
  if (target?.isDirectory()) return `is a folder (${path}); give the path of a file in it`;
  if (target && !target.isFile()) return `is not a regular file (${path})`;
  const folder = dirname(path);
  const parent = await lstatOrUndefined(folder);
  if (parent?.isSymbolicLink()) return `is in a folder that is a symbolic link (${folder}); the action never writes through a link`;
  if (parent && !parent.isDirectory()) return `is in ${folder}, which is not a folder`;
  if (!parent) {
    let ancestor = dirname(folder);
    while (!(await lstatOrUndefined(ancestor)) && dirname(ancestor) !== ancestor) ancestor = dirname(ancestor);
    const found = await lstatOrUndefined(ancestor);
    if (found && !found.isDirectory() && !found.isSymbolicLink()) return `cannot be created: ${ancestor} is not a folder`;
  }
  return undefined;
}

/**
 * The one way the action writes a file (a certificate, a private key): never through a link, never into
 * an existing file whose mode is looser than asked. The text goes into a new file beside the target,
 * created exclusively with no-follow and the final mode, which is then renamed over the target (a
 * rename replaces a link rather than following it); the result is checked (a regular file, the mode,
 * the owner). Folders it creates get folderMode.
 */
export async function writeFileSafely(path: string, text: string | Uint8Array, mode: number, folderMode = 0o755): Promise<string> {
  const problem = await checkWritablePath(path);
  if (problem !== undefined) throw new UnsafePathError(`The file ${problem}`);
  await mkdir(dirname(path), { recursive: true, mode: folderMode });
  const folder = await lstat(dirname(path));
  if (!folder.isDirectory()) throw new UnsafePathError(`The folder ${dirname(path)} is not a real folder; nothing was written`);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW, mode);
  try {
    await handle.writeFile(text);
    // The process umask may have narrowed the mode at creation; set exactly the one asked for.
    await handle.chmod(mode);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  const written = await lstat(path);
  const ownerMismatch = !IS_WINDOWS && typeof process.getuid === 'function' && written.uid !== process.getuid();
  if (!written.isFile() || (!IS_WINDOWS && (written.mode & 0o777) !== mode) || ownerMismatch) {
    throw new UnsafePathError(`The file ${path} is not what was written (a regular file with mode ${mode.toString(8)}, owned by this user)`);
  }
  return path;
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
