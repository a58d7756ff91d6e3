// Stand-in for @actions/http-client/lib/auth (see README.md here): only @actions/core's OIDC client,
// which this action never calls, uses it.
export class BearerCredentialHandler {}
