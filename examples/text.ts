// moshtari/text: Persian text as it arrives from forms, POS systems and old databases. Fix Arabic
// letters, keep half-spaces, build search keys, convert digits, write amounts in words, count SMS parts.
import assert from 'node:assert/strict';
import { normalizePersian, numberToPersianWords, smsSegments, toLatinDigits, toPersianDigits } from 'moshtari/text';

// 1. Display mode: Arabic ي/ك/ى become Persian ی/ک, spaces are tidied, the ZWNJ of «می‌روم» stays.
assert.equal(normalizePersian('علي كريمى'), 'علی کریمی');
assert.equal(normalizePersian('  مي‌روم\u200C\u200C  ٤٥ '), 'می‌روم ۴۵');

// 2. Search mode: a match key (letter variants folded, ZWNJ → space, Latin digits, lower case).
const key = normalizePersian('أحمد  مي‌رود ۱۲ ABC', { mode: 'search' });
assert.equal(key, 'احمد می رود 12 abc');
assert.equal(normalizePersian('رضائي', { mode: 'search' }), normalizePersian('رضایی', { mode: 'search' }));

// 3. Digits both ways (Arabic-Indic ٤٥٦ too).
assert.equal(toLatinDigits('۰۹۱۲ ۱۲۳ ٤٥٦٧'), '0912 123 4567');
assert.equal(toPersianDigits(1234567891), '۱۲۳۴۵۶۷۸۹۱');

// 4. Amounts in words for cheques and invoices; ordinals for "the 30th".
const words = numberToPersianWords(1_200_000);
assert.equal(words, 'یک میلیون و دویست هزار');
assert.equal(numberToPersianWords(30, { ordinal: true }), 'سی‌ام');

// 5. SMS parts: one Persian character makes the whole text UCS-2 (70 per part, 67 when split).
const persian = smsSegments('ب'.repeat(100));
assert.deepEqual([persian.encoding, persian.units, persian.parts, persian.remainingInLastPart], ['UCS-2', 100, 2, 34]);
assert.deepEqual(persian.partUnits, [67, 33]);
const latin = smsSegments('x'.repeat(161));
assert.equal(latin.encoding, 'GSM-7');
assert.deepEqual(latin.partUnits, [153, 8]);
assert.equal(smsSegments('ب'.repeat(135), { maxParts: 2 }).exceedsMaxParts, true);

console.log(`search key: "${key}"`);
console.log(`1,200,000 in words: ${words}`);
console.log(`100 Persian letters: ${persian.encoding}, ${persian.parts} parts ${JSON.stringify(persian.partUnits)}`);
console.log(`161 Latin letters: ${latin.encoding}, ${latin.parts} parts ${JSON.stringify(latin.partUnits)}`);
