/**
 * Exact Rial/Toman money: JSON-safe amounts, parsing and formatting, explicit rounding, allocation.
 * Integer math in bigint; no floats anywhere.
 * @module money
 */
export type { RoundingMode } from '../core/index.js';
export type { AllocationRatio } from './allocate.js';
export { allocate, roundMoney } from './allocate.js';
export { applyRate, applyRateToAll, createRateApplier, percentage } from './applyRate.js';
export { addMoney, negateMoney, subtractMoney, sumMoney } from './arithmetic.js';
export { compareMoney, equalsMoney, isNegativeMoney, isZeroMoney } from './compare.js';
export type { MoneyErrorCode } from './errors.js';
export type { FormatMoneyOptions } from './formatMoney.js';
export { formatMoney } from './formatMoney.js';
export type { IntegerInput, Money } from './money.js';
export { money, moneyToBigInt, rial, toman } from './money.js';
export type { ParseMoneyError, ParseMoneyOptions } from './parseMoney.js';
export { parseMoney } from './parseMoney.js';
export type { Rate, Ratio } from './rate.js';
export type { MoneyInputSchemaOptions } from './schema.js';
export { moneyInputSchema, moneySchema } from './schema.js';
export type { MoneyUnit } from './units.js';
