import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from './args.js';
import { parseAsOf } from './asOf.js';

describe('parseCliArgs', () => {
  it('defaults: the sample store in Persian, Rial amounts', () => {
    expect(parseCliArgs(['report'])).toEqual({
      command: 'report',
      lang: 'fa',
      json: false,
      currency: 'rial',
      strict: false,
      sampleCustomers: 20_000,
      seed: 1404,
    });
  });

  it('reads every report flag', () => {
    const a = parseCliArgs([
      'report',
      '--transactions',
      'tx.csv',
      '--customers',
      'c.csv',
      '--as-of',
      '1404/06/31',
      '--lang',
      'en',
      '--out',
      'r.html',
      '--json',
      '--currency',
      'toman',
      '--strict',
    ]);
    expect(a).toMatchObject({
      command: 'report',
      transactions: 'tx.csv',
      customers: 'c.csv',
      asOf: '1404/06/31',
      lang: 'en',
      out: 'r.html',
      json: true,
      currency: 'toman',
      strict: true,
    });
  });

  it('rejects unknown flags, bad values and missing pieces with a usage error', () => {
    const message = (argv: string[]) => {
      try {
        parseCliArgs(argv);
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(message(['report', '--colour'])).toMatch(/--colour/);
    expect(message(['report', '--lang', 'de'])).toBe('--lang: expected fa or en, got "de"');
    expect(message(['report', '--currency', 'usd'])).toBe('--currency: expected rial or toman, got "usd"');
    expect(message(['report', '--customers', 'c.csv'])).toBe(
      '--customers needs --transactions (the sample store has its own)',
    );
    expect(message(['report', '--sample-customers', '0'])).toBe(
      '--sample-customers: expected a positive whole number, got "0"',
    );
    expect(message(['sample'])).toBe('sample: --out-dir is required');
    expect(message(['publish'])).toBe('unknown command "publish"');
    expect(message([])).toBe('missing command');
    expect(message(['report', 'extra'])).toBe('unexpected argument "extra"');
  });

  it('help and version', () => {
    expect(parseCliArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseCliArgs(['-v'])).toEqual({ command: 'version' });
  });
});

describe('parseAsOf', () => {
  it('a Jalali day means the end of that day in Tehran', () => {
    // 1404/06/31 is 2025-09-22 (Monday); Tehran is UTC+03:30, so the day ends at 20:29:59.999Z
    expect(new Date(parseAsOf('1404/06/31', 'Asia/Tehran')).toISOString()).toBe('2025-09-22T20:29:59.999Z');
    expect(parseAsOf('۱۴۰۴/۰۶/۳۱', 'Asia/Tehran')).toBe(parseAsOf('1404-6-31', 'Asia/Tehran'));
  });

  it('a Gregorian day too, and an ISO instant is taken as is', () => {
    expect(parseAsOf('2025-09-22', 'Asia/Tehran')).toBe(parseAsOf('1404/06/31', 'Asia/Tehran'));
    expect(parseAsOf('2025-09-22T10:00:00Z', 'Asia/Tehran')).toBe(Date.UTC(2025, 8, 22, 10));
  });

  it('rejects impossible dates and other text', () => {
    expect(() => parseAsOf('1404/12/30', 'Asia/Tehran')).toThrow(/not a Jalali date/); // 1404 is not leap
    expect(() => parseAsOf('2025-02-30', 'Asia/Tehran')).toThrow(/not a calendar date/);
    expect(() => parseAsOf('yesterday', 'Asia/Tehran')).toThrow(/expected a day like 1404\/06\/31/);
    expect(() => parseAsOf('2025-09-22T10:00:00', 'Asia/Tehran')).toThrow(UsageError); // no zone: ambiguous
  });
});
