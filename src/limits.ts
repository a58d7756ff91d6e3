/**
 * Every bound the action puts on what comes from outside, in one place. Each is far above what a real
 * answer or input needs, and each failure names the bound it hit.
 */

/** A response body from any API (Cloudflare's or GitHub's), counted while it streams. */
export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/** Pages of a listing: 40 pages of 50 is 2,000 certificates, twenty times a zone's quota of 100. */
export const LIST_PAGE_SIZE = 50;
export const MAX_LIST_PAGES = 40;

/**
 * Pages of an account's zone listing (50 a page): 24 pages is 1,200 zones, as many as the largest request
 * budget of one run (1,200, Cloudflare's whole rate-limit window) could check at one request each. An
 * account with more cannot be checked in one run; a lying answer costs at most 24 requests.
 */
export const MAX_ZONE_PAGES = 24;

/**
 * Requests one account inventory (list with account-id) may send, retries included: the request-budget
 * input. Cloudflare allows 1,200 requests per 5 minutes per user, across every tool and the dashboard;
 * the default plans half of that window, and no run may plan more than all of it.
 */
export const DEFAULT_REQUEST_BUDGET = 600;
export const MAX_REQUEST_BUDGET = 1200;

/** A zone's name as the zones schema bounds it. */
export const MAX_ZONE_NAME_LENGTH = 253;

/** A CSR given as csr or csr-file; a real one is 1 to 4 KiB. */
export const MAX_CSR_BYTES = 64 * 1024;

/** GitHub's limit for one step's job summary is 1 MiB; stay below it with room for the run link. */
export const MAX_SUMMARY_BYTES = 1000 * 1024;

/** A tracking issue's body: GitHub refuses one past 65,536 characters. */
export const MAX_ISSUE_BODY_CHARACTERS = 60_000;

/** One step output; GitHub keeps at most 1 MiB of outputs per job. */
export const MAX_OUTPUT_BYTES = 900 * 1024;

/**
 * Hostnames in a zone's mTLS hostname list as the API answers it: far more than a zone protects. The
 * hostnames output takes at most 100 KiB of them (src/outputs.ts); the summary shows at most 200.
 */
export const MAX_ASSOCIATED_HOSTNAMES = 2000;

/**
 * A zone's WAF custom rules as a ruleset answer holds them: the Enterprise plan allows 1,000 custom rules
 * in the phase; an answer with more is not read.
 */
export const MAX_RULESET_RULES = 1000;

/** Cloudflare's documented limit on a rule expression (4,096 characters): ours is never longer. */
export const MAX_RULE_EXPRESSION = 4096;

/** The longest expression and description read from an answer: far above what Cloudflare accepts. */
export const MAX_READ_EXPRESSION = 16 * 1024;
export const MAX_READ_DESCRIPTION = 4096;
