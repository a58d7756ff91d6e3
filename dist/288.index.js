"use strict";
exports.id = 288;
exports.ids = [288];
exports.modules = {

/***/ 6288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   generateKeyAndCsr: () => (/* binding */ generateKeyAndCsr)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const ALGORITHMS = {
    'ecdsa-p256': { name: 'ECDSA', namedCurve: 'P-256' },
    'rsa-2048': { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    'rsa-3072': { name: 'RSASSA-PKCS1-v1_5', modulusLength: 3072, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
};
const SUBJECT_ATTRIBUTES = [
    ['2.5.4.3', 'commonName'],
    ['2.5.4.10', 'organization'],
    ['2.5.4.11', 'organizationalUnit'],
    ['2.5.4.6', 'country'],
    ['2.5.4.8', 'state'],
    ['2.5.4.7', 'locality'],
];
/** countryName is a PrintableString (X.520, RFC 5280); config/parse.ts lets only two capitals through. */
const COUNTRY = '2.5.4.6';
/**
 * Generates a key pair and a CSR signed with it. The X.509 library is loaded here only: no other path
 * needs it, and it is the heaviest module the action has.
 */
async function generateKeyAndCsr(key) {
    // Loaded here only, with generate-key (see above): never on the start-up path, nor for a CSR the user gives.
    await __webpack_require__.e(/* import() */ 477).then(__webpack_require__.t.bind(__webpack_require__, 477, 23));
    const x509 = await Promise.all(/* import() */[__webpack_require__.e(261), __webpack_require__.e(594), __webpack_require__.e(772), __webpack_require__.e(927)]).then(__webpack_require__.t.bind(__webpack_require__, 8927, 19));
    x509.cryptoProvider.set(node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto);
    const algorithm = ALGORITHMS[key.keyType];
    const keys = (await node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify']));
    const csr = await x509.Pkcs10CertificateRequestGenerator.create({
        name: new x509.Name(await subjectDer(key)),
        keys,
        signingAlgorithm: { ...algorithm, hash: 'SHA-256' },
    });
    const pkcs8 = await node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
    const privateKeyPem = x509.PemConverter.encode(pkcs8, 'PRIVATE KEY');
    // The CSR check's own chunk, as config/files.ts loads it (src/lazy.ts): one copy of it in dist/.
    const { parseCertificateRequest } = await __webpack_require__.e(/* import() | csr */ 9).then(__webpack_require__.bind(__webpack_require__, 6799));
    return { privateKeyPem: privateKeyPem.endsWith('\n') ? privateKeyPem : `${privateKeyPem}\n`, request: await parseCertificateRequest(csr.toString('pem')) };
}
/**
 * The subject as DER, built from typed ASN.1 values: each input becomes one attribute holding exactly
 * the text given, as a UTF8String (PrintableString for the country). Nothing is parsed: RFC 4514 syntax
 * in a value (quotes, `#hex`, backslash escapes, `,` `+` `=`) is just characters of that value.
 */
async function subjectDer(key) {
    // The ASN.1 packages @peculiar/x509 itself uses, loaded with it (generate-key only).
    const [{ AsnConvert }, { AttributeTypeAndValue, AttributeValue, Name, RelativeDistinguishedName }] = await Promise.all([
        __webpack_require__.e(/* import() */ 261).then(__webpack_require__.t.bind(__webpack_require__, 7261, 23)),
        Promise.all(/* import() */[__webpack_require__.e(261), __webpack_require__.e(594)]).then(__webpack_require__.t.bind(__webpack_require__, 3594, 23)),
    ]);
    const rdns = SUBJECT_ATTRIBUTES.flatMap(([type, field]) => {
        const text = key[field];
        if (text === undefined)
            return [];
        const value = new AttributeValue(type === COUNTRY ? { printableString: text } : { utf8String: text });
        return [new RelativeDistinguishedName([new AttributeTypeAndValue({ type, value })])];
    });
    return AsnConvert.serialize(new Name(rdns));
}


/***/ })

};
;