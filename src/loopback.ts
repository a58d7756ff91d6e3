/**
 * 127.0.0.0/8, ::1 and localhost: the addresses that never leave this machine. The hostname is a parsed
 * URL's (`new URL(…).hostname`), which the URL standard has made canonical: an IPv4 address in any
 * spelling (`127.1`, `0x7f.0.0.1`) as four decimal numbers (a host whose last label is a number is
 * always read as one, or refused), an IPv6 address compressed, in brackets. So the checks are on text,
 * without `node:net`'s isIP, which would load `node:net` on a refused input's path (docs/performance.md).
 */
export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}
