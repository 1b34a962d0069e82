// Runs every examples/*.ts in its own Node process (`node --import tsx`, 60 s each) against the built
// package: `moshtari/<module>` resolves through package.json `exports` to dist/, so run `npm run build`
// first. Prints `PASS name` / `FAIL name` (with the script's output), then `examples: N passed, N failed`,
// writes the same counts to .examples-report.json and exits 1 when any example failed.
// Usage: node scripts/run-examples.mjs [name …]   (names without .ts; default: all)
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'examples');
const TIMEOUT_MS = 60_000;

const wanted = process.argv.slice(2);
const all = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => f.slice(0, -3))
  .sort();
const unknown = wanted.filter((name) => !all.includes(name));
if (unknown.length > 0) {
  console.error(`no such example: ${unknown.join(', ')} (have: ${all.join(', ')})`);
  process.exit(2);
}
const names = wanted.length > 0 ? wanted : all;

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: the examples import the built package, run `npm run build` first');
}

/** Runs one example; resolves to { ok, output, ms }. */
function run(name) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', join('examples', `${name}.ts`)], {
      cwd: root,
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Date.now() - started;
      if (timedOut) output += `\n(timed out after ${TIMEOUT_MS / 1000} s)`;
      else if (code !== 0) output += `\n(exit code ${code ?? signal})`;
      resolve({ ok: !timedOut && code === 0, output, ms });
    });
  });
}

let passed = 0;
let failed = 0;
for (const name of names) {
  const { ok, output, ms } = await run(name);
  if (ok) {
    passed++;
    console.log(`PASS ${name} (${ms} ms)`);
  } else {
    failed++;
    console.log(`FAIL ${name} (${ms} ms)`);
    console.log(
      output
        .trimEnd()
        .split('\n')
        .map((line) => `  | ${line}`)
        .join('\n'),
    );
  }
}

console.log(`examples: ${passed} passed, ${failed} failed`);
writeFileSync(join(root, '.examples-report.json'), `${JSON.stringify({ passed, failed })}\n`);
process.exit(failed > 0 ? 1 : 0);
