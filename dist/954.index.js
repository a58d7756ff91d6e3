"use strict";
exports.id = 954;
exports.ids = [954];
exports.modules = {

/***/ 6799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ normalizeCsrPem),
/* harmony export */   CsrFormatError: () => (/* binding */ CsrFormatError),
/* harmony export */   PrivateKeyGivenError: () => (/* binding */ PrivateKeyGivenError),
/* harmony export */   parseCertificateRequest: () => (/* binding */ parseCertificateRequest)
/* harmony export */ });
/* unused harmony export readCsrDer */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(351);


/** Raised for text that is not a usable CSR; the message is safe to print (it never quotes the input). */
class CsrFormatError extends Error {
    name = 'CsrFormatError';
}
/**
 * A private key where a certificate request belongs (PRIVATE KEY, RSA/EC/ENCRYPTED PRIVATE KEY, …),
 * whole or cut short, alone or beside a request. What that means depends on where the text came from,
 * so the caller words the message; this one never quotes the key.
 */
class PrivateKeyGivenError extends CsrFormatError {
    name = 'PrivateKeyGivenError';
    label;
    constructor(label) {
        super(`is a private key (PEM "${label}"), not a certificate request`);
        this.label = label;
    }
}
const CSR_LABELS = new Set(['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST']);
/** A private key's BEGIN line (bounded: labels are at most 40 characters, as PEM_LABEL says). */
const PRIVATE_KEY_BEGIN = /-----BEGIN ([A-Z0-9 ]{0,28}PRIVATE KEY)-----/;
const BASE64_BODY = /^[A-Za-z0-9+/]+={0,2}$/;
const PEM_LABEL = /^[A-Z0-9 ]{1,40}$/;
const BEGIN = '-----BEGIN ';
const DASHES = '-----';
/**
 * Turns CSR text the way users paste it into canonical PEM. Secrets are often stored with literal
 * `\n` escapes, Windows editors add CRLF, YAML block scalars add blanks: all of that is accepted.
 * Returns the DER bytes together with the canonical PEM. Linear in the text's length (blocks are found
 * with indexOf, never a backtracking expression), and text over MAX_CSR_BYTES is refused unread.
 */
function normalizeCsrPem(text) {
    if (text.length > _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_CSR_BYTES */ .i7) {
        throw new CsrFormatError(`is larger than ${_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_CSR_BYTES */ .i7 / 1024} KiB, far more than any certificate request (1 to 4 KiB); give the PEM request itself`);
    }
    const unescaped = text.replace(/\\r\\n|\\n|\\r/g, '\n').replace(/\r\n?/g, '\n');
    const privateKey = PRIVATE_KEY_BEGIN.exec(unescaped);
    if (privateKey)
        throw new PrivateKeyGivenError(privateKey[1]);
    const blocks = pemBlocks(unescaped);
    if (blocks.length === 0) {
        if (unescaped.includes('-----BEGIN')) {
            throw new CsrFormatError('has an incomplete PEM block (no matching -----END line)');
        }
        throw new CsrFormatError('is not PEM: expected text starting with -----BEGIN CERTIFICATE REQUEST-----');
    }
    if (blocks.length > 1) {
        throw new CsrFormatError(`contains ${blocks.length} PEM blocks; give exactly one certificate request`);
    }
    const [{ label, body: rawBody }] = blocks;
    if (!CSR_LABELS.has(label)) {
        throw new CsrFormatError(`is a PEM "${label}", not a "CERTIFICATE REQUEST"`);
    }
    const body = rawBody.replace(/\s+/g, '');
    if (body.length === 0 || body.length % 4 !== 0 || !BASE64_BODY.test(body)) {
        throw new CsrFormatError('has a PEM body that is not valid base64');
    }
    const der = Buffer.from(body, 'base64');
    const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
    const pem = `-----BEGIN CERTIFICATE REQUEST-----\n${lines.join('\n')}\n-----END CERTIFICATE REQUEST-----\n`;
    return { pem, der };
}
/** Every complete `-----BEGIN X----- … -----END X-----` block, in one pass. */
function pemBlocks(text) {
    const blocks = [];
    let at = text.indexOf(BEGIN);
    while (at !== -1) {
        const labelEnd = text.indexOf(DASHES, at + BEGIN.length);
        if (labelEnd === -1)
            break;
        const label = text.slice(at + BEGIN.length, labelEnd);
        if (!PEM_LABEL.test(label))
            break;
        const end = `-----END ${label}-----`;
        const endAt = text.indexOf(end, labelEnd + DASHES.length);
        if (endAt === -1)
            break;
        blocks.push({ label, body: text.slice(labelEnd + DASHES.length, endAt) });
        at = text.indexOf(BEGIN, endAt + end.length);
    }
    return blocks;
}
// Signature algorithms a CSR for Cloudflare's client CA is signed with, mapped to node:crypto's digest
// names (null: the algorithm implies its digest).
const SIGNATURE_DIGESTS = {
    '1.2.840.113549.1.1.11': 'sha256', // sha256WithRSAEncryption
    '1.2.840.113549.1.1.12': 'sha384', // sha384WithRSAEncryption
    '1.2.840.113549.1.1.13': 'sha512', // sha512WithRSAEncryption
    '1.2.840.10045.4.3.2': 'sha256', // ecdsa-with-SHA256
    '1.2.840.10045.4.3.3': 'sha384', // ecdsa-with-SHA384
    '1.2.840.10045.4.3.4': 'sha512', // ecdsa-with-SHA512
    '1.3.101.112': null, // Ed25519
};
/** RSASSA-PSS (RFC 4055): the digest, MGF1 and salt length are in the algorithm's parameters. */
const RSASSA_PSS = '1.2.840.113549.1.1.10';
const MGF1 = '1.2.840.113549.1.1.8';
/** Digests a PSS signature may use here, by OID (SHA-1, PSS's default, is refused like sha1WithRSA). */
const PSS_DIGESTS = {
    '2.16.840.1.101.3.4.2.1': 'sha256',
    '2.16.840.1.101.3.4.2.2': 'sha384',
    '2.16.840.1.101.3.4.2.3': 'sha512',
};
const SUPPORTED = 'use RSA (PKCS#1 v1.5 or PSS), ECDSA or Ed25519 with SHA-256, SHA-384 or SHA-512';
/**
 * Parses a CSR and verifies its self-signature, so that a damaged or hand-edited request fails here,
 * before any request is sent, and so that the issued certificate's key can be checked against it.
 * The DER is read by a small bounded reader (the request's three nested SEQUENCEs); node:crypto reads
 * the key and checks the signature.
 */
async function parseCertificateRequest(text) {
    const { pem, der } = normalizeCsrPem(text);
    let parts;
    try {
        parts = readCsrDer(der);
    }
    catch {
        throw new CsrFormatError('does not parse as a PKCS#10 certificate request (the base64 body is damaged or is something else)');
    }
    let publicKey;
    try {
        publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: parts.subjectPublicKeyInfo, format: 'der', type: 'spki' });
    }
    catch {
        throw new CsrFormatError('holds a public key that cannot be read');
    }
    const check = signatureCheck(parts);
    let valid = false;
    try {
        const key = check.pssSaltLength === undefined ? publicKey : { key: publicKey, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PSS_PADDING, saltLength: check.pssSaltLength };
        valid = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(check.digest, parts.signedBytes, key, parts.signature);
    }
    catch {
        valid = false;
    }
    if (!valid) {
        throw new CsrFormatError('has a signature that does not verify: the request was altered or damaged after it was signed');
    }
    // Keep the SPKI as node:crypto exports it, so comparison with a certificate's key is canonical.
    return { pem, der, publicKey, publicKeySpki: publicKey.export({ type: 'spki', format: 'der' }) };
}
/** The digest (and for PSS the salt length) the request's signature algorithm names, or a CsrFormatError. */
function signatureCheck(parts) {
    const digest = SIGNATURE_DIGESTS[parts.signatureAlgorithm];
    if (digest !== undefined)
        return { digest };
    if (parts.signatureAlgorithm !== RSASSA_PSS) {
        throw new CsrFormatError(`is signed with an unsupported algorithm (OID ${parts.signatureAlgorithm}); ${SUPPORTED}`);
    }
    let parameters;
    try {
        parameters = readPssParameters(parts.signatureParameters);
    }
    catch {
        throw new CsrFormatError('does not parse as a PKCS#10 certificate request (its RSA-PSS parameters are damaged)');
    }
    const pssDigest = PSS_DIGESTS[parameters.hash];
    if (pssDigest === undefined) {
        throw new CsrFormatError(`is signed with RSA-PSS over an unsupported digest (OID ${parameters.hash}, SHA-1 when none is named); ${SUPPORTED}`);
    }
    if (parameters.mgf !== MGF1 || parameters.mgfHash !== parameters.hash) {
        throw new CsrFormatError('is signed with RSA-PSS whose mask generation is not MGF1 over the same digest as the signature; make the request again with the same digest for both (openssl req -sigopt rsa_padding_mode:pss, without rsa_mgf1_md)');
    }
    if (parameters.trailerField !== 1)
        throw new CsrFormatError(`is signed with RSA-PSS with trailer field ${parameters.trailerField}; only 1 (0xBC) exists`);
    return { digest: pssDigest, pssSaltLength: parameters.saltLength };
}
const SHA1 = '1.3.14.3.2.26';
/**
 * RSASSA-PSS-params ::= SEQUENCE { hashAlgorithm [0] AlgorithmIdentifier DEFAULT sha1, maskGenAlgorithm
 * [1] AlgorithmIdentifier DEFAULT mgf1SHA1, saltLength [2] INTEGER DEFAULT 20, trailerField [3] INTEGER
 * DEFAULT 1 } (RFC 4055), each explicitly tagged; absent parameters are all defaults. Read with the same
 * bounded reader: every field within its parent, in order, nothing after.
 */
function readPssParameters(der) {
    const parameters = { hash: SHA1, mgf: MGF1, mgfHash: SHA1, saltLength: 20, trailerField: 1 };
    if (der.length === 0)
        return parameters;
    const sequence = element(der, 0, der.length, SEQUENCE);
    if (sequence.end !== der.length)
        throw new Error('trailing bytes');
    let at = sequence.contentStart;
    const field = (tag) => {
        if (at >= sequence.end || der[at] !== tag)
            return undefined;
        const found = element(der, at, sequence.end, tag);
        at = found.end;
        return found;
    };
    const hash = field(0xa0);
    if (hash)
        parameters.hash = algorithmOid(der, hash).oid;
    const mgf = field(0xa1);
    if (mgf) {
        const { oid, parametersStart, end } = algorithmOid(der, mgf);
        parameters.mgf = oid;
        parameters.mgfHash = algorithmOid(der, { contentStart: parametersStart, end }).oid;
    }
    const salt = field(0xa2);
    if (salt)
        parameters.saltLength = smallInteger(der, salt);
    const trailer = field(0xa3);
    if (trailer)
        parameters.trailerField = smallInteger(der, trailer);
    if (at !== sequence.end)
        throw new Error('unexpected field');
    return parameters;
}
/** The AlgorithmIdentifier SEQUENCE { OID, parameters } inside an element: its OID and where its parameters lie. */
function algorithmOid(der, parent) {
    const algorithm = element(der, parent.contentStart, parent.end, SEQUENCE);
    if (algorithm.end !== parent.end)
        throw new Error('trailing bytes');
    const oid = element(der, algorithm.contentStart, algorithm.end, OBJECT_IDENTIFIER);
    return { oid: decodeOid(der.subarray(oid.contentStart, oid.end)), parametersStart: oid.end, end: algorithm.end };
}
/** A non-negative INTEGER of at most three bytes, alone inside an explicit tag. */
function smallInteger(der, parent) {
    const integer = element(der, parent.contentStart, parent.end, INTEGER);
    const length = integer.end - integer.contentStart;
    if (integer.end !== parent.end || length < 1 || length > 3 || der[integer.contentStart] & 0x80)
        throw new Error('bad integer');
    return der.subarray(integer.contentStart, integer.end).reduce((value, byte) => value * 256 + byte, 0);
}
const SEQUENCE = 0x30;
const INTEGER = 0x02;
const OBJECT_IDENTIFIER = 0x06;
const BIT_STRING = 0x03;
/**
 * CertificationRequest ::= SEQUENCE { certificationRequestInfo SEQUENCE { version INTEGER, subject Name,
 * subjectPKInfo SEQUENCE, attributes [0] }, signatureAlgorithm SEQUENCE { OID, parameters }, signature
 * BIT STRING } (RFC 2986). DER only: definite lengths, every element within its parent, nothing after.
 */
function readCsrDer(der) {
    const outer = element(der, 0, der.length, SEQUENCE);
    if (outer.end !== der.length)
        throw new Error('trailing bytes');
    const info = element(der, outer.contentStart, outer.end, SEQUENCE);
    const version = element(der, info.contentStart, info.end, INTEGER);
    const subject = element(der, version.end, info.end, SEQUENCE);
    const spki = element(der, subject.end, info.end, SEQUENCE);
    const algorithm = element(der, info.end, outer.end, SEQUENCE);
    const oid = element(der, algorithm.contentStart, algorithm.end, OBJECT_IDENTIFIER);
    const signature = element(der, algorithm.end, outer.end, BIT_STRING);
    if (signature.end !== outer.end || signature.end - signature.contentStart < 2 || der[signature.contentStart] !== 0) {
        throw new Error('bad signature');
    }
    return {
        signedBytes: der.subarray(info.start, info.end),
        subjectPublicKeyInfo: der.subarray(spki.start, spki.end),
        signatureAlgorithm: decodeOid(der.subarray(oid.contentStart, oid.end)),
        signatureParameters: der.subarray(oid.end, algorithm.end),
        signature: der.subarray(signature.contentStart + 1, signature.end),
    };
}
/** One DER element at offset, which must end by limit and carry the expected tag. */
function element(der, offset, limit, tag) {
    if (offset + 2 > limit || der[offset] !== tag)
        throw new Error('unexpected element');
    const first = der[offset + 1];
    let length = first;
    let contentStart = offset + 2;
    if (first & 0x80) {
        const count = first & 0x7f;
        // No indefinite lengths (BER), and nothing a CSR could need beyond four length bytes.
        if (count === 0 || count > 4 || contentStart + count > limit)
            throw new Error('bad length');
        length = 0;
        for (let i = 0; i < count; i++)
            length = length * 256 + der[contentStart + i];
        contentStart += count;
    }
    const end = contentStart + length;
    if (end > limit)
        throw new Error('element runs past its parent');
    return { tag, start: offset, contentStart, end };
}
function decodeOid(bytes) {
    if (bytes.length === 0 || bytes.length > 32)
        throw new Error('bad OID');
    const arcs = [];
    let value = 0;
    for (const byte of bytes) {
        value = value * 128 + (byte & 0x7f);
        if (!(byte & 0x80)) {
            arcs.push(value);
            value = 0;
        }
    }
    const [head = 0, ...rest] = arcs;
    const first = head < 40 ? 0 : head < 80 ? 1 : 2;
    return [first, head - first * 40, ...rest].join('.');
}


/***/ }),

/***/ 4741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkWritablePath: () => (/* binding */ checkWritablePath),
/* harmony export */   kv: () => (/* binding */ writeFileSafely)
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


/***/ }),

/***/ 6541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ hostnameKey),
/* harmony export */   parseHostnames: () => (/* binding */ parseHostnames)
/* harmony export */ });
/* unused harmony export MAX_INPUT_HOSTNAMES */
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2988);


/**
 * The one check of a hostname given in the hostnames input: a DNS name the way Cloudflare lists mTLS
 * hostnames (lowercase, internationalized names as punycode), never a URL. The action only ever sends
 * names that passed it; names the API lists are data and are passed back untouched.
 */
/** Hostnames one step may name: far more than a zone protects with mTLS, few enough to list in an error. */
const MAX_INPUT_HOSTNAMES = 100;
/** RFC 1035: 253 characters in all (without the final dot), 63 per label. */
const MAX_HOSTNAME_LENGTH = 253;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/**
 * What domainToASCII would decode (%41) or silently drop (invisible characters), sending a name the user
 * never wrote; the zero-width joiners that some scripts need in names (U+200C, U+200D) are kept.
 */
const INVISIBLE_OR_ENCODED = /[%\p{Cc}]|(?![\u200c\u200d])\p{Default_Ignorable_Code_Point}/u;
/**
 * How the input is written when it is written as a list in another language: a JSON (or YAML flow) array,
 * YAML block list lines, or names in quotes. Its names are not guessed out of it: the input is refused,
 * saying how to write it.
 */
const LIST_SYNTAX = [
    [/^\s*\[|\]\s*$/, 'is written as a JSON array ([…])'],
    [/^[ \t]*-[ \t]/m, 'is written as a YAML list ("- " before a name)'],
    [/["'`]/, 'has quotes'],
];
/** Reads the hostnames input: one per line, or separated by commas; blank entries are ignored. */
function parseHostnames(text) {
    const syntax = LIST_SYNTAX.find(([pattern]) => pattern.test(text))?.[1];
    if (syntax !== undefined) {
        const problem = `the input ${syntax}; write the names alone, without brackets, quotes or dashes`;
        return { hostnames: [], converted: [], problems: [problem] };
    }
    const entries = text
        .split(/[\r\n,]+/)
        .map(entry => entry.trim())
        .filter(entry => entry !== '');
    const hostnames = [];
    const converted = [];
    const problems = [];
    for (const entry of entries) {
        const result = checkHostname(entry);
        if (typeof result !== 'string') {
            problems.push(`"${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .quotedInput */ .bY)(entry, 60)}" ${result.problem}`);
            continue;
        }
        if (result !== entry.toLowerCase().replace(/\.$/, ''))
            converted.push([entry, result]);
        if (!hostnames.includes(result))
            hostnames.push(result);
    }
    if (hostnames.length > MAX_INPUT_HOSTNAMES)
        problems.push(`names ${hostnames.length} hostnames; one step takes at most ${MAX_INPUT_HOSTNAMES}`);
    return { hostnames, converted, problems };
}
/** The hostname in the form Cloudflare lists it, or why it is not one. */
function checkHostname(entry) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry))
        return { problem: `is a URL: give the hostname alone, like ${hostPart(entry) || 'api.example.com'}` };
    if (/\s/.test(entry))
        return { problem: 'contains a space: give one hostname per line, or separate them with commas' };
    if (entry.includes('/'))
        return { problem: `has a path: give the hostname alone, like ${entry.split('/')[0] || 'api.example.com'}` };
    if (entry.includes('@'))
        return { problem: 'contains "@": give the hostname alone' };
    if (/:\d*$/.test(entry) || entry.includes(':'))
        return { problem: 'has a port or a colon: give the hostname alone (mTLS is enabled for the name, on every port)' };
    if (entry.startsWith('*'))
        return { problem: 'is a wildcard: give each hostname to protect by name' };
    // domainToASCII would decode %41 and drop invisible characters, sending a name the user never wrote.
    if (INVISIBLE_OR_ENCODED.test(entry))
        return { problem: 'contains "%" or an invisible character: give the hostname as plain text' };
    if (/\.\d+\.?$|^\d+$|\.0x[0-9a-f]+\.?$/i.test(entry))
        return { problem: 'ends in a number, like an IP address: mTLS is enabled for hostnames, whose last label is a name' };
    const ascii = (0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToASCII)(entry.replace(/\.$/, ''));
    if (ascii === '')
        return { problem: 'is not a valid hostname (an internationalized name that cannot be converted to punycode?)' };
    const name = ascii.toLowerCase();
    if (name.length > MAX_HOSTNAME_LENGTH)
        return { problem: `is longer than ${MAX_HOSTNAME_LENGTH} characters` };
    // Again after conversion: 0x7f000001 and full-width digits only become an address there.
    // Every IPv4 address domainToASCII yields ends in a decimal label; IPv6 never gets here (a colon is refused first).
    if (/\.\d+$|^\d+$|\.0x[0-9a-f]+$/.test(name))
        return { problem: `is an IP address (${name}): mTLS is enabled for hostnames` };
    const labels = name.split('.');
    if (labels.length < 2)
        return { problem: 'is not a fully qualified hostname: give the whole name, like api.example.com' };
    const bad = labels.find(label => !LABEL.test(label));
    if (bad !== undefined) {
        return {
            problem: bad === ''
                ? 'has an empty label (two dots in a row, or a leading dot)'
                : `has a label ("${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .quotedInput */ .bY)(bad, 60)}") that is not letters, digits and inner hyphens of at most 63 characters`,
        };
    }
    return name;
}
/**
 * How hostnames compare: as DNS does. Case and a final dot do not matter, and a name the API lists in
 * Unicode form is the same as ours in punycode (ours always are): both compare in punycode.
 */
function hostnameKey(name) {
    const plain = name.toLowerCase().replace(/\.$/, '');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is the range tested for.
    if (/^[\x00-\x7f]*$/.test(plain))
        return plain;
    const ascii = (0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToASCII)(plain);
    return ascii === '' ? plain : ascii.toLowerCase();
}
function hostPart(url) {
    try {
        return new URL(url).hostname;
    }
    catch {
        return '';
    }
}


/***/ }),

/***/ 3904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  executeCommand: () => (/* reexport */ executeCommand),
  hintFor: () => (/* reexport */ hintFor),
  publish: () => (/* reexport */ publish)
});

// EXTERNAL MODULE: ./src/identifier.ts
var identifier = __webpack_require__(8360);
// EXTERNAL MODULE: ./src/response-body.ts
var response_body = __webpack_require__(3989);
;// CONCATENATED MODULE: ./src/sleep.ts
/** Waits ms, or rejects as soon as the signal aborts (the deadline passed, or the step was cancelled). */
function sleep_sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        signal.addEventListener('abort', onAbort, { once: true });
    });
}

// EXTERNAL MODULE: ./src/cloudflare/errors.ts
var cloudflare_errors = __webpack_require__(7640);
;// CONCATENATED MODULE: ./src/cloudflare/envelope.ts

/**
 * Reads Cloudflare's `{success, errors, messages, result}` envelope. Anything else (the edge's HTML
 * error pages, a body cut off mid-way, a 2xx without `success: true`) becomes an error that names the
 * HTTP status, never an exception from JSON.parse.
 */
function parseEnvelope(response) {
    let parsed;
    try {
        parsed = JSON.parse(response.body);
    }
    catch (error) {
        if (response.body.trim() === '')
            throw new cloudflare_errors/* UnexpectedResponseError */.dk('with an empty body', response);
        if (looksLikeJson(response)) {
            // V8's message may quote the body ("Unexpected token 'o', "token abcd"... is not valid JSON"): a
            // piece of an echoed secret too short to be recognised and redacted. Its wording also varies with
            // the body's first character. Only where the parse stopped is kept, in the action's own words.
            throw new cloudflare_errors/* UnexpectedResponseError */.dk(`with malformed JSON${whereJsonStopped(error.message)}`, response);
        }
        throw new cloudflare_errors/* UnexpectedResponseError */.dk(`with a non-JSON body${describeBody(response)}`, response);
    }
    if (!isRecord(parsed) || typeof parsed.success !== 'boolean') {
        throw new cloudflare_errors/* UnexpectedResponseError */.dk('with JSON that is not a Cloudflare API envelope (no "success" field)', response);
    }
    const errors = apiMessages(parsed.errors);
    if (!parsed.success || response.status < 200 || response.status >= 300) {
        throw new cloudflare_errors/* CloudflareApiError */.kx(errors, response);
    }
    const info = parsed.result_info;
    return {
        result: parsed.result,
        resultInfo: isRecord(info) ? info : undefined,
        messages: apiMessages(parsed.messages),
        response: { status: response.status, ray: response.ray },
    };
}
/** Where JSON.parse gave up, from its message, without a character of the body: " (cut short)", " (at character N)" or nothing. */
function whereJsonStopped(message) {
    if (/end of JSON input/i.test(message))
        return ' (cut short)';
    const position = /at position (\d+)/.exec(message)?.[1];
    return position === undefined ? '' : ` (at character ${Number(position) + 1})`;
}
function looksLikeJson(response) {
    return response.contentType.includes('json') || /^\s*[[{]/.test(response.body);
}
function describeBody(response) {
    const type = response.contentType.split(';')[0]?.trim();
    const title = /<title>([^<]{1,120})<\/title>/i.exec(response.body)?.[1]?.trim();
    const parts = [type ? `(${type})` : '', title ? `titled "${title}"` : ''].filter(Boolean);
    return parts.length > 0 ? ` ${parts.join(' ')}` : '';
}
function apiMessages(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter(isRecord).map(item => ({
        code: typeof item.code === 'number' ? item.code : 0,
        message: typeof item.message === 'string' ? item.message : JSON.stringify(item),
        ...(Array.isArray(item.error_chain) ? { error_chain: apiMessages(item.error_chain) } : {}),
    }));
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/deadline.ts
var deadline = __webpack_require__(6683);
;// CONCATENATED MODULE: ./src/cloudflare/retry-policy.ts


/** Marks an attempt that got no answer in its share of the deadline. */
const ATTEMPT_TIMEOUT = 'ATTEMPT_TIMEOUT';
/** Status codes that say "try again" for a call that is safe to repeat: as Cloudflare's SDKs retry. */
const RETRYABLE_STATUSES = new Set([408, 409, 429, 500, 502, 503, 504]);
/** Connection errors raised before a request could reach the API: safe to retry for any method. */
const NOT_CONNECTED_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
/** Connection errors after the request may have been sent: safe to retry only for idempotent methods. */
const BROKEN_CONNECTION_CODES = new Set([
    ATTEMPT_TIMEOUT,
    'ECONNRESET',
    'EPIPE',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);
const BACKOFF_BASE_MS = 1000;
const BACKOFF_CAP_MS = 20_000;
/** Whether a connection error code says the request never reached the API (so it cannot have been applied). */
function neverConnected(code) {
    return NOT_CONNECTED_CODES.has(code);
}
/**
 * Whether and when to try again after this attempt (1 for the first); undefined when the outcome is
 * final. random is the source of jitter, in [0, 1).
 */
function retryDecision(method, outcome, attempt, random, options = {}) {
    const backoff = () => Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1)) * (0.5 + random() / 2);
    if (outcome instanceof cloudflare_errors/* UnexpectedResponseError */.dk)
        return undefined;
    if (outcome instanceof cloudflare_errors/* TransportError */.wX) {
        if (outcome instanceof deadline/* DeadlineError */.j)
            return undefined;
        const code = outcome.cause?.code ?? '';
        // A POST that may have reached the API is never repeated here: it could issue a second certificate.
        const safe = NOT_CONNECTED_CODES.has(code) || (method !== 'POST' && BROKEN_CONNECTION_CODES.has(code));
        const reason = code === ATTEMPT_TIMEOUT ? 'no answer in time' : code;
        return safe ? { waitMs: backoff(), reason, fromRetryAfter: false } : undefined;
    }
    const shouldRetry = outcome.shouldRetry?.trim().toLowerCase();
    if (shouldRetry === 'false')
        return undefined;
    if (outcome.status === 429 && options.retryRateLimited === false)
        return undefined;
    const reason = outcome.status === 429 ? 'HTTP 429, rate limited' : `HTTP ${outcome.status}`;
    // Rate limited: nothing was done, so even a POST is safe to repeat. Anything else a POST got may have
    // issued a certificate: never repeated blindly, whatever x-should-retry says.
    if (method === 'POST' && outcome.status !== 429)
        return undefined;
    const retryable = RETRYABLE_STATUSES.has(outcome.status) || (shouldRetry === 'true' && outcome.status >= 400);
    if (!retryable)
        return undefined;
    const askedMs = askedWaitMs(outcome.retryAfterMs, outcome.retryAfter);
    if (askedMs !== undefined)
        return { waitMs: askedMs, reason, fromRetryAfter: true };
    return { waitMs: backoff(), reason, fromRetryAfter: false };
}
/**
 * How long an answer asked to wait before the next request, in milliseconds: retry-after-ms first (as
 * Cloudflare's SDKs read it), else Retry-After; undefined when neither says.
 */
function askedWaitMs(retryAfterMs, retryAfter, now = Date.now()) {
    return parseRetryAfterMs(retryAfterMs) ?? parseRetryAfter(retryAfter, now);
}
/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === undefined || value.trim() === '')
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** retry-after-ms, as Cloudflare's SDKs read it: a non-negative number of milliseconds. */
function parseRetryAfterMs(value) {
    if (value === undefined || !/^\d+(\.\d+)?$/.test(value.trim()))
        return undefined;
    return Math.ceil(Number(value.trim()));
}

;// CONCATENATED MODULE: ./src/cloudflare/client.ts






/** The least time an attempt is given (see #attempt). */
const MIN_ATTEMPT_MS = 2000;
/** The API's own path names this client may use; any other segment must be an identifier. */
const PATH_NAMES = new Set([
    'zones',
    'client_certificates',
    'certificate_authorities',
    'hostname_associations',
    'rulesets',
    'phases',
    'http_request_firewall_custom',
    'entrypoint',
    'rules',
]);
/** Path names followed by an identifier, and its kind. */
const IDENTIFIED_BY = new Map([
    ['zones', 'zone'],
    ['client_certificates', 'certificate'],
    ['rulesets', 'ruleset'],
    ['rules', 'rule'],
]);
/** The one name that may stand where an identifier would: rulesets/phases/{phase}/entrypoint beside rulesets/{ruleset_id}. */
const NAME_INSTEAD_OF_ID = new Map([['rulesets', 'phases']]);
/**
 * The one way this action talks to the Cloudflare API: authentication, the envelope, retries with
 * jittered exponential backoff (when and how long: retry-policy.ts), one deadline for everything, and a
 * cap on every answer. The endpoints have clients of their own over it (client-certificates.ts,
 * hostname-associations.ts). It runs on
 * Node's own fetch (undici inside Node 24), so no second HTTP stack is bundled. It logs every attempt,
 * never a header.
 */
class CloudflareClient {
    #options;
    #sleep;
    #random;
    #requests = 0;
    constructor(options) {
        this.#options = options;
        this.#sleep = options.sleep ?? sleep_sleep;
        this.#random = options.random ?? Math.random;
    }
    /** HTTP requests sent so far, retries included. */
    get requestCount() {
        return this.#requests;
    }
    /**
     * Sends one API call, retrying what is safe to retry, and returns the parsed envelope. The path is
     * given as segments: each id must have its kind's shape (src/identifier.ts), so nothing from an answer
     * or an input can walk to another endpoint with the credentials.
     */
    async call(method, segments, options = {}) {
        const { deadline, log, maxRetries } = this.#options;
        const url = this.#url(segments, options.query);
        const target = `${method} ${url.pathname}${url.search}`;
        for (let attempt = 1;; attempt++) {
            const outcome = await this.#attempt(method, url, options.body);
            const retry = attempt <= maxRetries ? retryDecision(method, outcome, attempt, this.#random, this.#options) : undefined;
            if (retry === undefined) {
                if (outcome instanceof Error)
                    throw outcome;
                return parseEnvelope(outcome);
            }
            const remaining = deadline.remainingMs();
            if (retry.waitMs >= remaining) {
                const error = outcome instanceof Error ? outcome : errorFor(outcome);
                const asked = retry.fromRetryAfter ? ` Cloudflare asked to wait ${Math.ceil(retry.waitMs / 1000)} s (retry-after) before trying again;` : '';
                throw new cloudflare_errors/* TransportError */.wX(`${error.message}.${asked} giving up, as waiting ${Math.ceil(retry.waitMs / 1000)} s would pass the step's deadline (timeout-seconds) in ${Math.max(0, Math.floor(remaining / 1000))} s`, outcome instanceof cloudflare_errors/* TransportError */.wX ? outcome.maybeDelivered : false, { cause: error });
            }
            log.info(`${target}: attempt ${attempt} of ${maxRetries + 1} failed (${retry.reason}); retrying in ${(retry.waitMs / 1000).toFixed(1)} s`);
            try {
                await this.#sleep(retry.waitMs, deadline.signal);
            }
            catch {
                throw deadline.error(outcome instanceof cloudflare_errors/* TransportError */.wX && outcome.maybeDelivered);
            }
        }
    }
    /**
     * One attempt, never repeated here: for a write whose body must be rebuilt from a fresh read before it
     * is sent again (a hostname list, which every write replaces whole: resending the body it had could
     * remove a name another writer added meanwhile). Returns the envelope, or the failure with whether a
     * new attempt would be safe as call() judges it, and after how long (retry-after, else backoff for
     * this attempt number).
     */
    async attemptOnce(method, segments, options = {}, attempt = 1) {
        const outcome = await this.#attempt(method, this.#url(segments, options.query), options.body);
        const retry = retryDecision(method, outcome, attempt, this.#random, this.#options);
        if (outcome instanceof Error)
            return { ok: false, error: outcome, retry };
        try {
            return { ok: true, envelope: parseEnvelope(outcome) };
        }
        catch (error) {
            return { ok: false, error: error, retry };
        }
    }
    async #attempt(method, url, body) {
        const { deadline, log } = this.#options;
        if (deadline.signal.aborted)
            return deadline.error();
        // The gate (when there is one) may hold the attempt back (a pool, pacing) or refuse it (a spent budget,
        // a 429 seen): a refusal is thrown, and nothing is sent. It is told below how the attempt ended.
        let leave;
        try {
            leave = await this.#options.gate?.enter(deadline.signal);
        }
        catch (error) {
            if (deadline.signal.aborted)
                return deadline.error();
            throw error;
        }
        let answer;
        const started = Date.now();
        // An attempt may use half of the time left (at least 2 s), so that after a hung request there is
        // always time to retry, or, for a create, to find out whether it issued a certificate. When that share
        // is all the time left, the deadline alone bounds the attempt: one timer, one possible error.
        const remaining = deadline.remainingMs();
        const attemptMs = Math.ceil(Math.max(Math.min(remaining, MIN_ATTEMPT_MS), remaining / 2));
        const attemptTimeout = attemptMs < remaining ? AbortSignal.timeout(attemptMs) : undefined;
        const signal = attemptTimeout ? AbortSignal.any([deadline.signal, attemptTimeout]) : deadline.signal;
        this.#requests += 1;
        let status;
        try {
            const response = await fetch(url, {
                method,
                headers: this.#headers(body !== undefined),
                body: body === undefined ? null : JSON.stringify(body),
                // A redirect is an unexpected answer, never followed with the credentials.
                redirect: 'manual',
                signal,
            });
            status = response.status;
            answer = { status: response.status, headers: response.headers };
            const text = await (0,response_body/* readCappedText */.h)(response);
            const raw = {
                status: response.status,
                ray: response.headers.get('cf-ray') ?? undefined,
                contentType: response.headers.get('content-type') ?? '',
                retryAfter: response.headers.get('retry-after') ?? undefined,
                retryAfterMs: response.headers.get('retry-after-ms') ?? undefined,
                shouldRetry: response.headers.get('x-should-retry') ?? undefined,
                body: text,
            };
            log.debug(`${method} ${url.pathname}: HTTP ${raw.status} in ${Date.now() - started} ms`);
            return raw;
        }
        catch (error) {
            if (error instanceof response_body/* ResponseTooLargeError */.b) {
                // Not retried: the same answer would come again. Nothing of it was parsed.
                return new cloudflare_errors/* UnexpectedResponseError */.dk(`with ${error.message}`, { status: status ?? 0 });
            }
            // The deadline's own expiry (or a cancelled step) decides, whichever timer happened to fire first.
            if (deadline.signal.aborted || deadline.remainingMs() === 0)
                return deadline.error(true);
            if (attemptTimeout?.aborted) {
                log.debug(`${method} ${url.pathname}: no answer in ${Math.round(attemptMs)} ms`);
                return new cloudflare_errors/* TransportError */.wX(`${method} ${url.pathname} got no answer within ${(attemptMs / 1000).toFixed(1)} s`, true, {
                    cause: { code: ATTEMPT_TIMEOUT },
                });
            }
            const code = networkCode(error);
            const notConnected = neverConnected(code);
            log.debug(`${method} ${url.pathname}: ${code || error.name} after ${Date.now() - started} ms`);
            return new cloudflare_errors/* TransportError */.wX(`${method} ${url.pathname} failed: ${describeNetworkError(error)}`, !notConnected, { cause: { code } });
        }
        finally {
            leave?.(answer);
        }
    }
    #url(segments, query) {
        // zones/{id}/client_certificates/{id}, zones/{id}/certificate_authorities/hostname_associations,
        // zones/{id}/rulesets/{id}/rules/{id}: a segment is one of the API's own names, or an identifier of
        // the kind its name before it calls for.
        segments.forEach((segment, index) => {
            const before = index > 0 ? segments[index - 1] : '';
            const kind = IDENTIFIED_BY.get(before);
            if (kind !== undefined ? !(0,identifier/* isId */.eQ)(kind, segment) && NAME_INSTEAD_OF_ID.get(before) !== segment : !PATH_NAMES.has(segment))
                throw new Error(`internal error: refusing a path with a segment that is neither one of the API's names nor an identifier of the kind it needs`);
        });
        const url = new URL(`${this.#options.apiUrl}/${segments.join('/')}`);
        for (const [name, value] of Object.entries(query ?? {}))
            url.searchParams.set(name, String(value));
        return url;
    }
    #headers(hasBody) {
        const { credentials, userAgent } = this.#options;
        const headers = { accept: 'application/json', 'user-agent': userAgent };
        if (hasBody)
            headers['content-type'] = 'application/json';
        if (credentials.kind === 'api-token') {
            headers.authorization = `Bearer ${credentials.token}`;
        }
        else {
            headers['x-auth-email'] = credentials.email;
            headers['x-auth-key'] = credentials.key;
        }
        return headers;
    }
}
function errorFor(response) {
    try {
        parseEnvelope(response);
    }
    catch (error) {
        return error;
    }
    return new cloudflare_errors/* CloudflareApiError */.kx([], response);
}
/** The code of a network error, which fetch wraps in a TypeError's cause. */
function networkCode(error) {
    const own = error.code;
    const cause = error.cause;
    const code = typeof own === 'string' ? own : typeof cause?.code === 'string' ? cause.code : '';
    return code;
}
function describeNetworkError(error) {
    const code = networkCode(error);
    const cause = error.cause;
    const message = typeof cause?.message === 'string' ? cause.message : error instanceof Error ? error.message : String(error);
    return code ? `${code} (${message})` : message;
}

// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(351);
;// CONCATENATED MODULE: ./src/cloudflare/certificate-object.ts



/** The schema's string fields of a client certificate (every field is optional there). */
const STRING_FIELDS = [
    'certificate',
    'csr',
    'common_name',
    'country',
    'state',
    'location',
    'organization',
    'organizational_unit',
    'issued_on',
    'expires_on',
    'fingerprint_sha256',
    'serial_number',
    'signature',
    'ski',
    'status',
];
/**
 * The one check of a certificate object from any answer (details, create, revoke, reactivate, each
 * listing entry) against the types Cloudflare's schema gives it, before anything uses it: a number where
 * a string belongs, an object for a name, or an id that is neither a UUID (the live API's) nor 32
 * hexadecimal characters (the schema's examples) is refused with an error that names the field, never a
 * "x is not a function" later on. The id comes back in canonical (lowercase) form. Values are never
 * echoed: they are someone else's data.
 */
function checkCertificateObject(value, where, context) {
    const refuse = (detail) => new cloudflare_errors/* UnexpectedResponseError */.dk(`with ${where} ${detail}`, context);
    if (!isRecord(value))
        throw refuse('that is not a certificate object');
    const id = (0,identifier/* canonicalId */.iS)('certificate', value.id);
    if (id === undefined)
        throw refuse(`whose "id" is ${describe(value.id)}, not a certificate id (${identifier/* ID_SHAPES */.V5.certificate})`);
    for (const field of STRING_FIELDS) {
        if (value[field] !== undefined && value[field] !== null && typeof value[field] !== 'string')
            throw refuse(`whose "${field}" is ${describe(value[field])}, not a string`);
    }
    if (value.validity_days !== undefined && value.validity_days !== null && !Number.isInteger(value.validity_days)) {
        throw refuse(`whose "validity_days" is ${describe(value.validity_days)}, not a whole number`);
    }
    const authority = value.certificate_authority;
    if (authority !== undefined && authority !== null) {
        if (!isRecord(authority))
            throw refuse(`whose "certificate_authority" is ${describe(authority)}, not an object`);
        for (const field of ['id', 'name']) {
            if (authority[field] !== undefined && authority[field] !== null && typeof authority[field] !== 'string')
                throw refuse(`whose "certificate_authority.${field}" is ${describe(authority[field])}, not a string`);
        }
    }
    // null is the API's way of leaving a field out: drop it, so that every later use sees string | undefined.
    return { ...Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null)), id };
}
/** The certificate of a details, create, revoke or reactivate answer; it must hold a certificate PEM. */
function readCertificate(envelope) {
    if (isRecord(envelope.result) && envelope.result.certificate === undefined && envelope.result.id === undefined) {
        throw new cloudflare_errors/* UnexpectedResponseError */.dk('with a result that holds no PEM certificate', envelope.response);
    }
    const certificate = checkCertificateObject(envelope.result, 'a "result"', envelope.response);
    if (certificate.certificate === undefined || !certificate.certificate.includes('-----BEGIN CERTIFICATE-----')) {
        throw new cloudflare_errors/* UnexpectedResponseError */.dk('with a result that holds no PEM certificate', envelope.response);
    }
    return certificate;
}
/** The certificates of one listing page, each checked; page is for the error message. */
function readCertificateList(envelope, page) {
    if (!Array.isArray(envelope.result))
        throw new cloudflare_errors/* UnexpectedResponseError */.dk(`with a listing (page ${page}) whose "result" is not an array`, envelope.response);
    return envelope.result.map((entry, index) => checkCertificateObject(entry, `listing entry ${index + 1} of page ${page}`, envelope.response));
}
/** A short, safe description of a value's type and size: never its content (zones.ts uses it too). */
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'string')
        return `a string of ${value.length} characters`;
    if (typeof value === 'object')
        return 'an object';
    return `a ${typeof value}`;
}

;// CONCATENATED MODULE: ./src/cloudflare/paging.ts
/**
 * The paging claims of a listing page's result_info, every field checked, believing the smaller claim when
 * both total_count and total_pages (which Cloudflare's schema does not have) are given. A client never
 * relies on them to end a listing (a short page does); they only let it stop a listing whose claim passes
 * its ceiling after one request.
 */
function pageClaims(info, askedPerPage) {
    const perPage = saneCount(info?.per_page, 1, askedPerPage) ?? askedPerPage;
    const totalCount = saneCount(info?.total_count, 0, Number.MAX_SAFE_INTEGER);
    const totalPages = saneCount(info?.total_pages, 0, Number.MAX_SAFE_INTEGER);
    const claims = [totalCount, totalPages === undefined ? undefined : totalPages * perPage].filter((n) => n !== undefined);
    return { perPage, claimedTotal: claims.length > 0 ? Math.min(...claims) : undefined };
}
function saneCount(value, min, max) {
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}
/**
 * The one paging routine, for every listing (certificates of a zone, zones of an account), by the rules
 * Cloudflare's schema allows: the page count comes from the first page's claim (pageClaims), and without
 * one the listing goes on until a page comes back short. A page shorter than per_page always ends it,
 * whatever the counts claim (a short first page is the whole answer, even beside a count past the
 * ceiling); a claim past maxPages stops a listing that would go on, after one request; and no listing goes
 * past maxPages: a lying answer costs a handful of requests, never thousands. With a count, the pages it
 * justifies are fetched `concurrency` at a time; without one, one by one. Entries come back in page order.
 */
async function collectPages(fetchPage, limits) {
    const first = await fetchPage(1);
    const pages = [first];
    const isFull = (page) => page.items.length >= page.claims.perPage;
    const { claimedTotal, perPage } = first.claims;
    const claimedPages = claimedTotal === undefined ? undefined : Math.ceil(claimedTotal / perPage);
    if (claimedPages !== undefined && claimedPages > limits.maxPages && isFull(first))
        throw limits.tooMany(claimedTotal);
    let next = 2;
    while (isFull(pages[pages.length - 1])) {
        const last = claimedPages ?? next;
        if (next > last)
            break;
        if (next > limits.maxPages)
            throw limits.tooMany(undefined);
        const batch = [];
        for (let number = next; number <= Math.min(last, next + limits.concurrency - 1, limits.maxPages); number++)
            batch.push(number);
        const fetched = await Promise.all(batch.map(fetchPage));
        next += batch.length;
        // A short page ends the listing; pages after it in the same batch are not used.
        const short = fetched.findIndex(page => !isFull(page));
        pages.push(...(short === -1 ? fetched : fetched.slice(0, short + 1)));
    }
    return pages.flatMap(page => page.items);
}

;// CONCATENATED MODULE: ./src/cloudflare/client-certificates.ts




/** Pages of a listing fetched at once, after the first: enough to be quick, few enough to stay polite. */
const LIST_CONCURRENCY = 4;
/**
 * A zone's API Shield client certificates: `/zones/{zone_id}/client_certificates[/{id}]`. Every answer's
 * certificate object is checked before it is returned (certificate-object.ts); the certificate itself is
 * verified by the commands (certificate.ts).
 */
class ClientCertificatesClient {
    #client;
    constructor(client) {
        this.#client = client;
    }
    async create(zoneId, csrPem, validityDays) {
        return readCertificate(await this.#client.call('POST', path(zoneId), { body: { csr: csrPem, validity_days: validityDays } }));
    }
    async get(zoneId, certificateId) {
        return readCertificate(await this.#client.call('GET', path(zoneId, certificateId)));
    }
    /**
     * Every certificate of the zone with the status (the API's filter; 'all' for every one), 50 a page.
     * Cloudflare's schema gives `result_info` as {page, per_page, count, total_count}, with no total_pages:
     * the page count comes from total_count (or the smaller of the two when both are sent), and without
     * either the listing goes on until a page comes back short. A page shorter than per_page always ends
     * it, whatever the counts claim (a short first page is the whole answer, even beside a count past the
     * ceiling), and no listing goes past MAX_LIST_PAGES: a lying answer costs a handful of requests, never
     * thousands. Certificates are de-duplicated by id (a listing may shift while it is paged).
     */
    async list(zoneId, status) {
        const listed = await collectPages(async (number) => {
            const envelope = await this.#client.call('GET', path(zoneId), { query: { status, page: number, per_page: limits/* LIST_PAGE_SIZE */.Lw } });
            return { items: readCertificateList(envelope, number), claims: pageClaims(envelope.resultInfo, limits/* LIST_PAGE_SIZE */.Lw) };
        }, { maxPages: limits/* MAX_LIST_PAGES */.rt, concurrency: LIST_CONCURRENCY, tooMany: claimed => tooManyPages(zoneId, claimed) });
        const byId = new Map();
        for (const certificate of listed)
            byId.set(certificate.id, certificate);
        return [...byId.values()];
    }
    /**
     * Reactivates a certificate (PATCH): it becomes pending_reactivation, then active. No body is sent, as
     * the official TypeScript SDK's reactivate call (cloudflare-typescript, `clientCertificates` PATCH) sends none unless asked: the schema's body
     * `{"reactivate": boolean}` is optional, and the path alone asks for reactivation.
     */
    async reactivate(zoneId, certificateId) {
        return readCertificate(await this.#client.call('PATCH', path(zoneId, certificateId)));
    }
    /** Revokes a certificate (DELETE): it becomes pending_revocation, then revoked. */
    async revoke(zoneId, certificateId) {
        return readCertificate(await this.#client.call('DELETE', path(zoneId, certificateId)));
    }
}
function path(zoneId, certificateId) {
    const certificates = ['zones', zoneId, 'client_certificates'];
    return certificateId === undefined ? certificates : [...certificates, certificateId];
}
/** One page of a listing: its certificates (each checked) and what it claims about the whole. */
function tooManyPages(zoneId, claimed) {
    const what = claimed === undefined ? `kept returning full pages past ${limits/* MAX_LIST_PAGES */.rt} pages` : `reports ${claimed} certificates`;
    return new cloudflare_errors/* UnexpectedResponseError */.dk(`with a listing of zone ${zoneId} that ${what}: more than the ${limits/* MAX_LIST_PAGES */.rt * limits/* LIST_PAGE_SIZE */.Lw} this action lists (${limits/* MAX_LIST_PAGES */.rt} pages of ${limits/* LIST_PAGE_SIZE */.Lw}, twenty times a zone's quota); the listing was stopped`, { status: 200 });
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/loopback.ts
var loopback = __webpack_require__(2082);
;// CONCATENATED MODULE: ./src/cloudflare/proxy.ts




/** The fallback bundle, relative to dist/index.js. */
const FALLBACK_BUNDLE = ['proxy-fallback', 'index.js'].join(external_node_path_.sep);
/** Hosts that never go through a proxy: the credentials stay on this machine. */
const LOOPBACK_NO_PROXY = ['localhost', '127.0.0.1', '::1'];
/**
 * Makes the global `fetch` (Node's own undici) honour HTTPS_PROXY / HTTP_PROXY / NO_PROXY as self-hosted
 * runners expect, once, before the first request. An API on a loopback address never goes through a
 * proxy (a token sent to http://127.0.0.1 through HTTP_PROXY would cross the network in cleartext), and
 * loopback names are added to NO_PROXY for every other call too.
 *
 * Recent Node 24 releases have `http.setGlobalProxyFromEnv()`; on an older Node 24 the npm undici package's
 * EnvHttpProxyAgent becomes the global dispatcher instead, from a separate bundle loaded only then.
 */
async function useEnvironmentProxy(apiUrl, env = process.env, host = external_node_http_, loadFallback = loadBuiltFallback) {
    const proxies = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some(name => (env[name] ?? '') !== '');
    if (!proxies)
        return 'none';
    if ((0,loopback/* isLoopback */.U)(apiUrl.hostname))
        return 'loopback';
    const noProxy = [env.no_proxy ?? env.NO_PROXY ?? '', ...LOOPBACK_NO_PROXY].filter(Boolean).join(',');
    if (typeof host.setGlobalProxyFromEnv === 'function') {
        host.setGlobalProxyFromEnv({ ...env, NO_PROXY: noProxy, no_proxy: noProxy });
        return 'node';
    }
    const { EnvHttpProxyAgent, setGlobalDispatcher } = await loadFallback();
    // undici sets the dispatcher Node's own fetch reads too (the global dispatcher's legacy symbol).
    setGlobalDispatcher(new EnvHttpProxyAgent({ httpProxy: env.http_proxy ?? env.HTTP_PROXY, httpsProxy: env.https_proxy ?? env.HTTPS_PROXY, noProxy }));
    return 'undici';
}
/** dist/proxy-fallback/index.js, beside the running dist/index.js; never bundled into it. */
async function loadBuiltFallback() {
    // Loaded only on a Node 24 without http.setGlobalProxyFromEnv(), and only with a proxy set: npm undici's
    // proxy agent stays out of dist/index.js and off every other run. Joined at run time, so that the
    // bundler neither inlines the file nor copies it as an asset.
    const location = [(0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(require("url").pathToFileURL(__filename).href)), FALLBACK_BUNDLE].join(external_node_path_.sep);
    return (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(location).href));
}

;// CONCATENATED MODULE: ./src/version.ts
/** The action's version; a test keeps it equal to package.json's. */
const ACTION_VERSION = '1.0.0';
const USER_AGENT = `cloudflare-mtls-certificate-action/${ACTION_VERSION} (node ${process.version})`;

;// CONCATENATED MODULE: ./src/cloudflare/rate-limit.ts

/**
 * Cloudflare's rate limit, as its answers report it: 1,200 requests per 5 minutes per user, across every
 * tool and the dashboard, where one 429 blocks every call of that user for the next 5 minutes
 * (developers.cloudflare.com/fundamentals/api/reference/limits). Pure functions of an answer's headers:
 * what is left of the window, how long a 429 asks to wait, and the slow-down rule the request governor
 * (request-governor.ts) follows.
 */
/** Cloudflare's limit: requests per window, per user. */
const CLOUDFLARE_RATE_LIMIT = 1200;
const RATE_LIMIT_WINDOW_MS = 5 * 60 * 1000;
/** Header values longer than this are not parsed (a real one is a few dozen characters). */
const MAX_HEADER_CHARACTERS = 1024;
/** Items of a Ratelimit or Ratelimit-Policy list read; the rest are ignored. */
const MAX_HEADER_ITEMS = 16;
/** Counts and seconds above this are not believed. */
const MAX_HEADER_NUMBER = 1_000_000_000;
/**
 * The rate-limit headers of an answer, the tightest limit when several are reported; undefined when none
 * is. Cloudflare's limits page documents two forms, both read:
 * - `Ratelimit: "default";r=50;t=30` (items: a name, r = requests remaining, t = seconds until the
 *   window resets) and `Ratelimit-Policy: "burst";q=100;w=60` (q = quota, w = window in seconds), the
 *   IETF draft's structured fields, which the page documents today;
 * - `x-ratelimit-remaining`, `x-ratelimit-limit` and, on a 429, `x-ratelimit-reset` (an HTTP date), which
 *   the page and its September 2025 changelog documented first.
 * Every value is checked (whole numbers within bounds, bounded header lengths); anything else is ignored.
 */
function readRateLimit(header, now = Date.now()) {
    const readings = [];
    const remaining = wholeNumber(header('x-ratelimit-remaining'));
    if (remaining !== undefined) {
        const reset = header('x-ratelimit-reset');
        readings.push({
            remaining,
            limit: wholeNumber(header('x-ratelimit-limit')),
            resetMs: reset === null || reset === undefined || reset.length > MAX_HEADER_CHARACTERS ? undefined : parseRetryAfter(reset, now),
            windowMs: undefined,
        });
    }
    const policies = new Map(structuredList(header('ratelimit-policy')).map(item => [item.name, item.params]));
    for (const item of structuredList(header('ratelimit'))) {
        const r = wholeNumber(item.params.get('r'));
        if (r === undefined)
            continue;
        const t = wholeNumber(item.params.get('t'));
        const policy = policies.get(item.name);
        const w = wholeNumber(policy?.get('w'));
        readings.push({
            remaining: r,
            limit: wholeNumber(policy?.get('q')),
            resetMs: t === undefined ? undefined : t * 1000,
            windowMs: w === undefined ? undefined : w * 1000,
        });
    }
    if (readings.length === 0)
        return undefined;
    return readings.reduce((tightest, reading) => (reading.remaining < tightest.remaining ? reading : tightest));
}
/** How long a 429 asks to wait, in milliseconds: retry-after-ms, retry-after, the reset the headers give, else Cloudflare's 5-minute block. */
function rateLimitedWaitMs(header, now = Date.now()) {
    const bounded = (name) => {
        const value = header(name);
        return value === null || value === undefined || value.length > MAX_HEADER_CHARACTERS ? undefined : value;
    };
    return askedWaitMs(bounded('retry-after-ms'), bounded('retry-after'), now) ?? readRateLimit(header, now)?.resetMs ?? RATE_LIMIT_WINDOW_MS;
}
/** Requests of the window left to the rest of the user's tools: 5 % of the limit, at least the pool. */
function rateLimitReserve(limit, pool) {
    return Math.max(pool, Math.ceil((limit ?? CLOUDFLARE_RATE_LIMIT) * 0.05));
}
/**
 * The slow-down rule. With no reading, or `remaining` at least twice the reserve: the whole pool, no wait.
 * Below that: one request at a time, the requests left above the reserve spread evenly over what is left
 * of the window (its reset when reported, else its length, else Cloudflare's 5 minutes). At the reserve
 * or below: wait for the reset when it is known, else do not go. elapsedMs is the reading's age.
 */
function paceFor(reading, elapsedMs, pool) {
    if (reading === undefined)
        return { go: true, concurrency: pool, waitMs: 0 };
    const reserve = rateLimitReserve(reading.limit, pool);
    if (reading.remaining >= 2 * reserve)
        return { go: true, concurrency: pool, waitMs: 0 };
    const resetLeft = reading.resetMs === undefined ? undefined : Math.max(0, reading.resetMs - elapsedMs);
    if (reading.remaining > reserve) {
        const spread = resetLeft ?? reading.windowMs ?? RATE_LIMIT_WINDOW_MS;
        return { go: true, concurrency: 1, waitMs: Math.ceil(spread / (reading.remaining - reserve)) };
    }
    if (resetLeft === undefined)
        return { go: false, waitMs: reading.windowMs ?? RATE_LIMIT_WINDOW_MS };
    return { go: true, concurrency: 1, waitMs: resetLeft };
}
/** A whole number within bounds, from a header's digits; undefined for anything else. */
function wholeNumber(value) {
    if (value === null || value === undefined)
        return undefined;
    const text = value.trim();
    if (!/^\d{1,10}$/.test(text))
        return undefined;
    const number = Number(text);
    return number <= MAX_HEADER_NUMBER ? number : undefined;
}
/**
 * The items of a structured-field list (RFC 9651) as the rate-limit headers use it: `"name";key=value`,
 * separated by commas; a name may be a string or a token, values are read as text. Malformed items are
 * skipped; a header past MAX_HEADER_CHARACTERS is not read.
 */
function structuredList(value) {
    if (value === null || value === undefined || value.length > MAX_HEADER_CHARACTERS)
        return [];
    const items = [];
    for (const item of value.split(',').slice(0, MAX_HEADER_ITEMS)) {
        const [head = '', ...rest] = item.split(';').map(part => part.trim());
        const name = /^"([^"\\]*)"$/.exec(head)?.[1] ?? (/^[A-Za-z*][\w.:/*-]*$/.test(head) ? head : undefined);
        if (name === undefined)
            continue;
        const params = new Map();
        for (const part of rest) {
            const match = /^([a-z*][a-z0-9_.*-]*)=(.*)$/.exec(part);
            if (match)
                params.set(match[1], match[2]);
        }
        items.push({ name, params });
    }
    return items;
}

;// CONCATENATED MODULE: ./src/cloudflare/request-governor.ts



/**
 * How a run that sends many requests (the account inventory) stays within Cloudflare's rate limit:
 * 1,200 requests per 5 minutes per user, across every tool and the dashboard, where one 429 blocks every
 * call of that user for the next 5 minutes (developers.cloudflare.com/fundamentals/api/reference/limits).
 * docs/account-inventory.md says the same for users; the numbers are here and in rate-limit.ts (what the
 * answers say about the limit, and the slow-down rule).
 *
 * - A budget per run: every attempt (retries included) draws one request from it, and an attempt that
 *   would pass it is refused before it is sent.
 * - A pool: at most `pool` requests in flight at once.
 * - The API's own count, read from every answer (rate-limit headers): when it runs low, one request at a
 *   time, spread over what is left of the window, and a reserve of the window is left to the rest of the
 *   user's tools.
 * - A 429: no request is sent after it (those in flight finish), and the stop says how long to wait.
 */
/** Requests in flight at once. */
const DEFAULT_POOL = 4;
/** An attempt the governor refused: nothing was sent. */
class RequestsStopped extends Error {
    name = 'RequestsStopped';
    stop;
    constructor(stop) {
        super(describeStop(stop));
        this.stop = stop;
    }
}
/** One sentence for a stop, for logs and results. */
function describeStop(stop) {
    switch (stop.reason) {
        case 'budget':
            return `the run's request budget (${stop.budget} requests) is spent`;
        case 'rate-limited':
            return `Cloudflare answered HTTP 429 (rate limited): no request was sent after it, as Cloudflare blocks every API call of this user for a while; wait ${Math.ceil(stop.waitMs / 1000)} s before the next run`;
        case 'rate-limit-low':
            return `Cloudflare reports only ${stop.remaining} requests left in this user's rate-limit window, which are left to the user's other tools; wait ${Math.ceil(stop.waitMs / 1000)} s before the next run`;
    }
}
/**
 * The gate (AttemptGate, src/cloudflare/client.ts) of a run that sends many requests: the budget, the
 * pool, pacing from the API's rate-limit headers, and the stop. A client goes through it with
 * `new CloudflareClient({ ...options, ...governor.clientOptions() })`, which also turns off 429 retries.
 */
class RequestGovernor {
    budget;
    pool;
    #deadline;
    #sleep;
    #now;
    #log;
    #spent = 0;
    /** Slots taken: attempts admitted or waiting to be paced. */
    #slots = 0;
    /** Attempts sent and not yet ended. */
    #sending = 0;
    #maxSending = 0;
    #reading;
    #stop;
    #slowed = false;
    #waiters = [];
    #idle = [];
    constructor(options) {
        if (!Number.isInteger(options.budget) || options.budget < 1 || options.budget > limits/* MAX_REQUEST_BUDGET */.dq) {
            throw new Error(`internal error: a request budget must be a whole number from 1 to ${limits/* MAX_REQUEST_BUDGET */.dq}`);
        }
        this.budget = options.budget;
        this.pool = options.pool ?? DEFAULT_POOL;
        this.#deadline = options.deadline;
        this.#sleep = options.sleep ?? sleep_sleep;
        this.#now = options.now ?? Date.now;
        this.#log = options.log;
    }
    /** What a CloudflareClient needs to go through this governor: the gate, and no retry of a 429. */
    clientOptions() {
        return { gate: this, retryRateLimited: false };
    }
    /** Requests sent so far, retries included. */
    get spent() {
        return this.#spent;
    }
    /** Why requests stopped, once they have. */
    get stopped() {
        return this.#stop;
    }
    /** The most requests that were in flight at once. */
    get maxInFlight() {
        return this.#maxSending;
    }
    /** Whether the API's count ever made the run slow down. */
    get slowedDown() {
        return this.#slowed;
    }
    /** Resolves once no request is in flight: requests a refused call left behind have ended. */
    idle() {
        return this.#sending === 0 ? Promise.resolve() : new Promise(resolve => this.#idle.push(resolve));
    }
    async enter(signal) {
        this.#refuseIfStopped();
        await this.#takeSlot(signal);
        try {
            this.#refuseIfStopped();
            const pace = this.#pace();
            if (!pace.go)
                throw this.#halt({ reason: 'rate-limit-low', waitMs: pace.waitMs, remaining: this.#reading?.value.remaining ?? 0 });
            if (pace.waitMs > 0) {
                // A wait the deadline would cut short stops the run cleanly instead.
                if (pace.waitMs >= this.#deadline.remainingMs()) {
                    throw this.#halt({ reason: 'rate-limit-low', waitMs: pace.waitMs, remaining: this.#reading?.value.remaining ?? 0 });
                }
                this.#log?.debug(`rate limit: waiting ${(pace.waitMs / 1000).toFixed(1)} s before the next request`);
                await this.#sleep(pace.waitMs, signal);
                this.#refuseIfStopped();
            }
            if (this.#spent >= this.budget)
                throw this.#halt({ reason: 'budget', budget: this.budget });
        }
        catch (error) {
            this.#releaseSlot();
            throw error;
        }
        this.#spent += 1;
        this.#sending += 1;
        this.#maxSending = Math.max(this.#maxSending, this.#sending);
        let ended = false;
        return answer => {
            if (ended)
                return;
            ended = true;
            this.#sending -= 1;
            this.#observe(answer);
            this.#releaseSlot();
            if (this.#sending === 0)
                for (const resolve of this.#idle.splice(0))
                    resolve();
        };
    }
    #observe(answer) {
        if (answer === undefined)
            return;
        const header = (name) => answer.headers.get(name);
        const now = this.#now();
        if (answer.status === 429) {
            this.#halt({ reason: 'rate-limited', waitMs: rateLimitedWaitMs(header, now) });
            return;
        }
        const reading = readRateLimit(header, now);
        if (reading === undefined)
            return;
        this.#reading = { value: reading, at: now };
        const pace = paceFor(reading, 0, this.pool);
        if (pace.go && pace.concurrency < this.pool && !this.#slowed) {
            this.#slowed = true;
            this.#log?.info(`Cloudflare reports ${reading.remaining} requests left in this user's rate-limit window: slowing down to one request at a time`);
        }
    }
    #pace() {
        return paceFor(this.#reading?.value, this.#reading === undefined ? 0 : this.#now() - this.#reading.at, this.pool);
    }
    #refuseIfStopped() {
        if (this.#stop !== undefined)
            throw new RequestsStopped(this.#stop);
    }
    /** Records the first stop (later ones do not replace it) and wakes every waiter, which is then refused. */
    #halt(stop) {
        if (this.#stop === undefined) {
            this.#stop = stop;
            this.#log?.info(`Stopped sending requests: ${describeStop(stop)}`);
        }
        for (const wake of this.#waiters.splice(0))
            wake();
        return new RequestsStopped(this.#stop);
    }
    #concurrency() {
        const pace = this.#pace();
        return pace.go ? pace.concurrency : 1;
    }
    async #takeSlot(signal) {
        while (this.#slots >= this.#concurrency()) {
            if (signal.aborted)
                throw signal.reason;
            await new Promise((resolve, reject) => {
                const onAbort = () => {
                    this.#waiters = this.#waiters.filter(waiter => waiter !== wake);
                    reject(signal.reason);
                };
                const wake = () => {
                    signal.removeEventListener('abort', onAbort);
                    resolve();
                };
                this.#waiters.push(wake);
                signal.addEventListener('abort', onAbort, { once: true });
            });
            this.#refuseIfStopped();
        }
        this.#slots += 1;
    }
    #releaseSlot() {
        this.#slots -= 1;
        // Every waiter looks again: the pool may have grown back, or the run stopped.
        for (const wake of this.#waiters.splice(0))
            wake();
    }
}

;// CONCATENATED MODULE: ./src/cloudflare/zones.ts






/** The zone statuses GET /zones filters on (the schema's enum). */
const ZONE_STATUSES = (/* unused pure expression or super */ null && (['initializing', 'pending', 'active', 'moved']));
/** The schema's pattern for a zone's name (zones_zone.name), which the live API's names follow. */
const ZONE_NAME = /^([a-zA-Z0-9][-a-zA-Z0-9]*\.)+[-a-zA-Z0-9]{2,20}$/;
/**
 * Every zone of the account (`GET /zones?account.id=…`, "Zone: Read"), 50 a page, every page, in the
 * order the API lists them, with the status when given (every status when not). The paging rules are the
 * certificate listing's: never relying on total_pages (not in the schema), a page shorter than per_page
 * ends the listing, a count claimed in result_info ends it at the pages it justifies, and no listing goes
 * past MAX_ZONE_PAGES (1,200 zones: more than one run's largest budget could check) — a claim past it
 * stops the listing after its first page. Pages are fetched one after another. Zones are de-duplicated
 * by id (a listing may shift while it is paged); each is checked by readZoneList.
 */
async function listAccountZones(client, accountId, options = {}) {
    const account = (0,identifier/* canonicalId */.iS)('account', accountId);
    if (account === undefined)
        throw new Error('internal error: listing the zones of something that is not an account id');
    const listed = await collectPages(async (page) => {
        const query = { 'account.id': account, ...(options.status ? { status: options.status } : {}), page, per_page: limits/* LIST_PAGE_SIZE */.Lw };
        const envelope = await client.call('GET', ['zones'], { query });
        return { items: readZoneList(envelope, page, account), claims: pageClaims(envelope.resultInfo, limits/* LIST_PAGE_SIZE */.Lw) };
    }, 
    // One page at a time: an inventory spends its request budget on certificates first.
    { maxPages: limits/* MAX_ZONE_PAGES */.LY, concurrency: 1, tooMany: claimed => tooManyZones(account, claimed) });
    const byId = new Map();
    for (const zone of listed)
        if (!byId.has(zone.id))
            byId.set(zone.id, zone);
    return [...byId.values()];
}
/**
 * The zones of one listing page, each checked before anything uses it: an object, an id of the zone kind,
 * a name that is a DNS name of at most 253 characters (the schema's pattern), and an account that is the
 * one asked for (a zone of another account is never checked under this one). Refusals name the entry and
 * the field, and describe a bad value by its type and size only: never its content.
 */
function readZoneList(envelope, page, accountId) {
    const refuse = (detail) => new cloudflare_errors/* UnexpectedResponseError */.dk(detail, envelope.response);
    if (!Array.isArray(envelope.result))
        throw refuse(`with a zone listing (page ${page}) whose "result" is not an array`);
    return envelope.result.map((entry, index) => {
        const where = `zone listing entry ${index + 1} of page ${page}`;
        if (!isRecord(entry))
            throw refuse(`with ${where} that is not a zone object`);
        const id = (0,identifier/* canonicalId */.iS)('zone', entry.id);
        if (id === undefined)
            throw refuse(`with ${where} whose "id" is ${describe(entry.id)}, not a zone id (${identifier/* ID_SHAPES */.V5.zone})`);
        const name = entry.name;
        if (typeof name !== 'string' || name.length > limits/* MAX_ZONE_NAME_LENGTH */.n8 || !ZONE_NAME.test(name) || name.split('.').some(label => label.length > 63)) {
            throw refuse(`with ${where} (zone ${id}) whose "name" is ${describe(name)}, not a DNS name of at most ${limits/* MAX_ZONE_NAME_LENGTH */.n8} characters`);
        }
        const given = isRecord(entry.account) ? entry.account.id : undefined;
        const account = (0,identifier/* canonicalId */.iS)('account', given);
        if (account !== accountId) {
            const what = account ?? (given === undefined || given === null ? 'missing' : describe(given));
            throw refuse(`with ${where} (zone ${id}) whose "account.id" is ${what}, not the account asked for (${accountId})`);
        }
        return { id, name: name.toLowerCase() };
    });
}
function tooManyZones(accountId, claimed) {
    const max = limits/* MAX_ZONE_PAGES */.LY * limits/* LIST_PAGE_SIZE */.Lw;
    const what = claimed === undefined ? `kept returning full pages past ${limits/* MAX_ZONE_PAGES */.LY} pages` : `reports ${claimed} zones`;
    return new cloudflare_errors/* UnexpectedResponseError */.dk(`with a zone listing of account ${accountId} that ${what}: more than the ${max} zones one run can check (${limits/* MAX_ZONE_PAGES */.LY} pages of ${limits/* LIST_PAGE_SIZE */.Lw}; the largest request budget, 1,200, checks at most that many); the listing was stopped. Check the zones in groups with zone-id instead`, { status: 200 });
}

// EXTERNAL MODULE: ./src/escape.ts
var src_escape = __webpack_require__(2988);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/certificate.ts



const DAY_MS = 86_400_000;
/** An ISO 8601 timestamp as the schema's examples give them, e.g. 2033-02-20T23:18:00Z. */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/**
 * Trust, but verify: parses the returned PEM, recomputes the fingerprint from the DER, and checks the
 * fields the API reports against the certificate itself. Throws VerificationError on any disagreement
 * that would make the outputs wrong.
 */
function verifyCertificate(api, expected, now = new Date()) {
    const id = (0,identifier/* canonicalId */.iS)('certificate', api.id);
    if (id === undefined)
        throw new cloudflare_errors/* VerificationError */.mk('the API returned a certificate without a valid id (a UUID, or 32 hexadecimal characters)');
    if (expected.id !== undefined && id !== expected.id) {
        throw new cloudflare_errors/* VerificationError */.mk(`the API returned certificate ${id} when certificate ${expected.id} was asked for`);
    }
    const pem = canonicalCertificatePem(api.certificate ?? '');
    if (pem === undefined) {
        throw new cloudflare_errors/* VerificationError */.mk(`the certificate field of ${id} returned by the API is not exactly one PEM certificate (a second block, or text around it, is refused)`);
    }
    let x509;
    try {
        x509 = new external_node_crypto_.X509Certificate(pem);
    }
    catch {
        throw new cloudflare_errors/* VerificationError */.mk(`the certificate PEM of ${id} returned by the API does not parse as an X.509 certificate`);
    }
    const fingerprint = (0,external_node_crypto_.createHash)('sha256').update(x509.raw).digest('hex');
    if (api.fingerprint_sha256 !== undefined) {
        const reported = api.fingerprint_sha256.replace(/:/g, '').toLowerCase();
        if (reported !== fingerprint) {
            throw new cloudflare_errors/* VerificationError */.mk(`the fingerprint the API reports for ${id} (${reported}) is not the SHA-256 of the certificate it returned (${fingerprint})`);
        }
    }
    if (expected.publicKeySpki !== undefined) {
        const certificateKey = x509.publicKey.export({ type: 'spki', format: 'der' });
        if (!certificateKey.equals(expected.publicKeySpki)) {
            throw new cloudflare_errors/* VerificationError */.mk(`certificate ${id} was not issued for the CSR's key: its public key differs from the one in the CSR`);
        }
    }
    const serialNumber = stripLeadingZeros(x509.serialNumber.toLowerCase());
    if (api.serial_number !== undefined && !sameSerialNumber(api.serial_number, serialNumber)) {
        throw new cloudflare_errors/* VerificationError */.mk(`the serial number the API reports for ${id} (${api.serial_number}) is not the certificate's (${serialNumber})`);
    }
    const warnings = [];
    const commonName = commonNameOf(x509);
    if (typeof api.common_name === 'string' && api.common_name !== commonName) {
        warnings.push(`the API reports common name "${api.common_name}" for certificate ${id}, but the certificate itself says "${commonName}"; the common-name output uses the certificate`);
    }
    const notAfter = new Date(x509.validTo);
    const certificateExpiry = notAfter.toISOString().replace(/\.000Z$/, 'Z');
    const reportedExpiry = api.expires_on === undefined ? Number.NaN : Date.parse(api.expires_on);
    const agrees = ISO_TIMESTAMP.test(api.expires_on ?? '') && Math.abs(reportedExpiry - notAfter.getTime()) <= DAY_MS;
    if (api.expires_on !== undefined && !agrees) {
        warnings.push(`the API reports that certificate ${id} expires on ${api.expires_on}, but the certificate itself says ${certificateExpiry}; the expires-on output and days-remaining use the certificate`);
    }
    return {
        api,
        id,
        pem,
        fingerprint,
        serialNumber,
        status: typeof api.status === 'string' ? api.status : 'unknown',
        commonName,
        notAfter,
        expiresOn: agrees ? api.expires_on : certificateExpiry,
        daysRemaining: Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS),
        warnings,
    };
}
/** Checks that make the step fail after its outputs are set: the certificate exists but is not fit for use. */
function policyFailures(certificate, policy) {
    const failures = [];
    const expires = certificate.expiresOn;
    if (policy.requireActive && certificate.status !== 'active') {
        failures.push(`certificate ${certificate.id} is ${certificate.status}, not active (set require-active: false to only report its status)`);
    }
    if (policy.requireActive && certificate.daysRemaining < 0) {
        failures.push(`certificate ${certificate.id} expired on ${expires}`);
    }
    else if (policy.minDaysRemaining !== undefined && certificate.daysRemaining < policy.minDaysRemaining) {
        failures.push(`certificate ${certificate.id} expires on ${expires}: ${certificate.daysRemaining} days left, fewer than min-days-remaining (${policy.minDaysRemaining})`);
    }
    return failures;
}
/** Exactly one PEM certificate, nothing else but blanks around it; canonical line ends; undefined otherwise. */
const ONE_CERTIFICATE = /^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE-----$/;
function canonicalCertificatePem(text) {
    const pem = text.replace(/\\n/g, '\n').replace(/\r\n?/g, '\n').trim();
    return ONE_CERTIFICATE.test(pem) ? `${pem}\n` : undefined;
}
/**
 * Whether a serial number as an API reports it is the certificate's (given as hexadecimal), compared as
 * numbers: Cloudflare's own published answer gives it in decimal, other answers in upper- or lower-case
 * hexadecimal, with or without leading zeros, or in colon-separated groups of one or two hexadecimal
 * digits (each group a byte: `a:b` is 0x0a0b). Anything else (a sign, a space, other letters, an empty
 * group) is no serial number. X.509 serials are at most 20 octets: a longer text is refused unread.
 *
 * Digits alone could be either base, and reading them both ways would accept two numbers (for serial
 * 0x10, both "10" and "16"). They are read as hexadecimal only when they are as long as the
 * certificate's hexadecimal serial (both without leading zeros), else as decimal: a decimal rendering
 * of a serial has more digits than its hexadecimal one from 6 hexadecimal digits on, so for a real serial
 * (16 to 20 octets) the lengths tell the bases apart; for a short one of equal lengths, hexadecimal wins.
 */
function sameSerialNumber(reported, certificateHex) {
    const text = reported.trim();
    if (text.length === 0 || text.length > 80)
        return false;
    const reading = readSerialNumber(text, stripLeadingZeros(certificateHex).length);
    return reading !== undefined && reading === BigInt(`0x${certificateHex}`);
}
const SERIAL_BYTES = /^[0-9a-fA-F]{1,2}(:[0-9a-fA-F]{1,2})+$/;
/** The one number a reported serial reads as (see sameSerialNumber); undefined for no serial number. */
function readSerialNumber(text, hexLength) {
    const bytes = SERIAL_BYTES.test(text) ? text.split(':').map(group => group.padStart(2, '0')) : undefined;
    if (bytes !== undefined)
        return BigInt(`0x${bytes.join('')}`);
    if (/^[0-9]+$/.test(text))
        return stripLeadingZeros(text).length === hexLength ? BigInt(`0x${text}`) : BigInt(text);
    return /^[0-9a-fA-F]+$/.test(text) ? BigInt(`0x${text}`) : undefined;
}
function stripLeadingZeros(hex) {
    return hex.replace(/^0+(?=.)/, '');
}
/**
 * The certificate's common name as node:crypto decodes it from the DER (the value itself: no escaped
 * text to parse, and a multi-valued RDN is no trap); the last, most specific one when there are
 * several; '' when there is none.
 */
function commonNameOf(x509) {
    const value = x509.toLegacyObject().subject?.CN;
    const last = Array.isArray(value) ? value.at(-1) : value;
    return typeof last === 'string' ? last : '';
}

;// CONCATENATED MODULE: ./src/commands/list.ts

/**
 * Every certificate of the zone with the status, each verified against its own bytes, sorted by
 * expiry. With min-days-remaining, active certificates under it make the step fail; an empty listing
 * warns, or fails with fail-on-empty.
 */
async function listCertificates(config, context) {
    const listed = await context.certificates.list(config.zoneId, config.status);
    const certificates = verifyListing(listed);
    const minDays = config.minDaysRemaining;
    const expiring = expiringAmong(certificates, minDays);
    const failures = expiring.length === 0
        ? []
        : [
            `${expiring.length} active client certificate${expiring.length === 1 ? '' : 's'} of zone ${config.zoneId} expire${expiring.length === 1 ? 's' : ''} in fewer than ${minDays} days (min-days-remaining): ${expiring.map(c => `${c.id} (${c.commonName}, ${c.daysRemaining} days)`).join(', ')}`,
        ];
    const warnings = [];
    if (certificates.length === 0) {
        // A scheduled check pointed at the wrong zone (or filter) would otherwise stay green for ever.
        const none = `Zone ${config.zoneId} has no client certificates with status ${config.status}: check zone-id and list-status`;
        if (config.failOnEmpty)
            failures.push(`${none} (fail-on-empty)`);
        else
            warnings.push(`${none}; set fail-on-empty: true to fail the step when this happens`);
    }
    return { kind: 'list', certificates, expiring, failures, warnings, requests: context.client.requestCount };
}
/** A listing's certificates, each verified against its own bytes (throws VerificationError), soonest expiry first. */
function verifyListing(listed, now = new Date()) {
    return listed.map(certificate => verifyCertificate(certificate, {}, now)).sort((a, b) => a.notAfter.getTime() - b.notAfter.getTime());
}
/** The certificates min-days-remaining flags: active ones with fewer days left (none without it). */
function expiringAmong(certificates, minDaysRemaining) {
    return minDaysRemaining === undefined ? [] : certificates.filter(c => c.status === 'active' && c.daysRemaining < minDaysRemaining);
}

;// CONCATENATED MODULE: ./src/commands/account-inventory.ts










/**
 * `list` with an account instead of a zone: every zone of the account, then each zone's certificates,
 * checked exactly as a one-zone list checks them, within a request budget and Cloudflare's rate limit.
 * docs/account-inventory.md describes it; the numbers live in src/cloudflare/request-governor.ts and rate-limit.ts.
 */
/** The one call of the certificate listing routine (its paging, its checks of every entry), as a one-zone list makes it. */
const listZoneCertificates = (client, zoneId, status) => new ClientCertificatesClient(client).list(zoneId, status);
/** Zones that failed in a row (server errors, garbled answers) after which no new zone is started: an outage is not worth the rate limit. */
const MAX_FAILED_ZONES_IN_A_ROW = 3;
/** Characters of an error kept in a zone's note. */
const MAX_WHY_CHARACTERS = 500;
/**
 * Lists the account's zones, then checks them, `pool` zones at a time, through one client whose every
 * request goes through one RequestGovernor. A zone whose certificates answer 403 is skipped with a note;
 * any other error fails that zone (the others go on, up to MAX_FAILED_ZONES_IN_A_ROW failures in a row);
 * a spent budget, a 429, the API's count at its reserve, the deadline or a refused credential stop new
 * requests, and the zones left are named. Requests in flight are waited for before it returns. A failure
 * to list the zones themselves is thrown (nothing was read), unless the governor stopped it.
 */
async function inventoryAccount(config, services) {
    const accountId = (0,identifier/* canonicalId */.iS)('account', config.accountId);
    if (accountId === undefined)
        throw new Error('internal error: an inventory of something that is not an account id');
    const { log } = services;
    const pool = services.pool ?? DEFAULT_POOL;
    const budget = services.budget ?? limits/* DEFAULT_REQUEST_BUDGET */.qY;
    const governor = new RequestGovernor({
        budget,
        pool,
        deadline: services.clientOptions.deadline,
        ...(services.clientOptions.sleep ? { sleep: services.clientOptions.sleep } : {}),
        ...(services.clock ? { now: services.clock } : {}),
        log,
    });
    const client = new CloudflareClient({ ...services.clientOptions, ...governor.clientOptions() });
    const now = services.now?.() ?? new Date();
    let zones;
    try {
        zones = await listAccountZones(client, accountId);
    }
    catch (error) {
        await governor.idle();
        if (!(error instanceof RequestsStopped) && !isRateLimited(error))
            throw error;
        const stop = governor.stopped;
        return finish(config, accountId, [], [], stop, governor);
    }
    log.info(`Account ${accountId}: ${zones.length} zone${zones.length === 1 ? '' : 's'} listed; checking them, ${pool} requests at a time, within a budget of ${budget} requests`);
    const outcomes = zones.map(() => undefined);
    let halt;
    let failedInARow = 0;
    let next = 0;
    const checkZone = async (index) => {
        const zone = zones[index];
        try {
            const certificates = verifyListing(await listZoneCertificates(client, zone.id, config.status), now);
            outcomes[index] = { kind: 'checked', certificates };
            failedInARow = 0;
            log.debug(`Zone ${zone.name} (${zone.id}): ${certificates.length} certificate${certificates.length === 1 ? '' : 's'} with status ${config.status}`);
        }
        catch (error) {
            const outcome = classify(error, zone);
            outcomes[index] = outcome;
            if (error instanceof deadline/* DeadlineError */.j)
                halt ??= { reason: 'deadline', message: error.message };
            else if (error instanceof cloudflare_errors/* CloudflareApiError */.kx && error.response.status === 401)
                halt ??= { reason: 'credentials', message: error.message };
            if (outcome.kind === 'failed' && ++failedInARow >= MAX_FAILED_ZONES_IN_A_ROW)
                halt ??= { reason: 'failing', zones: failedInARow };
            if (outcome.kind === 'skipped')
                log.info(`Zone ${zone.name} (${zone.id}) skipped: ${outcome.why}`);
            if (outcome.kind === 'failed')
                log.info(`Zone ${zone.name} (${zone.id}) could not be checked: ${outcome.why}`);
        }
    };
    const worker = async () => {
        while (next < zones.length && halt === undefined && governor.stopped === undefined)
            await checkZone(next++);
    };
    await Promise.all(Array.from({ length: Math.min(pool, zones.length) }, worker));
    await governor.idle();
    const stop = governor.stopped ?? halt;
    const why = stop === undefined ? '' : zoneWhy(stop);
    const settled = outcomes.map((outcome) => outcome ?? { kind: 'not-checked', why });
    return finish(config, accountId, zones, settled, stop, governor);
}
/** What an error means for the zone it came from. */
function classify(error, zone) {
    if (error instanceof RequestsStopped)
        return { kind: 'not-checked', why: zoneWhy(error.stop) };
    if (isRateLimited(error))
        return { kind: 'not-checked', why: 'the API answered HTTP 429 (rate limited) during its check' };
    if (error instanceof deadline/* DeadlineError */.j)
        return { kind: 'not-checked', why: `its check was cut short: ${error.message}` };
    const message = (0,src_escape/* shorten */.ml)(error instanceof Error ? error.message : String(error), MAX_WHY_CHARACTERS);
    if (error instanceof cloudflare_errors/* CloudflareApiError */.kx && error.response.status === 403) {
        return {
            kind: 'skipped',
            why: `${message}: the token's "SSL and Certificates: Read" does not include zone ${zone.id}, or the zone is not entitled to client certificates`,
        };
    }
    return { kind: 'failed', why: message };
}
function isRateLimited(error) {
    return error instanceof cloudflare_errors/* CloudflareApiError */.kx && error.response.status === 429;
}
/** A zone's note for a stop: short, as it repeats for every zone left. */
function zoneWhy(stop) {
    switch (stop.reason) {
        case 'budget':
            return `not checked: the run's request budget (${stop.budget} requests) was spent`;
        case 'rate-limited':
            return 'not checked: the API answered HTTP 429 (rate limited), and no request was sent after it';
        case 'rate-limit-low':
            return "not checked: the user's rate-limit window was down to the requests left to other tools";
        case 'deadline':
            return "not checked: the step's deadline (timeout-seconds) passed";
        case 'credentials':
            return 'not checked: the API refused the credentials (HTTP 401)';
        case 'failing':
            return `not checked: ${stop.zones} zones failed in a row, so no new zone was started`;
    }
}
/** One sentence for the run's stop. */
function describeInventoryStop(stop) {
    switch (stop.reason) {
        case 'deadline':
        case 'credentials':
            return stop.message;
        case 'failing':
            return `${stop.zones} zones failed in a row: no new zone was started, so as not to spend the rate limit on an API that is failing`;
        default:
            return describeStop(stop);
    }
}
function finish(config, accountId, zones, outcomes, stop, governor) {
    const refs = zones.map(({ id, name }) => ({ id, name }));
    const notes = (kind) => refs.flatMap((zone, index) => {
        const outcome = outcomes[index];
        return outcome !== undefined && outcome.kind === kind ? [{ ...zone, why: outcome.why }] : [];
    });
    const zonesChecked = [];
    const certificates = [];
    // The fewest requests: ⌈Z/50⌉ zone pages, then max(1, ⌈Nᵢ/50⌉) per zone checked and 1 per zone not.
    let needed = Math.max(1, Math.ceil(zones.length / limits/* LIST_PAGE_SIZE */.Lw));
    refs.forEach((zone, index) => {
        const outcome = outcomes[index];
        if (outcome?.kind !== 'checked') {
            needed += 1;
            return;
        }
        zonesChecked.push({ ...zone, count: outcome.certificates.length });
        for (const certificate of outcome.certificates)
            certificates.push({ ...certificate, zone });
        needed += Math.max(1, Math.ceil(outcome.certificates.length / limits/* LIST_PAGE_SIZE */.Lw));
    });
    certificates.sort((a, b) => a.notAfter.getTime() - b.notAfter.getTime());
    const expiring = expiringAmong(certificates, config.minDaysRemaining);
    const zonesSkipped = notes('skipped');
    const zonesFailed = notes('failed');
    const zonesNotChecked = notes('not-checked');
    // Before the zones were listed, the account's need is unknown: at least what was spent and one more.
    const requestsNeeded = zones.length === 0 && stop !== undefined ? governor.spent + 1 : needed;
    const failures = [];
    const warnings = [];
    if (expiring.length > 0) {
        const one = expiring.length === 1;
        failures.push(`${expiring.length} active client certificate${one ? '' : 's'} of account ${accountId} expire${one ? 's' : ''} in fewer than ${config.minDaysRemaining} days (min-days-remaining): ${expiring.map(c => `${c.id} (${c.commonName}, zone ${c.zone.name}, ${c.daysRemaining} days)`).join(', ')}`);
    }
    for (const zone of zonesFailed)
        failures.push(`Zone ${zone.name} (${zone.id}) could not be checked: ${zone.why}`);
    if (stop !== undefined) {
        const left = zones.length === 0
            ? "the account's zones could not be listed"
            : `${zonesNotChecked.length} of ${zones.length} zones were not checked: ${zonesNotChecked.map(z => `${z.name} (${z.id})`).join(', ')}`;
        const sentence = `Stopped before the account was checked: ${describeInventoryStop(stop)}. ${left}. The account needs at least ${requestsNeeded} requests; this run sent ${governor.spent} of its budget of ${governor.budget}`;
        if (config.failWhenIncomplete ?? true)
            failures.push(sentence);
        else
            warnings.push(sentence);
    }
    if (zones.length === 0 && stop === undefined) {
        failures.push(`Account ${accountId} has no zones these credentials can list: check account-id, and that the token has "Zone: Read" on the account's zones`);
    }
    else if (zones.length > 0 && zonesChecked.length === 0 && zonesSkipped.length === zones.length) {
        failures.push(`None of the ${zones.length} zones of account ${accountId} could be read (each answered HTTP 403): check that the token has "SSL and Certificates: Read" on them`);
    }
    else if (zonesChecked.length > 0 && certificates.length === 0 && stop === undefined && zonesFailed.length === 0) {
        const none = `The ${zonesChecked.length} zones checked in account ${accountId} have no client certificates with status ${config.status}: check account-id and list-status`;
        if (config.failOnEmpty)
            failures.push(`${none} (fail-on-empty)`);
        else
            warnings.push(`${none}; set fail-on-empty: true to fail the step when this happens`);
    }
    const notices = zonesSkipped.map(zone => `Zone ${zone.name} (${zone.id}) was skipped: ${zone.why}`);
    return {
        kind: 'account-list',
        accountId,
        zones: refs,
        certificates,
        expiring,
        zonesChecked,
        zonesSkipped,
        zonesFailed,
        zonesNotChecked,
        stop,
        requests: governor.spent,
        budget: governor.budget,
        rate: { maxInFlight: governor.maxInFlight, slowedDown: governor.slowedDown },
        requestsNeeded,
        failures,
        warnings,
        notices,
    };
}

;// CONCATENATED MODULE: ./src/poll.ts
/** The first wait, the growth and the longest wait of every poll. */
const FIRST_MS = 1000;
const GROWTH = 1.5;
const MAX_MS = 10_000;
/**
 * The one polling schedule for everything Cloudflare applies later than it answers (its reads are
 * eventually consistent): a pending revocation or reactivation, a hostname list after a write, a
 * certificate that listings show late. It yields the wait before each next look: 1 s, growing by half
 * each time up to 10 s (1, 1.5, 2.3, 3.4, 5.1, 7.6, 10, 10, …), quick when the API is quick and a look
 * every 10 s when it takes minutes; and it ends when the next wait and one more look would not fit in
 * the budget or before the deadline. It counts its own waits as well as the clock, so that a test's
 * sleep that takes no time ends it too.
 */
function* pollDelays(deadline, limits = {}) {
    const reserve = limits.reserveMs ?? 1000;
    const budget = Math.min(limits.budgetMs ?? Number.POSITIVE_INFINITY, deadline.remainingMs());
    let waited = 0;
    for (let delay = FIRST_MS;; delay = Math.min(MAX_MS, Math.round(delay * GROWTH))) {
        if (waited + delay + reserve > budget || delay + reserve > deadline.remainingMs())
            return;
        waited += delay;
        yield delay;
    }
}
/**
 * The one way a poll waits: within the deadline, and a cancelled step or a passed deadline ends the wait
 * as the deadline's error (never a bare abort reason, which would show as "Unexpected error").
 */
async function pause(ms, { deadline, sleep }) {
    try {
        await sleep(ms, deadline.signal);
    }
    catch {
        throw deadline.error();
    }
}

;// CONCATENATED MODULE: ./src/commands/change-status.ts



const TRANSITIONS = {
    revoke: { pending: 'pending_revocation', settled: 'revoked' },
    reactivate: { pending: 'pending_reactivation', settled: 'active' },
};
/** Cloudflare's code for a revoke of a certificate that is already revoked ("already deleted"), on the live API. */
const ALREADY_REVOKED = 1407;
/**
 * Revokes (DELETE) or reactivates (PATCH) a certificate. Cloudflare moves it through a pending status,
 * which can last well past a minute; with wait, the details are polled with backoff until it settles,
 * within the step's deadline.
 *
 * A revoke of a certificate that is already revoked (or on its way there) is a success, so that a
 * rotation workflow can be run again: the live API answers it with code 1407, and the certificate's own
 * details then say where it stands.
 */
async function changeStatus(config, context) {
    const { client, certificates, log } = context;
    const { pending, settled } = TRANSITIONS[config.command];
    const notices = [];
    let certificate;
    if (config.command === 'revoke') {
        try {
            certificate = verifyCertificate(await certificates.revoke(config.zoneId, config.certificateId), { id: config.certificateId });
            log.info(`Revoked certificate ${certificate.id}: now ${certificate.status}`);
        }
        catch (error) {
            if (!(error instanceof cloudflare_errors/* CloudflareApiError */.kx && error.hasCode(ALREADY_REVOKED)))
                throw error;
            certificate = verifyCertificate(await certificates.get(config.zoneId, config.certificateId), { id: config.certificateId });
            if (certificate.status !== pending && certificate.status !== settled)
                throw error;
            // An earlier run, or an earlier attempt of this step's own request (its answer lost, then retried),
            // may have revoked it: either way it is done, and the certificate's details say how far.
            const where = certificate.status === settled ? 'revoked' : 'being revoked (pending_revocation)';
            notices.push(`Certificate ${certificate.id} is already ${where}: nothing more to do (${error.message})`);
        }
    }
    else {
        certificate = verifyCertificate(await certificates.reactivate(config.zoneId, config.certificateId), { id: config.certificateId });
        log.info(`Reactivated certificate ${certificate.id}: now ${certificate.status}`);
    }
    const failures = [];
    if (certificate.status !== pending && certificate.status !== settled) {
        failures.push(`Cloudflare reports certificate ${certificate.id} as ${certificate.status} after ${config.command}, not ${pending} or ${settled}`);
    }
    else if (config.wait) {
        const waited = await waitUntilSettled(config, context, certificate, pending);
        certificate = waited.certificate;
        if (certificate.status !== settled) {
            failures.push(`certificate ${certificate.id} is still ${certificate.status} after ${Math.round(waited.ms / 1000)} s of waiting; it will become ${settled} on its own ` +
                `(revocation can take a few minutes): run a get step later, or give wait a larger timeout-seconds (${longerWait(config)})`);
        }
    }
    return { kind: 'certificate', certificate, failures, notices, requests: client.requestCount };
}
async function waitUntilSettled(config, context, first, pending) {
    const { certificates, deadline, log } = context;
    const started = Date.now();
    let certificate = first;
    // Keeps time for the last look: stops when the next wait would use up the deadline.
    for (const delay of pollDelays(deadline)) {
        if (certificate.status !== pending)
            break;
        log.info(`Certificate ${certificate.id} is ${certificate.status}; looking again in ${(delay / 1000).toFixed(1)} s`);
        await pause(delay, context);
        certificate = verifyCertificate(await certificates.get(config.zoneId, config.certificateId), { id: config.certificateId });
    }
    return { certificate, ms: Date.now() - started };
}
/** A timeout-seconds worth advising for wait: 300 (revocation can take minutes), or twice what was given. */
function longerWait(config) {
    return Math.max(300, Math.ceil((2 * config.timeoutMs) / 1000));
}

// EXTERNAL MODULE: ./src/config/types.ts + 1 modules
var types = __webpack_require__(3645);
// EXTERNAL MODULE: ./src/csr.ts
var src_csr = __webpack_require__(6799);
;// CONCATENATED MODULE: ./src/commands/create.ts





/** How far Cloudflare's clock may be behind the runner's. */
const CLOCK_ALLOWANCE_MS = 60_000;
const MINUTE_MS = 60_000;
/** How long at most an ambiguous create looks for the certificate it may have issued, before it creates again. */
const LOOK_FOR_MS = 30_000;
/**
 * Issues a certificate for the CSR and checks that what came back was issued for the CSR's key.
 *
 * A create is not idempotent, and a request can fail after Cloudflare acted on it (a timeout, a reset,
 * a 5xx). Then the zone is searched for a certificate with this CSR issued since the step began, and
 * that one is adopted. When there is none, a second create is sent only if the deadline leaves room to
 * look once more afterwards. A certificate for this CSR that appears in between is never revoked: the
 * step cannot prove it issued it (another job with the same CSR may have, and revoking that one would
 * stop a working client). It is named in a warning, with when it was issued and how to revoke it; and
 * whenever a create was ambiguous, the step says at the end that a late duplicate may still appear.
 */
async function createCertificate(config, context) {
    const { client, certificates, log } = context;
    let request;
    let privateKeyPem;
    if (config.csr.kind === 'generate') {
        // Loaded only with generate-key: the X.509 and ASN.1 libraries it loads in turn stay off every other path.
        const { generateKeyAndCsr } = await __webpack_require__.e(/* import() */ 288).then(__webpack_require__.bind(__webpack_require__, 6288));
        const generated = await generateKeyAndCsr(config.csr.key);
        context.mask(generated.privateKeyPem);
        privateKeyPem = generated.privateKeyPem;
        request = generated.request;
        log.info(`Generated an ${config.csr.key.keyType} key and a CSR for CN=${config.csr.key.commonName}`);
    }
    else {
        request = config.csr.request;
    }
    if (config.reuseExisting) {
        const reusable = await findReusable(config, request, context);
        if (reusable)
            return { kind: 'certificate', certificate: reusable, failures: policyFailures(reusable, config), requests: client.requestCount, reused: true };
    }
    const now = context.now ?? (() => new Date());
    // A certificate issued by this step has an issued_on from here on: Cloudflare's timestamps may be
    // rounded down to the minute, and its clock is not the runner's.
    const windowStart = Math.floor((now().getTime() - CLOCK_ALLOWANCE_MS) / MINUTE_MS) * MINUTE_MS;
    let issued;
    let warnings = [];
    try {
        issued = await certificates.create(config.zoneId, request.pem, config.validityDays);
    }
    catch (error) {
        if (!(0,cloudflare_errors/* mayHaveBeenApplied */.Ho)(error))
            throw error;
        ({ issued, warnings } = await recover(config, request, context, error, windowStart));
    }
    const verified = verifyIssued(issued, request);
    const certificate = warnings.length === 0 ? verified : { ...verified, warnings: [...verified.warnings, ...warnings] };
    const built = privateKeyPem && config.pkcs12 ? await bundle(config, certificate, privateKeyPem, context) : undefined;
    const pkcs12Bundle = built?.bundle;
    return {
        kind: 'certificate',
        certificate,
        failures: [...policyFailures(certificate, config), ...(built?.failure ? [built.failure] : [])],
        requests: client.requestCount,
        reused: false,
        ...(privateKeyPem ? { privateKeyPem } : {}),
        ...(pkcs12Bundle ? { pkcs12Bundle } : {}),
    };
}
/**
 * The PKCS#12 bundle of the new key and its certificate. Its code is loaded here only: no other path
 * needs it. A failure is not thrown: the certificate and the key file are still handed out (without
 * them the certificate would be lost), and the step fails after setting them, saying so.
 */
async function bundle(config, certificate, privateKeyPem, context) {
    const settings = config.pkcs12;
    if (!settings)
        throw new Error('internal error: no PKCS#12 settings');
    try {
        // Loaded only for a PKCS#12 bundle: its ASN.1 schemas and ciphers stay off every other path.
        const { buildPkcs12 } = await Promise.all(/* import() */[__webpack_require__.e(261), __webpack_require__.e(594), __webpack_require__.e(772), __webpack_require__.e(827)]).then(__webpack_require__.bind(__webpack_require__, 4827));
        const built = await buildPkcs12({
            privateKeyPem,
            certificatePem: certificate.pem,
            password: settings.password,
            algorithms: settings.algorithms,
            friendlyName: certificate.commonName,
        });
        context.log.info(`Built a PKCS#12 bundle of the key and certificate ${certificate.id} (${PKCS12_DESCRIPTIONS[settings.algorithms]})`);
        return { bundle: built };
    }
    catch (error) {
        return {
            failure: `Could not build the PKCS#12 bundle (${error.message}). Certificate ${certificate.id} and the generated key are set as the step's outputs ` +
                '(certificate, private-key-file): build the bundle from them (openssl pkcs12 -export), or run the step again and revoke this certificate',
        };
    }
}
const PKCS12_DESCRIPTIONS = {
    modern: 'AES-256-CBC with PBKDF2/HMAC-SHA-256, SHA-256 MAC',
    legacy: 'legacy: 3DES with the PKCS#12 SHA-1 KDF, SHA-1 MAC, for older Java and Windows',
};
/**
 * An active certificate of the zone for the same CSR with enough days left, verified like a new one;
 * the one with the most days left. A deploy that runs on every push then does not use up the zone's
 * quota of certificates.
 */
async function findReusable(config, request, context) {
    const minDays = config.minDaysRemaining ?? (0,types/* defaultReuseMinDays */.Fq)(config.validityDays);
    const matching = (await context.certificates.list(config.zoneId, 'active')).filter(c => sameRequest(c.csr, request.der));
    const usable = [];
    for (const candidate of matching) {
        try {
            const verified = verifyCertificate(candidate, { publicKeySpki: request.publicKeySpki });
            if (verified.status === 'active' && verified.daysRemaining >= minDays)
                usable.push(verified);
        }
        catch (error) {
            context.log.warning(`Not reusing certificate ${candidate.id}: ${error.message}`);
        }
    }
    const best = usable.sort((a, b) => b.daysRemaining - a.daysRemaining)[0];
    if (best) {
        context.log.info(`Reusing certificate ${best.id} for this CSR (${best.daysRemaining} days left, at least ${minDays} needed): no new certificate issued`);
    }
    else {
        context.log.info(`No active certificate for this CSR has at least ${minDays} days left (${matching.length} for this CSR in all): issuing a new one`);
    }
    return best;
}
async function recover(config, request, context, createError, windowStart) {
    const { certificates, deadline, log, sleep } = context;
    log.warning(`The create request may or may not have issued a certificate (${createError.message}); looking for one issued for this CSR`);
    // A certificate just issued may show in listings only after a while (the live API is eventually
    // consistent): keep looking, with backoff, for half the time left (at most LOOK_FOR_MS) before
    // concluding that nothing was issued.
    const lookStarted = Date.now();
    const delays = pollDelays(deadline, { budgetMs: Math.min(LOOK_FOR_MS, deadline.remainingMs() / 2), reserveMs: 0 });
    let before;
    let listMs = 0;
    for (let listings = 1;; listings++) {
        const listStarted = Date.now();
        try {
            before = await candidates(config, request, certificates, windowStart);
        }
        catch (error) {
            throw mayHaveIssued(createError, config.zoneId, error);
        }
        listMs = Math.max(listMs, Date.now() - listStarted);
        const [adopted, ...others] = newestFirst(before);
        if (adopted) {
            log.info(`Found certificate ${adopted.id}, issued for this CSR since the step began: using it instead of issuing another`);
            return { issued: adopted, warnings: [...others.map(other => unproven(other, config.zoneId)), lateDuplicateWarning(config.zoneId, adopted.id)] };
        }
        const { value: delay, done } = delays.next();
        if (done) {
            log.info(`No certificate for this CSR in ${listings} listing${listings === 1 ? '' : 's'} over ${Math.round((Date.now() - lookStarted) / 1000)} s`);
            break;
        }
        log.info(`No certificate for this CSR in the listing yet (listings can lag a create): looking again in ${(delay / 1000).toFixed(1)} s`);
        try {
            await sleep(delay, deadline.signal);
        }
        catch {
            throw mayHaveIssued(createError, config.zoneId, deadline.error());
        }
    }
    // A second create takes at most half the time left; the other half must cover one more listing.
    if (deadline.remainingMs() < Math.max(4 * listMs, 4000)) {
        throw mayHaveIssued(createError, config.zoneId);
    }
    log.info('No certificate was issued for this CSR; creating it again');
    let issued;
    try {
        issued = await certificates.create(config.zoneId, request.pem, config.validityDays);
    }
    catch (error) {
        if (!(0,cloudflare_errors/* mayHaveBeenApplied */.Ho)(error))
            throw error;
        throw mayHaveIssued(error, config.zoneId);
    }
    const seen = new Set(before.map(c => c.id));
    let after;
    try {
        after = await candidates(config, request, certificates, windowStart);
    }
    catch (error) {
        return {
            issued,
            warnings: [`Could not look for a duplicate certificate (${error.message}). ${lateDuplicateWarning(config.zoneId, issued.id)}`],
        };
    }
    const appeared = after.filter(c => c.id !== issued.id && !seen.has(c.id));
    return { issued, warnings: [...appeared.map(other => unproven(other, config.zoneId)), lateDuplicateWarning(config.zoneId, issued.id)] };
}
/**
 * A certificate for this CSR that appeared during the step, which the step cannot prove it issued (the
 * first, ambiguous request may have; so may another job using the same CSR). Never revoked here.
 */
function unproven(certificate, zoneId) {
    return (`Certificate ${certificate.id} for this CSR was issued at ${certificate.issued_on ?? 'an unknown time'}, during this step, and was not handed out by it: ` +
        `the first create request may have issued it, or another job using the same CSR. If no other job did, revoke it ` +
        `(command: revoke, zone-id: ${zoneId}, certificate-id: ${certificate.id}, or the dashboard: SSL/TLS > Client Certificates)`);
}
/** Said at the end of every create that was ambiguous: the first request may still complete. */
function lateDuplicateWarning(zoneId, kept) {
    return (`A create request of this step failed without a clear answer, so Cloudflare may still complete it later: in a few minutes, list zone ${zoneId}'s ` +
        `client certificates for this CSR and revoke any other than ${kept ?? 'the one this step handed out'} that no other job uses`);
}
/** Active certificates of the zone issued for this CSR since the step began. */
async function candidates(config, request, certificates, windowStart) {
    const all = await certificates.list(config.zoneId, 'active');
    return all.filter(certificate => {
        const issuedOn = Date.parse(certificate.issued_on ?? '');
        return typeof certificate.id === 'string' && !Number.isNaN(issuedOn) && issuedOn >= windowStart && sameRequest(certificate.csr, request.der);
    });
}
function sameRequest(csr, der) {
    if (csr === undefined)
        return false;
    try {
        return (0,src_csr/* normalizeCsrPem */.A)(csr).der.equals(der);
    }
    catch {
        return false;
    }
}
function newestFirst(certificates) {
    return [...certificates].sort((a, b) => Date.parse(b.issued_on ?? '') - Date.parse(a.issued_on ?? ''));
}
function verifyIssued(issued, request) {
    try {
        return verifyCertificate(issued, { publicKeySpki: request.publicKeySpki });
    }
    catch (error) {
        // Nothing is half-done silently: the API did issue something, and it counts against the quota.
        const id = typeof issued.id === 'string' ? ` (id ${issued.id})` : '';
        throw new cloudflare_errors/* VerificationError */.mk(`${error.message}. The API issued this certificate${id}, but it is not handed on: revoke it`, { cause: error });
    }
}
function mayHaveIssued(error, zoneId, searchError) {
    const search = searchError ? ` Looking for it failed too (${searchError.message}).` : '';
    return new cloudflare_errors/* TransportError */.wX(`${error.message}. A certificate may have been issued all the same.${search} List the zone's client certificates ` +
        `(dashboard: SSL/TLS > Client Certificates, or GET /zones/${zoneId}/client_certificates) before creating again, ` +
        'and revoke any you do not use', true, { cause: error });
}

;// CONCATENATED MODULE: ./src/commands/get.ts

/** Fetches one certificate's details and checks them against the certificate itself. */
async function getCertificate(config, { client, certificates }) {
    const details = await certificates.get(config.zoneId, config.certificateId);
    const certificate = verifyCertificate(details, { id: config.certificateId });
    return { kind: 'certificate', certificate, failures: policyFailures(certificate, config), requests: client.requestCount };
}

;// CONCATENATED MODULE: ./src/cloudflare/hostname-associations.ts



/** The longest name DNS allows; a longer entry in an answer is not a hostname. */
const MAX_LISTED_HOSTNAME = 253;
/**
 * The zone's mTLS hostnames: `GET`/`PUT /zones/{zone_id}/certificate_authorities/hostname_associations`.
 * Without an mTLS certificate id the list is the one of the account's Cloudflare Managed CA; with one, the
 * list of that uploaded CA. A PUT replaces the whole list, so a caller must read it first and send back
 * every name it does not mean to remove; and since a read may lag a write (the live API is eventually
 * consistent), a write is never resent as it was: the caller rebuilds it from a fresh read.
 */
class HostnameAssociationsClient {
    #client;
    constructor(client) {
        this.#client = client;
    }
    /** The hostnames that have mTLS enabled with the CA, as the API lists them. */
    async get(zoneId, mtlsCertificateId) {
        const query = mtlsCertificateId === undefined ? undefined : { mtls_certificate_id: mtlsCertificateId };
        return readHostnames(await this.#client.call('GET', hostname_associations_path(zoneId), query ? { query } : {}));
    }
    /**
     * Replaces the list with these hostnames, in one attempt that the HTTP layer never repeats (a retry would
     * resend a list that may be stale by then). Only the envelope of the answer is checked: what the list is
     * now is for the reads that follow to say (the schema's answer may leave the list out).
     */
    async replace(zoneId, hostnames, mtlsCertificateId, attempt) {
        const body = mtlsCertificateId === undefined ? { hostnames } : { hostnames, mtls_certificate_id: mtlsCertificateId };
        return this.#client.attemptOnce('PUT', hostname_associations_path(zoneId), { body }, attempt);
    }
}
function hostname_associations_path(zoneId) {
    return ['zones', zoneId, 'certificate_authorities', 'hostname_associations'];
}
/**
 * The list in an answer, checked before anything relies on it: `result` must be an object whose
 * `hostnames`, when there, is an array of strings, each no longer than a DNS name, and no more than
 * MAX_ASSOCIATED_HOSTNAMES. A `hostnames` that is absent or null (the live API's answer for a zone with
 * none) in a result that holds nothing else is an empty list. Values are never echoed.
 */
function readHostnames(envelope) {
    const refuse = (detail) => new cloudflare_errors/* UnexpectedResponseError */.dk(`with a hostname association list ${detail}`, envelope.response);
    const { result } = envelope;
    if (!isRecord(result))
        throw refuse('whose "result" is not an object');
    const { hostnames } = result;
    let names;
    if (hostnames === undefined || hostnames === null) {
        // Only a result that says nothing else is an empty list: an answer with other fields and no list
        // (a renamed field, say) would make the next write remove every hostname the zone protects.
        if (!Object.keys(result).every(key => key === 'hostnames' || key === 'mtls_certificate_id'))
            throw refuse('with fields but no "hostnames" list');
        names = [];
    }
    else {
        if (!Array.isArray(hostnames))
            throw refuse('whose "hostnames" is not an array');
        if (hostnames.length > limits/* MAX_ASSOCIATED_HOSTNAMES */.R4)
            throw refuse(`of ${hostnames.length} hostnames, more than the ${limits/* MAX_ASSOCIATED_HOSTNAMES */.R4} this action reads`);
        hostnames.forEach((name, index) => {
            if (typeof name !== 'string')
                throw refuse(`whose entry ${index + 1} is not a string`);
            if (name.length === 0 || name.length > MAX_LISTED_HOSTNAME)
                throw refuse(`whose entry ${index + 1} is ${name.length} characters long, not a hostname`);
        });
        names = [...hostnames];
    }
    // The schema sends no paging for this list; an answer that says it holds part of a longer one is believed.
    const total = envelope.resultInfo?.total_count;
    const complete = !(typeof total === 'number' && Number.isFinite(total) && total > names.length);
    return { names, complete };
}

// EXTERNAL MODULE: ./src/config/credentials.ts
var config_credentials = __webpack_require__(980);
;// CONCATENATED MODULE: ./src/hints.ts

/** The path of Cloudflare's API v4, which an api-url ends with (a proxy may put a prefix before it). */
const API_PATH = '/client/v4';
/** Custom WAF rules per zone by plan, for the hint when a zone has reached its plan's limit. */
const CUSTOM_RULE_LIMITS = 'Free 5, Pro 20, Business 100, Enterprise 1000';
/** The smallest plan limit (Free): a refused rule in a zone with this many is most likely that limit. */
const FEWEST_CUSTOM_RULES = 5;
/** Words of a refusal about a limit, in Cloudflare's messages. */
const LIMIT_WORDS = /\b(limit|maximum|exceed(s|ed)?|quota)\b/i;
/** The permission a call needs on the zone, as the dashboard names it. */
function permissionFor(command, about = 'certificates') {
    if (about === 'waf-read' || about === 'waf-write')
        return about === 'waf-read' ? 'Zone WAF: Read' : 'Zone WAF: Edit';
    if (about !== 'certificates')
        return about === 'hostnames-read' ? 'SSL and Certificates: Read' : 'SSL and Certificates: Edit';
    return command === 'get' || command === 'list' ? 'SSL and Certificates: Read' : 'SSL and Certificates: Edit';
}
/**
 * Whether a refused WAF rule write looks like the plan's limit on custom rules: a 4xx that is not about
 * the credential, the path or the rate, whose message speaks of a limit, or in a zone that already holds
 * as many custom rules as the smallest plan allows (Cloudflare's code for it is not documented).
 */
function isPlanLimit(error, customRules) {
    const { status } = error.response;
    if (status < 400 || status >= 500 || [401, 403, 404, 429].includes(status))
        return false;
    return error.errors.some(e => LIMIT_WORDS.test(e.message)) || (customRules !== undefined && customRules >= FEWEST_CUSTOM_RULES);
}
/**
 * What to check after Cloudflare refused a call, from what the action knows (the command, the zone, the
 * shape of the credential): a sentence to add to Cloudflare's own code and message, or undefined. Shapes
 * only ever make a hint, never a refusal.
 */
function hintFor(error, context) {
    const { credentials } = context;
    const token = credentials.kind === 'api-token' ? credentials.token : undefined;
    if (error.hasCode(6111) && token !== undefined && (0,config_credentials/* looksLikeGlobalKey */.iz)(token)) {
        return 'api-token looks like a Global API Key (37 hexadecimal characters): give it as api-key with the account email as api-email, or better, create an API token';
    }
    if (error.hasCode(6111))
        return 'api-token is not in the format of a Cloudflare API token: copy the token again (My Profile > API Tokens)';
    if (error.hasCode(6103) && credentials.kind === 'global-api-key' && (0,config_credentials/* looksLikeApiToken */.vT)(credentials.key)) {
        return 'api-key looks like an API token (40 characters): give it as api-token instead, and remove api-email';
    }
    if (error.hasCode(6102) || error.hasCode(9103))
        return 'check that api-email is the email address of the account the Global API Key belongs to';
    // Not a permission: the credential itself was refused (with no details, the error's own text says so).
    if (error.response.status === 401 && error.errors.length > 0) {
        return credentials.kind === 'api-token'
            ? 'HTTP 401 means the token was not accepted: check that api-token holds a current, unrevoked API token, copied whole'
            : 'HTTP 401 means the key was not accepted: check that api-key holds the current Global API Key of the account api-email names';
    }
    if ('accountId' in context)
        return accountHint(error, context);
    const { command, zoneId } = context;
    const about = context.about ?? 'certificates';
    if (error.response.status === 403 && (error.hasCode(10000) || error.errors.length === 0)) {
        const who = credentials.kind === 'api-token' ? 'the token' : "the Global API Key's user";
        return (`check that ${who} has "${permissionFor(command, about)}" on zone ${zoneId} (for a token: its Zone Resources must include this zone). ` +
            `If ${zoneId} is your account ID (also 32 hexadecimal characters), use the Zone ID from the zone's Overview page instead`);
    }
    if (about === 'waf-write' && isPlanLimit(error, context.customRules)) {
        const held = context.customRules === undefined ? '' : `; the zone has ${context.customRules}`;
        return (`the zone may have reached its plan's limit of WAF custom rules (${CUSTOM_RULE_LIMITS}${held}): remove a custom rule it no longer needs ` +
            '(dashboard: Security > WAF > Custom rules) or move the zone to a plan that allows more, then run the step again');
    }
    if (about === 'hostnames-read' || about === 'hostnames-write') {
        const mtls = context.hostnames?.mtlsCertificateId;
        if (error.response.status === 404 && mtls !== undefined) {
            return `check mtls-certificate-id: ${mtls} must be a CA certificate uploaded to this account's mTLS Certificate Management (leave it empty for the Cloudflare Managed CA)`;
        }
        if (about === 'hostnames-write' && error.response.status === 400) {
            return `check hostnames: each must be a hostname of zone ${zoneId}, spelled in full (the list holds only this zone's hostnames; the names already on it are sent back too)`;
        }
    }
    if (error.hasCode(7003) || error.hasCode(7000))
        return noRoute(context.apiUrl, `check zone-id: ${zoneId} is not a zone Cloudflare knows for these credentials`);
    // Unknown certificate: the live API answers 1415 "Invalid Certificate ID in request", or HTTP 404 (also
    // for an id of another zone of the account).
    if (about === 'certificates' && context.certificateId !== undefined && (error.hasCode(1415) || error.response.status === 404)) {
        return (`zone ${zoneId} has no client certificate ${context.certificateId}. Check certificate-id, and that zone-id is the zone that issued it: ` +
            'a certificate is listed, revoked and reactivated only through its own zone, though every zone of the account accepts it');
    }
    return undefined;
}
/**
 * "No route": the id, or the whole path when api-url does not point at the API (a proxy may add a
 * prefix). `id` says what to check about the id.
 */
function noRoute(apiUrl, id) {
    const path = apiUrl === undefined ? API_PATH : new URL(apiUrl).pathname.replace(/\/+$/, '');
    if (!path.endsWith(API_PATH)) {
        return `check api-url: its path ("${path || '/'}") does not end in ${API_PATH}, where Cloudflare's API is (leave api-url out to use Cloudflare's own). If it is a proxy that adds that path, ${id}`;
    }
    return id;
}
/** What to check when the listing of an account's zones was refused ("Zone: Read"). */
function accountHint(error, context) {
    const { accountId, credentials } = context;
    if (error.response.status === 403 && (error.hasCode(10000) || error.errors.length === 0)) {
        const who = credentials.kind === 'api-token' ? 'the token' : "the Global API Key's user";
        return (`check that ${who} has "Zone: Read" on the zones of account ${accountId}, which lists them (for a token: a Zone: Read permission ` +
            'whose Zone Resources include all zones of the account), and "SSL and Certificates: Read" on every zone to check');
    }
    if (error.hasCode(7003) || error.hasCode(7000))
        return noRoute(context.apiUrl, `check account-id: ${accountId} is not an account Cloudflare knows for these credentials`);
    return undefined;
}

// EXTERNAL MODULE: ./src/hostnames.ts
var src_hostnames = __webpack_require__(6541);
;// CONCATENATED MODULE: ./src/commands/hostnames.ts






/** Where the dashboard keeps the list, for every message that asks a person to look. */
const DASHBOARD = 'dashboard: SSL/TLS > Client Certificates > Hosts';
/**
 * On create: makes sure every hostname has mTLS enabled with the CA. The API replaces the whole list on
 * every write, so the list is read first and written back with only the missing names added: a name
 * someone else associated is never dropped, and nothing is written when nothing is missing (one GET).
 *
 * The live API is eventually consistent: a write shows in reads only after a while (live tests wait up
 * to about 75 s). So a write that Cloudflare accepted is confirmed by reads that keep coming, with
 * backoff, until the deadline: a read that still shows the list as it was before the write means "not
 * visible yet"; only a read showing a different list (names added or removed by someone else) is another
 * writer. A write without a clean answer (409, 429, 5xx, no answer) is never resent as it was: the list
 * is read again, and the next write (bounded by max-retries) is rebuilt from that read, so that a name
 * another job added meanwhile is kept.
 *
 * A failure here comes after the certificate was issued or reused: it is returned as a failure (the
 * step fails after setting the certificate's outputs), with the certificate's id and what to do.
 */
async function ensureHostnames(config, hostnames, certificate, context) {
    const { names, mtlsCertificateId } = hostnames;
    const { deadline, log } = context;
    sayConversions(hostnames, context);
    if (mtlsCertificateId !== undefined) {
        log.warning(`mtls-certificate-id is set: the hostnames will ask for certificates of that uploaded CA, not of the Cloudflare Managed CA that issued certificate ${certificate.id}. Leave it empty if clients are to use this certificate there`);
    }
    const associations = new HostnameAssociationsClient(context.client);
    const issued = whatNow(config, certificate);
    // Every name any read showed, so that one that is gone at the end is said, whoever removed it.
    const seen = new Map();
    const read = async () => {
        const list = await associations.get(config.zoneId, mtlsCertificateId);
        for (const name of list.names)
            if (!seen.has((0,src_hostnames/* hostnameKey */.D)(name)))
                seen.set((0,src_hostnames/* hostnameKey */.D)(name), name);
        return list;
    };
    /** The report once a read showed the list: who has mTLS, what this step added, what is gone. */
    const report = (after, toAdd, failure, warnings = []) => {
        const keys = new Set(after.names.map(src_hostnames/* hostnameKey */.D));
        const dropped = [...seen].filter(([key]) => !keys.has(key) && !names.includes(key)).map(([, name]) => name);
        if (dropped.length > 0) {
            warnings.unshift(`${list(dropped)} had mTLS enabled before this step's write and no longer ${dropped.length === 1 ? 'has' : 'have'}: another job or person changed the zone's mTLS hostname list at the same time. Check the list in the ${DASHBOARD}`);
        }
        const missing = names.filter(name => !keys.has(name));
        return { requested: names, mtlsCertificateId, associated: after.names, added: toAdd.filter(name => keys.has(name)), missing, warnings, failure };
    };
    const unknown = (failure) => ({
        requested: names,
        mtlsCertificateId,
        associated: undefined,
        added: [],
        missing: [],
        warnings: [],
        failure,
    });
    /** Reads the list after a write (or an attempt of one); when that fails, whether mTLS is on is unknown, and that is the report. */
    const readBack = async (writeFailed) => {
        try {
            return await read();
        }
        catch (error) {
            const what = writeFailed ? `${writeFailed} Then` : 'The list was written, but';
            return unknown(`${what} reading it back failed, so the step cannot tell whether mTLS is on: ${failedTo('read', error, config)} ${issued}`);
        }
    };
    let current;
    try {
        current = await read();
    }
    catch (error) {
        return unknown(`${failedTo('read', error, config)} ${issued}`);
    }
    if (missingFrom(current, names).length === 0) {
        log.info(`mTLS is already enabled on ${list(names)}: nothing to change (${current.names.length} hostname${current.names.length === 1 ? '' : 's'} in all)`);
        return report(current, [], undefined);
    }
    for (let round = 1;; round++) {
        const toAdd = missingFrom(current, names);
        if (!current.complete) {
            return report(current, toAdd, `mTLS is not enabled on ${list(toAdd)}: Cloudflare answered only part of the zone's mTLS hostname list (${current.names.length} names and a larger total), and every write replaces the whole list, so nothing was written. ${issued}`);
        }
        if (current.names.length + toAdd.length > limits/* MAX_ASSOCIATED_HOSTNAMES */.R4) {
            return report(current, toAdd, `mTLS is not enabled on ${list(toAdd)}: the zone's mTLS hostname list has ${current.names.length} names, and with ${toAdd.length} more it would pass the ${limits/* MAX_ASSOCIATED_HOSTNAMES */.R4} this action can read back, so nothing was written. ${issued}`);
        }
        log.info(round === 1
            ? `Enabling mTLS on ${list(toAdd)} (${current.names.length} hostname${current.names.length === 1 ? '' : 's'} already on the list, kept)`
            : `Writing the list again, rebuilt from the list as just read (${current.names.length} hostnames on it), to enable mTLS on ${list(toAdd)} (attempt ${round})`);
        const written = await associations.replace(config.zoneId, [...current.names, ...toAdd], mtlsCertificateId, round);
        if (written.ok) {
            const settled = await settle(current);
            if (!isSettled(settled))
                return settled;
            if (settled.kind === 'visible')
                return confirmed(settled, toAdd);
            if (settled.kind === 'changed') {
                return report(settled.list, toAdd, `mTLS is not enabled on ${list(settled.missing)}: this step wrote ${them(settled.missing)} to the zone's mTLS hostname list, but reads after the write show a different list without ${them(settled.missing)}. ` +
                    `${REPLACED} ${issued}`);
            }
            return report(settled.list, toAdd, `mTLS on ${list(settled.missing)} is written but not visible yet: Cloudflare accepted the write, and ${settled.over} still show the list as it was before it. ` +
                'Cloudflare applies these writes with a delay (over a minute has been seen), so it is most likely applied: check later with a get or list step with hostnames, ' +
                `or in the ${DASHBOARD}; to wait longer in this step, give timeout-seconds: ${longerTimeout(config)}. ${issued}`);
        }
        // No clean answer. The next write, if any, is rebuilt from a fresh read: never the body this one had.
        const writeFailed = failedTo('write', written.error, config);
        const again = written.retry !== undefined && round <= config.maxRetries && written.retry.waitMs + 1000 < deadline.remainingMs();
        if ((0,cloudflare_errors/* mayHaveBeenApplied */.Ho)(written.error)) {
            // It may have been applied, and reads lag writes: a read that still shows the list as it was proves
            // nothing, and writing that list again could remove a name another job added after our write. So
            // reads come first, until ours shows (done), the list changes (rebuild from it), or, when another
            // attempt is allowed, half the time left has passed (then the list as read is taken as it is).
            const settled = await settle(current, again ? deadline.remainingMs() / 2 : undefined, writeFailed);
            if (!isSettled(settled))
                return settled;
            if (settled.kind === 'visible')
                return confirmed(settled, toAdd, [`${writeFailed} The list read back has every hostname all the same: an attempt of the write was applied`]);
            if (!again) {
                const changes = settled.kind === 'changed' ? ', and shows other changes' : ` (${settled.over})`;
                const later = settled.kind === 'changed'
                    ? ` ${REPLACED}`
                    : ` If an attempt of the write was applied, Cloudflare may still show it later (its reads lag writes): check later with a get step with hostnames, or in the ${DASHBOARD}.`;
                return report(settled.list, toAdd, `mTLS is not enabled on ${list(settled.missing)}: ${writeFailed} The list read back does not have ${them(settled.missing)}${changes}.${later} ${issued}`);
            }
            current = settled.list;
            continue;
        }
        // Cloudflare refused it (a 4xx, a 409 or a 429, or a connection that never got through): nothing was
        // written, and the list as read now is the one to rebuild from (after the wait Cloudflare asks for).
        if (again) {
            log.info(`${writeFailed} Reading the list again in ${((written.retry?.waitMs ?? 0) / 1000).toFixed(1)} s, to rebuild the write from it`);
            await pause(written.retry?.waitMs ?? 0, context);
        }
        const after = await readBack(writeFailed);
        if (!isList(after))
            return after;
        const missing = missingFrom(after, names);
        if (missing.length === 0) {
            log.info(`mTLS is now enabled on ${list(toAdd)}: confirmed by reading the list back`);
            return report(after, toAdd, undefined, [`${writeFailed} The list read back has every hostname all the same`]);
        }
        if (!again)
            return report(after, toAdd, `mTLS is not enabled on ${list(missing)}: ${writeFailed} The list read back does not have ${them(missing)}. ${issued}`);
        current = after;
    }
    /** The report when reads show every hostname. */
    function confirmed(settled, toAdd, warnings = []) {
        log.info(`mTLS is now enabled on ${list(toAdd)}: confirmed by reading the list back${settled.reads > 1 ? ` (read ${settled.reads})` : ''}`);
        return report(settled.list, toAdd, undefined, warnings);
    }
    /**
     * After a write (accepted, or that may have been applied): reads with backoff, within budgetMs (all the
     * time left by default), until every hostname shows ("visible"), or the list settles on another list
     * without them ("changed": two reads in a row agree on a list that is not the one before the write;
     * one such read alone proves nothing, as reads lag: it may show another writer's change from before our
     * write), or time runs out with the list as before ("unchanged", or "changed" when the last read was).
     */
    async function settle(before, budgetMs, writeFailed) {
        const started = Date.now();
        const delays = pollDelays(deadline, budgetMs === undefined ? {} : { budgetMs });
        let previous;
        for (let reads = 1;; reads++) {
            const after = await readBack(writeFailed);
            if (!isList(after))
                return after;
            const missing = missingFrom(after, names);
            const over = () => `${reads} read${reads === 1 ? '' : 's'} over ${Math.round((Date.now() - started) / 1000)} s`;
            if (missing.length === 0)
                return { kind: 'visible', list: after, missing, reads, over: over() };
            const changed = !sameNames(after, before);
            if (changed && previous !== undefined && sameNames(after, previous))
                return { kind: 'changed', list: after, missing, reads, over: over() };
            const { value: delay, done } = delays.next();
            if (done)
                return { kind: changed ? 'changed' : 'unchanged', list: after, missing, reads, over: over() };
            log.info(changed
                ? `The list read back shows other changes and not this step's write (read ${reads}; Cloudflare's reads lag writes): reading again in ${(delay / 1000).toFixed(1)} s`
                : `The list does not show the write yet (read ${reads}; Cloudflare applies writes with a delay): reading again in ${(delay / 1000).toFixed(1)} s`);
            previous = after;
            await pause(delay, context);
        }
    }
}
function isSettled(value) {
    return 'kind' in value;
}
/** Said whenever another writer's list replaced ours. */
const REPLACED = 'Another job or person replaced the list at the same time (every write replaces the whole list), or Cloudflare did not keep them. ' +
    "Make sure one job at a time manages this zone's mTLS hostnames.";
/** A timeout-seconds worth advising when reads did not show a write in time: 180, or twice what was given. */
function longerTimeout(config) {
    return Math.max(180, Math.ceil((2 * config.timeoutMs) / 1000));
}
/** The requested names a list does not have (compared as DNS does). */
function missingFrom(list, names) {
    const keys = new Set(list.names.map(src_hostnames/* hostnameKey */.D));
    return names.filter(name => !keys.has(name));
}
function isList(value) {
    return 'complete' in value;
}
/** "it" or "them", for a sentence about names. */
function them(names) {
    return names.length === 1 ? 'it' : 'them';
}
function sameNames(a, b) {
    const keys = new Set(a.names.map(src_hostnames/* hostnameKey */.D));
    const other = new Set(b.names.map(src_hostnames/* hostnameKey */.D));
    return keys.size === other.size && [...keys].every(key => other.has(key));
}
const ENABLE_HOSTNAMES = { task: 'enable the hostnames', taskAgain: 'enable them', where: DASHBOARD };
/**
 * What the user can do about what a create step could not finish (the hostnames, the WAF rule after
 * them): the certificate stands either way. With a CSR, a re-run with reuse-existing changes nothing but
 * what is missing; with a key generated in the step, a re-run would issue another certificate and key, so
 * the dashboard is the way.
 */
function whatNow(config, certificate, remedy = ENABLE_HOSTNAMES) {
    const { task, taskAgain, where } = remedy;
    if (certificate.reused)
        return `Certificate ${certificate.id} was reused and is unchanged; its outputs are set. Run the step again, or ${task} in the ${where}.`;
    if (config.csr.kind === 'generate') {
        return (`Certificate ${certificate.id} was issued for the key generated in this step, and its outputs and key file are set: ${task} in the ${where}. ` +
            `Running the step again issues another certificate and key (then revoke ${certificate.id} if nothing uses it).`);
    }
    return `Certificate ${certificate.id} was issued and its outputs are set: run the step again with reuse-existing: true to ${task} without issuing another, or ${taskAgain} in the ${where}.`;
}
/** On get and list: checks (read only, one GET) that every hostname still has mTLS enabled. */
async function checkHostnames(config, hostnames, context) {
    const { names, mtlsCertificateId } = hostnames;
    sayConversions(hostnames, context);
    const base = { requested: names, mtlsCertificateId, added: [], warnings: [] };
    let listed;
    try {
        listed = await new HostnameAssociationsClient(context.client).get(config.zoneId, mtlsCertificateId);
    }
    catch (error) {
        // Not known to be missing: the check could not be made, which fails the step on its own.
        return { ...base, associated: undefined, missing: [], failure: `Could not check mTLS on the hostnames: ${failedTo('read', error, config)}` };
    }
    const associated = listed.names;
    const missing = missingFrom(listed, names);
    if (missing.length === 0) {
        context.log.info(`mTLS is enabled on ${list(names)}`);
        return { ...base, associated, missing, failure: undefined };
    }
    if (!listed.complete) {
        // A name not on part of the list may be on the rest: unknown, not missing.
        return {
            ...base,
            associated: undefined,
            missing: [],
            failure: `Could not check mTLS on ${list(missing)}: Cloudflare answered only part of the zone's mTLS hostname list (${associated.length} names and a larger total), without ${missing.length === 1 ? 'it' : 'them'}`,
        };
    }
    const failure = `mTLS is not enabled on ${list(missing)} (hostnames) in zone ${config.zoneId}: ${missing.length === 1 ? 'it is' : 'they are'} not on the zone's mTLS hostname list ` +
        `(removed, or never enabled), so requests there are not asked for a client certificate. Enable ${missing.length === 1 ? 'it' : 'them'} (a create step with hostnames, or the ${DASHBOARD})`;
    return { ...base, associated, missing, failure };
}
/** An API failure of the hostname list as one sentence: Cloudflare's code, message and status, and what to check. */
function failedTo(what, error, config) {
    if (!(error instanceof cloudflare_errors/* CloudflareApiError */.kx || error instanceof cloudflare_errors/* UnexpectedResponseError */.dk || error instanceof cloudflare_errors/* TransportError */.wX))
        throw error;
    const hint = error instanceof cloudflare_errors/* CloudflareApiError */.kx ? hintFor(error, { ...config, about: what === 'read' ? 'hostnames-read' : 'hostnames-write' }) : undefined;
    const action = what === 'read' ? 'Reading' : 'Writing';
    return `${action} the zone's mTLS hostname list failed: ${error.message}${hint ? `: ${hint}` : ''}.`;
}
/** Internationalized names are sent as punycode, as Cloudflare lists them: said once, so the outputs are no surprise. */
function sayConversions(hostnames, context) {
    for (const [given, sent] of hostnames.converted)
        context.log.info(`Hostname ${given} is ${sent} in DNS (punycode): using ${sent}`);
}
/** A short list of names for a sentence; the log and the summary escape it. */
function list(names) {
    const shown = names.slice(0, 10).join(', ');
    return names.length > 10 ? `${shown} and ${names.length - 10} more` : shown;
}

;// CONCATENATED MODULE: ./src/cloudflare/rulesets.ts




/** The phase that holds a zone's WAF custom rules. */
const CUSTOM_RULES_PHASE = 'http_request_firewall_custom';
/** The name Cloudflare's dashboard gives a zone's phase entrypoint; used when this action creates one. */
const ENTRYPOINT_NAME = 'default';
/** The longest ref, name, action, version or timestamp read from an answer. */
const MAX_SHORT_FIELD = 1024;
/** Versions are decimal numbers written as strings (the schema's pattern). */
const VERSION = /^[0-9]{1,20}$/;
/** Actions are lowercase words with underscores (block, skip, managed_challenge, …). */
const ACTION = /^[a-z_]{1,64}$/;
/**
 * A zone's WAF custom rules: the entrypoint ruleset of the phase http_request_firewall_custom, and one rule
 * at a time in it. `PUT …/entrypoint` (which replaces every rule of the phase) is deliberately not here.
 *
 * Writes are one attempt each, never repeated by the HTTP layer: a POST of a rule is not idempotent (a
 * repeat adds a second copy), and a PATCH is rebuilt from a fresh read before it is sent again. Every
 * answer is checked before use (readRuleset).
 */
class RulesetsClient {
    #client;
    constructor(client) {
        this.#client = client;
    }
    /** The zone's custom-rules entrypoint, or undefined when the zone has none yet (Cloudflare answers 404). */
    async entrypoint(zoneId) {
        try {
            return readRuleset(await this.#client.call('GET', ['zones', zoneId, 'rulesets', 'phases', CUSTOM_RULES_PHASE, 'entrypoint']));
        }
        catch (error) {
            if (error instanceof cloudflare_errors/* CloudflareApiError */.kx && error.response.status === 404)
                return undefined;
            throw error;
        }
    }
    /** A ruleset by id. */
    async ruleset(zoneId, rulesetId) {
        return readRuleset(await this.#client.call('GET', ['zones', zoneId, 'rulesets', rulesetId]));
    }
    /** Creates the zone's custom-rules entrypoint holding these rules: `POST /zones/{zone_id}/rulesets`. */
    async createEntrypoint(zoneId, rules, attempt) {
        const body = { name: ENTRYPOINT_NAME, kind: 'zone', phase: CUSTOM_RULES_PHASE, rules };
        return written(await this.#client.attemptOnce('POST', ['zones', zoneId, 'rulesets'], { body }, attempt));
    }
    /** Appends a rule (last) to a ruleset: `POST …/rulesets/{ruleset_id}/rules`. The answer is the whole ruleset. */
    async addRule(zoneId, rulesetId, rule, attempt) {
        return written(await this.#client.attemptOnce('POST', ['zones', zoneId, 'rulesets', rulesetId, 'rules'], { body: rule }, attempt));
    }
    /** Changes one rule, leaving the others alone: `PATCH …/rulesets/{ruleset_id}/rules/{rule_id}`. The answer is the whole ruleset. */
    async updateRule(zoneId, rulesetId, ruleId, rule, attempt) {
        return written(await this.#client.attemptOnce('PATCH', ['zones', zoneId, 'rulesets', rulesetId, 'rules', ruleId], { body: rule }, attempt));
    }
}
/** A write's envelope read as a ruleset; an answer that is not one is a failure that may have been applied (a 2xx). */
function written(outcome) {
    if (!outcome.ok)
        return outcome;
    try {
        return { ok: true, ruleset: readRuleset(outcome.envelope) };
    }
    catch (error) {
        return { ok: false, error: error, retry: undefined };
    }
}
/**
 * The ruleset in an answer, checked before anything relies on it: `result` an object with a 32-hex `id`, a
 * `version` of digits, and `rules` an array (absent or null is no rules: an append never replaces
 * anything, so reading too few rules can never remove one) of at most MAX_RULESET_RULES, each with a
 * 32-hex `id`, a non-empty `expression` and an `action` that are strings, `enabled` true or false, and a
 * `ref` and `description` that are strings when present; every string bounded. Errors name the field and
 * the rule's position, never a value.
 */
function readRuleset(envelope) {
    const refuse = (detail) => new cloudflare_errors/* UnexpectedResponseError */.dk(`with a ruleset ${detail}`, envelope.response);
    const { result } = envelope;
    if (!isRecord(result))
        throw refuse('whose "result" is not an object');
    const id = (0,identifier/* canonicalId */.iS)('ruleset', result.id);
    if (id === undefined)
        throw refuse('whose "id" is not 32 hexadecimal characters');
    if (typeof result.version !== 'string' || !VERSION.test(result.version))
        throw refuse('whose "version" is not a string of digits');
    for (const field of ['name', 'description', 'kind', 'phase', 'last_updated']) {
        const value = result[field];
        if (value !== undefined && value !== null && (typeof value !== 'string' || value.length > limits/* MAX_READ_DESCRIPTION */.$g)) {
            throw refuse(`whose "${field}" is not a string of at most ${limits/* MAX_READ_DESCRIPTION */.$g} characters`);
        }
    }
    const rules = result.rules ?? [];
    if (!Array.isArray(rules))
        throw refuse('whose "rules" is not an array');
    if (rules.length > limits/* MAX_RULESET_RULES */.cx)
        throw refuse(`of ${rules.length} rules, more than the ${limits/* MAX_RULESET_RULES */.cx} this action reads`);
    return {
        id,
        version: result.version,
        lastUpdated: typeof result.last_updated === 'string' ? result.last_updated : undefined,
        rules: rules.map((rule, index) => readRule(rule, index + 1, refuse)),
    };
}
function readRule(value, position, refuse) {
    const bad = (detail) => refuse(`whose rule ${position} ${detail}`);
    if (!isRecord(value))
        throw bad('is not an object');
    const id = (0,identifier/* canonicalId */.iS)('rule', value.id);
    if (id === undefined)
        throw bad('has an "id" that is not 32 hexadecimal characters');
    const { expression, action, enabled, ref, description, version } = value;
    if (typeof expression !== 'string' || expression.length === 0 || expression.length > limits/* MAX_READ_EXPRESSION */.Zi) {
        throw bad(`has an "expression" that is not a string of 1 to ${limits/* MAX_READ_EXPRESSION */.Zi} characters`);
    }
    if (typeof action !== 'string' || !ACTION.test(action))
        throw bad('has an "action" that is not a lowercase word');
    if (typeof enabled !== 'boolean')
        throw bad('has an "enabled" that is not true or false');
    if (ref !== undefined && (typeof ref !== 'string' || ref.length === 0 || ref.length > MAX_SHORT_FIELD)) {
        throw bad(`has a "ref" that is not a string of 1 to ${MAX_SHORT_FIELD} characters`);
    }
    if (description !== undefined && (typeof description !== 'string' || description.length > limits/* MAX_READ_DESCRIPTION */.$g)) {
        throw bad(`has a "description" that is not a string of at most ${limits/* MAX_READ_DESCRIPTION */.$g} characters`);
    }
    if (version !== undefined && (typeof version !== 'string' || !VERSION.test(version)))
        throw bad('has a "version" that is not a string of digits');
    const lastUpdated = value.last_updated;
    if (lastUpdated !== undefined && (typeof lastUpdated !== 'string' || lastUpdated.length > MAX_SHORT_FIELD)) {
        throw bad('has a "last_updated" that is not a string');
    }
    return {
        id,
        ref,
        action,
        expression,
        description: description ?? '',
        enabled,
        version,
        lastUpdated,
    };
}

;// CONCATENATED MODULE: ./src/waf-rule.ts


/**
 * The ref of this action's rule: how it finds its own rule again in the zone's custom rules, whoever
 * wrote the others. Stable across versions of the action; one rule per zone, whatever the hostnames.
 */
const RULE_REF = 'mtls_action_require_valid_client_certificate';
/** What the rule is and who manages it, as the dashboard shows it. */
const RULE_DESCRIPTION = 'Block requests without a valid, unrevoked mTLS client certificate. Managed by the Cloudflare mTLS Client Certificate GitHub Action ' +
    '(block-without-certificate): it adds hostnames to this rule and never removes any. Do not edit the expression by hand.';
const VERIFIED = 'cf.tls_client_auth.cert_verified';
const REVOKED = 'cf.tls_client_auth.cert_revoked';
/** The certificate part of the expression: no certificate, an invalid one, or a revoked one. */
const CERTIFICATE_CHECK = `(not ${VERIFIED} or ${REVOKED})`;
/** Our expression, exactly: the hostname set between the braces, each name in quotes, one space apart. */
const CANONICAL = /^\(http\.host in \{("[^"\\]+"(?: "[^"\\]+")*)\} and \(not cf\.tls_client_auth\.cert_verified or cf\.tls_client_auth\.cert_revoked\)\)$/;
/** The expression for these hostnames: sorted, each once. Every name must be one the hostnames input accepts. */
function ruleExpression(hostnames) {
    const names = [...new Set(hostnames)].sort();
    if (names.length === 0)
        throw new Error('internal error: a rule expression needs at least one hostname');
    for (const name of names)
        if (!isCheckedHostname(name))
            throw new Error('internal error: a rule expression may only name checked hostnames');
    return `(http.host in {${names.map(name => `"${name}"`).join(' ')}} and ${CERTIFICATE_CHECK})`;
}
/** Our rule for these hostnames, or why it cannot be written (an expression longer than Cloudflare takes). */
function buildRule(hostnames) {
    const expression = ruleExpression(hostnames);
    if (expression.length > limits/* MAX_RULE_EXPRESSION */.hv) {
        const count = new Set(hostnames).size;
        return {
            problem: `the rule's expression for ${count} hostnames would be ${expression.length} characters, more than the ${limits/* MAX_RULE_EXPRESSION */.hv} Cloudflare accepts in one rule`,
        };
    }
    return { rule: { ref: RULE_REF, expression, action: 'block', description: RULE_DESCRIPTION, enabled: true } };
}
/** This action's rules in a ruleset (by ref) with their positions from 1; more than one is an anomaly the caller reports. */
function findOurRules(rules) {
    return rules.flatMap((rule, index) => (rule.ref === RULE_REF ? [{ rule, position: index + 1 }] : []));
}
/**
 * The hostnames our rule covers, read back from its expression, strictly: only the exact form
 * ruleExpression writes (sorted, each once, each a hostname the input would accept). Anything else, an
 * expression edited by hand, is undefined: the action cannot tell what it does, so it neither trusts nor
 * rewrites it.
 */
function ruleHostnames(expression) {
    const match = CANONICAL.exec(expression);
    if (!match)
        return undefined;
    const names = match[1].split(' ').map(quoted => quoted.slice(1, -1));
    if (!names.every(isCheckedHostname))
        return undefined;
    return ruleExpression(names) === expression ? names : undefined;
}
/**
 * Judges our rule: it enforces when it is enabled, its action is block, its expression checks both
 * cert_verified and cert_revoked (which only this action's exact form is known to do) and covers every
 * hostname asked for.
 */
function judgeRule(rule, hostnames) {
    const covered = ruleHostnames(rule.expression);
    const problems = [];
    if (!rule.enabled)
        problems.push('is disabled');
    if (rule.action !== 'block')
        problems.push(`has the action ${rule.action}, not block`);
    let missing;
    if (covered === undefined) {
        missing = [...hostnames];
        problems.push('has an expression that is not the one this action writes (edited by hand?): the step cannot tell whether it checks both cert_verified and cert_revoked on every hostname');
    }
    else {
        const keys = new Set(covered);
        missing = hostnames.filter(name => !keys.has((0,src_hostnames/* hostnameKey */.D)(name)));
        if (missing.length > 0)
            problems.push(`does not cover ${missing.join(', ')}`);
    }
    return { enforces: problems.length === 0, covered, missing, problems };
}
/**
 * The other enabled rules that weaken ours (see RuleFinding). `ourPosition` is our rule's position, or
 * undefined when it is not in the ruleset yet (it would be appended last).
 */
function findWeakeningRules(rules, hostnames, ourPosition) {
    const wanted = new Set(hostnames.map(src_hostnames/* hostnameKey */.D));
    const findings = [];
    rules.forEach((rule, index) => {
        const position = index + 1;
        if (rule.ref === RULE_REF || !rule.enabled)
            return;
        const base = { ruleId: rule.id, position, action: rule.action, description: rule.description };
        const code = outsideStrings(rule.expression);
        if (usesField(code, VERIFIED) && !usesField(code, REVOKED))
            findings.push({ kind: 'revoked-pass', ...base, hostnames: [] });
        if (rule.action === 'skip' && (ourPosition === undefined || position < ourPosition)) {
            const named = [...new Set(stringLiterals(rule.expression).map(src_hostnames/* hostnameKey */.D))].filter(key => wanted.has(key));
            if (named.length > 0)
                findings.push({ kind: 'skip-before', ...base, hostnames: hostnames.filter(name => named.includes((0,src_hostnames/* hostnameKey */.D)(name))) });
        }
    });
    return findings;
}
/** A name the hostnames input accepts as it is: lowercase ASCII, no conversion needed. */
function isCheckedHostname(name) {
    const parsed = (0,src_hostnames.parseHostnames)(name);
    return parsed.problems.length === 0 && parsed.converted.length === 0 && parsed.hostnames.length === 1 && parsed.hostnames[0] === name;
}
/** Whether the expression's code (string literals removed) names the field, as a whole field name. */
function usesField(code, field) {
    return new RegExp(`(?<![\\w.])${field.replaceAll('.', '\\.')}(?![\\w.])`).test(code);
}
/**
 * Splits an expression of Cloudflare's rules language into its code and its string literals: "…" with
 * backslash escapes, and raw strings r"…" and r#"…"# (any number of #). An unterminated string runs to
 * the end.
 */
function scan(expression) {
    let code = '';
    const strings = [];
    let i = 0;
    while (i < expression.length) {
        const raw = /^r(#*)"/.exec(expression.slice(i, i + 300));
        const previous = i > 0 ? expression[i - 1] : '';
        if (raw && !/[\w.]/.test(previous)) {
            const close = `"${raw[1]}`;
            const start = i + raw[0].length;
            const end = expression.indexOf(close, start);
            strings.push(expression.slice(start, end === -1 ? undefined : end));
            code += ' "" ';
            i = end === -1 ? expression.length : end + close.length;
            continue;
        }
        if (expression[i] === '"') {
            let text = '';
            let j = i + 1;
            for (; j < expression.length && expression[j] !== '"'; j++) {
                if (expression[j] === '\\' && j + 1 < expression.length)
                    j++;
                text += expression[j];
            }
            strings.push(text);
            code += ' "" ';
            i = j + 1;
            continue;
        }
        code += expression[i];
        i++;
    }
    return { code, strings };
}
function outsideStrings(expression) {
    return scan(expression).code;
}
function stringLiterals(expression) {
    return scan(expression).strings;
}

;// CONCATENATED MODULE: ./src/commands/waf-report.ts




// What writing the rule (waf.ts) and checking it (waf-check.ts) share: the target, the report built from
// a read of the zone's custom rules, and the sentences both say about the rules.
/** Where the dashboard keeps the rules, for every message that asks a person to look. */
const waf_report_DASHBOARD = 'dashboard: Security > WAF > Custom rules';
/** The rule's target from the config: the zone, the hostnames input, and what a hint needs. */
function targetOf(config, hostnames) {
    return { zoneId: config.zoneId, hostnames: hostnames.names, hint: { command: config.command, credentials: config.credentials, apiUrl: config.apiUrl } };
}
/** The findings about other rules a step that requires this action's rule warns of (without it: only revoked-pass). */
const BOTH_FINDINGS = ['revoked-pass', 'skip-before'];
/** The report from the last read of the rules (undefined: none, or not read). */
function report(target, ruleset, parts) {
    const ours = ruleset === undefined ? [] : findOurRules(ruleset.rules);
    const found = ours.length === 1 ? ours[0] : undefined;
    const rule = found === undefined || ruleset === undefined
        ? undefined
        : {
            id: found.rule.id,
            expression: found.rule.expression,
            action: found.rule.action,
            enabled: found.rule.enabled,
            description: found.rule.description,
            hostnames: ruleHostnames(found.rule.expression),
            position: found.position,
            of: ruleset.rules.length,
        };
    const findings = findWeakeningRules(ruleset?.rules ?? [], target.hostnames, found?.position).filter(f => parts.kinds.includes(f.kind));
    let unenforced;
    if (parts.read !== false && ours.length <= 1) {
        const judged = found === undefined ? undefined : judgeRule(found.rule, target.hostnames);
        const wholeRule = judged === undefined || !found?.rule.enabled || found.rule.action !== 'block' || judged.covered === undefined;
        unenforced = wholeRule ? [...target.hostnames] : judged.missing;
    }
    return {
        requested: target.hostnames,
        ref: RULE_REF,
        rulesetId: ruleset?.id,
        ruleId: rule?.id,
        rule,
        required: parts.required,
        change: parts.change ?? 'none',
        unenforced,
        added: parts.added ?? [],
        findings,
        warnings: [...(parts.warnings ?? []), ...findings.map(warningFor)],
        notes: parts.notes ?? [],
        failure: parts.failure,
    };
}
/** One warning per finding; the rule's description is outside data, shown as it is for the log and summary to escape. */
function warningFor(finding) {
    const name = finding.description === ''
        ? `${finding.ruleId} (rule ${finding.position}, no description)`
        : `"${finding.description}" (${finding.ruleId}, rule ${finding.position})`;
    if (finding.kind === 'revoked-pass') {
        return (`WAF custom rule ${name} checks cf.tls_client_auth.cert_verified but not cf.tls_client_auth.cert_revoked: a revoked client certificate still has cert_verified true, ` +
            `so revoked certificates pass this rule. Add "or cf.tls_client_auth.cert_revoked" where it blocks requests without a valid certificate (${waf_report_DASHBOARD})`);
    }
    return (`WAF custom rule ${name} is enabled, skips, names ${list(finding.hostnames)} and comes before this action's rule: requests it matches skip the rules after it, ` +
        `so they are never checked for a client certificate. Make sure it cannot match requests without a valid certificate, or move this action's rule above it (${waf_report_DASHBOARD})`);
}
function duplicates(rules) {
    return (`The zone's custom rules hold ${rules.length} rules with this action's ref ${RULE_REF} (${rules.map(r => r.id).join(', ')}), where there should be one: ` +
        `this step changes none of them. Delete all but one (${waf_report_DASHBOARD}), then run the step again.`);
}
/** Our expression for the hostnames, to show; a description of it when it is longer than Cloudflare takes. */
function expressionFor(hostnames) {
    const built = buildRule(hostnames);
    return 'rule' in built ? built.rule.expression : `${ruleExpression(hostnames.slice(0, 1))} with every hostname between the braces`;
}
/** An API failure of the rules as one sentence: Cloudflare's code, message and status, and what to check. */
function describeFailure(what, error, target, about, customRules) {
    if (!(error instanceof cloudflare_errors/* CloudflareApiError */.kx || error instanceof cloudflare_errors/* UnexpectedResponseError */.dk || error instanceof cloudflare_errors/* TransportError */.wX))
        throw error;
    const hint = error instanceof cloudflare_errors/* CloudflareApiError */.kx ? hintFor(error, { ...target.hint, zoneId: target.zoneId, about, customRules }) : undefined;
    return `${what === 'read' ? 'Reading' : 'Writing'} the zone's WAF custom rules failed: ${error.message}${hint ? `: ${hint}` : ''}.`;
}
function lowerFirst(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/commands/waf.ts






/**
 * On create with block-without-certificate: makes sure one WAF custom rule of this action (found by its
 * ref) blocks requests to the hostnames that lack a valid, unrevoked client certificate. It reads the
 * zone's http_request_firewall_custom entrypoint and sends at most one kind of write:
 * - no entrypoint (404): creates it holding only our rule;
 * - our rule absent: appends it (POST …/rules, last);
 * - our rule there without every hostname (or disabled, or not block): PATCHes only our rule, to the
 *   union of the hostnames it had and those asked for (add-only, like the hostnames input), enabled, block;
 * - nothing to change: no write at all (one GET).
 * It never PUTs the entrypoint and never touches another rule. A rule of ours whose expression is not the
 * form this action writes (edited by hand) is not changed: the step fails saying what to do.
 *
 * After a write, reads confirm it with backoff until the deadline (Cloudflare's reads may lag its writes):
 * a read that shows the ruleset at the version it had before the write is "not visible yet"; another
 * version without our rule enforcing is another writer. A write without a clean answer is never resent as
 * it was: a POST that may have been applied (no answer, a 5xx, a garbled answer) is only confirmed by reads,
 * never sent again (it would add a second copy of our rule); a failure that says another attempt is safe
 * (429, a connection never made, a PATCH's 5xx) is followed by a fresh read, and the next write, if any, is
 * rebuilt from it.
 *
 * It runs after the certificate and the hostnames: a failure is returned, never thrown, and says that
 * mTLS is enabled but not enforced, and what to do.
 */
async function ensureWafRule(options, context) {
    const { zoneId, hostnames } = options;
    const { log, deadline } = context;
    const rulesets = new RulesetsClient(context.client);
    const warnings = [];
    /** How many custom rules the phase held at the last read, for the plan-limit hint. */
    let held;
    const failedTo = (what, error) => describeFailure(what, error, options, 'waf-write', held);
    /** The failure's report; `read` false when the rules as they are now were not read (a read failed, or only a write's answer is known). */
    const fail = (cause, ruleset, change = 'none', read = true) => report(options, ruleset, { change, warnings, failure: `${cause} ${notEnforced(hostnames)}`, kinds: BOTH_FINDINGS, required: true, read });
    let current;
    try {
        current = await rulesets.entrypoint(zoneId);
    }
    catch (error) {
        return fail(failedTo('read', error), undefined, 'none', false);
    }
    /** Waits within the deadline; false when the deadline passed (or the step was cancelled) meanwhile. */
    const wait = async (ms) => {
        try {
            await pause(ms, context);
            return true;
        }
        catch {
            return false;
        }
    };
    let readAgainAfterRefusedCreate = false;
    /** The write sent last, when one was: a read may show it applied after all. */
    let previous;
    for (let round = 1;; round++) {
        held = current?.rules.length ?? 0;
        const plan = planWrite(current, hostnames);
        if (plan.kind === 'refuse')
            return fail(plan.why, current);
        if (plan.kind === 'nothing') {
            if (previous === undefined) {
                log.info(`The WAF custom rule of this action already blocks requests without a valid client certificate to ${list(hostnames)}: nothing to change`);
                return report(options, plan.ruleset, { warnings, kinds: BOTH_FINDINGS, required: true });
            }
            warnings.push(...restoredWarning(previous));
            warnings.push('An attempt of the write that failed was applied after all: the rules read back have the rule, blocking every hostname');
            return report(options, plan.ruleset, { change: changeOf(previous), added: added(previous), warnings, kinds: BOTH_FINDINGS, required: true });
        }
        log.info(describePlan(plan, current, round));
        previous = plan;
        const outcome = await send(rulesets, zoneId, plan, round);
        if (outcome.ok)
            return confirm(current, plan, outcome.ruleset);
        const writeError = failedTo('write', outcome.error);
        const applied = (0,cloudflare_errors/* mayHaveBeenApplied */.Ho)(outcome.error);
        // A POST that may have been applied is never sent again: only reads can tell, or it adds a second rule.
        if (applied && plan.kind !== 'update')
            return confirm(current, plan, undefined, writeError);
        const again = outcome.retry !== undefined && round <= options.maxRetries && outcome.retry.waitMs + 1000 < deadline.remainingMs();
        if (!again) {
            if (applied)
                return confirm(current, plan, undefined, writeError);
            // Refused cleanly: nothing changed. A create refused may mean another writer created the entrypoint
            // since the read: read once more, and add to theirs.
            if (plan.kind === 'create' && !readAgainAfterRefusedCreate && isRefusal(outcome.error)) {
                readAgainAfterRefusedCreate = true;
                try {
                    const reread = await rulesets.entrypoint(zoneId);
                    if (reread !== undefined) {
                        log.info(`${writeError} The zone has custom rules now (another writer created them): adding the rule to them`);
                        current = reread;
                        continue;
                    }
                }
                catch {
                    // The refusal is the failure to report.
                }
            }
            return fail(writeError, current);
        }
        log.info(`${writeError} Reading the rules again in ${((outcome.retry?.waitMs ?? 0) / 1000).toFixed(1)} s, to rebuild the write from them`);
        if (!(await wait(outcome.retry?.waitMs ?? 0)))
            return fail(`${writeError} The step's deadline (timeout-seconds) passed before the write could be tried again.`, current);
        try {
            current = await rulesets.entrypoint(zoneId);
        }
        catch (error) {
            return fail(`${writeError} Then ${lowerFirst(failedTo('read', error))}`, undefined, 'none', false);
        }
    }
    /**
     * After a write Cloudflare accepted (answer: the ruleset it answered) or that may have been applied
     * (writeError: how it failed): reads, with backoff, until our rule shows enforcing, another writer
     * shows, or the deadline nears. A read of a ruleset older than the answer's version (or none, when the
     * write created it) is "not visible yet"; one at that version or later without our rule enforcing is
     * another writer. Without an answer nothing tells them apart: reads go on until the rule shows.
     */
    async function confirm(before, plan, answer, writeError) {
        const change = changeOf(plan);
        const started = Date.now();
        const delays = pollDelays(deadline);
        for (let reads = 1;; reads++) {
            let after;
            try {
                after = await rulesets.entrypoint(zoneId);
            }
            catch (error) {
                const what = writeError ? `${writeError} Then` : 'The rule was written, but';
                return fail(`${what} reading the rules back failed, so the step cannot tell whether it is in place: ${failedTo('read', error)}`, answer, change, false);
            }
            const ours = after === undefined ? [] : findOurRules(after.rules);
            const judged = ours.length === 1 && ours[0] ? judgeRule(ours[0].rule, hostnames) : undefined;
            if (judged?.enforces) {
                warnings.push(...restoredWarning(plan));
                if (writeError)
                    warnings.push(`${writeError} The rules read back have the rule, blocking every hostname, all the same: the write was applied`);
                log.info(`The WAF custom rule of this action now blocks requests without a valid client certificate to ${list(hostnames)}: confirmed by reading the rules back${reads > 1 ? ` (read ${reads})` : ''}`);
                return report(options, after, { change, added: added(plan), warnings, kinds: BOTH_FINDINGS, required: true });
            }
            if (answer !== undefined && !olderThan(after, answer, before)) {
                const state = ours.length === 0
                    ? 'without the rule'
                    : ours.length > 1
                        ? `with ${ours.length} rules of this action`
                        : `where the rule ${judged?.problems.join('; ')}`;
                return fail(`This step wrote the rule, but a read after the write shows the zone's custom rules changed since, ${state}: another job or person changed them at the same time. ` +
                    `Make sure one job at a time manages this rule, check it in the ${waf_report_DASHBOARD}, and run the step again.`, after, change);
            }
            const { value: delay, done } = delays.next();
            if (!done)
                log.info(`The rules read back do not show the write yet (read ${reads}): reading again in ${(delay / 1000).toFixed(1)} s`);
            if (done || !(await wait(delay))) {
                const over = `${reads} read${reads === 1 ? '' : 's'} over ${Math.round((Date.now() - started) / 1000)} s`;
                const cause = writeError
                    ? `${writeError} The rules read back do not show the rule in place (${over}). If the write was applied, Cloudflare may still show it later (its reads lag writes); ` +
                        'the next run finds it by its ref and does not add it twice, so check later with a get step with block-without-certificate, or run this step again.'
                    : `The rule is written but not visible yet: Cloudflare accepted the write, and ${over} still show the rules as they were before it. ` +
                        'Cloudflare may apply writes with a delay, so it is most likely in place: check later with a get or list step with block-without-certificate, ' +
                        `or in the ${waf_report_DASHBOARD}; to wait longer in this step, give a longer timeout-seconds.`;
                // What reads show is not what was written: whether the rule enforces is not known yet.
                return fail(cause, answer ?? after, change, false);
            }
        }
    }
}
/**
 * Whether a read shows the rules as they were before a write whose answer was `answer`: no entrypoint
 * when the write created it, or the same ruleset at a version below the answer's (versions grow with
 * every change).
 */
function olderThan(read, answer, before) {
    if (read === undefined)
        return before === undefined;
    return read.id === answer.id && BigInt(read.version) < BigInt(answer.version);
}
/** What a create step that could not write the rule asks for, after the certificate's what-now. */
const ADD_RULE = { task: 'add the rule', taskAgain: 'add it', where: waf_report_DASHBOARD };
/**
 * On create with block-without-certificate, after the certificate and the hostnames: the rule, only
 * once mTLS is enabled on every hostname (on a hostname that does not ask for a certificate, no request
 * has a valid one, and the rule would block them all). A rule that cannot be written fails the step with
 * what the certificate's outputs mean for a re-run, as for the hostnames.
 */
async function ruleAfterHostnames(config, hostnames, certificate, enabled, context) {
    const target = targetOf(config, hostnames);
    if (enabled.failure !== undefined) {
        const skipped = `The WAF custom rule that blocks requests without a valid client certificate was not written (block-without-certificate): it is added only once mTLS is enabled on every hostname, ` +
            'or it would block every request to a hostname that does not ask for a certificate. Run the step again once mTLS is enabled on them';
        return report(target, undefined, { warnings: [skipped], kinds: BOTH_FINDINGS, required: true, read: false });
    }
    const rule = await ensureWafRule({ ...target, maxRetries: config.maxRetries }, context);
    return rule.failure === undefined ? rule : { ...rule, failure: `${rule.failure} ${whatNow(config, certificate, ADD_RULE)}` };
}
/** Decides the one write from a read: see ensureWafRule. */
function planWrite(current, hostnames) {
    const build = (names) => {
        const built = buildRule(names);
        return 'rule' in built
            ? built.rule
            : `The WAF custom rule cannot be written: ${built.problem}; give fewer hostnames, or protect them with rules of your own.`;
    };
    if (current === undefined) {
        const rule = build(hostnames);
        return typeof rule === 'string' ? { kind: 'refuse', why: rule } : { kind: 'create', rule };
    }
    const ours = findOurRules(current.rules);
    if (ours.length > 1)
        return { kind: 'refuse', why: duplicates(ours.map(o => o.rule)) };
    const [found] = ours;
    if (found === undefined) {
        const rule = build(hostnames);
        return typeof rule === 'string' ? { kind: 'refuse', why: rule } : { kind: 'add', rulesetId: current.id, rule };
    }
    const covered = ruleHostnames(found.rule.expression);
    if (covered === undefined) {
        return {
            kind: 'refuse',
            why: `The WAF custom rule of this action (${found.rule.id}, ref ${RULE_REF}) has an expression that is not the one this action writes (edited by hand?), ` +
                'so this step does not change it: rewriting it would undo that edit, and the step cannot tell what it blocks. ' +
                `Put the expression back as this action writes it (docs/waf-rule.md), or delete the rule (${waf_report_DASHBOARD}) so that this step adds it anew; then run the step again.`,
        };
    }
    const missing = hostnames.filter(name => !covered.includes(name));
    const restores = { disabled: !found.rule.enabled, action: found.rule.action === 'block' ? undefined : found.rule.action };
    if (missing.length === 0 && !restores.disabled && restores.action === undefined)
        return { kind: 'nothing', ruleset: current };
    const rule = build([...covered, ...missing]);
    if (typeof rule === 'string')
        return { kind: 'refuse', why: rule };
    return { kind: 'update', rulesetId: current.id, ruleId: found.rule.id, rule, added: missing, restores };
}
async function send(rulesets, zoneId, plan, attempt) {
    switch (plan.kind) {
        case 'create':
            return rulesets.createEntrypoint(zoneId, [plan.rule], attempt);
        case 'add':
            return rulesets.addRule(zoneId, plan.rulesetId, plan.rule, attempt);
        case 'update':
            return rulesets.updateRule(zoneId, plan.rulesetId, plan.ruleId, plan.rule, attempt);
    }
}
function describePlan(plan, current, round) {
    const again = round > 1 ? ` (attempt ${round}, rebuilt from the rules as just read)` : '';
    switch (plan.kind) {
        case 'create':
            return `Adding a WAF custom rule that blocks requests without a valid client certificate to ${list(added(plan))}: the zone has no custom rules yet${again}`;
        case 'add':
            return `Adding a WAF custom rule that blocks requests without a valid client certificate to ${list(added(plan))}, after the zone's ${current?.rules.length ?? 0} custom rule${current?.rules.length === 1 ? '' : 's'}, which stay as they are${again}`;
        case 'update': {
            const what = [
                ...(plan.added.length > 0 ? [`adding ${list(plan.added)}`] : []),
                ...(plan.restores.disabled ? ['enabling it'] : []),
                ...(plan.restores.action !== undefined ? [`setting its action back to block (it is ${plan.restores.action})`] : []),
            ];
            return `Changing the WAF custom rule of this action (${plan.ruleId}) only: ${what.join(', ')}${again}`;
        }
    }
}
/** What a write that restored the rule changed besides hostnames, as a warning: someone may have meant it. */
function restoredWarning(plan) {
    if (plan.kind !== 'update' || (!plan.restores.disabled && plan.restores.action === undefined))
        return [];
    const was = [...(plan.restores.disabled ? ['disabled'] : []), ...(plan.restores.action !== undefined ? [`set to ${plan.restores.action}`] : [])];
    return [
        `The WAF custom rule of this action (${plan.ruleId}) was ${was.join(' and ')}: this step enabled it with action block, as block-without-certificate asks. ` +
            `If it was turned off on purpose, remove block-without-certificate from this step, or it is turned back on at every run`,
    ];
}
/** What a write plan changes, for the report. */
function changeOf(plan) {
    if (plan === undefined)
        return 'none';
    if (plan.kind === 'create')
        return 'created-entrypoint';
    if (plan.kind === 'add')
        return 'added';
    return plan.added.length > 0 ? 'widened' : 'restored';
}
function added(plan) {
    if (plan.kind === 'update')
        return plan.added;
    return ruleHostnames(plan.rule.expression) ?? [];
}
/** The end of every failure of ensureWafRule: what it means, and the way around the action. */
function notEnforced(hostnames) {
    const yourself = ` with action Block and the expression ${expressionFor(hostnames)}`;
    return (`mTLS is enabled on ${list(hostnames)} but not enforced: requests without a valid, unrevoked client certificate still reach the origin. ` +
        `Fix the cause and run the step again, or add the rule yourself (${waf_report_DASHBOARD})${yourself}.`);
}
/** A refusal that changed nothing and is not about the credential or the rate. */
function isRefusal(error) {
    const status = error instanceof cloudflare_errors/* CloudflareApiError */.kx ? error.response.status : 0;
    return status >= 400 && status < 500 && ![401, 403, 429].includes(status);
}

;// CONCATENATED MODULE: ./src/commands/waf-check.ts




/**
 * On get and list with hostnames: reads the zone's custom rules once (read only). With requireRule
 * (block-without-certificate), fails unless this action's rule is there, enabled, block, in the form that
 * checks both cert_verified and cert_revoked, and covers every hostname. Always warns about other enabled
 * rules that check cert_verified without cert_revoked (revoked certificates pass them); with requireRule,
 * also about skip rules before ours that name a hostname. Without requireRule a read that fails is a note,
 * not a failure: the step asked for no WAF check.
 */
async function checkWafRule(target, requireRule, context) {
    const { zoneId, hostnames } = target;
    const kinds = requireRule ? BOTH_FINDINGS : ['revoked-pass'];
    let ruleset;
    try {
        ruleset = await new RulesetsClient(context.client).entrypoint(zoneId);
    }
    catch (error) {
        const sentence = describeFailure('read', error, target, 'waf-read', undefined);
        if (!requireRule) {
            return report(target, undefined, {
                notes: [`The zone's WAF custom rules were not checked for rules that revoked certificates pass: ${sentence}`],
                kinds,
                required: false,
                read: false,
            });
        }
        return report(target, undefined, {
            failure: `Could not check that mTLS is enforced on ${list(hostnames)}: ${sentence}`,
            kinds,
            required: true,
            read: false,
        });
    }
    if (!requireRule)
        return report(target, ruleset, { kinds, required: false });
    const ours = ruleset === undefined ? [] : findOurRules(ruleset.rules);
    const fix = `run a create step with hostnames and block-without-certificate: true (it re-enables the rule and adds missing hostnames), or fix it in the ${waf_report_DASHBOARD}`;
    let failure;
    if (ours.length === 0) {
        failure =
            `mTLS is not enforced on ${list(hostnames)} in zone ${zoneId}: the zone has no WAF custom rule of this action (ref ${RULE_REF})${ruleset === undefined ? ', nor any custom rules' : ''}, ` +
                `so requests without a valid, unrevoked client certificate still reach the origin. To add it, ${fix}`;
    }
    else if (ours.length > 1) {
        failure = `mTLS on ${list(hostnames)} may not be enforced: ${lowerFirst(duplicates(ours.map(o => o.rule)))}`;
    }
    else if (ours[0] !== undefined) {
        const { rule } = ours[0];
        const judged = judgeRule(rule, hostnames);
        if (!judged.enforces) {
            const handEdited = judged.covered === undefined;
            failure =
                `mTLS is not enforced on ${list(judged.missing.length > 0 && !handEdited ? judged.missing : hostnames)} in zone ${zoneId}: the WAF custom rule of this action (${rule.id}) ` +
                    `${judged.problems.join('; ')}, so requests without a valid, unrevoked client certificate may still reach the origin. ` +
                    (handEdited
                        ? `Put the expression back in the form this action writes (${expressionFor(hostnames)}, with every hostname it protects, sorted), or delete the rule so that a create step adds it anew`
                        : `To restore it, ${fix}`);
        }
        else
            context.log.info(`The WAF custom rule of this action blocks requests without a valid client certificate to ${list(hostnames)}`);
    }
    return report(target, ruleset, { failure, kinds, required: true });
}
/**
 * On get and list with hostnames: with block-without-certificate, requires this action's rule; without
 * it, only looks for other rules that revoked certificates pass (checkWafRule).
 */
function checkRuleOnSchedule(config, hostnames, context) {
    return checkWafRule(targetOf(config, hostnames), hostnames.blockWithoutCertificate, context);
}

;// CONCATENATED MODULE: ./src/commands/index.ts













/** Runs the configured command with one API client. */
async function executeCommand(config, services) {
    const sleep = services.sleep ?? sleep_sleep;
    const proxy = await useEnvironmentProxy(new URL(config.apiUrl));
    if (proxy !== 'none')
        services.log.debug(PROXY_DEBUG_LINES[proxy]);
    const clientOptions = {
        apiUrl: config.apiUrl,
        credentials: config.credentials,
        userAgent: USER_AGENT,
        deadline: services.deadline,
        maxRetries: config.maxRetries,
        log: services.log,
        sleep,
    };
    // Every zone of an account: a client of its own, through the request governor (budget, pool, rate limit).
    if ('accountId' in config) {
        const inventory = { ...config, failWhenIncomplete: config.failOnIncomplete };
        return inventoryAccount(inventory, { clientOptions, budget: config.requestBudget, log: services.log });
    }
    const client = new CloudflareClient(clientOptions);
    const context = {
        client,
        certificates: new ClientCertificatesClient(client),
        deadline: services.deadline,
        log: services.log,
        mask: services.mask,
        sleep,
    };
    switch (config.command) {
        case 'create': {
            const result = await createCertificate(config, context);
            if (!config.hostnames)
                return result;
            const certificate = { id: result.certificate.id, reused: result.reused ?? false };
            const enabled = await ensureHostnames(config, config.hostnames, certificate, context);
            const done = withHostnames(result, enabled, client.requestCount);
            // Certificate, then hostnames, then the rule that enforces mTLS on them.
            if (!config.hostnames.blockWithoutCertificate)
                return done;
            return withWafRule(done, await ruleAfterHostnames(config, config.hostnames, certificate, enabled, context), client.requestCount);
        }
        case 'get': {
            const result = await getCertificate(config, context);
            if (!config.hostnames)
                return result;
            const checked = withHostnames(result, await checkHostnames(config, config.hostnames, context), client.requestCount);
            return withWafRule(checked, await checkRuleOnSchedule(config, config.hostnames, context), client.requestCount);
        }
        case 'revoke':
        case 'reactivate':
            return changeStatus(config, context);
        case 'list': {
            const result = await listCertificates(config, context);
            if (!config.hostnames)
                return result;
            const checked = withHostnames(result, await checkHostnames(config, config.hostnames, context), client.requestCount);
            return withWafRule(checked, await checkRuleOnSchedule(config, config.hostnames, context), client.requestCount);
        }
    }
}
/** The result with the hostname report: its failure, if any, makes the step fail after the outputs are set. */
function withHostnames(result, hostnames, requests) {
    return { ...result, hostnames, requests, failures: hostnames.failure === undefined ? result.failures : [...result.failures, hostnames.failure] };
}
/** The result with the WAF rule's report: its failure, if any, makes the step fail after the outputs are set. */
function withWafRule(result, waf, requests) {
    return { ...result, waf, requests, failures: waf.failure === undefined ? result.failures : [...result.failures, waf.failure] };
}
/** What the debug log says of the proxy set-up. */
const PROXY_DEBUG_LINES = {
    loopback: 'A proxy is set, but api-url is a loopback address: not using the proxy',
    node: "Using the proxy from HTTPS_PROXY/HTTP_PROXY (Node's built-in proxy support; NO_PROXY honoured, loopback never proxied)",
    undici: 'Using the proxy from HTTPS_PROXY/HTTP_PROXY (undici EnvHttpProxyAgent; NO_PROXY honoured, loopback never proxied)',
};

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/file-writer.ts
var file_writer = __webpack_require__(4741);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/key-file.ts


/** State name under which the main step records a private key file it created under RUNNER_TEMP. */
const KEY_FILE_STATE = 'private-key-file';
/** The folder the main step creates under RUNNER_TEMP for a generated key; the post step removes it. */
const KEY_FOLDER_PREFIX = 'cloudflare-mtls-';
/** The key file's name in that folder. */
const KEY_FILE_NAME = 'client.key';
/** State name under which the main step records a PKCS#12 bundle it wrote under RUNNER_TEMP. */
const PKCS12_FILE_STATE = 'pkcs12-file';
/** The bundle's name in that folder (beside the key when both are the action's). */
const PKCS12_FILE_NAME = 'client.p12';
/**
 * A new private folder (mode 0700, unique name) under RUNNER_TEMP for a generated key, and the key
 * file's path in it. Made when the key is written, not when the inputs are read: nothing is created
 * for a run that fails before it has a key.
 */
async function newKeyFilePath(runnerTemp, name = KEY_FILE_NAME) {
    const folder = await (0,promises_.mkdtemp)((0,external_node_path_.join)(runnerTemp, KEY_FOLDER_PREFIX));
    return (0,external_node_path_.join)(folder, name);
}

;// CONCATENATED MODULE: ./src/outputs.ts


/** Every output the action sets, exactly as named in action.yml. */
const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'id',
    'certificate',
    'fingerprint',
    'expires-on',
    'issued-on',
    'serial-number',
    'status',
    'common-name',
    'days-remaining',
    'certificate-file',
    'json',
    'reused',
    'private-key',
    'private-key-file',
    'certificates',
    'count',
    'expiring-count',
    'zones-checked',
    'zones-skipped',
    'zones-not-checked',
    'issue-number',
    'certificate-authority-id',
    'certificate-authority-name',
    'hostnames',
    'hostnames-added',
    'hostnames-missing',
    'waf-ruleset-id',
    'waf-rule-id',
    'pkcs12-file',
]));
/** The step outputs for one verified certificate. */
function certificateOutputs(certificate) {
    const { api } = certificate;
    const outputs = {
        id: certificate.id,
        certificate: certificate.pem,
        fingerprint: certificate.fingerprint,
        'expires-on': certificate.expiresOn,
        'issued-on': api.issued_on ?? '',
        // The certificate's own, in lowercase hexadecimal: the API's may be decimal (certificate.ts compares them).
        'serial-number': certificate.serialNumber,
        status: certificate.status,
        'common-name': certificate.commonName,
        'days-remaining': String(certificate.daysRemaining),
    };
    const warnings = [];
    // The issuing CA, for the summary and for accounts with several CAs: a checked id and a short name, or left out.
    const authorityId = api.certificate_authority?.id;
    if (typeof authorityId === 'string') {
        const canonical = (0,identifier/* canonicalId */.iS)('authority', authorityId);
        if (canonical !== undefined)
            outputs['certificate-authority-id'] = canonical;
        else
            warnings.push(`the certificate-authority-id output is left out: the API gave ${authorityId.length} characters that are not a CA id (${identifier/* ID_SHAPES */.V5.authority})`);
    }
    const authorityName = api.certificate_authority?.name;
    if (typeof authorityName === 'string') {
        if (authorityName.length <= MAX_AUTHORITY_FIELD)
            outputs['certificate-authority-name'] = authorityName;
        else
            warnings.push(`the certificate-authority-name output is left out: the API gave ${authorityName.length} characters, more than the ${MAX_AUTHORITY_FIELD} a CA's name has`);
    }
    const json = JSON.stringify(api);
    if (Buffer.byteLength(json) <= limits/* MAX_OUTPUT_BYTES */.$q)
        return { outputs: { ...outputs, json }, warnings };
    return {
        outputs,
        warnings: [
            ...warnings,
            `the json output is left out: the API's answer is ${Buffer.byteLength(json)} bytes, more than the ${limits/* MAX_OUTPUT_BYTES */.$q} an output may hold here`,
        ],
    };
}
/** Far above "Cloudflare Managed CA for account …". */
const MAX_AUTHORITY_FIELD = 256;
/**
 * The step outputs of a zone-wide listing (or an account's, whose entries also name their zone): one
 * compact entry per certificate, soonest expiry first. The certificates output stays within maxBytes
 * (GitHub keeps 1 MiB of outputs per job): entries that do not fit are left out, the soonest-expiring
 * kept, and a warning says how many.
 */
function listOutputs(result, maxBytes = limits/* MAX_OUTPUT_BYTES */.$q) {
    const entries = result.certificates.map((c) => JSON.stringify({
        id: c.id,
        'common-name': c.commonName,
        status: c.status,
        'expires-on': c.expiresOn,
        'days-remaining': c.daysRemaining,
        fingerprint: c.fingerprint,
        ...(c.zone === undefined ? {} : { 'zone-id': c.zone.id, 'zone-name': c.zone.name }),
    }));
    const { json, kept } = jsonArrayWithin(entries, maxBytes);
    const warnings = kept < entries.length
        ? [
            `the certificates output holds the ${kept} soonest-expiring of ${entries.length} certificates: the other ${entries.length - kept} would pass the ${maxBytes} bytes an output may hold here`,
        ]
        : [];
    return {
        outputs: { certificates: json, count: String(entries.length), 'expiring-count': String(result.expiring.length) },
        warnings,
    };
}
/** A JSON array of the entries (each already JSON) that fit in maxBytes, in order, and how many did. */
function jsonArrayWithin(entries, maxBytes) {
    let bytes = 2;
    let kept = 0;
    while (kept < entries.length && bytes + Buffer.byteLength(entries[kept]) + 1 <= maxBytes)
        bytes += Buffer.byteLength(entries[kept++]) + 1;
    return { json: `[${entries.slice(0, kept).join(',')}]`, kept };
}
/**
 * The zone outputs' share of the 1 MiB of outputs GitHub keeps per job, on a check of every zone of an
 * account (which has no hostnames output): zones-skipped and zones-not-checked first, zones-checked the
 * rest. The certificates output then holds at most MAX_OUTPUT_BYTES less this.
 */
const MAX_ZONE_OUTPUTS_BYTES = 200 * 1024;
/**
 * The step outputs of a check of every zone of an account: the certificates output as a zone's (each
 * entry with zone-id and zone-name), count and expiring-count over every zone checked, and three JSON
 * arrays that together name every zone of the account: zones-checked ({id, name, count}), zones-skipped
 * ({id, name, why}: HTTP 403, not covered by the token or not entitled; not a failure) and
 * zones-not-checked ({id, name, why}: a check that failed, or a run that stopped first). Entries that
 * do not fit their share are left out, with a warning.
 */
function inventoryOutputs(result) {
    const warnings = [];
    let room = MAX_ZONE_OUTPUTS_BYTES;
    const zones = (name, list) => {
        const { json, kept } = jsonArrayWithin(list.map(zone => JSON.stringify(zone)), room);
        room -= Buffer.byteLength(json);
        if (kept < list.length) {
            warnings.push(`the ${name} output holds ${kept} of ${list.length} zones: the other ${list.length - kept} would pass the share of the outputs it may take here`);
        }
        return json;
    };
    const skipped = zones('zones-skipped', result.zonesSkipped);
    const notChecked = zones('zones-not-checked', [
        ...result.zonesFailed.map(zone => ({ ...zone, why: `its check failed: ${zone.why}` })),
        ...result.zonesNotChecked,
    ]);
    const checked = zones('zones-checked', result.zonesChecked.map(({ id, name, count }) => ({ id, name, count })));
    const certificates = listOutputs(result, limits/* MAX_OUTPUT_BYTES */.$q - MAX_ZONE_OUTPUTS_BYTES);
    return {
        outputs: { ...certificates.outputs, 'zones-checked': checked, 'zones-skipped': skipped, 'zones-not-checked': notChecked },
        warnings: [...certificates.warnings, ...warnings],
    };
}
/**
 * The hostname outputs: every hostname on the CA's list after the step, what this step added (create),
 * and which of the given ones a read showed without mTLS. JSON arrays. Left out when unknown (the list
 * could not be read); the full list is left out, with a warning, past MAX_HOSTNAMES_OUTPUT_BYTES, so that it
 * and a zone's certificates output stay within the 1 MiB GitHub keeps per job.
 */
function hostnameOutputs(report, command) {
    // Unknown (the list could not be read, after a write or not): no output claims anything.
    if (report.associated === undefined)
        return { outputs: {}, warnings: [] };
    const outputs = command === 'create' ? { 'hostnames-added': JSON.stringify(report.added) } : {};
    outputs['hostnames-missing'] = JSON.stringify(report.missing);
    const warnings = [];
    const all = JSON.stringify(report.associated);
    if (hostnamesOutputFits(report.associated))
        outputs.hostnames = all;
    else
        warnings.push(`the hostnames output is left out: the zone's list is ${Buffer.byteLength(all)} bytes as JSON, more than the ${MAX_HOSTNAMES_OUTPUT_BYTES} it may take here (hostnames-missing says what matters)`);
    return { outputs, warnings };
}
/** Whether the hostnames output holds the whole list (the summary says so, or not). */
function hostnamesOutputFits(associated) {
    return Buffer.byteLength(JSON.stringify(associated)) <= MAX_HOSTNAMES_OUTPUT_BYTES;
}
/** The hostnames output's share of the 1 MiB of outputs per job (the certificates output may take 900 KiB). */
const MAX_HOSTNAMES_OUTPUT_BYTES = 100 * 1024;
/**
 * The WAF rule's outputs: the zone's custom-rules entrypoint and this action's rule in it, as the last read
 * (or the write's answer) showed them; each left out when there is none or it is not known. Both are
 * 32-hexadecimal ids, checked when read.
 */
function wafRuleOutputs(report) {
    const outputs = {};
    if (report.rulesetId !== undefined)
        outputs['waf-ruleset-id'] = report.rulesetId;
    if (report.ruleId !== undefined)
        outputs['waf-rule-id'] = report.ruleId;
    return outputs;
}

// EXTERNAL MODULE: ./src/summary.ts
var summary = __webpack_require__(8855);
;// CONCATENATED MODULE: ./src/result-summary.ts






/**
 * The job summary of a result: one certificate's details, or a zone's listing, and the zone's mTLS
 * hostnames, under the frame summary.ts draws. Loaded with publish.ts, once a command has a result.
 */
const TITLES = {
    create: 'Client certificate issued',
    reused: 'Client certificate reused',
    get: 'Client certificate checked',
    revoke: 'Client certificate revoked',
    reactivate: 'Client certificate reactivated',
    list: 'Client certificates checked',
};
/**
 * One certificate (create, get, revoke, reactivate): the verdict first (✅, ⚠️ or ❌ with the command and
 * the zone), failed checks and warnings right under it, then the details. Outside data is escaped;
 * ids and fingerprints are checked hexadecimal.
 */
function certificateSummary(context, certificate, failures, warnings, reused, hostnames, notices = [], waf) {
    const { api } = certificate;
    const rows = [
        ['ID', `\`${certificate.id}\``],
        ['Status', (0,src_escape/* markdownText */.p7)(certificate.status)],
        ['Common name', (0,src_escape/* markdownText */.p7)(certificate.commonName)],
        ['Expires', `${dateCell(certificate.expiresOn)} (${certificate.daysRemaining} days left)`],
        ['Issued', dateCell(api.issued_on ?? '')],
        ['Serial number', (0,src_escape/* markdownText */.p7)(certificate.serialNumber)],
        ['SHA-256 fingerprint', `\`${certificate.fingerprint}\``],
    ];
    const authority = [api.certificate_authority?.name, api.certificate_authority?.id].find(value => typeof value === 'string' && value !== '');
    if (authority !== undefined)
        rows.push(['Certificate authority', (0,src_escape/* markdownText */.p7)(authority, 256)]);
    const title = TITLES[reused ? 'reused' : (context.command ?? '')] ?? 'Client certificate';
    return [
        ...(0,summary/* summaryHead */.z)(context, title, failures, warnings, undefined, notices),
        '| | |',
        '| --- | --- |',
        ...rows.map(([name, value]) => `| ${name} | ${value} |`),
        '',
        ...(hostnames ? hostnameSection(hostnames) : []),
        ...(waf ? wafRuleSection(waf) : []),
    ].join('\n');
}
/** Hostname rows shown at most; the hostnames output has them all. */
const MAX_HOSTNAME_ROWS = 200;
/**
 * The zone's mTLS hostnames: the ones asked for first (added by this step, enabled, or not enabled), then
 * the others on the CA's list. Names from the API are escaped like every other outside value.
 */
function hostnameSection(report) {
    const added = new Set(report.added);
    const missing = new Set(report.missing);
    const ca = report.mtlsCertificateId === undefined ? 'the Cloudflare Managed CA' : `the uploaded CA \`${report.mtlsCertificateId}\``;
    const rows = report.requested.map(name => {
        const state = report.associated === undefined
            ? '❔ unknown: the list could not be read'
            : missing.has(name)
                ? '❌ not enabled'
                : added.has(name)
                    ? '✅ enabled by this step'
                    : '✅ enabled';
        return `| ${(0,src_escape/* markdownText */.p7)(name)} | ${state} |`;
    });
    const requested = new Set(report.requested);
    const others = (report.associated ?? []).filter(name => !requested.has((0,src_hostnames/* hostnameKey */.D)(name)));
    rows.push(...others.map(name => `| ${(0,src_escape/* markdownText */.p7)(name)} | ✅ enabled (not in hostnames) |`));
    const shown = rows.slice(0, MAX_HOSTNAME_ROWS);
    const total = report.associated === undefined
        ? 'The list could not be read.'
        : `${report.associated.length} hostname${report.associated.length === 1 ? '' : 's'} on the list.`;
    return [
        '#### mTLS hostnames',
        '',
        `Client certificates of ${ca} are asked for on these hostnames. ${total}${report.added.length > 0 ? ` This step added ${report.added.length}.` : ''}`,
        '',
        '| Hostname | mTLS |',
        '| --- | --- |',
        ...shown,
        ...(rows.length > shown.length
            ? [
                '',
                `${rows.length - shown.length} more not shown${report.associated && hostnamesOutputFits(report.associated) ? ': the hostnames output lists them all' : ' (the list is too long for the hostnames output too)'}.`,
            ]
            : []),
        '',
    ];
}
/** What a step wrote to the rule, as the summary says it. */
function wafChange(report) {
    switch (report.change) {
        case 'created-entrypoint':
            return "Created the zone's custom rules, holding only this rule";
        case 'added':
            return "Added this rule, last among the zone's custom rules";
        case 'widened':
            return `Added ${report.added.map(name => (0,src_escape/* markdownText */.p7)(name)).join(', ')} to this rule`;
        case 'restored':
            return 'Enabled this rule again, with action block';
        case 'none':
            return 'Nothing (no write)';
    }
}
/**
 * The WAF rule that enforces mTLS: this action's rule as the last read showed it (its expression and
 * description escaped like every outside value), what the step changed, and each hostname blocked or not.
 * For the check get and list make without block-without-certificate: only whether the other rules were
 * checked (what was found is in the warnings).
 */
function wafRuleSection(report) {
    if (!report.required) {
        const checked = report.notes.length > 0
            ? (0,src_escape/* markdownText */.p7)(report.notes.join(' '), 2000)
            : report.findings.length > 0
                ? `Checked for enabled rules that revoked client certificates pass: ${report.findings.length} found (the warnings above name ${report.findings.length === 1 ? 'it' : 'them'}).`
                : 'Checked for enabled rules that revoked client certificates pass: none found.';
        return ['#### WAF custom rules', '', checked, '', 'Set block-without-certificate: true to have this step require the rule that enforces mTLS.', ''];
    }
    const { rule, unenforced } = report;
    const state = unenforced === undefined
        ? "Whether requests without a valid client certificate are blocked is not known: the zone's custom rules were not read, or could not be (see above)."
        : unenforced.length === 0
            ? 'Requests to these hostnames without a valid, unrevoked client certificate are blocked.'
            : `Requests without a valid, unrevoked client certificate to ${unenforced.length} of these hostnames still reach the origin.`;
    const rows = rule
        ? [
            ['Rule', `\`${rule.id}\`, rule ${rule.position} of ${rule.of} in ruleset \`${report.rulesetId ?? ''}\``],
            ['Enabled', rule.enabled ? 'yes' : '❌ no'],
            ['Action', rule.action === 'block' ? 'block' : `❌ ${(0,src_escape/* markdownText */.p7)(rule.action)}`],
            ['Expression', (0,src_escape/* markdownText */.p7)(rule.expression, limits/* MAX_RULE_EXPRESSION */.hv)],
            ['Description', (0,src_escape/* markdownText */.p7)(rule.description)],
        ]
        : [['Rule', `none with ref ${(0,src_escape/* markdownText */.p7)(report.ref)}`]];
    rows.push(['This step', wafChange(report)]);
    const added = new Set(report.added);
    const blocked = new Set(unenforced ?? []);
    const hostRows = report.requested.map(name => {
        const cell = unenforced === undefined ? '❔ unknown' : blocked.has(name) ? '❌ not blocked' : added.has(name) ? '✅ blocked (added by this step)' : '✅ blocked';
        return `| ${(0,src_escape/* markdownText */.p7)(name)} | ${cell} |`;
    });
    return [
        '#### WAF rule: block requests without a valid client certificate',
        '',
        state,
        '',
        '| | |',
        '| --- | --- |',
        ...rows.map(([name, value]) => `| ${name} | ${value} |`),
        '',
        '| Hostname | Without a valid, unrevoked certificate |',
        '| --- | --- |',
        ...hostRows.slice(0, MAX_HOSTNAME_ROWS),
        '',
    ];
}
/**
 * A zone-wide listing: the verdict, failed checks and warnings, then every certificate sorted by expiry,
 * expiring ones marked. Within MAX_SUMMARY_BYTES (GitHub's limit is 1 MiB): rows that do not fit are left
 * out, the soonest-expiring kept, and the summary says how many.
 */
function listSummary(context, result, warnings) {
    const expiring = new Set(result.expiring.map(c => c.id));
    const count = result.certificates.length;
    const top = [
        ...(0,summary/* summaryHead */.z)(context, TITLES.list, result.failures, warnings),
        `${count} certificate${count === 1 ? '' : 's'}, ${result.expiring.length} expiring soon.`,
        '',
    ];
    const hostnames = [...(result.hostnames ? hostnameSection(result.hostnames) : []), ...(result.waf ? wafRuleSection(result.waf) : [])];
    if (count === 0)
        return [...top, ...hostnames, ''].join('\n');
    const table = ['| | ID | Common name | Status | Expires | Days left |', '| --- | --- | --- | --- | --- | --- |'];
    const rows = result.certificates.map(c => `| ${expiring.has(c.id) ? '⚠️' : ''} | \`${c.id}\` | ${(0,src_escape/* markdownText */.p7)(c.commonName)} | ${(0,src_escape/* markdownText */.p7)(c.status)} | ${dateCell(c.expiresOn)} | ${c.daysRemaining} |`);
    const kept = rowsWithin(rows, limits/* MAX_SUMMARY_BYTES */.Q0 - Buffer.byteLength([...top, ...table, ...hostnames].join('\n')) - 400);
    const leftOut = rows.length - kept;
    const leftOutLines = leftOut > 0
        ? ['', `${leftOut} more certificate${leftOut === 1 ? '' : 's'} not shown: a job summary holds at most 1 MiB. The certificates output lists them.`]
        : [];
    return [...top, ...table, ...rows.slice(0, kept), ...leftOutLines, ...(hostnames.length > 0 ? ['', ...hostnames] : []), ''].join('\n');
}
/** Failures shown as callouts in an account's summary; the rest are counted (each failed zone is also in its table). */
const MAX_ACCOUNT_FAILURES_SHOWN = 10;
/** Rows of each zone table (skipped, not checked) shown at most; the zones-skipped and zones-not-checked outputs have them all. */
const MAX_ZONE_ROWS = 200;
/**
 * A check of every zone of an account: the verdict and the account first (failures, warnings), what was
 * checked and what it cost, then one table of every certificate across the zones, sorted by expiry, with
 * each one's zone, then the zones skipped and the zones not checked, each with why. Within
 * MAX_SUMMARY_BYTES: the zone tables are bounded first, and certificate rows that do not fit are left
 * out, the soonest-expiring kept. Zone names and every message are escaped; ids are checked.
 */
function inventorySummary(context, result, warnings) {
    const { zones, zonesChecked, zonesSkipped, certificates } = result;
    const notChecked = [...result.zonesFailed.map(zone => ({ ...zone, why: `its check failed: ${zone.why}` })), ...result.zonesNotChecked];
    const failures = result.failures.length <= MAX_ACCOUNT_FAILURES_SHOWN
        ? result.failures
        : [
            ...result.failures.slice(0, MAX_ACCOUNT_FAILURES_SHOWN),
            `And ${result.failures.length - MAX_ACCOUNT_FAILURES_SHOWN} more failures: the log lists them all, and the zones not checked are below`,
        ];
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const top = [
        ...(0,summary/* summaryHead */.z)(context, TITLES.list, failures, warnings),
        `${plural(zones.length, 'zone')}: ${zonesChecked.length} checked, ${zonesSkipped.length} skipped, ${notChecked.length} not checked. ` +
            `${plural(certificates.length, 'certificate')}, ${result.expiring.length} expiring soon.`,
        '',
        `${plural(result.requests, 'request')} of a budget of ${result.budget} (the account needs at least ${result.requestsNeeded}), at most ${result.rate.maxInFlight} at once${result.rate.slowedDown ? ", slowed down as Cloudflare's count of the rate limit ran low" : ''}.`,
        '',
    ];
    const zoneTable = (title, list, output) => {
        if (list.length === 0)
            return [];
        const rows = list.slice(0, MAX_ZONE_ROWS).map(zone => `| ${(0,src_escape/* markdownText */.p7)(zone.name)} | \`${zone.id}\` | ${(0,src_escape/* markdownText */.p7)(zone.why, 600)} |`);
        const more = list.length - rows.length;
        return [
            `#### ${title}`,
            '',
            '| Zone | Zone ID | Why |',
            '| --- | --- | --- |',
            ...rows,
            ...(more > 0 ? ['', `${more} more not shown: the ${output} output lists them.`] : []),
            '',
        ];
    };
    const after = [
        ...zoneTable(`Zones skipped (${zonesSkipped.length})`, zonesSkipped, 'zones-skipped'),
        ...zoneTable(`Zones not checked (${notChecked.length})`, notChecked, 'zones-not-checked'),
    ];
    if (certificates.length === 0)
        return [...top, ...after, ''].join('\n');
    const expiring = new Set(result.expiring.map(c => c.id));
    const table = ['| | Zone | ID | Common name | Status | Expires | Days left |', '| --- | --- | --- | --- | --- | --- | --- |'];
    const rows = certificates.map(c => `| ${expiring.has(c.id) ? '⚠️' : ''} | ${(0,src_escape/* markdownText */.p7)(c.zone.name)} | \`${c.id}\` | ${(0,src_escape/* markdownText */.p7)(c.commonName)} | ${(0,src_escape/* markdownText */.p7)(c.status)} | ${dateCell(c.expiresOn)} | ${c.daysRemaining} |`);
    const kept = rowsWithin(rows, limits/* MAX_SUMMARY_BYTES */.Q0 - Buffer.byteLength([...top, ...table, ...after].join('\n')) - 400);
    const leftOut = rows.length - kept;
    const leftOutLines = leftOut > 0 ? ['', `${plural(leftOut, 'more certificate')} not shown: a job summary holds at most 1 MiB. The certificates output lists them.`] : [];
    return [...top, ...table, ...rows.slice(0, kept), ...leftOutLines, '', ...after, ''].join('\n');
}
/** How many of the rows, from the first, fit in room bytes (each with its line break): the summary's cap. */
function rowsWithin(rows, room) {
    let bytes = 0;
    let kept = 0;
    while (kept < rows.length && bytes + Buffer.byteLength(rows[kept]) + 1 <= room)
        bytes += Buffer.byteLength(rows[kept++]) + 1;
    return kept;
}
/** The date a person reads, with the whole timestamp on hover; anything not an ISO timestamp as escaped text. */
function dateCell(timestamp) {
    if (!ISO_TIMESTAMP.test(timestamp))
        return (0,src_escape/* markdownText */.p7)(timestamp);
    return `<abbr title="${timestamp}">${timestamp.slice(0, 10)}</abbr>`;
}

;// CONCATENATED MODULE: ./src/publish.ts






async function publish(config, result, context) {
    // Every zone of an account: outputs, tracking issue and summary of its own.
    if (result.kind === 'account-list' && 'accountId' in config)
        return publishInventory(config, result, context);
    if (result.kind === 'account-list' || 'accountId' in config)
        throw new Error('internal error: an account inventory without its config, or the other way round');
    const { outputs, warnings } = result.kind === 'list' ? await publishList(config, result, context) : await publishCertificate(config, result, context);
    let trackingIssue;
    if ((config.command === 'get' || config.command === 'list') && config.trackingIssue) {
        // Loaded only for a get or list with github-token: no other run compiles the tracking issue's code (nor
        // Octokit, which it loads in turn).
        const { trackIssue } = await __webpack_require__.e(/* import() */ 788).then(__webpack_require__.bind(__webpack_require__, 788));
        trackingIssue = await trackIssue(config.trackingIssue, config.zoneId, result, context);
        outputs['issue-number'] = trackingIssue ? String(trackingIssue.number) : '';
    }
    if (!config.jobSummary)
        return { outputs, summary: undefined };
    const summaryContext = { command: config.command, zoneId: config.zoneId, trackingIssue };
    const summary = result.kind === 'list'
        ? listSummary(summaryContext, result, warnings)
        : certificateSummary(summaryContext, result.certificate, result.failures, warnings, result.reused ?? false, result.hostnames, result.notices, result.waf);
    return { outputs, summary };
}
/** Files, warnings and log line for one certificate; returns its outputs, set by the caller last. */
async function publishCertificate(config, result, context) {
    const { log, saveState } = context;
    const { certificate } = result;
    const { outputs, warnings: outputWarnings } = certificateOutputs(certificate);
    const hostnames = result.hostnames ? hostnameOutputs(result.hostnames, config.command) : undefined;
    const warnings = [
        ...certificate.warnings,
        ...outputWarnings,
        ...(hostnames?.warnings ?? []),
        ...(result.hostnames?.warnings ?? []),
        ...(result.waf?.warnings ?? []),
    ];
    for (const warning of warnings)
        log.warning(warning);
    for (const note of result.waf?.notes ?? [])
        log.info(note);
    try {
        if (config.certificateFile !== undefined)
            outputs['certificate-file'] = await writeCertificateFile(config.certificateFile, certificate.pem, config.writeRoots);
        if (config.command === 'create') {
            outputs.reused = String(result.reused ?? false);
            if (result.privateKeyPem !== undefined && config.csr.kind === 'generate') {
                const target = config.csr.key.privateKeyFile;
                const path = target.kind === 'given' ? target.path : await newKeyFilePath(target.runnerTemp);
                // Recorded before the file exists, so that the post step removes it whatever happens next.
                if (target.kind === 'runner-temp')
                    saveState(KEY_FILE_STATE, path);
                if (config.outputPrivateKey)
                    outputs['private-key'] = result.privateKeyPem;
                outputs['private-key-file'] = await writePrivateKeyFile(path, result.privateKeyPem, config.writeRoots);
                if (config.pkcs12 && result.pkcs12Bundle) {
                    const bundle = config.pkcs12.file;
                    // The action's own place: beside its key file when it chose that place too, else a new folder.
                    const bundlePath = bundle.kind === 'given'
                        ? bundle.path
                        : target.kind === 'runner-temp'
                            ? (0,external_node_path_.join)((0,external_node_path_.dirname)(path), PKCS12_FILE_NAME)
                            : await newKeyFilePath(bundle.runnerTemp, PKCS12_FILE_NAME);
                    if (bundle.kind === 'runner-temp')
                        saveState(PKCS12_FILE_STATE, bundlePath);
                    outputs['pkcs12-file'] = await writePkcs12File(bundlePath, result.pkcs12Bundle, config.writeRoots);
                }
            }
        }
    }
    catch (error) {
        throw new FileWriteError(config, result, error);
    }
    if (hostnames)
        Object.assign(outputs, hostnames.outputs);
    if (result.waf)
        Object.assign(outputs, wafRuleOutputs(result.waf));
    const verb = { create: result.reused ? 'Reused' : 'Issued', get: 'Fetched', revoke: 'Revoked', reactivate: 'Reactivated', list: '' }[config.command];
    log.info(`${verb} client certificate ${certificate.id} (${certificate.commonName}): ${certificate.status}, expires ${certificate.expiresOn} ` +
        `(${certificate.daysRemaining} days), SHA-256 ${certificate.fingerprint}${outputs['certificate-file'] ? `, written to ${outputs['certificate-file']}` : ''}`);
    return { outputs, warnings };
}
/** A file could not be written after the API acted: says which certificate exists now and what to do with it. */
class FileWriteError extends errors/* ActionError */.l {
    name = 'FileWriteError';
    constructor(config, result, cause) {
        const { id } = result.certificate;
        const after = config.command !== 'create'
            ? ''
            : result.reused
                ? ` Certificate ${id} was reused and is unchanged.`
                : ` Certificate ${id} was issued all the same and counts against the zone's quota: revoke it (command: revoke, certificate-id: ${id}) unless you will use it.`;
        // What else the step did or found before the write failed: none of it may go unsaid.
        const added = result.hostnames?.added ?? [];
        const enabled = added.length > 0 ? ` This step enabled mTLS on ${added.join(', ')} before the write failed; that stays.` : '';
        const also = result.hostnames?.failure ? ` Also: ${result.hostnames.failure}` : '';
        const waf = result.waf;
        const rule = waf === undefined || waf.change === 'none'
            ? ''
            : ` This step ${waf.change === 'widened' ? 'widened' : waf.change === 'restored' ? 'restored' : 'added'} the WAF custom rule that blocks requests without a valid client certificate${waf.ruleId ? ` (${waf.ruleId})` : ''}; that stays.`;
        const ruleAlso = waf?.failure ? ` Also: ${waf.failure}` : '';
        super(`Could not write a file: ${cause.message}.${after}${enabled}${also}${rule}${ruleAlso}`, { cause });
    }
}
async function publishList(config, result, { log }) {
    const { outputs, warnings: outputWarnings } = listOutputs(result);
    const hostnames = result.hostnames ? hostnameOutputs(result.hostnames, config.command) : undefined;
    if (hostnames)
        Object.assign(outputs, hostnames.outputs);
    if (result.waf)
        Object.assign(outputs, wafRuleOutputs(result.waf));
    const warnings = [...outputWarnings, ...(hostnames?.warnings ?? []), ...(result.hostnames?.warnings ?? []), ...(result.waf?.warnings ?? [])];
    for (const note of result.waf?.notes ?? [])
        log.info(note);
    for (const certificate of result.certificates)
        for (const warning of certificate.warnings)
            log.warning(warning);
    for (const warning of warnings)
        log.warning(warning);
    for (const certificate of result.expiring) {
        log.warning(`Client certificate ${certificate.id} (${certificate.commonName}) expires on ${certificate.expiresOn}: ${certificate.daysRemaining} days left`);
    }
    log.info(`Zone ${config.zoneId}: ${result.certificates.length} client certificates, ${result.expiring.length} expiring soon (${result.requests} request${result.requests === 1 ? '' : 's'})`);
    for (const warning of result.warnings)
        log.warning(warning);
    return { outputs, warnings: [...result.warnings, ...result.certificates.flatMap(c => c.warnings), ...warnings] };
}
/** Writes a PKCS#12 bundle (it holds the private key): readable by its owner only, like the key file. */
function writePkcs12File(path, bundle, roots) {
    return (0,file_writer/* writeFileSafely */.kv)(path, bundle, 0o600, { roots, folderMode: 0o700 });
}
/** Writes the certificate PEM (public, so readable by all), creating parent folders. */
function writeCertificateFile(path, pem, roots) {
    return (0,file_writer/* writeFileSafely */.kv)(path, pem, 0o644, { roots });
}
/** Writes a private key readable by its owner only; folders it creates are private too. */
function writePrivateKeyFile(path, pem, roots) {
    return (0,file_writer/* writeFileSafely */.kv)(path, pem, 0o600, { roots, folderMode: 0o700 });
}
/**
 * A check of every zone of an account: its outputs, the warnings and the log lines, the account's
 * tracking issue and its summary. The failures (expiring certificates, zones that failed, a stop) are
 * printed by main.ts after the outputs are set, as a zone's are.
 */
async function publishInventory(config, result, context) {
    const { log } = context;
    const { outputs, warnings: outputWarnings } = inventoryOutputs(result);
    for (const certificate of result.certificates)
        for (const warning of certificate.warnings)
            log.warning(warning);
    for (const warning of outputWarnings)
        log.warning(warning);
    for (const certificate of result.expiring) {
        log.warning(`Client certificate ${certificate.id} (${certificate.commonName}) of zone ${certificate.zone.name} (${certificate.zone.id}) expires on ${certificate.expiresOn}: ${certificate.daysRemaining} days left`);
    }
    const notChecked = result.zonesFailed.length + result.zonesNotChecked.length;
    log.info(`Account ${result.accountId}: ${result.zones.length} zones, ${result.zonesChecked.length} checked, ${result.zonesSkipped.length} skipped, ${notChecked} not checked; ` +
        `${result.certificates.length} client certificates, ${result.expiring.length} expiring soon (${result.requests} requests of a budget of ${result.budget}, at most ${result.rate.maxInFlight} at once)`);
    for (const warning of result.warnings)
        log.warning(warning);
    const warnings = [...result.warnings, ...result.certificates.flatMap(c => c.warnings), ...outputWarnings];
    let trackingIssue;
    if (config.trackingIssue) {
        // Loaded only for a check with github-token, as for a zone's.
        const { trackAccountIssue } = await __webpack_require__.e(/* import() */ 788).then(__webpack_require__.bind(__webpack_require__, 788));
        trackingIssue = await trackAccountIssue(config.trackingIssue, result, context);
        outputs['issue-number'] = trackingIssue ? String(trackingIssue.number) : '';
    }
    if (!config.jobSummary)
        return { outputs, summary: undefined };
    return { outputs, summary: inventorySummary({ command: config.command, zoneId: undefined, accountId: result.accountId, trackingIssue }, result, warnings) };
}

;// CONCATENATED MODULE: ./src/lazy.ts
/**
 * The second stage: what main.ts loads only once the inputs are valid, behind one dynamic import: the
 * commands with the API client, the proxy set-up (node:http through the bundler's require) and the
 * certificate checks, and the publishing of their result (files, outputs, the result's summary). A bad
 * input is refused without compiling any of it. The hints after an API error come from here too: an API
 * error comes only after this is loaded, and the commands' own hints are in it already.
 *
 * Every dynamic import of the second stage names the chunk "second-stage", the heavier input checks
 * config/ loads only when their input is given (csr.ts, hostnames.ts, file-writer.ts) included: webpack
 * makes them one chunk of dist/, so that a run loads one file after its inputs are read, and no module
 * is copied into two chunks (dist/ would grow by about 10 KiB gzipped). An input refused with a CSR, a
 * hostname list or a path given compiles the chunk to check them.
 */





/***/ }),

/***/ 3989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ ResponseTooLargeError),
/* harmony export */   h: () => (/* binding */ readCappedText)
/* harmony export */ });
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(351);

/** An answer larger than the action accepts; nothing of it was parsed. */
class ResponseTooLargeError extends Error {
    name = 'ResponseTooLargeError';
    limitBytes;
    constructor(limitBytes) {
        super(`the answer is larger than ${formatBytes(limitBytes)}, the most this action reads from an API (a real answer is far smaller)`);
        this.limitBytes = limitBytes;
    }
}
/**
 * The one way the action reads a response body, from Cloudflare's API and GitHub's alike: counted while
 * it streams and abandoned as soon as it passes the cap, so a huge or endless answer costs at most the
 * cap in memory. A declared content-length over the cap fails before anything is read.
 */
async function readCappedText(response, limitBytes = _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_RESPONSE_BYTES */ .nB) {
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > limitBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new ResponseTooLargeError(limitBytes);
    }
    if (response.body === null)
        return '';
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let received = 0;
    let text = '';
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        received += value.byteLength;
        if (received > limitBytes) {
            await reader.cancel().catch(() => undefined);
            throw new ResponseTooLargeError(limitBytes);
        }
        text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
}
function formatBytes(bytes) {
    return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}


/***/ })

};
;