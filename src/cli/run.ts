// The `moshtari` command: reads input (or generates the sample store), builds the report, writes the
// HTML and prints a summary. All I/O of the CLI is here and in main.ts; the rest is pure.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { toJalali } from '../calendar/index.js';
import { isMoshtariError } from '../core/index.js';
import { type CliArgs, parseCliArgs, type ReportArgs, USAGE, UsageError } from './args.js';
import { endOfJalaliDay, parseAsOf } from './asOf.js';
import { renderReportHtml } from './html/index.js';
import { buildReport } from './report/buildReport.js';
import type { ClubReport } from './report/types.js';
import {
  generateSampleStore,
  type ReadStoreCsvResult,
  readCustomersCsv,
  readSurveysCsv,
  readTicketsCsv,
  readTransactionsCsv,
  writeStoreCsv,
} from './store/index.js';
import type { RowProblem, Store } from './store/types.js';
import { reportSummary } from './summary.js';

/** Where the command writes; a test passes its own. */
export type CliIo = {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  /** Directory relative paths resolve against. */
  readonly cwd: string;
  /** The package version for --version. */
  readonly version: string;
};

const TIME_ZONE = 'Asia/Tehran';

/** Runs the command line; resolves to the exit code (0 ok, 1 failed, 2 usage error). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`moshtari: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.command === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'version') {
    io.stdout.write(`${io.version}\n`);
    return 0;
  }
  try {
    if (args.command === 'sample') {
      const store = generateSampleStore({ customers: args.sampleCustomers, seed: args.seed });
      const dir = resolve(io.cwd, args.outDir);
      mkdirSync(dir, { recursive: true });
      const files = writeStoreCsv(store);
      for (const [name, text] of Object.entries(files))
        if (text !== undefined) writeFileSync(join(dir, `${name}.csv`), text);
      io.stdout.write(
        `wrote ${Object.keys(files)
          .map((f) => `${f}.csv`)
          .join(', ')} to ${dir}\n`,
      );
      return 0;
    }
    return await report(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`moshtari: ${error.message}\n`);
      return 2;
    }
    if (error instanceof InputError || isMoshtariError(error)) {
      io.stderr.write(`moshtari: ${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  }
}

/** Input that cannot be used (a missing file, a strict-mode row problem). */
class InputError extends Error {
  override readonly name = 'InputError';
}

async function report(args: ReportArgs, io: CliIo): Promise<number> {
  const started = performance.now();
  const progress =
    io.stderr.isTTY === true
      ? new SingleBar({
          format: ' {bar} {percentage}% | {step}',
          stream: io.stderr as NodeJS.WritableStream,
          hideCursor: true,
          clearOnComplete: true,
        })
      : null;
  progress?.start(9, 0, { step: 'reading input' });
  const loaded = args.transactions === undefined ? sampleInput(args) : csvInput(args, io.cwd);
  const { store, problems, rowsRead } = loaded;
  if (args.strict && problems.length > 0) {
    progress?.stop();
    const p = problems[0] as RowProblem;
    throw new InputError(
      `${p.file} line ${p.line}${p.column === undefined ? '' : `, ${p.column}`}: ${p.message} (--strict)`,
    );
  }
  const asOf = args.asOf !== undefined ? parseAsOf(args.asOf, TIME_ZONE) : defaultAsOf(store);
  const result: ClubReport = buildReport(store, {
    asOf,
    source: args.transactions === undefined ? 'sample' : 'csv',
    rowsRead,
    problems,
    onStep: (step, done) => progress?.update(done + 1, { step }),
  });
  progress?.stop();
  const writeHtml = !args.json || args.out !== undefined;
  const out = resolve(io.cwd, args.out ?? 'report.html');
  if (writeHtml) writeFileSync(out, renderReportHtml(result, { lang: args.lang }));
  if (args.json) {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const seconds = (performance.now() - started) / 1000;
    io.stdout.write(`${reportSummary(result, seconds).join('\n')}\n  wrote ${out}\n`);
  }
  for (const p of problems.slice(0, 5))
    io.stderr.write(
      `warning: ${p.file} line ${p.line}${p.column === undefined ? '' : ` (${p.column})`}: ${p.message}\n`,
    );
  if (problems.length > 5) io.stderr.write(`warning: … and ${problems.length - 5} more rejected row(s)\n`);
  return 0;
}

type Loaded = { readonly store: Store; readonly problems: readonly RowProblem[]; readonly rowsRead: number };

function sampleInput(args: ReportArgs): Loaded {
  const store = generateSampleStore({ customers: args.sampleCustomers, seed: args.seed });
  return { store, problems: [], rowsRead: 0 };
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(
      `cannot read the ${what} file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

function csvInput(args: ReportArgs, cwd: string): Loaded {
  const options = { currency: args.currency, strict: args.strict, timeZone: TIME_ZONE };
  const problems: RowProblem[] = [];
  let rowsRead = 0;
  const read = <T>(
    path: string | undefined,
    what: string,
    reader: (text: string, o: typeof options) => ReadStoreCsvResult<T>,
  ): ReadStoreCsvResult<T> | undefined => {
    if (path === undefined) return undefined;
    const r = reader(readText(resolve(cwd, path), what), options);
    problems.push(...r.problems);
    rowsRead += r.rowsRead;
    return r;
  };
  const txFile = read(args.transactions, 'transactions', readTransactionsCsv);
  const transactions = txFile?.rows ?? [];
  const customers = read(args.customers, 'customers', readCustomersCsv)?.rows;
  const surveys = read(args.surveys, 'surveys', readSurveysCsv)?.rows;
  const tickets = read(args.tickets, 'tickets', readTicketsCsv)?.rows;
  let kept = transactions;
  if (customers !== undefined) {
    const known = new Set(customers.map((c) => c.id));
    kept = transactions.filter((t, i) => {
      if (known.has(t.customerId)) return true;
      problems.push({
        file: 'transactions',
        line: txFile?.lines[i] ?? 0,
        column: 'customer_id',
        message: `unknown customer "${t.customerId}" (not in the customers file)`,
      });
      return false;
    });
    if (args.strict && problems.length > 0) return { store: { customers, transactions: [] }, problems, rowsRead };
  }
  return {
    store: {
      customers: customers ?? [],
      transactions: kept,
      ...(surveys === undefined ? {} : { surveys }),
      ...(tickets === undefined ? {} : { tickets }),
    },
    problems,
    rowsRead,
  };
}

/** The sample's own date, or the end of the last transaction's day (Tehran). */
function defaultAsOf(store: Store): number {
  if (store.asOf !== undefined) return store.asOf;
  let last = Number.NEGATIVE_INFINITY;
  for (const t of store.transactions) if (t.at > last) last = t.at;
  if (!Number.isFinite(last)) throw new InputError('no transactions to report on');
  return endOfJalaliDay(toJalali(last, { timeZone: TIME_ZONE }), TIME_ZONE);
}
