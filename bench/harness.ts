import { Bench } from 'tinybench';

/** One measured task of a comparison. */
export type BenchRow = {
  readonly task: string;
  /** Mean time per call in nanoseconds. */
  readonly meanNs: number;
  /** Calls per second (throughput). */
  readonly opsPerSec: number;
  /** Relative margin of error of the mean, in percent. */
  readonly rme: number;
  /** This task's mean time ÷ the subject's mean time (1 for the subject itself). */
  readonly vsSubject: number;
};

/** A comparison of moshtari (the subject) with its anchors, run side by side in one process. */
export type SuiteResult = {
  readonly module: string;
  readonly title: string;
  readonly subject: string;
  readonly rows: readonly BenchRow[];
  /** Optional budget: the subject must take at most `maxRatio` × the time of `anchor`. */
  readonly budget?: {
    readonly anchor: string;
    readonly maxRatio: number;
    readonly ratio: number;
    readonly met: boolean;
  };
};

export type CompareOptions = {
  readonly module: string;
  readonly title: string;
  /** Task name of the moshtari implementation; must be a key of `tasks`. */
  readonly subject: string;
  /** Tasks run side by side; every task must do the same work on the same input. */
  readonly tasks: Readonly<Record<string, () => unknown>>;
  readonly budget?: { readonly anchor: string; readonly maxRatio: number };
  /** Minimum time per task in ms (default 500) and minimum iterations (default 10). */
  readonly time?: number;
  readonly iterations?: number;
  /** Warm-up iterations per task (tinybench's default when absent); lower it for slow batch tasks. */
  readonly warmupIterations?: number;
};

let sink: unknown;
/** Keeps results alive so the JIT cannot drop the work. */
export function consume(value: unknown): void {
  sink = value;
}

/** Runs every task with tinybench (warm-up included) and reports ratios against the subject. */
export async function compare(options: CompareOptions): Promise<SuiteResult> {
  const bench = new Bench({
    time: options.time ?? 500,
    iterations: options.iterations ?? 10,
    warmup: true,
    ...(options.warmupIterations === undefined ? {} : { warmupIterations: options.warmupIterations }),
  });
  for (const [name, fn] of Object.entries(options.tasks)) bench.add(name, () => consume(fn()));
  await bench.run();
  const stats = bench.tasks.map((t) => {
    const r = t.result;
    if (r.state !== 'completed') throw new Error(`benchmark task ${t.name} did not complete: ${r.state}`);
    return { task: t.name, meanNs: r.latency.mean * 1e6, opsPerSec: r.throughput.mean, rme: r.latency.rme };
  });
  const subject = stats.find((s) => s.task === options.subject);
  if (subject === undefined) throw new Error(`subject ${options.subject} is not one of the tasks`);
  const rows = stats.map((s) => ({ ...s, vsSubject: s.meanNs / subject.meanNs }));
  let budget: SuiteResult['budget'];
  if (options.budget !== undefined) {
    const anchor = stats.find((s) => s.task === options.budget?.anchor);
    if (anchor === undefined) throw new Error(`budget anchor ${options.budget.anchor} is not one of the tasks`);
    const ratio = subject.meanNs / anchor.meanNs;
    budget = { ...options.budget, ratio, met: ratio <= options.budget.maxRatio };
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return budget === undefined
    ? { module: options.module, title: options.title, subject: options.subject, rows }
    : { module: options.module, title: options.title, subject: options.subject, rows, budget };
}
