// ncc through its programmatic API, for scripts/build.ts and the bench's floors (scripts/bench.ts): the CLI
// cannot build CommonJS from a package whose package.json says "module".
import { createRequire } from 'node:module';

interface NccOptions {
  esm: boolean;
  minify: boolean;
  sourceMap: boolean;
  sourceMapRegister: false;
  transpileOnly: true;
  quiet: true;
}
interface NccOutput {
  code: string;
  map?: string;
  assets: Record<string, { source: string | Uint8Array }>;
  stats: { toJson: () => { modules?: { name?: string }[] } };
}
const ncc = createRequire(import.meta.url)('@vercel/ncc') as (entry: string, options: NccOptions) => Promise<NccOutput>;

export interface Bundle {
  /** Every file of the output folder: index.js, the chunks, and (for CommonJS) a package.json that says so. */
  readonly files: Record<string, string | Uint8Array>;
  /** The npm packages webpack put into it (for the licence check). */
  readonly packages: ReadonlySet<string>;
}

/**
 * Bundles an entry (a path ncc resolves from the working directory, whose tsconfig.json it reads). A
 * CommonJS bundle (`esm: false`) gets a package.json of {"type":"commonjs"} beside it, since the
 * repository's says "module"; ncc writes {"type":"module"} beside an ES module bundle itself.
 */
export async function nccBuild(entry: string, options: { esm: boolean; minify?: boolean; sourceMap?: boolean }): Promise<Bundle> {
  const built = await ncc(entry, {
    esm: options.esm,
    minify: options.minify ?? false,
    sourceMap: options.sourceMap ?? false,
    sourceMapRegister: false,
    transpileOnly: true,
    quiet: true,
  });
  const files: Record<string, string | Uint8Array> = { 'index.js': built.code };
  for (const [name, asset] of Object.entries(built.assets)) files[name] = asset.source;
  if (built.map) files['index.js.map'] = built.map;
  if (!options.esm) files['package.json'] = `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`;
  const packages = new Set<string>();
  for (const { name = '' } of built.stats.toJson().modules ?? []) {
    const inModules = name.split('node_modules/');
    const match = inModules.length > 1 ? /^((?:@[^/]+\/)?[^/]+)/.exec(inModules.at(-1) ?? '') : null;
    if (match?.[1]) packages.add(match[1]);
  }
  return { files, packages };
}
