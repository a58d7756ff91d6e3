"use strict";
exports.id = 231;
exports.ids = [231];
exports.modules = {

/***/ 4741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkWritablePath: () => (/* binding */ checkWritablePath),
/* harmony export */   writeFileSafely: () => (/* binding */ writeFileSafely)
/* harmony export */ });
/* unused harmony export UnsafePathError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _write_roots_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7128);



/** A path the action may not write to; the message says why, and never follows a link to say it. */
class UnsafePathError extends Error {
    name = 'UnsafePathError';
}
const IS_WINDOWS = process.platform === 'win32';
/** O_NOFOLLOW does not exist on Windows; there, the exclusive create alone refuses an existing link. */
const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;

/**
 * The folders to check for a path. Inside a root (the deepest that holds it): every folder below the
 * root, down to the file's own. Outside every root: the file's own folder and the folders the action
 * will create, below the nearest existing folder above them, which is taken as the system made it (its
 * links included), as is everything else outside the roots.
 */
async function plan(path, roots) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target);
    const inside = roots.filter(root => isWithin(root, target)).sort((a, b) => b.length - a.length);
    for (const root of inside) {
        if ((await statOrUndefined(root))?.isDirectory())
            return { target, anchor: root, folders: below(root, folder) };
    }
    let anchor = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(folder);
    while (!(await lstatOrUndefined(anchor)) && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(anchor) !== anchor)
        anchor = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(anchor);
    return { target, anchor, folders: folder === anchor ? [] : below(anchor, folder) };
}
/** Whether path lies strictly inside folder (both absolute and resolved). */
function isWithin(folder, path) {
    const inner = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(folder, path);
    return inner !== '' && !inner.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && inner !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(inner);
}
/** Each folder from the one below `from` down to `to` (inclusive), as paths. */
function below(from, to) {
    const names = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(from, to)
        .split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep)
        .filter(name => name !== '');
    return names.map((_, index) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(from, ...names.slice(0, index + 1)));
}
/**
 * Checks, before anything is issued, that the action can write a file at this path: no folder on the
 * way is a link (see plan for which folders), each existing one is a folder, and the file, when it
 * exists, is a regular file and not a link. Returns the problem as a sentence naming the part of the path
 * at fault, or undefined.
 */
async function checkWritablePath(path, roots) {
    const { target, anchor, folders } = await plan(path, roots);
    if (!(await statOrUndefined(anchor))?.isDirectory())
        return `cannot be created: ${anchor} is not a folder`;
    const problem = await folderProblem(folders, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target));
    if (problem !== undefined)
        return problem;
    const file = await lstatOrUndefined(target);
    if (file?.isSymbolicLink())
        return `is a symbolic link (${target}); the action never writes through a link: give the path of a regular file`;
    if (file?.isDirectory())
        return `is a folder (${target}); give the path of a file in it`;
    if (file && !file.isFile())
        return `is not a regular file (${target})`;
    return undefined;
}
/** The first folder on the way that is a link or not a folder, said as a sentence; undefined when all are fine or missing. */
async function folderProblem(folders, folder) {
    for (const path of folders) {
        const found = await lstatOrUndefined(path);
        if (!found)
            return undefined; // this one and those below it are created by the write
        if (found.isSymbolicLink())
            return `is in a folder that is a symbolic link (${path}); the action never writes through a link`;
        if (!found.isDirectory())
            return path === folder ? `is in ${folder}, which is not a folder` : `cannot be created: ${path} is not a folder`;
    }
    return undefined;
}
const same = (a, b) => a.dev === b.dev && a.ino === b.ino;
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
async function writeFileSafely(path, text, mode, options) {
    const { roots, folderMode = 0o755, onStep = async () => undefined } = options;
    const problem = await checkWritablePath(path, roots);
    if (problem !== undefined)
        throw new UnsafePathError(`The file ${problem}`);
    const { target, anchor, folders } = await plan(path, roots);
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target);
    const chain = await makeFolders(anchor, folders, folderMode);
    await onStep('checked');
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temporary, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | NO_FOLLOW, mode);
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, target);
        renamed = true;
        await onStep('renamed');
        const written = await expectUnchanged(chain, target, file);
        const ownerMismatch = !IS_WINDOWS && typeof process.getuid === 'function' && written.uid !== BigInt(process.getuid());
        if (!written.isFile() || (!IS_WINDOWS && (Number(written.mode) & 0o777) !== mode) || ownerMismatch) {
            throw new UnsafePathError(`The file ${target} is not what was written (a regular file with mode ${mode.toString(8)}, owned by this user); it was emptied`);
        }
    }
    catch (error) {
        await erase(handle);
        // After a swap, the name may lead through a link: the emptied file is left rather than removed through it.
        if (!renamed && !(error instanceof UnsafePathError))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true }).catch(() => undefined);
        throw error;
    }
    await handle.close();
    return target;
}
/**
 * Makes the missing folders one at a time, and records the identity of the anchor and of each folder
 * below it, refusing a link or anything that is not a folder.
 */
async function makeFolders(anchor, folders, folderMode) {
    const top = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(anchor, { bigint: true });
    if (!top.isDirectory())
        throw new UnsafePathError(`The folder ${anchor} is not a folder; nothing was written`);
    const chain = [{ path: anchor, dev: top.dev, ino: top.ino, follow: true }];
    for (const path of folders) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(path, { mode: folderMode });
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        const found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path, { bigint: true });
        if (!found.isDirectory())
            throw new UnsafePathError(`The folder ${path} is not a real folder (a link, or a file); nothing was written`);
        chain.push({ path, dev: found.dev, ino: found.ino, follow: false });
    }
    return chain;
}
/**
 * Throws when a folder on the way is no longer the one recorded, or when the name does not lead to the
 * open file alone (the same inode, one link). Returns what lstat says of the name.
 */
async function expectUnchanged(chain, name, file) {
    for (const link of chain) {
        const now = await (link.follow ? node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat : node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(link.path, { bigint: true }).catch(() => undefined);
        if (!now?.isDirectory() || !same(now, link)) {
            throw new UnsafePathError(`The folder ${link.path} was replaced (by a link or another folder) while the file was written; the file was emptied`);
        }
    }
    const found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(name, { bigint: true }).catch(() => undefined);
    if (!found || !same(found, file) || found.nlink !== 1n) {
        throw new UnsafePathError(`The file ${name} is not the one this step created (a folder on the way changed while it was written); the file was emptied`);
    }
    return found;
}
/** Empties the file behind the descriptor, wherever a swapped folder put it, then closes it. */
async function erase(handle) {
    await handle.truncate(0).catch(() => undefined);
    await handle.close().catch(() => undefined);
}
async function lstatOrUndefined(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path);
    }
    catch (error) {
        // ENOTDIR: a component of the path is a file; the caller looks at the folders to say which.
        if (['ENOENT', 'ENOTDIR'].includes(error.code ?? ''))
            return undefined;
        throw error;
    }
}
async function statOrUndefined(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
    }
    catch (error) {
        if (['ENOENT', 'ENOTDIR'].includes(error.code ?? ''))
            return undefined;
        throw error;
    }
}


/***/ })

};
;