// The `moshtari` command end to end, in process: the sample store, CSV input with bad rows, strict
// mode, JSON output and usage errors (the bundled bin is run by .ci/run as `npm start` does).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClubReport } from './report/types.js';
import { runCli } from './run.js';

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: { write: (t: string) => out.push(t) },
      stderr: { write: (t: string) => err.push(t), isTTY: false },
      cwd,
      version: '9.9.9',
    },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

describe('moshtari report', () => {
  it('runs on the sample store: report.html (fa, RTL) and a terminal summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moshtari-cli-'));
    const t = io(dir);
    expect(await runCli(['report', '--sample-customers', '2000'], t.io)).toBe(0);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toMatch(/<html[^>]* dir="rtl"/);
    expect(t.out()).toMatch(/^moshtari report as of 1404\/06\/31 \(sample; 1401\/07\/\d\d → 1404\/06\/\d\d\)/);
    expect(t.out()).toMatch(/customers 2,000, buyers 1,\d{3}, transactions \d{1,3}(,\d{3})*/);
    expect(t.out()).toContain(`wrote ${join(dir, 'report.html')}`);
    expect(t.err()).toBe('');
  }, 60_000);

  it('--json prints the numbers, the same as the HTML shows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moshtari-cli-'));
    const t = io(dir);
    expect(
      await runCli(['report', '--sample-customers', '1000', '--json', '--lang', 'en', '--out', 'r.html'], t.io),
    ).toBe(0);
    const r = JSON.parse(t.out()) as ClubReport;
    expect(r.overview.customers).toBe(1000);
    expect(r.meta.asOf).toBe('1404/06/31');
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toMatch(/<html[^>]* dir="ltr"/);
    expect(html).toContain(r.overview.customers.toLocaleString('en'));
  }, 60_000);

  it('reads CSV files, reports bad rows with line numbers and counts them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moshtari-cli-'));
    writeFileSync(
      join(dir, 'tx.csv'),
      [
        '\uFEFFid,customer_id,date,amount',
        'T1,c1,1403/01/15,"1,200,000"',
        'T2,c1,1403/05/02,۲٬۵۰۰٬۰۰۰',
        'T3,c2,2024-06-01,900000',
        'T4,c2,1403/13/01,100000',
        'T5,c3,1403/02/01,-5',
        'T6,c2,1404/02/10,3000000',
        'T7,c9,1404/03/01,100000',
      ].join('\r\n'),
    );
    writeFileSync(
      join(dir, 'customers.csv'),
      'id,first_name,last_name,city\nc1,علی,رضایی,تهران\nc2,Sara,Ahmadi,Shiraz\nc3,مینا,کریمی,\n',
    );
    const t = io(dir);
    const code = await runCli(
      [
        'report',
        '--transactions',
        'tx.csv',
        '--customers',
        'customers.csv',
        '--lang',
        'en',
        '--json',
        '--out',
        'x.html',
      ],
      t.io,
    );
    expect(code).toBe(0);
    const r = JSON.parse(t.out()) as ClubReport;
    expect(r.overview.transactions).toBe(4);
    expect(r.overview.revenue).toBe(String(1_200_000 + 2_500_000 + 900_000 + 3_000_000));
    expect(r.meta.rowsRejected).toBe(3);
    expect(r.meta.problems.map((p) => [p.file, p.line])).toEqual([
      ['transactions', 5],
      ['transactions', 6],
      ['transactions', 8],
    ]);
    expect(r.meta.asOf).toBe('1404/02/10'); // the end of the last counted transaction's day
    expect(t.err()).toMatch(/warning: transactions line 5 \(date\)/);
  }, 60_000);

  it('--strict stops at the first bad row with exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moshtari-cli-'));
    writeFileSync(join(dir, 'tx.csv'), 'customer_id,date,amount\nc1,1403/01/15,1000\nc1,1403/02/31,x\n');
    const t = io(dir);
    expect(await runCli(['report', '--transactions', 'tx.csv', '--strict'], t.io)).toBe(1);
    expect(t.err()).toMatch(/^moshtari: transactions line 3, (date|amount): .+ \(--strict\)/);
  });

  it('a missing file and a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moshtari-cli-'));
    const missing = io(dir);
    expect(await runCli(['report', '--transactions', 'nope.csv'], missing.io)).toBe(1);
    expect(missing.err()).toMatch(/cannot read the transactions file .*nope\.csv: ENOENT/);
    const usage = io(dir);
    expect(await runCli(['report', '--lang', 'de'], usage.io)).toBe(2);
    expect(usage.err()).toMatch(/--lang: expected fa or en/);
    const version = io(dir);
    expect(await runCli(['--version'], version.io)).toBe(0);
    expect(version.out()).toBe('9.9.9\n');
  });
});
