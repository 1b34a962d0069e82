import { MoshtariError } from '../core/index.js';
import { isoFromEpochDay, parseCivilDay } from './civilDate.js';
import type { ClvTransaction, CustomerSummaryOptions, CustomerSummaryRow, SummaryTimeUnit } from './summaryTypes.js';

/** Days per unit; throws INVALID_ARGUMENT. */
export function daysPerUnit(unit: SummaryTimeUnit): number {
  if (unit === 'day') return 1;
  if (unit === 'week') return 7;
  if (typeof unit === 'object' && unit !== null && Number.isFinite(unit.days) && unit.days > 0) return unit.days;
  throw new MoshtariError('INVALID_ARGUMENT', `options.timeUnit: expected 'day', 'week' or { days > 0 }`, {
    path: 'options.timeUnit',
  });
}

/** Validated epoch days of the options. */
export function summaryBounds(options: CustomerSummaryOptions): { readonly end: number; readonly cal: number } {
  const end = parseCivilDay(options?.observationEnd, 'options.observationEnd');
  const cal =
    options.calibrationEnd === undefined ? end : parseCivilDay(options.calibrationEnd, 'options.calibrationEnd');
  if (cal > end) {
    throw new MoshtariError('INVALID_DATE', 'options.calibrationEnd: must not be after options.observationEnd', {
      path: 'options.calibrationEnd',
    });
  }
  return { end, cal };
}

/**
 * Builds the per-customer summary (x, t_x, T, mean repeat spend, optional holdout counts) from a
 * transaction log, by day: several transactions on one day are one purchase (amounts summed), the
 * first day is the birth and not a repeat. Customers whose first purchase is after the calibration
 * end are left out. Rows come sorted by `customerId` (UTF-16 code-unit order).
 *
 * @param transactions - the event log (any order)
 * @param options - observation end, time unit, optional calibration end
 * @returns one row per customer
 * @throws {MoshtariError} INVALID_ROW naming the transaction (empty id, bad date, NaN amount);
 *   INVALID_DATE / INVALID_ARGUMENT for bad options
 * @example
 * ```ts
 * customerSummary(
 *   [{ customerId: 'a', date: '2024-01-01', amount: 10 }, { customerId: 'a', date: '2024-01-08', amount: 30 }],
 *   { observationEnd: '2024-01-15', timeUnit: 'week' },
 * ); // [{ customerId: 'a', frequency: 1, recency: 1, T: 2, monetary: 30, firstPurchaseDate: '2024-01-01' }]
 * ```
 * @category CLV
 */
export function customerSummary(
  transactions: readonly ClvTransaction[],
  options: CustomerSummaryOptions,
): readonly CustomerSummaryRow[] {
  if (!Array.isArray(transactions)) {
    throw new MoshtariError('INVALID_ARGUMENT', 'transactions: expected an array', { path: 'transactions' });
  }
  const { end, cal } = summaryBounds(options);
  const unit = daysPerUnit(options.timeUnit);
  const byCustomer = new Map<string, Map<number, number>>();
  const parsed = new Map<string, number>();
  transactions.forEach((tx, i) => {
    const path = `transactions[${i}]`;
    const id = tx?.customerId;
    if (typeof id !== 'string' || id.length === 0) {
      throw new MoshtariError('INVALID_ROW', `${path}.customerId: expected a non-empty string`, {
        path: `${path}.customerId`,
      });
    }
    // logs repeat dates: parse each distinct date string once
    let day = typeof tx.date === 'string' ? parsed.get(tx.date) : undefined;
    if (day === undefined) {
      day = parseCivilDay(tx.date, `${path}.date`, 'INVALID_ROW');
      if (typeof tx.date === 'string') parsed.set(tx.date, day);
    }
    const amount = tx.amount ?? 0;
    if (typeof amount !== 'number' || !Number.isFinite(amount)) {
      throw new MoshtariError('INVALID_ROW', `${path}.amount: expected a finite number, got ${String(amount)}`, {
        path: `${path}.amount`,
      });
    }
    if (day > end) return;
    let days = byCustomer.get(id);
    if (days === undefined) {
      days = new Map();
      byCustomer.set(id, days);
    }
    days.set(day, (days.get(day) ?? 0) + amount);
  });
  const rows: CustomerSummaryRow[] = [];
  const holdout = options.calibrationEnd !== undefined;
  for (const id of [...byCustomer.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const days = [...(byCustomer.get(id) as Map<number, number>)].sort((a, b) => a[0] - b[0]);
    const first = (days[0] as [number, number])[0];
    if (first > cal) continue;
    let x = 0;
    let last = first;
    let spend = 0;
    let xStar = 0;
    let spendStar = 0;
    for (const [day, amount] of days) {
      if (day === first) continue;
      if (day <= cal) {
        x++;
        last = day;
        spend += amount;
      } else {
        xStar++;
        spendStar += amount;
      }
    }
    const row = {
      customerId: id,
      frequency: x,
      recency: (last - first) / unit,
      T: (cal - first) / unit,
      monetary: x === 0 ? 0 : spend / x,
      firstPurchaseDate: isoFromEpochDay(first),
    };
    rows.push(
      holdout
        ? {
            ...row,
            frequencyHoldout: xStar,
            monetaryHoldout: xStar === 0 ? 0 : spendStar / xStar,
            durationHoldout: (end - cal) / unit,
          }
        : row,
    );
  }
  return rows;
}
