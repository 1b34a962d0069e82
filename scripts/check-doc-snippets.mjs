// Keeps the guides true: extracts every ```ts block of the docs, type-checks them all with the root
// tsconfig and runs each with tsx against the built package (`moshtari/...` resolves through
// package.json `exports` to dist/, so run `npm run build` first). Result comments that are plain
// literals are asserted too:
//   expr;              // 'text' | 42 | true | { amount: '1', currency: 'IRR' } | ['a', 'b']
//   const x = expr;    // same forms, checked on x
//   if (c) console.log(expr); // same forms, and c must hold
// Comments holding … (a partial value), an arrow (→) or several values are not checked. A block that
// declares its data (`declare const rows: …`) is only type-checked.
// Usage: node scripts/check-doc-snippets.mjs [file.md …]   (default: docs/getting-started.md,
// docs/fa/getting-started.md and docs/guides/*.md)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, '.snippets-tmp'); // inside the package, so the self-reference resolves
const guides = join(root, 'docs', 'guides');
const inputs =
  process.argv.length > 2
    ? process.argv.slice(2)
    : [
        join(root, 'docs', 'getting-started.md'),
        join(root, 'docs', 'fa', 'getting-started.md'),
        ...readdirSync(guides)
          .filter((f) => f.endsWith('.md'))
          .sort()
          .map((f) => join(guides, f)),
      ];
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: the snippets import the built package, run `npm run build` first');
  process.exit(1);
}

const HELPERS = [
  "import { isDeepStrictEqual as __eq } from 'node:util';",
  'function __show(v: unknown): string { return JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? String(x) + "n" : x)); }',
  'function __check(actual: unknown, expected: unknown, line: string): void {',
  '  if (!__eq(actual, expected)) throw new Error(line + "\\n  got " + __show(actual));',
  '}',
  'void __check;',
].join('\n');

// A string, a number (not a time such as 00:00, not followed by …) or a keyword literal.
const LIT = String.raw`('(?:[^'\\]|\\.)*'|-?(?:0|[1-9][\d_]*)(?:\.\d+)?(?![\d.:]*\d)(?![\d.]*\s*(?:…|\.\.\.))|true|false|null)`;
// …not followed by an arrow or a second value.
const END = String.raw`(?!\s*(?:→|'|\[|\{))(?:\s|$|[,:(])`;
const IF_LOG = new RegExp(String.raw`^\s*if \((.+?)\) console\.log\(([^;]*)\);\s*//\s*${LIT}${END}`);
const DECL = new RegExp(String.raw`^\s*(?:const|let)\s+(\w+)(?::[^=]+)?\s*=.*;\s*//\s*${LIT}${END}`);
const EXPR = new RegExp(
  String.raw`^\s*(?!(?:const|let|if|for|return|try|await|import|export)\b|[}\])]|//|\s)(.+?);\s*//\s*${LIT}${END}`,
);
const OBJ = /^\s*(?:(?:const|let)\s+(\w+)(?::[^=]+)?\s*=\s*)?(.+?);\s*\/\/\s*([{[].*)$/;
const NOT_A_STATEMENT = /^\s*(?:(?:import|export|if|for|return|try|await)\b|[}\])]|\/\/)/;

/** The leading balanced `{…}` or `[…]` of a comment, or null. */
function balanced(text) {
  let depth = 0;
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return text.slice(0, i + 1);
    }
  }
  return null;
}

function parses(literal) {
  try {
    new Function(`return (${literal});`);
    return true;
  } catch {
    return false;
  }
}

/** `console.log(x)` → `x`; null when the call has several arguments. */
function unwrapLog(expression) {
  const log = expression.match(/^console\.log\((.*)\)$/);
  if (!log) return expression;
  let depth = 0;
  for (const c of log[1]) {
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) return null;
  }
  return log[1];
}

let checks = 0;
function instrument(code) {
  const out = [];
  for (const line of code.split('\n')) {
    out.push(line);
    const check = (actual, expected) => {
      const value = unwrapLog(actual);
      if (value === null) return;
      out.push(`__check(${value}, ${expected}, ${JSON.stringify(line.trim())});`);
      checks++;
    };
    const ifLog = line.match(IF_LOG);
    if (ifLog) {
      out.push(`if (!(${ifLog[1]})) throw new Error(${JSON.stringify(`condition false: ${line.trim()}`)});`);
      check(ifLog[2], ifLog[3]);
      continue;
    }
    let m = line.match(DECL) ?? line.match(EXPR);
    if (m) {
      check(m[1], m[2]);
      continue;
    }
    m = line.match(OBJ);
    if (m && !NOT_A_STATEMENT.test(line)) {
      const literal = balanced(m[3]);
      if (literal && !literal.includes('…') && !literal.includes('...') && parses(literal))
        check(m[1] ?? m[2], literal);
    }
  }
  return `${out.join('\n')}\n${HELPERS}\nexport {};\n`;
}

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir);
const runnable = [];
let blocks = 0;
for (const md of inputs) {
  const text = readFileSync(md, 'utf8');
  let n = 0;
  for (const m of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
    n++;
    blocks++;
    const name = `${relative(root, md).replace(/[/.]/g, '_')}_${n}.ts`;
    const typecheckOnly = /^declare /m.test(m[1]);
    writeFileSync(join(dir, name), typecheckOnly ? `${m[1]}\nexport {};\n` : instrument(m[1]));
    if (!typecheckOnly) runnable.push(name);
  }
}
writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../tsconfig.json', include: ['*.ts'] }));

let failed = 0;
const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], {
  cwd: root,
  encoding: 'utf8',
});
if (tsc.status === 0) console.log(`PASS type-check of ${blocks} blocks`);
else {
  failed++;
  console.log(`FAIL type-check\n${tsc.stdout.trim()}`);
}
for (const name of runnable) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, name)], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status === 0) continue;
  failed++;
  console.log(`FAIL ${name}\n${(r.stderr || r.stdout).split('\n').slice(0, 12).join('\n')}`);
}
rmSync(dir, { recursive: true, force: true });
console.log(`doc snippets: ${runnable.length} run, ${checks} result comments checked, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
