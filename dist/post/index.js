/* scripts/start-up-transform.ts: a builtin required on first use */ function __lazyBuiltin(id) { let loaded; const load = () => (loaded ??= require(id)); return new Proxy({}, { get: (_, key) => (key === "__esModule" ? undefined : load()[key]), has: (_, key) => key in load(), ownKeys: () => Reflect.ownKeys(load()), getOwnPropertyDescriptor: (_, key) => { const found = Reflect.getOwnPropertyDescriptor(load(), key); return found && { ...found, configurable: true }; } }); }
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = require("node:path");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = require("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __lazyBuiltin("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = require("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = require("path");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return __awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const access = async (...args) => external_fs_namespaceObject.accessSync(...args), appendFile = async (...args) => external_fs_namespaceObject.appendFileSync(...args), writeFile = async (...args) => external_fs_namespaceObject.writeFileSync(...args);
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = (/* unused pure expression or super */ null && (_summary));
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(os.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ./src/redact.ts
/**
 * The one place that keeps the step's secrets out of what it prints and sends. Outside text may carry a
 * secret back (an API error, a proxy's page or a GitHub answer that echoes the token): the runner masks
 * its log, but not the job summary, the tracking issue or the outputs, and it no longer recognises a
 * secret once the markdown escaper has changed it (`cfut_…` becomes `cfut\_…`).
 *
 * src/main.ts registers each secret here once, where it masks it for the runner: the credentials, the
 * PKCS#12 password, every line of a private key (generated, or pasted as the CSR by mistake), and the
 * account email (personal data, not a credential: a public tracking issue must not publish it). The one
 * cap for outside text (shorten, src/escape.ts) redacts before it cuts, and both escapers (logLine and
 * markdownText) go through it before they escape anything, so every log line, the job summary and the
 * tracking issue pass through here, and no text is cut before it is redacted (a cut-off prefix of a
 * secret would no longer be recognised); the outputs are redacted where they are set (src/main.ts), the
 * one place that sets them.
 */
/** What a secret becomes, as the runner shows a masked value. */
const REDACTED = '***';
/**
 * Values shorter than this are not redacted: replacing every "7" or "ab" would garble the text and, worse,
 * show the value by where the *** appear (a fingerprint with *** in it). No credential is that short
 * (config/credentials.ts refuses such an api-token, api-key or github-token, so none is ever sent, and so none can
 * come back); the PKCS#12 password and the private key never leave the runner, so outside text can hold a
 * short one only by chance. Such values are still masked by the runner in the log.
 */
const MIN_REDACTED_LENGTH = 8;
const values = new Set();
let pattern;
/**
 * Each form of a secret the runner is told to mask: the whole (trimmed), and each line alone when it has
 * several (split at line breaks and at literal \n escapes, as a key pasted into an input may have them).
 */
function secretLines(secret) {
    const whole = secret.trim();
    if (whole === '')
        return [];
    const lines = whole
        .split(/\r?\n|\\n/)
        .map(line => line.trim())
        .filter(line => line !== '');
    return lines.length > 1 ? [whole, ...lines] : [whole];
}
/**
 * Registers a value to be replaced by *** wherever outside text carries it: its whole and each line (a
 * PEM's BEGIN and END lines are public and stay). Only the value as written is registered: its escaped
 * spellings are found by redact(), which reads the text's escapes, so every spelling of every value is
 * matched by the one pattern and none has to be listed here.
 */
function registerSecret(secret) {
    for (const form of secretLines(secret)) {
        if (/^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(form))
            continue;
        if (form.length >= MIN_REDACTED_LENGTH)
            values.add(form);
    }
    pattern = undefined;
}
/**
 * The text with every registered secret replaced by ***, longest first (a whole key before its lines),
 * wherever it appears:
 * - as written, in any letter case (credentials are ASCII, and an API or a proxy may upper- or lower-case
 *   what it echoes; a password or a key line is redacted case-insensitively too, which only redacts more);
 * - written with one layer of the escapes outside text puts on it, in any mix: percent-encoding
 *   (`deploy%2Bci%40example.com`, ASCII bytes), HTML character references (`p&amp;ss&lt;w&gt;rd`,
 *   `&#64;`, `&#x40;`) and JSON string escapes (`\u0040`, `\"`, `\\`, `\/`).
 *
 * The pattern is the registered values, each escaped as a literal, in one alternation: no quantifier,
 * so no backtracking beyond one value's length at each position. The escapes are read in one pass over
 * the text, which keeps where each read character started, so a match in the read text replaces exactly
 * the escaped characters it came from. Both passes are linear in the text.
 *
 * Not recognised (out of scope): a secret split by a line break or by other text (a wrapped line, a
 * token cut into two fields), escaped twice (`%2540`, `&amp;amp;`), or percent-encoded beyond ASCII; and
 * a secret in escaped form whose first character, right after a lone `\`, `%X` or `&#`, reads as part of
 * that escape instead (`C:\tok%33n…` reads as a tab and `ok3n…`): as written, unescaped, it is still found.
 * A fuzz of 20,000 mixed spellings (each character in any case and any of the escapes) found only those.
 */
function redact(text) {
    if (values.size === 0)
        return text;
    pattern ??= new RegExp([...values]
        .sort((a, b) => b.length - a.length)
        .map(value => value.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
        .join('|'), 'gi');
    const plain = text.replace(pattern, REDACTED);
    return ESCAPE_START.test(plain) ? redactEscaped(plain, pattern) : plain;
}
/** Where an escape may start: a percent sign, an ampersand, a backslash. */
const ESCAPE_START = /[%&\\]/;
const NEXT_ESCAPE_START = /[%&\\]/g;
/** One escape at a position: %XX (ASCII), an HTML character reference, a JSON \uXXXX or short escape. */
const ESCAPE = /%([0-7][0-9a-fA-F])|&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));|\\(?:u([0-9a-fA-F]{4})|(["\\/bfnrt]))/y;
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const SHORT = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
/** The text with the registered values redacted where they appear escaped (see redact). */
function redactEscaped(text, secrets) {
    // read: the text with its escapes read; starts[i]: where read character i starts in the text.
    const starts = new Uint32Array(text.length + 1);
    const pieces = [];
    let length = 0;
    let at = 0;
    const keep = (end) => {
        pieces.push(text.slice(at, end));
        for (; at < end; at++)
            starts[length++] = at;
    };
    NEXT_ESCAPE_START.lastIndex = 0;
    for (let next = NEXT_ESCAPE_START.exec(text); next !== null; next = NEXT_ESCAPE_START.exec(text)) {
        if (next.index < at)
            continue;
        keep(next.index);
        ESCAPE.lastIndex = at;
        const found = ESCAPE.exec(text);
        const character = found === null ? undefined : readEscape(found);
        if (found === null || character === undefined)
            continue;
        pieces.push(character);
        starts[length++] = at;
        at += found[0].length;
    }
    keep(text.length);
    starts[length] = text.length;
    let redacted = '';
    let kept = 0;
    for (const match of pieces.join('').matchAll(secrets)) {
        redacted += `${text.slice(kept, starts[match.index])}${REDACTED}`;
        kept = starts[match.index + match[0].length];
    }
    return redacted === '' ? text : redacted + text.slice(kept);
}
/** The one UTF-16 unit an escape stands for; undefined for a character reference beyond it (read as written). */
function readEscape([, percent, decimal, hex, named, unicode, short]) {
    if (named !== undefined)
        return NAMED[named];
    if (short !== undefined)
        return SHORT[short];
    const code = Number.parseInt((percent ?? unicode ?? hex ?? decimal), decimal === undefined ? 16 : 10);
    return code <= 0xffff ? String.fromCharCode(code) : undefined;
}

;// CONCATENATED MODULE: ./src/escape.ts

/**
 * The one place where text that may carry outside data (API answers, CSR subjects, error messages) is
 * made inert before it is printed: one formatter for log lines, one escaper for markdown. Nothing that
 * passes through them can become a workflow command, a markdown structure, a link, an image, HTML or a
 * mention, and both first replace the step's secrets by *** (src/redact.ts, through the one cap, shorten),
 * before cutting or escaping changes them.
 */
/** Longest log line or markdown field the action prints from outside data; the rest is counted, not shown. */
const MAX_LOG_CHARACTERS = 4000;
const MAX_MARKDOWN_CHARACTERS = 300;
/** Line terminators of every kind (the runner splits on \n, editors and terminals on more) and other controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this expression's purpose.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
/**
 * Invisible format characters (Unicode category Cf): bidi controls (U+202A–U+202E, U+2066–U+2069) that
 * reorder what is shown, zero-width characters (U+200B–U+200F, U+2060–U+2064, U+FEFF), the soft hyphen,
 * tag characters. Text from outside shows each as its escape, so what is read is what is there.
 */
const INVISIBLE = /\p{Cf}/gu;
/**
 * Text that may hold a Cf character: a UTF-16 unit at or above U+00AD (the soft hyphen, the first of
 * them; a character beyond the BMP has a surrogate there too). The Unicode expressions are run only on
 * text they can match: compiling their tables takes about a millisecond, on the path of every refused
 * input, for text that is mostly plain ASCII.
 */
const BEYOND_LATIN1_CONTROLS = /[\u00ad-\uffff]/;
const LINE_BREAK = /\r\n|\r|\n/g;
/** A line the runner would read as a command: `::name…::` after blanks (and `##[name]`, which it finds anywhere). */
const COMMAND_START = /^(\s*)(::|##\[)/;
/**
 * A log line that cannot act: line breaks and control characters are shown as escapes (\n, \u001b, …),
 * so the line stays one line, and a line that would start like a workflow command gets a visible mark
 * before it. Very long text is shortened, saying by how much.
 */
function logLine(text) {
    const shown = shorten(text, MAX_LOG_CHARACTERS);
    const oneLine = shown.replace(LINE_BREAK, match => (match === '\n' ? '\\n' : match === '\r' ? '\\r' : '\\r\\n')).replace(CONTROL, escapeControl);
    const visible = BEYOND_LATIN1_CONTROLS.test(oneLine) ? oneLine.replace(INVISIBLE, escapeControl) : oneLine;
    // The runner finds its legacy `##[command]` form anywhere in a line, not only at the start.
    return visible.replace(COMMAND_START, '$1[data] $2').replace(/##\[/g, '#\\u0023[');
}
/**
 * ASCII punctuation CommonMark renders literally after a backslash, but for `,` `-` `.` `/`: those make
 * structure only at the start of a line (a list, a rule, a setext underline), where they are escaped too,
 * and leaving them alone mid-line keeps names like deploy.example.com readable in the raw markdown.
 */
const PUNCTUATION = /[!-+:-@[-`{-~]/g;
const LEADING_STRUCTURE = /^[,\-./]|^(\d+)\./;
/**
 * Outside data as markdown text, for a table cell or a sentence: one line; invisible format characters
 * from the text shown as escapes (\u202e), as in the log; a zero-width space after what GitHub turns
 * into a mention (`@name`), an autolink (`://`, `www.`) or an issue reference (`#1`) in the rendered text,
 * where a backslash would not stop it (inserted after the escaping, so only the text's own are shown);
 * then ASCII punctuation backslash-escaped (so no emphasis, heading, list, link, image, HTML, entity, code
 * or table break can form). Long text is shortened.
 */
function markdownText(text, maxCharacters = MAX_MARKDOWN_CHARACTERS) {
    const oneLine = shorten(text, maxCharacters).replace(LINE_BREAK, ' ').replace(CONTROL, ' ');
    let inert = (BEYOND_LATIN1_CONTROLS.test(oneLine) ? oneLine.replace(INVISIBLE, escapeControl) : oneLine).trim();
    // Each Unicode expression only where it can match (see BEYOND_LATIN1_CONTROLS).
    if (inert.includes('@'))
        inert = inert.replace(/@(?=[\p{L}\p{N}_-])/gu, '@\u200b');
    inert = inert.replace(/:\/\//g, ':\u200b//');
    if (/ww\./i.test(inert))
        inert = inert.replace(/\b(w)(ww\.)/giu, '$1\u200b$2');
    if (inert.includes('#'))
        inert = inert.replace(/#(?=\p{N})/gu, '#\u200b');
    return inert.replace(PUNCTUATION, '\\$&').replace(LEADING_STRUCTURE, (start, digits) => (digits === undefined ? `\\${start}` : `${digits}\\.`));
}
/** \u001b, \u202e; a character beyond the BMP (a tag character) as \u{e0041}. */
function escapeControl(character) {
    const code = character.codePointAt(0) ?? 0;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * The text with the step's secrets redacted (src/redact.ts), then cut at max characters with a note of how
 * many more there were: the one cap for outside text. Redacting comes first, here, so that no caller can
 * cut a secret in half: a cut prefix of a token is no longer the token, and would pass the redactor.
 */
function shorten(text, max) {
    const redacted = redact(text);
    return redacted.length <= max ? redacted : `${redacted.slice(0, max)}… (${redacted.length - max} more characters not shown)`;
}
/**
 * An input's value (or an entry of one) as a problem's message quotes it: one line, through the one cap
 * (which redacts before it cuts: a credential pasted into the wrong input is not cut into an unrecognised
 * prefix). The message then goes through logLine or markdownText like any other.
 */
function quotedInput(text, max) {
    return shorten(text, max).replace(/[\r\n]+/g, ' ');
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __lazyBuiltin("node:fs/promises");
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
    const folder = await mkdtemp(join(runnerTemp, KEY_FOLDER_PREFIX));
    return join(folder, name);
}

;// CONCATENATED MODULE: ./src/cleanup.ts





/** The folder mkdtemp makes: the prefix and six characters. */
const KEY_FOLDER = new RegExp(`^${KEY_FOLDER_PREFIX}[A-Za-z0-9]{6}$`);
/** What the main step may record, and the one file name each may have. */
const RECORDED = [
    [KEY_FILE_STATE, KEY_FILE_NAME, 'private key file'],
    [PKCS12_FILE_STATE, PKCS12_FILE_NAME, 'PKCS#12 bundle'],
];
/**
 * The post step: deletes the private key and the PKCS#12 bundle the main step wrote under RUNNER_TEMP,
 * with their folder, whatever happened in between. Saved state is data like any other: only exactly
 * RUNNER_TEMP/cloudflare-mtls-XXXXXX/client.key (or client.p12) is deleted, after lstat shows a real
 * folder (not a link) one level below RUNNER_TEMP holding a real file. Anything else gets a warning and
 * nothing is deleted. Files the user named in private-key-file or pkcs12-file are theirs to keep, and
 * never recorded. Synchronous file calls: a few on local paths, and node:fs/promises would cost the step
 * more to load (with readline and the REPL history it pulls in) than the calls take.
 */
function run() {
    const runnerTemp = process.env.RUNNER_TEMP ?? '';
    // The key and the bundle may share a folder: each file is deleted (and named) first, the folders last.
    const folders = new Set();
    for (const [state, name, what] of RECORDED) {
        const file = getState(state);
        if (file === '')
            continue;
        const reason = whyNotOurs(file, runnerTemp, name);
        if (reason !== undefined) {
            warning(logLine(`Not deleting ${file}: ${reason}`));
            continue;
        }
        try {
            // whyNotOurs found a regular file, or none: the main step may have stopped before writing it.
            const written = lstatsWithoutError(file);
            (0,external_node_fs_namespaceObject.rmSync)(file, { force: true });
            folders.add((0,external_node_path_namespaceObject.dirname)(file));
            info(logLine(written ? `Deleted the generated ${what} ${file}` : `The generated ${what} ${file} was never written: nothing to delete`));
        }
        catch (error) {
            warning(logLine(`Could not delete the generated ${what} ${file}: ${error.message}`));
        }
    }
    for (const folder of folders) {
        try {
            (0,external_node_fs_namespaceObject.rmSync)(folder, { recursive: true, force: true });
            info(logLine(`Deleted the folder ${folder}`));
        }
        catch (error) {
            warning(logLine(`Could not delete the folder ${folder}: ${error.message}`));
        }
    }
}
/** Whether lstat succeeds on the path (false on any error: the deletion that follows says what went wrong). */
function lstatsWithoutError(path) {
    try {
        (0,external_node_fs_namespaceObject.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** Undefined when the path is the file (key or bundle) the main step made; otherwise why it is not. */
function whyNotOurs(file, runnerTemp, name) {
    if (runnerTemp === '' || !(0,external_node_path_namespaceObject.isAbsolute)(runnerTemp))
        return 'RUNNER_TEMP is not set to an absolute path';
    const folder = (0,external_node_path_namespaceObject.dirname)(file);
    const expected = (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.resolve)(runnerTemp), (0,external_node_path_namespaceObject.basename)(folder), name);
    if (!(0,external_node_path_namespaceObject.isAbsolute)(file) || file !== expected || !KEY_FOLDER.test((0,external_node_path_namespaceObject.basename)(folder))) {
        return `it is not a file this action makes (${(0,external_node_path_namespaceObject.join)('RUNNER_TEMP', `${KEY_FOLDER_PREFIX}XXXXXX`, name)})`;
    }
    try {
        if (!(0,external_node_fs_namespaceObject.lstatSync)(folder).isDirectory())
            return 'its folder is not a real folder (a link, or a file)';
        // The main step may have failed between recording the path and writing the key: the folder still goes.
        const fileStat = (0,external_node_fs_namespaceObject.lstatSync)(file, { throwIfNoEntry: false });
        if (fileStat !== undefined && !fileStat.isFile())
            return 'it is not a regular file (a link, or a folder)';
    }
    catch (error) {
        return `it cannot be examined (${error.code ?? error.message})`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/stdout.ts

/**
 * The steps' standard output, written with synchronous writes to file descriptor 1.
 *
 * Everything the action says to the runner (log lines and workflow commands) goes through
 * `@actions/core`, which writes each line with `process.stdout.write`. On a runner, standard output is a
 * pipe, and Node builds `process.stdout` for a pipe on its first use as a `net.Socket`: `node:net`, the
 * stream machinery and a pipe handle, 4–5 ms measured (docs/performance.md), which is a sixth of a refused
 * input's whole run and of the post step's. The runner reads bytes, not sockets, so `process.stdout` is
 * given to `@actions/core` as this sink: the same bytes, in the same order, each written before `write`
 * returns. Node documents its own writes to a pipe on POSIX as asynchronous, but libuv tries each write at
 * once, so a line lands at once there too while the runner reads the pipe; the differences are that
 * nothing can be left unwritten when the process exits, and that a pipe nobody reads any more would hold
 * the step at its next line (as it holds any program writing to it) instead of filling Node's buffer.
 *
 * Only a pipe (a FIFO, or the socket pair Node's own child processes get) or a file gets this sink: a
 * character device (a contributor's terminal; and /dev/null, which Node writes synchronously anyway) keeps
 * Node's stream, as does a closed descriptor. So does Windows, whose pipes and console Node drives through
 * libuv's own handles: no Windows machine measured or tested the sink there (the CI workflow's Windows job
 * runs Node's own stream).
 * Node's stream takes over (from the first byte not written) on anything else than a complete write: a
 * pipe left non-blocking and full (EAGAIN), a closed one (EPIPE), any other error, or a caller that needs
 * more than `write` (events, `isTTY`, `end`...). Whatever it does with those is then what Node always does.
 */
function useSynchronousStdout(target = process, write = external_node_fs_namespaceObject.writeSync, isPlainOutput = plainOutput) {
    const descriptor = Object.getOwnPropertyDescriptor(target, 'stdout');
    const nodeStdout = descriptor?.get;
    if (nodeStdout === undefined || descriptor?.configurable !== true || !isPlainOutput())
        return;
    let stream;
    const takeOver = () => {
        if (stream === undefined) {
            stream = nodeStdout.call(target);
            Object.defineProperty(target, 'stdout', { ...descriptor, get: () => stream });
        }
        return stream;
    };
    const sink = {
        fd: 1,
        write(chunk, ...rest) {
            const callback = rest.find(argument => typeof argument === 'function');
            const encoding = typeof rest[0] === 'string' ? rest[0] : 'utf8';
            const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
            let written = 0;
            try {
                while (written < bytes.length) {
                    const count = write(1, bytes, written, bytes.length - written);
                    if (count <= 0)
                        throw new Error('nothing written');
                    written += count;
                }
            }
            catch {
                return takeOver().write(bytes.subarray(written), callback);
            }
            if (callback !== undefined)
                process.nextTick(callback, null);
            return true;
        },
    };
    // Anything but write goes to Node's stream, built then (and used from then on), its methods bound to it.
    const stdout = new Proxy(sink, {
        get: (target, key) => {
            if (stream === undefined && (key === 'write' || key === 'fd'))
                return target[key];
            const node = takeOver();
            const value = Reflect.get(node, key);
            return typeof value === 'function' ? value.bind(node) : value;
        },
    });
    Object.defineProperty(target, 'stdout', { ...descriptor, get: () => stream ?? stdout });
}
/** Whether file descriptor 1 is open and not a character device (a terminal): a pipe, a socket or a file; never on Windows. */
function plainOutput() {
    if (process.platform === 'win32')
        return false;
    try {
        return !(0,external_node_fs_namespaceObject.fstatSync)(1).isCharacterDevice();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/post.ts


// Before anything is said: @actions/core's lines go to fd 1 without building a net.Socket (src/stdout.ts).
useSynchronousStdout();
run();

module.exports = __webpack_exports__;
/******/ })()
;