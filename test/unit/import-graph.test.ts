// Rules about which module of src/ may import which, checked on the source text (test/support/import-graph.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, importEdges, readSources } from '../support/import-graph.ts';

/** The parser of the inputs, and the only modules that may call it: every other module takes types from config/types.ts. */
const PARSER = 'src/config/parse.ts';
const PARSER_CALLERS = ['src/main.ts'];
/** The only modules that speak the runner's protocol: the post step and the main step's glue. */
const RUNNER_GLUE = ['src/cleanup.ts', 'src/main.ts'];

const sources = readSources(join(import.meta.dirname, '../../src'));
const edges = importEdges(sources);

describe('the import graph of src/', () => {
  it('is read whole: every module, static, type and dynamic imports', () => {
    expect(sources.size).toBeGreaterThan(40);
    expect(edges).toContainEqual({ from: 'src/main.ts', to: PARSER, namesAType: false, dynamic: false });
    expect(edges).toContainEqual(expect.objectContaining({ from: 'src/main.ts', to: 'src/lazy.ts', dynamic: true }));
    expect(edges).toContainEqual(expect.objectContaining({ from: 'src/commands/result.ts', to: 'src/cloudflare/client.ts', namesAType: true }));
  });

  it('has no cycle', () => {
    expect(findCycles(edges).map(cycle => cycle.join(' → '))).toEqual([]);
  });

  it(`has ${PARSER} imported only by ${PARSER_CALLERS.join(', ')}, and never for a type`, () => {
    const importers = edges.filter(edge => edge.to === PARSER);
    expect(importers.filter(edge => !PARSER_CALLERS.includes(edge.from)).map(edge => edge.from)).toEqual([]);
    expect(importers.filter(edge => edge.namesAType).map(edge => edge.from)).toEqual([]);
  });

  it(`has @actions/core, the runner's protocol, imported by ${RUNNER_GLUE.join(' and ')} only`, () => {
    const speakers = [...sources]
      .filter(([, text]) => /^[ \t]*import[^;]*?from\s*['"]@actions\/core['"]|\bimport\(\s*['"]@actions\/core['"]/m.test(text))
      .map(([path]) => path);
    expect(speakers.sort()).toEqual(RUNNER_GLUE);
  });
});

describe('the import graph reader', () => {
  const graph = (files: Record<string, string>) => importEdges(new Map(Object.entries(files)));

  it('finds a cycle through a type import, and reports it once', () => {
    const edges = graph({
      'src/a.ts': "import { b } from './b.js';\n",
      'src/b.ts': "import type { A } from './config/a.js';\nexport const b = 1;\n",
      'src/config/a.ts': "import {\n  b,\n} from '../a.js';\n",
      'src/c.ts': "import { b } from './b.js';\n",
    });
    expect(findCycles(edges)).toEqual([['src/a.ts', 'src/b.ts', 'src/config/a.ts', 'src/a.ts']]);
  });

  it('finds a cycle through a dynamic import, and none in a tree', () => {
    expect(findCycles(graph({ 'src/a.ts': "await import('./b.js');\n", 'src/b.ts': "export * from './a.js';\n" }))).toHaveLength(1);
    expect(findCycles(graph({ 'src/a.ts': "import './b.js';\n", 'src/b.ts': "import { x } from 'node:fs';\n" }))).toEqual([]);
  });

  it('tells an import that names a type from one that does not', () => {
    const edges = graph({
      'src/a.ts': "import { type Config, parseConfig } from './p.js';\n",
      'src/b.ts': "import type { Config } from './p.js';\n",
      'src/c.ts': "import { parseConfig } from './p.js';\n",
      'src/p.ts': '',
    });
    expect(edges.map(edge => [edge.from, edge.namesAType])).toEqual([
      ['src/a.ts', true],
      ['src/b.ts', true],
      ['src/c.ts', false],
    ]);
  });
});
