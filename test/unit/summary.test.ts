// The job summary's markdown, snapshot-tested for the cases a person reads most: an issued certificate, a
// failing check with its tracking issue, a zone with expiring certificates, an empty zone, and a failure.
import { describe, expect, it } from 'vitest';
import type { VerifiedCertificate } from '../../src/certificate.ts';
import type { HostnameReport, ListResult } from '../../src/commands/result.ts';
import { certificateSummary, listSummary } from '../../src/result-summary.ts';
import { failureSummary } from '../../src/summary.ts';

const zoneId = '023e105f4ecef8ad9ca31a8372d0c353';

function certificate(id: string, status: string, expiresOn: string, daysRemaining: number): VerifiedCertificate {
  return {
    api: { id, issued_on: '2026-11-23T06:00:00Z', serial_number: '1c2ae14061a5da10af8c80d2fc846a11dc20a582', expires_on: expiresOn },
    id,
    pem: '',
    fingerprint: 'dfd7811a3a90b1bd5e475e2be5448ce152d8df45fab6cf076f20f5709debdb3d',
    serialNumber: '1c2ae14061a5da10af8c80d2fc846a11dc20a582',
    status,
    commonName: 'deploy.example.com',
    notAfter: new Date(expiresOn),
    expiresOn,
    daysRemaining,
    warnings: [],
  };
}

const issued = certificate('8c75431199436dc64a5aa6ab49d56243', 'active', '2036-11-20T06:00:00Z', 3649);
const expiring = certificate('18e94ed0ff81950f4ea03aeb9acba368', 'active', '2026-12-08T06:00:00Z', 14);

describe('job summary', () => {
  it('an issued certificate: verdict, command and zone first, then the details', () => {
    expect(certificateSummary({ command: 'create', zoneId }, issued, [], [], false)).toMatchSnapshot();
  });

  it('a failing check: the failure right under the heading, and the tracking issue linked', () => {
    const revoked = { ...issued, status: 'revoked' };
    const summary = certificateSummary(
      { command: 'get', zoneId, trackingIssue: { number: 7, url: 'https://github.com/octo-org/deploy-service/issues/7' } },
      revoked,
      ['certificate 8c75431199436dc64a5aa6ab49d56243 is revoked, not active (set require-active: false to only report its status)'],
      [],
      false,
    );
    expect(summary.split('\n')[0]).toBe(`### ❌ Client certificate checked · zone \`${zoneId}\``);
    expect(summary).toMatchSnapshot();
  });

  it('a zone with expiring certificates, and an empty one', () => {
    const result: ListResult = {
      kind: 'list',
      certificates: [expiring, issued],
      expiring: [expiring],
      failures: ['1 active client certificate of zone … expires in fewer than 30 days (min-days-remaining)'],
      warnings: [],
      requests: 1,
    };
    expect(listSummary({ command: 'list', zoneId }, result, [])).toMatchSnapshot();
    const empty: ListResult = { ...result, certificates: [], expiring: [], failures: [], warnings: ['Zone has no client certificates with status active'] };
    expect(listSummary({ command: 'list', zoneId }, empty, empty.warnings).split('\n')[0]).toMatch(/^### ⚠️ /);
  });

  it('an issued certificate with its CA, and mTLS enabled on hostnames beside one someone else protects', () => {
    const withCa = {
      ...issued,
      api: {
        ...issued.api,
        certificate_authority: { id: '568b6b74-7b0c-4755-8840-4e3b8c24adeb', name: 'Cloudflare Managed CA for account 01a7362d577a6c3019a474fd6f485823' },
      },
    };
    const hostnames: HostnameReport = {
      requested: ['api.example.com', 'admin.example.com'],
      mtlsCertificateId: undefined,
      associated: ['shop.example.com', 'api.example.com', 'admin.example.com'],
      added: ['admin.example.com'],
      missing: [],
      warnings: [],
      failure: undefined,
    };
    const summary = certificateSummary({ command: 'create', zoneId }, withCa, [], [], false, hostnames);
    expect(summary).toContain('| Certificate authority | Cloudflare Managed CA for account 01a7362d577a6c3019a474fd6f485823 |');
    expect(summary).toMatchSnapshot();
  });

  it('a scheduled check where someone switched mTLS off on a hostname, with an uploaded CA', () => {
    const hostnames: HostnameReport = {
      requested: ['api.example.com'],
      mtlsCertificateId: 'b2134436-2555-4acf-be5b-26c48136575e',
      associated: ['shop.example.com'],
      added: [],
      missing: ['api.example.com'],
      warnings: [],
      failure: 'mTLS is not enabled on api.example.com (hostnames) in zone …',
    };
    const result: ListResult = {
      kind: 'list',
      certificates: [issued],
      expiring: [],
      failures: [hostnames.failure ?? ''],
      warnings: [],
      requests: 2,
      hostnames,
    };
    const summary = listSummary({ command: 'list', zoneId }, result, []);
    expect(summary).toContain('| api.example.com | ❌ not enabled |');
    expect(summary).toContain('the uploaded CA `b2134436-2555-4acf-be5b-26c48136575e`');
    expect(summary).toMatchSnapshot();
  });

  it('a failure: what did not happen, and the error with what to do', () => {
    expect(
      failureSummary({ command: 'create', zoneId }, ['Cloudflare API error 10000: Authentication error (HTTP 403): check that the token has …']),
    ).toMatchSnapshot();
  });
});
