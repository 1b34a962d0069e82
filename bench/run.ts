// `npm run bench [-- [--write] module ...]`: runs bench/*.bench.ts side by side, prints the tables and
// rewrites docs/benchmarks.md with the machine and date (always for a full run; with --write also for a
// chosen list of modules, which then is the whole table).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { SuiteResult } from './harness.js';

const args = process.argv.slice(2);
const write = args.includes('--write');
// --merge: replace only the sections of the modules run now and keep the others from docs/benchmarks.md
const merge = args.includes('--merge');
const only = args.filter((a) => !a.startsWith('--'));
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.includes(f.replace('.bench.ts', '')))
  .sort();

const fmtTime = (ns: number) =>
  ns >= 1e6 ? `${(ns / 1e6).toFixed(1)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`;
const fmtOps = (ops: number) =>
  ops >= 1e6 ? `${(ops / 1e6).toFixed(2)} M/s` : ops >= 1e3 ? `${(ops / 1e3).toFixed(1)} k/s` : `${ops.toFixed(1)}/s`;

function table(suite: SuiteResult): string {
  const lines = [
    `### ${suite.module}: ${suite.title}`,
    '',
    '| task | mean per call | calls/s | ± | time ÷ moshtari |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...suite.rows.map(
      (r) =>
        `| ${r.task === suite.subject ? `**${r.task}**` : r.task} | ${fmtTime(r.meanNs)} | ${fmtOps(r.opsPerSec)} | ${r.rme.toFixed(1)} % | ${r.vsSubject.toFixed(2)}× |`,
    ),
  ];
  if (suite.budget !== undefined) {
    const b = suite.budget;
    lines.push(
      '',
      `Budget: moshtari ≤ ${b.maxRatio}× ${b.anchor}; measured ${b.ratio.toFixed(2)}× — **${b.met ? 'met' : 'NOT met'}**.`,
    );
  }
  return lines.join('\n');
}

const results: SuiteResult[] = [];
for (const file of files) {
  const mod = (await import(`./${file}`)) as { default: () => Promise<SuiteResult[]> };
  for (const suite of await mod.default()) {
    results.push(suite);
    console.log(`\n${table(suite)}`);
  }
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const machine = `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`;
const docUrl = new URL('../docs/benchmarks.md', import.meta.url);
let kept: string[] = [];
if (merge && existsSync(docUrl)) {
  const ran = new Set(results.map((r) => r.module));
  kept = readFileSync(docUrl, 'utf8')
    .split(/\n(?=### )/)
    .slice(1)
    .filter((section) => !ran.has(/^### ([^:]+):/.exec(section)?.[1] ?? ''))
    .map((section) => `${section.trimEnd()}\n`);
}
if (only.length === 0 || write || merge) {
  const doc = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/run.ts). Every table runs moshtari and its anchors side by side in one',
    'process on the same input (tinybench, warm-up included); "time ÷ moshtari" is each row\'s mean time divided',
    "by moshtari's. Each module's tables come from one run on a shared 2-core machine (`--merge` refreshes some modules",
    'and keeps the others): compare ratios, not absolute times.',
    '',
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Machine: ${machine}`,
    '',
    ...[...kept, ...results.map((s) => `${table(s)}\n`)].sort((a, b) => a.localeCompare(b, 'en')),
  ].join('\n');
  writeFileSync(docUrl, doc);
  console.log('\nwrote docs/benchmarks.md');
} else {
  console.log('\n(only some benchmarks ran: docs/benchmarks.md left unchanged)');
}
const missed = results.filter((s) => s.budget !== undefined && !s.budget.met);
if (missed.length > 0) {
  console.log(`budget not met: ${missed.map((s) => `${s.module}: ${s.title}`).join('; ')}`);
  process.exitCode = 1;
}
