// Internal: a program's redemption rules parsed (exchange ratio in Rial).
import { isRoundingMode, type RoundingMode } from '../core/index.js';
import { checkObject, checkPoints, fail, show } from './check.js';
import type { RedemptionRules } from './policyTypes.js';
import type { LoyaltyProgram } from './programTypes.js';
import { compareQ, decimalQ, integerString, ONE, type Q } from './rational.js';

/** Parsed redemption rules. */
export type CompiledRedemption = {
  readonly rules: RedemptionRules;
  /** `points` points are worth `rial` Rial. */
  readonly points: bigint;
  readonly rial: bigint;
  readonly rounding: RoundingMode;
  readonly share: Q;
};

/** Checks a rounding option, or throws INVALID_ARGUMENT naming `path`. */
export function roundingOption(value: RoundingMode | undefined, fallback: RoundingMode, path: string): RoundingMode {
  const r = value ?? fallback;
  if (!isRoundingMode(r)) fail('INVALID_ARGUMENT', path, `unknown rounding mode ${show(r)}`);
  return r;
}

/** The program's redemption rules, or INVALID_PROGRAM when it has none. */
export function compileRedemption(program: LoyaltyProgram): CompiledRedemption {
  checkObject(program, 'program', 'INVALID_PROGRAM');
  const rules = program.redemption;
  if (rules === undefined) fail('INVALID_PROGRAM', 'program.redemption', 'the program has no redemption rules');
  checkObject(rules, 'program.redemption', 'INVALID_PROGRAM');
  checkObject(rules.ratio, 'program.redemption.ratio', 'INVALID_PROGRAM');
  const points = BigInt(checkPoints(rules.ratio.points, 'program.redemption.ratio.points', 'INVALID_PROGRAM', true));
  const unit = program.unit === 'toman' ? 10n : 1n;
  const rial = integerString(rules.ratio.amount, 'program.redemption.ratio.amount', 'INVALID_PROGRAM') * unit;
  const rounding = rules.rounding ?? 'down';
  if (!isRoundingMode(rounding))
    fail('INVALID_PROGRAM', 'program.redemption.rounding', `unknown rounding mode ${show(rounding)}`);
  const share = decimalQ(rules.maxCartShare ?? '1', 'program.redemption.maxCartShare', 'INVALID_PROGRAM');
  if (compareQ(share, ONE) > 0)
    fail(
      'INVALID_PROGRAM',
      'program.redemption.maxCartShare',
      `expected a share in [0, 1], got ${show(rules.maxCartShare)}`,
    );
  for (const key of ['minimumPoints', 'step', 'maximumPoints'] as const) {
    if (rules[key] !== undefined)
      checkPoints(rules[key], `program.redemption.${key}`, 'INVALID_PROGRAM', key === 'step');
  }
  return { rules, points, rial, rounding, share };
}
