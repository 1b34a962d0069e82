import { readFileSync } from 'node:fs';
import type { Options } from 'tsup';

type ModuleList = { readonly modules: readonly { readonly name: string }[] };
const { modules }: ModuleList = JSON.parse(readFileSync('modules.json', 'utf8'));

const entry: Record<string, string> = { index: 'src/index.ts' };
for (const { name } of modules) entry[name] = `src/${name}/index.ts`;

// typed const: isolatedDeclarations rejects `export default defineConfig(...)` (TS9037)
const library: Options = {
  entry,
  format: ['esm', 'cjs'],
  // tsup 8.5.1 + TS 6: TS5101 on the baseUrl tsup injects into its dts build
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  // shared chunks in CJS too, so `MoshtariError` is one class across every subpath
  splitting: true,
  clean: false, // both configs write dist/: the build script empties it first
  sourcemap: true,
  target: 'node20',
};

// The `moshtari` bin: one ESM file. Its CSV parser and progress bar are bundled into it, so the
// library's runtime dependencies stay decimal.js, date-fns and date-fns-jalali (zod: peer).
const cli: Options = {
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  dts: false,
  splitting: false,
  clean: false,
  sourcemap: false,
  target: 'node20',
  platform: 'node',
  noExternal: ['csv-parse', 'cli-progress'],
  // cli-progress is CommonJS and requires node built-ins: give the ESM bundle a real `require`
  banner: {
    js: "import { createRequire as __moshtariRequire } from 'node:module';\nconst require = __moshtariRequire(import.meta.url);",
  },
};

const config: Options[] = process.env['MOSHTARI_BUILD'] === 'cli' ? [cli] : [library, cli];
export default config;
