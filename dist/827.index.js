"use strict";
exports.id = 827;
exports.ids = [827];
exports.modules = {

/***/ 4827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildPkcs12: () => (/* binding */ buildPkcs12)
/* harmony export */ });
/* unused harmony exports PKCS12_MODERN_ITERATIONS, PKCS12_LEGACY_ITERATIONS, pkcs12Kdf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1467);
/* harmony import */ var _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _peculiar_asn1_pfx__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8624);
/* harmony import */ var _peculiar_asn1_pfx__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_pfx__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _peculiar_asn1_pkcs9__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3772);
/* harmony import */ var _peculiar_asn1_rsa__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7300);
/* harmony import */ var _peculiar_asn1_rsa__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_rsa__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7261);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3594);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_7__);








/**
 * PBKDF2 and MAC iterations of the modern set: OpenSSL 3's 2048 is cheap to brute-force for a bundle
 * that leaks; 100000 costs about a tenth of a second to build and to open.
 */
const PKCS12_MODERN_ITERATIONS = 100_000;
/** OpenSSL's PKCS12_DEFAULT_ITER, the count `openssl pkcs12 -export` writes. */
const PKCS12_LEGACY_ITERATIONS = 2048;
const OID_PBES2 = '1.2.840.113549.1.5.13';
const OID_PBKDF2 = '1.2.840.113549.1.5.12';
const OID_HMAC_WITH_SHA256 = '1.2.840.113549.2.9';
const OID_AES256_CBC = '2.16.840.1.101.3.4.1.42';
const PKCS12_KDF_KEY = 1;
const PKCS12_KDF_IV = 2;
const PKCS12_KDF_MAC = 3;
// Schemas the @peculiar packages do not have. The properties are registered with AsnProp called as a
// plain function, as the packages' own compiled code does: this project compiles no decorators.
/** RFC 7292 Appendix C: pkcs-12PbeParams ::= SEQUENCE { salt OCTET STRING, iterations INTEGER } */
class Pkcs12PbeParams {
    salt = new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.OctetString();
    iterations = 0;
    constructor(params = {}) {
        Object.assign(this, params);
    }
}
(0,_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnProp)({ type: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.OctetString })(Pkcs12PbeParams.prototype, 'salt');
(0,_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnProp)({ type: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnPropTypes.Integer })(Pkcs12PbeParams.prototype, 'iterations');
/** RFC 8018 A.2: PBKDF2-params, with the salt always "specified" and no keyLength (AES-256 has one). */
class Pbkdf2Params {
    salt = new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.OctetString();
    iterationCount = 0;
    prf = new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_7__.AlgorithmIdentifier();
    constructor(params = {}) {
        Object.assign(this, params);
    }
}
(0,_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnProp)({ type: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.OctetString })(Pbkdf2Params.prototype, 'salt');
(0,_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnProp)({ type: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnPropTypes.Integer })(Pbkdf2Params.prototype, 'iterationCount');
(0,_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnProp)({ type: _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_7__.AlgorithmIdentifier })(Pbkdf2Params.prototype, 'prf');
/** RFC 8018 A.4: PBES2-params ::= SEQUENCE { keyDerivationFunc, encryptionScheme } */
class Pbes2Params {
    keyDerivationFunc = new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_7__.AlgorithmIdentifier();
    encryptionScheme = new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_7__.AlgorithmIdentifier();
    constructor(params = {}) {
        Object.assign(this, params);
    }
}
(0,_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnProp)({ type: _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_7__.AlgorithmIdentifier })(Pbes2Params.prototype, 'keyDerivationFunc');
(0,_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnProp)({ type: _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_7__.AlgorithmIdentifier })(Pbes2Params.prototype, 'encryptionScheme');
/** RFC 5652 8: EncryptedData ::= SEQUENCE { version, encryptedContentInfo } (no unprotectedAttrs). */
class CmsEncryptedData {
    version = 0;
    encryptedContentInfo = new _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__.EncryptedContentInfo();
    constructor(params = {}) {
        Object.assign(this, params);
    }
}
(0,_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnProp)({ type: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnPropTypes.Integer })(CmsEncryptedData.prototype, 'version');
(0,_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnProp)({ type: _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__.EncryptedContentInfo })(CmsEncryptedData.prototype, 'encryptedContentInfo');
const pbkdf2Async = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_crypto__WEBPACK_IMPORTED_MODULE_0__.pbkdf2);
const SCHEMES = {
    // OpenSSL 3's default (PBES2/PBKDF2-HMAC-SHA-256/AES-256-CBC, SHA-256 MAC) with more iterations and
    // 16-byte salts (NIST SP 800-132 asks for at least 128 bits; OpenSSL 3.0 writes 8).
    modern: {
        iterations: PKCS12_MODERN_ITERATIONS,
        macHash: 'sha256',
        macAlgorithm: _peculiar_asn1_rsa__WEBPACK_IMPORTED_MODULE_5__.sha256,
        macSaltBytes: 16,
        async encrypt(plaintext, password) {
            const salt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16);
            const iv = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16);
            const key = await pbkdf2Async(password.utf8, salt, PKCS12_MODERN_ITERATIONS, 32, 'sha256');
            const cipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createCipheriv)('aes-256-cbc', key, iv);
            const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
            const kdf = new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_7__.AlgorithmIdentifier({
                algorithm: OID_PBKDF2,
                parameters: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnConvert.serialize(new Pbkdf2Params({
                    salt: new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.OctetString(salt),
                    iterationCount: PKCS12_MODERN_ITERATIONS,
                    prf: new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_7__.AlgorithmIdentifier({ algorithm: OID_HMAC_WITH_SHA256, parameters: null }),
                })),
            });
            const scheme = new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_7__.AlgorithmIdentifier({ algorithm: OID_AES256_CBC, parameters: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnConvert.serialize(new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.OctetString(iv)) });
            const algorithm = new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_7__.AlgorithmIdentifier({
                algorithm: OID_PBES2,
                parameters: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnConvert.serialize(new Pbes2Params({ keyDerivationFunc: kdf, encryptionScheme: scheme })),
            });
            return { algorithm, ciphertext };
        },
    },
    // `openssl pkcs12 -export -keypbe PBE-SHA1-3DES -certpbe PBE-SHA1-3DES -macalg sha1 -iter 2048`, with
    // OpenSSL's 8-byte salts. Certificates get 3DES too, not OpenSSL 1.1's RC2-40: Node's OpenSSL 3 has no
    // RC2 outside the legacy provider, and 40 bits protect nothing.
    legacy: {
        iterations: PKCS12_LEGACY_ITERATIONS,
        macHash: 'sha1',
        macAlgorithm: _peculiar_asn1_rsa__WEBPACK_IMPORTED_MODULE_5__.sha1,
        macSaltBytes: 8,
        async encrypt(plaintext, password) {
            const salt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8);
            const key = pkcs12Kdf('sha1', password.bmp, salt, PKCS12_KDF_KEY, PKCS12_LEGACY_ITERATIONS, 24);
            const iv = pkcs12Kdf('sha1', password.bmp, salt, PKCS12_KDF_IV, PKCS12_LEGACY_ITERATIONS, 8);
            const cipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createCipheriv)('des-ede3-cbc', key, iv);
            const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
            const algorithm = new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_7__.AlgorithmIdentifier({
                algorithm: _peculiar_asn1_pfx__WEBPACK_IMPORTED_MODULE_3__.id_pbeWithSHAAnd3_KeyTripleDES_CBC,
                parameters: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnConvert.serialize(new Pkcs12PbeParams({ salt: new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.OctetString(salt), iterations: PKCS12_LEGACY_ITERATIONS })),
            });
            return { algorithm, ciphertext };
        },
    },
};
/**
 * Builds a password-protected PKCS#12 bundle of the key and its certificate, laid out as OpenSSL's
 * `pkcs12 -export` does: the certificate bag in an encrypted SafeContents first, then the shrouded key
 * bag in a plain one, both with the same localKeyId (the certificate's SHA-1) so that readers pair them.
 * Error messages never quote the password or the key.
 */
async function buildPkcs12(options) {
    const scheme = Object.hasOwn(SCHEMES, options.algorithms) ? SCHEMES[options.algorithms] : undefined;
    if (!scheme)
        throw new Error(`unknown PKCS#12 algorithm set "${String(options.algorithms)}": expected one of ${Object.keys(SCHEMES).join(', ')}`);
    const password = encodePassword(options.password);
    const key = readPrivateKey(options.privateKeyPem);
    const certificate = readCertificate(options.certificatePem);
    if (!certificate.checkPrivateKey(key)) {
        throw new Error("the private key does not belong to the certificate: the certificate's public key is a different one");
    }
    const certificateDer = certificate.raw;
    const attributes = bagAttributes((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(certificateDer).digest(), options.friendlyName);
    const certBag = new _peculiar_asn1_pfx__WEBPACK_IMPORTED_MODULE_3__.SafeBag({
        bagId: _peculiar_asn1_pfx__WEBPACK_IMPORTED_MODULE_3__.id_certBag,
        bagValue: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnConvert.serialize(new _peculiar_asn1_pfx__WEBPACK_IMPORTED_MODULE_3__.CertBag({ certId: _peculiar_asn1_pfx__WEBPACK_IMPORTED_MODULE_3__.id_x509Certificate, certValue: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnConvert.serialize(new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.OctetString(certificateDer)) })),
        bagAttributes: attributes,
    });
    // Both encryptions start at once: PBKDF2 runs on libuv's thread pool while this thread derives the MAC key.
    const encryptedCertificates = scheme.encrypt(toBuffer(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnConvert.serialize(new _peculiar_asn1_pfx__WEBPACK_IMPORTED_MODULE_3__.SafeContents([certBag]))), password);
    const encryptedKey = scheme.encrypt(key.export({ type: 'pkcs8', format: 'der' }), password);
    const macSalt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(scheme.macSaltBytes);
    const macKey = pkcs12Kdf(scheme.macHash, password.bmp, macSalt, PKCS12_KDF_MAC, scheme.iterations, scheme.macHash === 'sha1' ? 20 : 32);
    const [certificates, shrouded] = await Promise.all([encryptedCertificates, encryptedKey]);
    const encryptedData = new CmsEncryptedData({
        encryptedContentInfo: new _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__.EncryptedContentInfo({
            contentType: _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__.id_data,
            contentEncryptionAlgorithm: certificates.algorithm,
            encryptedContent: new _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__.EncryptedContent({ value: new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.OctetString(certificates.ciphertext) }),
        }),
    });
    const keyBag = new _peculiar_asn1_pfx__WEBPACK_IMPORTED_MODULE_3__.SafeBag({
        bagId: _peculiar_asn1_pfx__WEBPACK_IMPORTED_MODULE_3__.id_pkcs8ShroudedKeyBag,
        bagValue: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnConvert.serialize(new _peculiar_asn1_pfx__WEBPACK_IMPORTED_MODULE_3__.PKCS8ShroudedKeyBag({ encryptionAlgorithm: shrouded.algorithm, encryptedData: new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.OctetString(shrouded.ciphertext) })),
        bagAttributes: attributes,
    });
    const authenticatedSafe = toBuffer(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnConvert.serialize(new _peculiar_asn1_pfx__WEBPACK_IMPORTED_MODULE_3__.AuthenticatedSafe([
        new _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__.ContentInfo({ contentType: _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__.id_encryptedData, content: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnConvert.serialize(encryptedData) }),
        dataContentInfo(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnConvert.serialize(new _peculiar_asn1_pfx__WEBPACK_IMPORTED_MODULE_3__.SafeContents([keyBag]))),
    ])));
    const mac = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)(scheme.macHash, macKey).update(authenticatedSafe).digest();
    const pfx = new _peculiar_asn1_pfx__WEBPACK_IMPORTED_MODULE_3__.PFX({
        version: 3,
        authSafe: dataContentInfo(authenticatedSafe),
        macData: new _peculiar_asn1_pfx__WEBPACK_IMPORTED_MODULE_3__.MacData({
            mac: new _peculiar_asn1_rsa__WEBPACK_IMPORTED_MODULE_5__.DigestInfo({ digestAlgorithm: scheme.macAlgorithm, digest: new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.OctetString(mac) }),
            macSalt: new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.OctetString(macSalt),
            iterations: scheme.iterations,
        }),
    });
    return toBuffer(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnConvert.serialize(pfx));
}
function encodePassword(password) {
    // An empty password is read differently by different tools (some treat it as no password at all).
    if (password === '')
        throw new Error('the PKCS#12 password is empty');
    // A lone surrogate has no UTF-8 form: the PBKDF2 and MAC passwords would silently differ.
    if (/\p{Cs}/u.test(password))
        throw new Error('the PKCS#12 password contains an unpaired UTF-16 surrogate, which has no UTF-8 form');
    const utf16be = Buffer.from(password, 'utf16le').swap16();
    return { utf8: Buffer.from(password, 'utf8'), bmp: Buffer.concat([utf16be, Buffer.alloc(2)]) };
}
function readPrivateKey(pem) {
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem' });
    }
    catch {
        // The cause is not kept: OpenSSL's reason could in principle echo part of the input.
        throw new Error('the private key is not an unencrypted PEM private key');
    }
    if (key.asymmetricKeyType !== 'ec' && key.asymmetricKeyType !== 'rsa') {
        throw new Error(`the private key is a ${key.asymmetricKeyType ?? 'unknown'} key; a PKCS#12 bundle is built for EC and RSA keys only`);
    }
    return key;
}
function readCertificate(pem) {
    const count = pem.split('-----BEGIN CERTIFICATE-----').length - 1;
    if (count !== 1)
        throw new Error(`the certificate PEM contains ${count} certificates; give exactly one`);
    try {
        return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem);
    }
    catch {
        throw new Error('the certificate is not a readable PEM certificate');
    }
}
/**
 * localKeyId and, when given, friendlyName, in DER order (a SET OF is sorted by encoding, as OpenSSL
 * writes it). A friendlyName outside the Basic Multilingual Plane is written as UTF-16, as Java and
 * Windows read BMPString; OpenSSL would refuse to write it.
 */
function bagAttributes(localKeyId, friendlyName) {
    // PKCS12Attribute's constructor drops its argument (asn1-pfx 2.x), so the fields are set after.
    const attribute = (attrId, value) => Object.assign(new _peculiar_asn1_pfx__WEBPACK_IMPORTED_MODULE_3__.PKCS12Attribute(), { attrId, attrValues: [value] });
    const attributes = [attribute(_peculiar_asn1_pkcs9__WEBPACK_IMPORTED_MODULE_4__.id_pkcs9_at_localKeyId, _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnConvert.serialize(new _peculiar_asn1_pkcs9__WEBPACK_IMPORTED_MODULE_4__.LocalKeyId(localKeyId)))];
    if (friendlyName !== undefined && friendlyName !== '') {
        attributes.push(attribute(_peculiar_asn1_pkcs9__WEBPACK_IMPORTED_MODULE_4__.id_pkcs9_at_friendlyName, _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnConvert.serialize(new _peculiar_asn1_pkcs9__WEBPACK_IMPORTED_MODULE_4__.FriendlyName(friendlyName))));
    }
    return attributes
        .map(value => ({ value, der: toBuffer(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnConvert.serialize(value)) }))
        .sort((a, b) => Buffer.compare(a.der, b.der))
        .map(({ value }) => value);
}
/** A ContentInfo of type data: the content is an OCTET STRING of the DER given. */
function dataContentInfo(der) {
    return new _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__.ContentInfo({ contentType: _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__.id_data, content: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.AsnConvert.serialize(new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_6__.OctetString(der)) });
}
function toBuffer(data) {
    return Buffer.from(data);
}
/**
 * The PKCS#12 key derivation of RFC 7292 Appendix B.2, for the legacy PBE key and IV (ID 1 and 2) and the
 * MAC key (ID 3). The one piece of cryptography written here: node:crypto has no PKCS#12 KDF.
 * `password` is already the BMPString with its two terminating zero bytes (B.1).
 */
function pkcs12Kdf(algorithm, password, salt, id, iterations, length) {
    const u = algorithm === 'sha1' ? 20 : 32; // output bytes of the hash
    const v = 64; // block bytes of SHA-1 and SHA-256
    const fill = (source) => {
        const out = Buffer.alloc(v * Math.ceil(source.length / v));
        for (let i = 0; i < out.length; i++)
            out[i] = source[i % source.length];
        return out;
    };
    const d = Buffer.alloc(v, id); // step 1: D, v copies of ID
    const i = Buffer.concat([fill(salt), fill(password)]); // steps 2 to 4: I = S || P
    const blocks = [];
    for (let produced = 0; produced < length; produced += u) {
        // step 6a: A = H^r(D || I); the one-shot hash() is about twice as fast as createHash() in this loop
        let a = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)(algorithm, Buffer.concat([d, i]), 'buffer');
        for (let r = 1; r < iterations; r++)
            a = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)(algorithm, a, 'buffer');
        blocks.push(a);
        if (produced + u >= length)
            break;
        // steps 6b and 6c: B = A repeated to v bytes; every v-byte block I_j of I becomes (I_j + B + 1) mod 2^(8v)
        const b = fill(a).subarray(0, v);
        for (let j = 0; j < i.length; j += v) {
            let carry = 1;
            for (let k = v - 1; k >= 0; k--) {
                const sum = i[j + k] + b[k] + carry;
                i[j + k] = sum & 0xff;
                carry = sum >> 8;
            }
        }
    }
    return Buffer.concat(blocks).subarray(0, length);
}


/***/ })

};
;