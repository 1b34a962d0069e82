// The club's rules as sentences: the lifecycle thresholds, the tier entry rules and the loyalty
// program, written from the report's structured values in each report language.
import type { ClubReport } from '../report/types.js';
import type { RenderContext } from './context.js';
import { escapeHtml } from './escape.js';
import type { ReportFormatter } from './format.js';
import { raw } from './html.js';

type TierEntry = ClubReport['tiers']['ladder'][number]['entry'];
type Threshold = NonNullable<TierEntry>['thresholds'][number];

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** A share as a percent without a trailing `.0` (`20%` / `۲۰٪`). */
function roundPercent(f: ReportFormatter, share: number): string {
  return f.percent(share).replace(/[.٫][0۰](?=[%٪])/, '');
}

/**
 * The lifecycle policy as one sentence (plain text, still to be HTML-escaped); the stage names
 * are those of the lifecycle bars.
 *
 * @param policy - the thresholds of the report
 * @param ctx - language context
 * @returns the sentence
 * @example
 * ```ts
 * lifecyclePolicyText({ atRiskAfterDays: 90, churnedAfterDays: 365, loyalMinPurchases: 4, loyalWindowDays: 365 }, createRenderContext('en'));
 * // 'At risk after 90 days without a purchase, churned after 365 days; loyal: 4 or more purchases in the last 365 days; a club member with no purchase is a prospect.'
 * ```
 * @category CLI
 */
export function lifecyclePolicyText(policy: ClubReport['lifecycle']['policy'], ctx: RenderContext): string {
  const { f } = ctx;
  const {
    atRiskAfterDays: atRisk,
    churnedAfterDays: churned,
    loyalMinPurchases: min,
    loyalWindowDays: window,
  } = policy;
  if (ctx.lang === 'fa') {
    const k = (stage: string) => ctx.k('lifecycle', stage);
    return (
      `${k('atRisk')} پس از ${f.integer(atRisk)} روز بدون خرید و ${k('churned')} پس از ${f.integer(churned)} روز؛ ` +
      `${k('loyal')}: ${f.integer(min)} خرید یا بیشتر در ${f.integer(window)} روز گذشته؛ ` +
      `عضو باشگاه بدون خرید: ${k('prospect')}.`
    );
  }
  const days = (n: number) => `${f.integer(n)} ${plural(n, 'day', 'days')}`;
  return (
    `At risk after ${days(atRisk)} without a purchase, churned after ${days(churned)}; ` +
    `loyal: ${f.integer(min)} or more purchases in the last ${days(window)}; ` +
    'a club member with no purchase is a prospect.'
  );
}

/** A count written in the language's digits, or `undefined` when the value is not a plain number. */
function countText(f: ReportFormatter, value: string): string | undefined {
  const m = /^\d+(?:\.(\d+))?$/.exec(value);
  const n = Number(value);
  if (m === null || !(n <= Number.MAX_SAFE_INTEGER)) return undefined;
  return f.decimal(n, m[1]?.length ?? 0);
}

/** One threshold as escaped HTML; a metric or value the report does not know, verbatim in a `<bdi>`. */
function thresholdHtml({ metric, value }: Threshold, ctx: RenderContext): string {
  const { f } = ctx;
  const fa = ctx.lang === 'fa';
  if (metric === 'spendRial' && /^\d+$/.test(value)) {
    return escapeHtml(fa ? `خرید دست‌کم ${f.money(value)}` : `spend ≥ ${f.money(value)}`);
  }
  const count = countText(f, value);
  const words: Readonly<Record<string, readonly [one: string, many: string, fa: string]>> = {
    purchases: ['purchase', 'purchases', 'خرید'],
    qualifyingPoints: ['qualifying point', 'qualifying points', 'امتیاز ارتقای سطح'],
    visits: ['visit', 'visits', 'مراجعه'],
  };
  const word = words[metric];
  if (word === undefined || count === undefined) return raw(`${metric} ≥ ${value}`, true);
  return escapeHtml(`${count} ${fa ? word[2] : plural(Number(value), word[0], word[1])}`);
}

/**
 * A tier's entry rule as HTML: its thresholds joined with «یا» / "or" (`any`) or «و» / "and"
 * (`all`), over the Jalali calendar year; `null` is the base tier. Spend thresholds (Rial) are
 * shown in toman.
 *
 * @param entry - the entry rule of a ladder step
 * @param ctx - language context
 * @returns HTML
 * @example
 * ```ts
 * tierEntryHtml({ mode: 'any', thresholds: [{ metric: 'spendRial', value: '100000000' }, { metric: 'purchases', value: '8' }] }, createRenderContext('en'));
 * // 'spend ≥ 10,000,000 Toman or 8 purchases in the Jalali year'
 * ```
 * @category CLI
 */
export function tierEntryHtml(entry: TierEntry, ctx: RenderContext): string {
  const fa = ctx.lang === 'fa';
  if (entry === null) return escapeHtml(fa ? 'سطح پایه' : 'base tier');
  const parts = entry.thresholds.map((th) => thresholdHtml(th, ctx));
  if (parts.length === 0) return '—';
  const last = parts.pop() as string;
  const conjunction = entry.mode === 'all' ? (fa ? 'و' : 'and') : fa ? 'یا' : 'or';
  const joined = parts.length === 0 ? last : `${parts.join(fa ? '، ' : ', ')} ${conjunction} ${last}`;
  return `${joined} ${escapeHtml(fa ? 'در سال شمسی' : 'in the Jalali year')}`;
}

/**
 * The loyalty program as one sentence (plain text, still to be HTML-escaped): spend per point,
 * rounding and tier multiplier, the value of a point, the largest share of a purchase points may
 * pay, and the expiry at the end of the Jalali year.
 *
 * @param program - the program of the report
 * @param ctx - language context
 * @returns the sentence
 * @example
 * ```ts
 * loyaltyProgramText({ spendPerPoint: '100000', pointValue: '5000', maxCartShare: 0.2, expiry: 'endOfJalaliYear' }, createRenderContext('en'));
 * // 'Every 10,000 Toman of purchases earns 1 point (rounded down, then multiplied by the earn multiplier of the member’s tier); …'
 * ```
 * @category CLI
 */
export function loyaltyProgramText(program: ClubReport['loyalty']['program'], ctx: RenderContext): string {
  const { f } = ctx;
  const spend = f.money(program.spendPerPoint);
  const value = f.money(program.pointValue);
  const share = roundPercent(f, program.maxCartShare);
  const one = f.integer(1);
  if (ctx.lang === 'fa') {
    return (
      `به ازای هر ${spend} خرید، ${one} امتیاز داده می‌شود (گرد به پایین و ضرب در ضریب کسب امتیاز سطح عضو)؛ ` +
      `هر امتیاز هنگام خرج کردن ${value} ارزش دارد و با امتیاز حداکثر ${share} مبلغ هر خرید را می‌توان پرداخت؛ ` +
      'امتیازهای هر سال شمسی در پایان اسفند همان سال منقضی می‌شوند.'
    );
  }
  return (
    `Every ${spend} of purchases earns ${one} point (rounded down, then multiplied by the earn multiplier of the member’s tier); ` +
    `${one} point is worth ${value} when redeemed, and points can pay at most ${share} of a purchase; ` +
    'points expire at the end of the Jalali year they were earned in (end of Esfand).'
  );
}
