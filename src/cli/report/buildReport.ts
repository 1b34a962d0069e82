import { createCivilDayOf, toJalali } from '../../calendar/index.js';
import { isMoshtariError } from '../../core/index.js';
import type { RowProblem, Store } from '../store/types.js';
import { clvSection } from './clv.js';
import { cohortSection, npsSection } from './cohorts.js';
import type { ReportContext } from './context.js';
import { jalaliLabel } from './days.js';
import { indexStore } from './group.js';
import { lifecycleSection } from './lifecycle.js';
import { overviewSection } from './overview.js';
import { rfmSection } from './rfm.js';
import { slaSection } from './sla.js';
import { tiersAndLoyalty } from './tiersLoyalty.js';
import type { ClubReport } from './types.js';

/** Options of {@link buildReport}. */
export type BuildReportOptions = {
  /** The report instant (epoch ms); transactions after it are left out and counted in the problems. */
  readonly asOf: number;
  /** Where the data came from. */
  readonly source: 'sample' | 'csv';
  /** Rows read from the input files and the problems found there (listed in the report). */
  readonly rowsRead?: number;
  readonly problems?: readonly RowProblem[];
  /** Called before each step (for a progress display). */
  readonly onStep?: (step: string, done: number, total: number) => void;
};

const STEPS = ['index', 'overview', 'lifecycle', 'rfm', 'tiers and loyalty', 'clv', 'cohorts', 'nps and sla'] as const;

/**
 * Every number of the club report, from a store: the store, the date and the sample program and
 * ladder decide everything, deterministically — apart from `meta.timings`, the seconds each step
 * took (read from `performance.now()` for the terminal summary; the CLI is allowed a clock).
 */
export function buildReport(store: Store, options: BuildReportOptions): ClubReport {
  const timeZone = 'Asia/Tehran';
  const asOf = options.asOf;
  const timings: Record<string, number> = {};
  let started = performance.now();
  let step = 0;
  const next = (name: (typeof STEPS)[number]) => {
    const now = performance.now();
    if (step > 0) timings[STEPS[step - 1] as string] = Math.round(now - started) / 1000;
    started = now;
    options.onStep?.(name, step, STEPS.length);
    step++;
  };
  next('index');
  const late = store.transactions.filter((t) => t.at > asOf).length;
  const kept = late === 0 ? store : { ...store, transactions: store.transactions.filter((t) => t.at <= asOf) };
  const index = indexStore(kept, timeZone);
  const ctx: ReportContext = { store: kept, index, asOf, asOfDay: createCivilDayOf(timeZone)(asOf), timeZone };
  next('overview');
  const overview = overviewSection(ctx);
  next('lifecycle');
  const lifecycle = lifecycleSection(ctx);
  next('rfm');
  const rfm = rfmSection(ctx);
  next('tiers and loyalty');
  const { tiers, loyalty } = tiersAndLoyalty(ctx);
  next('clv');
  let clv: ClubReport['clv'] = null;
  let clvUnavailable: string | null = null;
  try {
    clv = clvSection(ctx);
  } catch (error) {
    // too little history to fit (e.g. no repeat buyer): the rest of the report stands
    if (!isMoshtariError(error)) throw error;
    clvUnavailable = `${error.code}: ${error.message}`;
  }
  next('cohorts');
  const cohorts = cohortSection(ctx);
  next('nps and sla');
  const nps = npsSection(ctx);
  const sla = slaSection(ctx);
  timings[STEPS[step - 1] as string] = Math.round(performance.now() - started) / 1000;
  options.onStep?.('done', STEPS.length, STEPS.length);

  let firstAt = Number.POSITIVE_INFINITY;
  let lastAt = Number.NEGATIVE_INFINITY;
  for (const t of kept.transactions) {
    if (t.at < firstAt) firstAt = t.at;
    if (t.at > lastAt) lastAt = t.at;
  }
  const label = (ms: number) => (Number.isFinite(ms) ? jalaliLabel(toJalali(ms, { timeZone })) : null);
  const problems = [...(options.problems ?? [])];
  const listed = problems.slice(0, 50).map((p) => ({
    file: p.file,
    line: p.line,
    message: p.column === undefined ? p.message : `${p.column}: ${p.message}`,
  }));
  const lateSurveys = store.surveys?.filter((x) => x.at > asOf).length ?? 0;
  const lateTickets = store.tickets?.filter((x) => x.openedAt > asOf).length ?? 0;
  for (const [file, count, what] of [
    ['tickets', lateTickets, 'ticket(s) opened'],
    ['surveys', lateSurveys, 'survey answer(s)'],
    ['transactions', late, 'transaction(s)'],
  ] as const)
    if (count > 0)
      listed.unshift({
        file,
        line: 0,
        message: `${count} ${what} after the report date ${label(asOf)} are not counted`,
      });
  return {
    meta: {
      source: options.source,
      asOf: label(asOf) as string,
      asOfIso: new Date(asOf).toISOString(),
      timeZone,
      firstTransaction: label(firstAt),
      lastTransaction: label(lastAt),
      rowsRead: options.rowsRead ?? store.customers.length + store.transactions.length,
      rowsRejected: problems.length,
      problems: listed,
      timings,
    },
    overview,
    lifecycle,
    rfm,
    tiers,
    loyalty,
    clvUnavailable,
    clv,
    cohorts,
    nps,
    sla,
  };
}
