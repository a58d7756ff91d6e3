import { describe, expect, it } from 'vitest';
import { isLoopback } from '../../src/loopback.js';

// isLoopback reads a parsed URL's hostname, as both callers give it: every spelling the URL parser
// accepts for a loopback address, and none of the look-alikes.
const hostname = (url: string): string => new URL(url).hostname;

describe('isLoopback', () => {
  it.each([
    'http://localhost:8080/client/v4',
    'http://127.0.0.1/',
    'http://127.255.255.254/',
    'http://127.1/',
    'http://0x7f.0.0.1/',
    'http://2130706433/',
    'http://[::1]:9000/',
    'http://[0:0:0:0:0:0:0:1]/',
    'http://LOCALHOST/',
  ])('%s is loopback', url => {
    expect(isLoopback(hostname(url))).toBe(true);
  });

  it.each([
    'http://api.cloudflare.com/',
    'http://127.0.0.1.example.com/',
    'http://localhost.example.com/',
    'http://128.0.0.1/',
    'http://10.0.0.1/',
    'http://[::2]/',
    'http://[::ffff:127.0.0.1]/',
    'http://127.foo/',
    'http://a127.0.0.1.b/',
  ])('%s is not', url => {
    expect(isLoopback(hostname(url))).toBe(false);
  });
});
