import { MoshtariError } from '../core/index.js';
import { betaGeoAlive, betaGeoConditional } from './betaGeoPredictCore.js';
import type { ClvCustomer, ClvPrediction, ClvTimeUnit, PredictClvOptions, TransactionModel } from './clvTypes.js';
import { checkParams } from './fitting.js';
import { gammaGammaExpectedSpend } from './gammaGammaPredict.js';
import { paretoAlive, paretoConditional } from './paretoNbdPredict.js';
import { checkArgument, checkRfm } from './rows.js';
import type { BtydCustomer } from './types.js';

const PER_MONTH = { day: 30, week: 4.345, month: 1, hour: 720 } as const;

function periodsPerMonth(unit: ClvTimeUnit): number {
  if (typeof unit === 'string' && Object.hasOwn(PER_MONTH, unit)) return PER_MONTH[unit];
  if (typeof unit === 'object' && unit !== null && unit.periodsPerMonth > 0 && Number.isFinite(unit.periodsPerMonth)) {
    return unit.periodsPerMonth;
  }
  throw new MoshtariError(
    'INVALID_ARGUMENT',
    `options.timeUnit: expected day, week, month, hour or { periodsPerMonth > 0 }`,
    {
      path: 'options.timeUnit',
    },
  );
}

/** Per-customer (E[Y(t)], P(alive)) evaluators for a model whose parameters were validated. */
function evaluators(model: TransactionModel): {
  readonly expected: (c: BtydCustomer, t: number) => number;
  readonly alive: (c: BtydCustomer) => number;
} {
  const kind = model?.kind;
  if (kind === 'bgNbd' || kind === 'mbgNbd') {
    const v = kind === 'bgNbd' ? 'bg' : 'mbg';
    checkParams(model.params, ['r', 'alpha', 'a', 'b'], 'options.model.params');
    return {
      expected: (c, t) => betaGeoConditional(v, model.params, c.frequency, c.recency, c.T, t),
      alive: (c) => betaGeoAlive(v, model.params, c.frequency, c.recency, c.T),
    };
  }
  if (kind === 'paretoNbd') {
    checkParams(model.params, ['r', 'alpha', 's', 'beta'], 'options.model.params');
    return {
      expected: (c, t) => (t === 0 ? 0 : paretoConditional(model.params, c.frequency, c.recency, c.T, t)),
      alive: (c) => paretoAlive(model.params, c.frequency, c.recency, c.T),
    };
  }
  throw new MoshtariError('INVALID_ARGUMENT', 'options.model.kind: expected bgNbd, mbgNbd or paretoNbd', {
    path: 'options.model.kind',
  });
}

/**
 * Predicts each customer's residual lifetime value with lifetimes' discounted-CLV convention
 * (`customer_lifetime_value`, clv.md §1.7): month k's incremental expected purchases times the
 * Gamma-Gamma expected spend, discounted at the end of month k,
 * CLV = Σ_{k=1}^{H} m̂·[E[Y(k·f)] − E[Y((k−1)·f)]]/(1+d)^k, f = periods per month of `timeUnit`.
 * The value is what is expected *after* T (not whole-life value), as a float in the currency unit of
 * `monetary`; convert with {@link clvToMoney} for an exact amount.
 *
 * @param customers - history (frequency, recency, T in the model's unit) and mean repeat spend
 * @param options - model, spend parameters, time unit (required), horizon, monthly discount rate
 * @returns one prediction per customer, in input order
 * @throws {MoshtariError} INVALID_ROW naming the customer, INVALID_PARAMETERS, INVALID_ARGUMENT
 * @example
 * ```ts
 * predictClv([{ customerId: '1', frequency: 2, recency: 30.43, T: 38.86, monetary: 22.35 }], {
 *   model: fitBgNbd(rows), spend: fitGammaGamma(rows).params, timeUnit: 'week',
 * })[0].clv; // ≈ 36.28 (US dollars, next 12 months)
 * ```
 * @category CLV
 */
export function predictClv(customers: readonly ClvCustomer[], options: PredictClvOptions): readonly ClvPrediction[] {
  if (!Array.isArray(customers)) {
    throw new MoshtariError('INVALID_ARGUMENT', 'customers: expected an array', { path: 'customers' });
  }
  const f = periodsPerMonth(options?.timeUnit);
  const horizon = options.horizonMonths ?? 12;
  if (!Number.isInteger(horizon) || horizon < 1) {
    throw new MoshtariError('INVALID_ARGUMENT', `options.horizonMonths: expected an integer ≥ 1, got ${horizon}`, {
      path: 'options.horizonMonths',
    });
  }
  const d = checkArgument(options.monthlyDiscountRate ?? 0.01, 'options.monthlyDiscountRate');
  const { expected, alive } = evaluators(options.model);
  checkParams(options.spend, ['p', 'q', 'gamma'], 'options.spend');
  return customers.map((c, i) => {
    checkRfm(c, `customers[${i}]`);
    const spend = gammaGammaExpectedSpend(options.spend, { frequency: c.frequency, monetary: c.monetary });
    let clv = 0;
    let previous = 0;
    for (let k = 1; k <= horizon; k++) {
      const current = expected(c, k * f);
      clv += (spend * (current - previous)) / (1 + d) ** k;
      previous = current;
    }
    const base = { clv, expectedPurchases: previous, probabilityAlive: alive(c), expectedSpend: spend };
    return c.customerId === undefined ? base : { customerId: c.customerId, ...base };
  });
}
