// Package checks on the packed tarball (run after `npm run build`):
//  1. publint --strict;  2. attw (node10, node16-CJS, node16-ESM, bundler);
//  3. a consumer smoke test: the tarball unpacked into a scratch node_modules, every subpath
//     imported from ESM and required from CJS, the same MoshtariError class across subpaths.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: 'inherit', ...opts });
const { modules } = JSON.parse(readFileSync('modules.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('.pack', { recursive: true, force: true });
mkdirSync('.pack');
const out = execFileSync('npm', ['pack', '--pack-destination', '.pack', '--json'], { encoding: 'utf8' });
const tarball = resolve('.pack', JSON.parse(out)[0].filename);

run('npx', ['--no-install', 'publint', 'run', tarball, '--strict']);
run('npx', ['--no-install', 'attw', tarball, '--profile', 'strict']);

const dir = mkdtempSync(join(tmpdir(), 'moshtari-consumer-'));
try {
  const target = join(dir, 'node_modules', 'moshtari');
  mkdirSync(target, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  for (const dep of [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]) {
    const link = join(dir, 'node_modules', dep);
    mkdirSync(join(link, '..'), { recursive: true });
    symlinkSync(resolve('node_modules', dep), link, 'dir');
  }
  const subpaths = ['moshtari', ...modules.map((m) => `moshtari/${m.name}`)];
  const esm = [
    "import assert from 'node:assert/strict';",
    "import { isValidNationalCode } from 'moshtari/iran';",
    "import * as root from 'moshtari';",
    "import { MoshtariError } from 'moshtari/core';",
    "import { rial } from 'moshtari/money';",
    ...subpaths.map((s, i) => `import * as m${i} from '${s}';`),
    "assert.equal(isValidNationalCode('0499370899'), true);",
    "assert.equal(root.isValidNationalCode('0499370899'), true);",
    "assert.throws(() => rial(1.5), (e) => e instanceof MoshtariError && e.code === 'INVALID_AMOUNT');",
    ...subpaths.map((s, i) => `assert.ok(Object.keys(m${i}).length > 0, '${s} exports nothing');`),
    "console.log('ESM consumer: ok');",
  ].join('\n');
  const cjs = [
    "const assert = require('node:assert/strict');",
    "const { isValidNationalCode } = require('moshtari/iran');",
    "const { MoshtariError } = require('moshtari/core');",
    "const { rial } = require('moshtari/money');",
    "const root = require('moshtari');",
    "assert.equal(isValidNationalCode('0499370899'), true);",
    "assert.equal(root.MoshtariError, MoshtariError, 'one MoshtariError class across CJS entries');",
    "assert.throws(() => rial(1.5), (e) => e instanceof MoshtariError && e.code === 'INVALID_AMOUNT');",
    ...subpaths.map((s) => `assert.ok(Object.keys(require('${s}')).length > 0, '${s} exports nothing');`),
    "console.log('CJS consumer: ok');",
  ].join('\n');
  writeFileSync(join(dir, 'esm.mjs'), esm);
  writeFileSync(join(dir, 'cjs.cjs'), cjs);
  run('node', ['esm.mjs'], { cwd: dir });
  run('node', ['cjs.cjs'], { cwd: dir });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log('check:pkg: publint, attw and ESM/CJS consumers all green');
