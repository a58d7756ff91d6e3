// action.yml is the public contract: the code, package.json and the README must agree with it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig } from '../../src/config/parse.ts';
import { DEFAULT_API_URL, DEFAULT_VALIDITY_DAYS, INPUT_NAMES } from '../../src/config/types.ts';
import { OUTPUT_NAMES } from '../../src/outputs.ts';
import { ACTION_VERSION } from '../../src/version.ts';

const root = resolve(import.meta.dirname, '../..');
interface ActionYml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string };
}
const action = parse(readFileSync(resolve(root, 'action.yml'), 'utf8')) as ActionYml;
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const packageJson = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

/** Rows of the first Markdown table after a heading: the cells of each row, backticks removed. */
function tableAfter(heading: string): string[][] {
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, `README has a "${heading}" section`).toBeGreaterThan(-1);
  const lines = readme.slice(start + heading.length + 2).split('\n');
  const first = lines.findIndex(line => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(' | ')
        .map(cell => cell.trim().replace(/^`|`$/g, '')),
    );
  }
  return rows;
}

describe('action.yml', () => {
  it('runs dist/index.js on node24 and has a name, description and branding', () => {
    expect(action.runs.using).toBe('node24');
    expect(action.runs.main).toBe('dist/index.js');
    expect(action.name).not.toBe('');
    expect(action.description.length).toBeLessThanOrEqual(125); // the Marketplace's limit
    expect(action.branding.icon).not.toBe('');
    expect(action.branding.color).not.toBe('');
  });

  it('declares exactly the inputs the code reads, each with a description', () => {
    expect(Object.keys(action.inputs)).toEqual([...INPUT_NAMES]);
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(20);
  });

  it('declares exactly the outputs the code sets, each with a description', () => {
    expect(Object.keys(action.outputs)).toEqual([...OUTPUT_NAMES]);
    for (const output of Object.values(action.outputs)) expect(output.description.length).toBeGreaterThan(10);
  });

  it('has defaults the code agrees with (the runner passes them as inputs)', async () => {
    expect(action.inputs['api-url']?.default).toBe(DEFAULT_API_URL);
    expect(action.inputs['validity-days']?.default).toBe(String(DEFAULT_VALIDITY_DAYS));
    const defaults = Object.fromEntries(INPUT_NAMES.map(name => [name, action.inputs[name]?.default ?? '']));
    // With only zone-id, token and certificate-id added, the defaults alone make a valid get.
    const config = await parseConfig(
      { ...defaults, command: 'get', 'zone-id': 'a'.repeat(32), 'api-token': 'x'.repeat(40), 'certificate-id': 'b'.repeat(32) } as never,
      { workingDirectory: root },
    );
    expect(config).toMatchObject({ requireActive: true, timeoutMs: 60_000, maxRetries: 3, apiUrl: DEFAULT_API_URL });
  });

  it('has the version package.json has', () => {
    expect(ACTION_VERSION).toBe(packageJson.version);
  });
});

describe('README', () => {
  it("documents every input, in action.yml's order, with its default", () => {
    const rows = tableAfter('### Inputs');
    expect(rows.map(row => row[0])).toEqual(Object.keys(action.inputs));
    for (const [name, defaultCell] of rows) {
      const expected = action.inputs[name ?? '']?.default;
      expect(defaultCell, `default of ${name}`).toBe(expected === undefined ? '—' : expected);
    }
  });

  it("documents every output, in action.yml's order", () => {
    expect(tableAfter('### Outputs').map(row => row[0])).toEqual(Object.keys(action.outputs));
  });

  it('gives the two quick-start commands', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });
});
