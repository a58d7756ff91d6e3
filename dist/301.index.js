"use strict";
exports.id = 301;
exports.ids = [301];
exports.modules = {

/***/ 6841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ HttpClient)
/* harmony export */ });
// Stand-in for @actions/http-client (see README.md here), which keeps it, tunnel, net and tls off the
// start-up path: the toolkit constructs an HttpClient at load time in @actions/github's defaults and only
// uses it for agents this action never passes on.
class HttpClient {
    getAgent(_serverUrl) {
        return undefined;
    }
    getAgentDispatcher(_serverUrl) {
        return undefined;
    }
}


/***/ }),

/***/ 4213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ fetch)
/* harmony export */ });
/* unused harmony export ProxyAgent */
// A build-time stand-in for the 'undici' package (see README.md here), wired through tsconfig.json's "paths" (ncc resolves
// with them). Why: @actions/core 3 imports @actions/http-client at load time (for its OIDC client, which
// this action never uses), and http-client does `import { ProxyAgent } from 'undici'`: 1.5 MB of
// bundle and ~35 ms of start-up on every run, for nothing. Upstream: actions/toolkit #1436
// ("sideEffects": false) and #1800 (a lazy ProxyAgent). Remove this file and the "paths" entry once a
// release of @actions/core no longer loads undici at start-up.
//
// What the toolkit gets instead: @actions/github builds a proxy-aware fetch at load time (a ProxyAgent
// when HTTPS_PROXY is set); the action never uses it, as it hands Octokit its own fetch (Node's
// global fetch, which http.setGlobalProxyFromEnv() makes proxy-aware). The action's own code reaches
// the real package only through the deep specifier 'undici/index.js' (src/cloudflare/proxy.ts).
// test/unit/bundle.test.ts fails if undici comes back into dist/index.js.
/** Constructible, so that loading @actions/github with HTTPS_PROXY set does not throw; never dispatches. */
class ProxyAgent {
}
/** Node's own fetch (undici inside Node 24). */
const fetch = (input, init) => globalThis.fetch(input, init);


/***/ })

};
;