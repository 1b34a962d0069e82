// moshtari/core: the pieces every module shares. Expected failures are `Result` values with a
// `code`; broken invariants throw one `MoshtariError` with a `code` and a `path`.
import assert from 'node:assert/strict';
import {
  type Brand,
  err,
  isMoshtariError,
  isRoundingMode,
  MoshtariError,
  ok,
  type Result,
  ROUNDING_MODES,
} from 'moshtari/core';
import { parseNationalCode } from 'moshtari/iran';
import { applyRate, rial } from 'moshtari/money';

// Your own validators can follow the same shape: a branded value on success, a coded error otherwise.
type OrderId = Brand<string, 'OrderId'>;
type OrderIdError = { readonly code: 'EMPTY' | 'FORMAT'; readonly message: string };

function parseOrderId(input: string): Result<OrderId, OrderIdError> {
  const trimmed = input.trim();
  if (trimmed === '') return err({ code: 'EMPTY', message: 'order id: input is empty' });
  if (!/^ORD-\d+$/.test(trimmed)) return err({ code: 'FORMAT', message: `order id: "${trimmed}" is not ORD-<digits>` });
  return ok(trimmed as OrderId);
}

const good = parseOrderId(' ORD-1042 ');
const bad = parseOrderId('1042');
assert.deepEqual(good, { ok: true, value: 'ORD-1042' });
assert.equal(bad.ok ? undefined : bad.error.code, 'FORMAT');

// The library's parsers return the same Result shape.
const code = parseNationalCode('۰۴۹۹۳۷۰۸۹۹');
assert.deepEqual(code, { ok: true, value: '0499370899' });
const typo = parseNationalCode('1234567890');
assert.equal(typo.ok ? undefined : typo.error.code, 'CHECKSUM');

// Programmer errors throw MoshtariError; isMoshtariError also works across bundle copies.
let caught: unknown;
try {
  applyRate(rial(1000), '0.1', 'nearest' as never); // not a rounding mode
} catch (error) {
  caught = error;
}
if (!isMoshtariError(caught)) throw new Error('expected a MoshtariError');
assert.equal(caught.code, 'INVALID_ROUNDING');
assert.ok(caught instanceof MoshtariError);

// Nine rounding modes; pick one explicitly wherever a value is lost.
assert.equal(ROUNDING_MODES.length, 9);
assert.ok(isRoundingMode('halfEven'));
assert.ok(!isRoundingMode('nearest'));
assert.deepEqual(applyRate(rial(1005), '0.1', 'halfEven'), rial(100)); // 100.5 → 100 (ties to even)
assert.deepEqual(applyRate(rial(1005), '0.1', 'halfUp'), rial(101));

console.log('parseOrderId(" ORD-1042 ") →', good);
console.log('parseNationalCode("1234567890") →', typo.ok ? typo.value : typo.error.code);
console.log(`applyRate with an unknown mode threw ${caught.name} ${caught.code} at "${caught.path}"`);
console.log('rounding modes:', ROUNDING_MODES.join(', '));
