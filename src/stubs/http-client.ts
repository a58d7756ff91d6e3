// Stand-in for @actions/http-client (see README.md here), which keeps it, tunnel, net and tls off the
// start-up path: the toolkit constructs an HttpClient at load time in @actions/github's defaults and only
// uses it for agents this action never passes on.
export class HttpClient {
  getAgent(_serverUrl: string): undefined {
    return undefined;
  }

  getAgentDispatcher(_serverUrl: string): undefined {
    return undefined;
  }
}
