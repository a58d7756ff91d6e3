// Stand-in for @actions/http-client/lib/auth (see README.md here), which keeps it off the start-up path:
// only @actions/core's OIDC client, which this action never calls, uses it.
export class BearerCredentialHandler {}
