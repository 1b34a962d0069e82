// Import rules of moshtari (CONTRIBUTING.md), checked on every non-test file under src/:
//  - no import cycles;
//  - src/<module>/ files import only their own folder, src/internal/*, and other modules' index.ts;
//  - src/internal/ imports only src/internal/* and src/core/index.ts; src/core/ imports only src/core/;
//  - zod is imported only in */schema*.ts (schema.ts, schemaPerson.ts, …), decimal.js only in src/internal/;
//  - library code never imports node: built-ins (the CLI aside).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

const root = 'src';
const isTest = (f) => /\.test(-d|-prop|-util)?\.ts$/.test(f);
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith('.ts') && !isTest(path)) files.push(path);
  }
})(root);

const IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;
const problems = [];
const graph = new Map();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const from = relative(root, file).split(sep);
  const area = from.length > 1 ? from[0] : '';
  const edges = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (!spec.startsWith('.')) {
      if (spec === 'zod' || spec.startsWith('zod/')) {
        if (!/[\\/]schema[A-Za-z]*\.ts$/.test(file)) problems.push(`${file}: zod may be imported only in */schema*.ts`);
        if (spec !== 'zod') problems.push(`${file}: import zod as \`import * as z from 'zod'\`, not '${spec}'`);
      } else if (spec === 'decimal.js') {
        if (area !== 'internal') problems.push(`${file}: decimal.js may be imported only in src/internal/`);
      } else if (spec.startsWith('node:') && area !== 'cli') {
        problems.push(`${file}: library code must not import ${spec}`);
      }
      continue;
    }
    const target = normalize(join(dirname(file), spec.replace(/\.js$/, '.ts')));
    edges.push(target);
    const to = relative(root, target).split(sep);
    const toArea = to.length > 1 ? to[0] : '';
    if (toArea === area) continue;
    const allowed =
      (toArea === 'internal' && area !== 'core') ||
      (to[1] === 'index.ts' &&
        to.length === 2 &&
        toArea !== 'internal' &&
        (area !== 'internal' || toArea === 'core') &&
        area !== 'core') ||
      area === '';
    if (!allowed)
      problems.push(`${file}: may not import ${target} (modules meet only through index.ts; see CONTRIBUTING.md)`);
  }
  graph.set(file, edges);
}

// cycles: depth-first search with colours
const state = new Map();
const stack = [];
function visit(file) {
  state.set(file, 'open');
  stack.push(file);
  for (const next of graph.get(file) ?? []) {
    if (!graph.has(next)) {
      problems.push(`${file}: imports missing file ${next}`);
      continue;
    }
    if (state.get(next) === 'open')
      problems.push(`import cycle: ${[...stack.slice(stack.indexOf(next)), next].join(' → ')}`);
    else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(file, 'done');
}
for (const file of graph.keys()) if (!state.has(file)) visit(file);

if (problems.length > 0) {
  for (const p of problems) console.error(`check-imports: ${p}`);
  process.exit(1);
}
console.log(`check-imports: ${files.length} files, no cycles, module boundaries respected`);
