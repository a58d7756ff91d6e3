// The import graph of src/, read from the source text: enough to check rules about which module may
// import which (test/unit/import-graph.test.ts), with no dependency beyond Node.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';

/** One import of one module by another, both as paths relative to the scanned folder's parent (src/x.ts). */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  /** Some name in the import is a type (`import type`, or `type X` in the braces). */
  readonly namesAType: boolean;
  /** `import('…')`: loaded when the code runs there, not with the module. */
  readonly dynamic: boolean;
}

/** Every .ts file below a folder, by path relative to the folder's parent (src/config/parse.ts), with its text. */
export function readSources(folder: string): Map<string, string> {
  const root = dirname(folder);
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(root, path).split('\\').join('/'), readFileSync(path, 'utf8'));
  }
  return files;
}

/** Static imports and re-exports (`import … from '…'`, `export … from '…'`, `import '…'`) at the start of a line. */
const STATIC = /^[ \t]*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|^[ \t]*import\s+['"]([^'"]+)['"]/gm;
/** Dynamic imports of a literal specifier. */
const DYNAMIC = /\bimport\(\s*(?:\/\*[^*]*\*\/\s*)?['"]([^'"]+)['"]\s*\)/g;

/** The edges between the files given: imports of packages and Node builtins are left out. */
export function importEdges(files: ReadonlyMap<string, string>): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const [from, text] of files) {
    const resolveSpecifier = (specifier: string): string | undefined => {
      if (!specifier.startsWith('.')) return undefined;
      const target = posix.normalize(posix.join(posix.dirname(from), specifier)).replace(/\.js$/, '.ts');
      return files.has(target) ? target : undefined;
    };
    for (const match of text.matchAll(STATIC)) {
      const to = resolveSpecifier(match[4] ?? match[5] ?? '');
      if (to === undefined) continue;
      const clause = match[3] ?? '';
      const names =
        /\{([^}]*)\}/
          .exec(clause)?.[1]
          ?.split(',')
          .map(name => name.trim())
          .filter(name => name !== '') ?? [];
      edges.push({ from, to, namesAType: match[2] !== undefined || names.some(name => name.startsWith('type ')), dynamic: false });
    }
    for (const match of text.matchAll(DYNAMIC)) {
      const to = resolveSpecifier(match[1] ?? '');
      if (to !== undefined) edges.push({ from, to, namesAType: false, dynamic: true });
    }
  }
  return edges;
}

/**
 * Cycles of the graph, each as the path round it (type imports and dynamic imports count too): found by
 * one depth-first walk, so not every cycle through a tangle is listed, but the list is empty exactly
 * when there is none.
 */
export function findCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const target of next.get(node) ?? []) {
      if (state.get(target) === 'open') {
        const cycle = stack.slice(stack.indexOf(target));
        // The same cycle found from another module is one cycle: keyed by its smallest rotation.
        const start = cycle.indexOf([...cycle].sort()[0] as string);
        const canonical = [...cycle.slice(start), ...cycle.slice(0, start)];
        cycles.set(canonical.join(' → '), [...canonical, canonical[0] as string]);
      } else if (state.get(target) === undefined) {
        visit(target);
      }
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...next.keys()].sort()) if (state.get(node) === undefined) visit(node);
  return [...cycles.values()];
}
