// moshtari/money: exact Rial/Toman amounts. Parse what a cashier typed, format it back, take VAT and
// cashback with an explicit rounding mode, and split a bill without losing a Rial.
import assert from 'node:assert/strict';
import { isMoshtariError } from 'moshtari/core';
import {
  addMoney,
  allocate,
  applyRate,
  formatMoney,
  parseMoney,
  percentage,
  rial,
  roundMoney,
  sumMoney,
  toman,
} from 'moshtari/money';

// 1. Parse user input: Persian digits, separators and a unit word. Amounts are stored in Rial.
const parsed = parseMoney('۱۲٬۵۰۰٬۰۰۰ تومان');
if (!parsed.ok) throw new Error(parsed.error.message);
const price = parsed.value;
assert.deepEqual(price, { amount: '125000000', currency: 'IRR' }); // 1 Toman = 10 Rial
assert.deepEqual(toman(12_500_000), price);

// Expected failures come back as a Result with a code, never as NaN.
const fractional = parseMoney('12.5'); // Rial has no fractions
assert.equal(fractional.ok ? undefined : fractional.error.code, 'FRACTIONAL_RIAL');

// 2. Format for a Persian receipt (Toman, Persian digits) or an English report (Rial).
const fa = formatMoney(price, { unit: 'toman' });
const en = formatMoney(price, { locale: 'en' });
assert.equal(fa, '۱۲٬۵۰۰٬۰۰۰ تومان');
assert.equal(en, '125,000,000 Rial');

// 3. Every lossy step names its rounding mode. VAT rounds half-up; cashback never credits too much.
const vat = percentage(price, '9', 'halfUp');
const cashback = applyRate(rial(1_000_001), '0.155', 'down'); // 155000.155 → 155000
assert.deepEqual(vat, rial(11_250_000));
assert.deepEqual(cashback, rial(155_000));
assert.deepEqual(roundMoney(rial(125), 10, 'down'), rial(120)); // to whole Toman

// 4. Split 100 Toman in three: the shares always add up to the total.
const shares = allocate(toman(100), [1, 1, 1]);
assert.deepEqual(
  shares.map((s) => s.amount),
  ['334', '333', '333'],
);
assert.deepEqual(sumMoney(shares), toman(100));
assert.deepEqual(addMoney(price, vat), rial(136_250_000));

// 5. Broken invariants (a float amount) throw one MoshtariError with a code and a path.
assert.throws(
  () => rial(12.5),
  (error) => isMoshtariError(error) && error.code === 'INVALID_AMOUNT' && error.path === 'amount',
);

console.log(`price ${fa} = ${en}`);
console.log(
  `VAT 9 %: ${formatMoney(vat, { unit: 'toman' })}, cashback 15.5 % of 1,000,001 Rial: ${cashback.amount} Rial`,
);
console.log(`100 Toman in three: ${shares.map((s) => formatMoney(s, { locale: 'en' })).join(' + ')}`);
