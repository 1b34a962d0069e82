import { fail } from './check.js';
import { type CompiledEarn, compileEarn } from './earnProgram.js';
import type { LoyaltyProgram } from './programTypes.js';

/**
 * A loyalty program parsed once, for many {@link calculateEarn} or {@link calculateBonus} calls:
 * made by {@link prepareLoyaltyProgram}. It holds the program and its parsed earn rules; pass it
 * wherever a program is accepted. Opaque: build it only with `prepareLoyaltyProgram`.
 *
 * @example
 * ```ts
 * const prepared: PreparedLoyaltyProgram = prepareLoyaltyProgram({ earn: { rate: { amount: '100000', points: '1' } } });
 * prepared.program.earn.rate.amount; // '100000'
 * ```
 * @category Loyalty
 */
export type PreparedLoyaltyProgram = {
  /** Always `'preparedLoyaltyProgram'`. */
  readonly kind: 'preparedLoyaltyProgram';
  /** The program it was prepared from (treat it as immutable: prepare again after a change). */
  readonly program: LoyaltyProgram;
};

/** Internal shape of a prepared program. */
type Prepared = PreparedLoyaltyProgram & { readonly compiled: CompiledEarn };

/**
 * Parses a program's earn rules once (rates to exact rationals, promotion windows to day numbers),
 * so that earning over many purchases parses nothing twice. Pure: the result is an ordinary value
 * owned by the caller — there is no cache inside the library. It also remembers the few tier
 * multipliers it has seen, so reuse one prepared program rather than preparing per call.
 *
 * @param program - the program (validate untrusted JSON with `loyaltyProgramSchema()`); a prepared one is returned as is
 * @returns the prepared program, accepted by `calculateEarn` and `calculateBonus`
 * @throws {MoshtariError} INVALID_PROGRAM for a malformed earn rule (path `program.earn…`)
 * @example
 * ```ts
 * const prepared = prepareLoyaltyProgram({ unit: 'toman', earn: { rate: { amount: '10000', points: '1' } } });
 * const purchases = [257_000, 99_000].map((t, i) => ({ id: `P-${i}`, at: 0, lines: [{ lineId: '1', amount: toman(t) }] }));
 * purchases.map((p) => calculateEarn(prepared, p).points); // [25, 9]
 * ```
 * @category Loyalty
 */
export function prepareLoyaltyProgram(program: LoyaltyProgram | PreparedLoyaltyProgram): PreparedLoyaltyProgram {
  if (isPrepared(program)) return program;
  const prepared: Prepared = { kind: 'preparedLoyaltyProgram', program, compiled: compileEarn(program) };
  return Object.freeze(prepared);
}

function isPrepared(value: unknown): value is PreparedLoyaltyProgram {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'preparedLoyaltyProgram';
}

/** Internal: the program and its parsed earn rules, from a program or a prepared program. */
export function programParts(program: LoyaltyProgram | PreparedLoyaltyProgram): {
  readonly program: LoyaltyProgram;
  readonly compiled: CompiledEarn;
} {
  if (!isPrepared(program)) return { program, compiled: compileEarn(program) };
  const { compiled } = program as Partial<Prepared>;
  if (typeof compiled !== 'object' || compiled === null)
    fail('INVALID_PROGRAM', 'program', 'a prepared program must come from prepareLoyaltyProgram');
  return { program: program.program, compiled };
}
