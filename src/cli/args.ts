// Command-line arguments of `moshtari`, parsed with node:util parseArgs (strict: an unknown flag or a
// missing value is a usage error, never ignored).
import { parseArgs } from 'node:util';

/** The parsed `report` command. */
export type ReportArgs = {
  readonly command: 'report';
  readonly transactions?: string;
  readonly customers?: string;
  readonly surveys?: string;
  readonly tickets?: string;
  readonly asOf?: string;
  readonly lang: 'fa' | 'en';
  readonly out?: string;
  readonly json: boolean;
  readonly currency: 'rial' | 'toman';
  readonly strict: boolean;
  readonly sampleCustomers: number;
  readonly seed: number;
};

/** The parsed `sample` command: write the sample store as CSV files. */
export type SampleArgs = {
  readonly command: 'sample';
  readonly outDir: string;
  readonly sampleCustomers: number;
  readonly seed: number;
};

/** What the command line asked for. */
export type CliArgs = ReportArgs | SampleArgs | { readonly command: 'help' } | { readonly command: 'version' };

/** A usage error: the message to print, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage:
  moshtari report [--transactions tx.csv] [--customers customers.csv] [--surveys surveys.csv]
                  [--tickets tickets.csv] [--as-of 1404/06/31] [--lang fa|en] [--out report.html]
                  [--json] [--currency rial|toman] [--strict] [--sample-customers 20000] [--seed 1404]
  moshtari sample --out-dir dir [--sample-customers 20000] [--seed 1404]
  moshtari --help | --version

report   builds the club report; without --transactions it runs on the built-in sample store.
         Writes report.html (or --out) and prints a summary; --json prints the numbers as JSON
         instead (and writes HTML only when --out is given).
sample   writes the sample store as CSV files (transactions, customers, surveys, tickets).

CSV input: a header row; quotes, BOM, Persian/Arabic digits, thousands separators, Jalali
(1404/06/31) or ISO dates; amounts in Rial unless --currency toman. Bad rows are reported with
their line numbers; --strict stops at the first one. See docs/guides/cli.md.`;

const positiveInt = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value)))
    throw new UsageError(`--${name}: expected a positive whole number, got "${value}"`);
  return Number(value);
};

/** Parses `argv` (without node and the script). */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values: v, positionals } = parsed;
  if (v.help === true) return { command: 'help' };
  if (v.version === true) return { command: 'version' };
  const [command, ...rest] = positionals;
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const sampleCustomers = positiveInt('sample-customers', v['sample-customers'], 20_000);
  const seed = positiveInt('seed', v.seed, 1404);
  if (command === 'sample') {
    if (v['out-dir'] === undefined) throw new UsageError('sample: --out-dir is required');
    return { command: 'sample', outDir: v['out-dir'], sampleCustomers, seed };
  }
  if (command !== 'report')
    throw new UsageError(command === undefined ? 'missing command' : `unknown command "${command}"`);
  if (v.lang !== undefined && v.lang !== 'fa' && v.lang !== 'en')
    throw new UsageError(`--lang: expected fa or en, got "${v.lang}"`);
  if (v.currency !== undefined && v.currency !== 'rial' && v.currency !== 'toman')
    throw new UsageError(`--currency: expected rial or toman, got "${v.currency}"`);
  for (const name of ['customers', 'surveys', 'tickets'] as const)
    if (v[name] !== undefined && v.transactions === undefined)
      throw new UsageError(`--${name} needs --transactions (the sample store has its own)`);
  return {
    command: 'report',
    ...(v.transactions === undefined ? {} : { transactions: v.transactions }),
    ...(v.customers === undefined ? {} : { customers: v.customers }),
    ...(v.surveys === undefined ? {} : { surveys: v.surveys }),
    ...(v.tickets === undefined ? {} : { tickets: v.tickets }),
    ...(v['as-of'] === undefined ? {} : { asOf: v['as-of'] }),
    ...(v.out === undefined ? {} : { out: v.out }),
    lang: (v.lang ?? 'fa') as 'fa' | 'en',
    json: v.json === true,
    currency: (v.currency ?? 'rial') as 'rial' | 'toman',
    strict: v.strict === true,
    sampleCustomers,
    seed,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      transactions: { type: 'string' },
      customers: { type: 'string' },
      surveys: { type: 'string' },
      tickets: { type: 'string' },
      'as-of': { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
      'out-dir': { type: 'string' },
      json: { type: 'boolean' },
      currency: { type: 'string' },
      strict: { type: 'boolean' },
      'sample-customers': { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
