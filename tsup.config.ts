import { readFileSync } from 'node:fs';
import type { Options } from 'tsup';

type ModuleList = { readonly modules: readonly { readonly name: string }[] };
const { modules }: ModuleList = JSON.parse(readFileSync('modules.json', 'utf8'));

const entry: Record<string, string> = { index: 'src/index.ts' };
for (const { name } of modules) entry[name] = `src/${name}/index.ts`;

// typed const: isolatedDeclarations rejects `export default defineConfig(...)` (TS9037)
const config: Options = {
  entry,
  format: ['esm', 'cjs'],
  // tsup 8.5.1 + TS 6: TS5101 on the baseUrl tsup injects into its dts build
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  // shared chunks in CJS too, so `MoshtariError` is one class across every subpath
  splitting: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
};
export default config;
