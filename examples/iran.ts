// moshtari/iran: the identifiers on an Iranian customer record. Each has isValidX (boolean), parseX
// (a Result with the normalised value or a coded error) and a zod schema for forms.
import assert from 'node:assert/strict';
import {
  isValidNationalCode,
  mobileSchema,
  nationalCodeSchema,
  parseCardNumber,
  parseLegalNationalId,
  parseMobile,
  parseNationalCode,
  parsePostalCode,
  parseSheba,
} from 'moshtari/iran';

// National code (کد ملی): Persian digits and dashes are fine; leading zeros are restored.
assert.deepEqual(parseNationalCode('۰۴۹۹-۳۷۰-۸۹۹'), { ok: true, value: '0499370899' });
assert.deepEqual(parseNationalCode('68415941'), { ok: true, value: '0068415941' });
const repeated = parseNationalCode('1111111111'); // passes the checksum, never issued
assert.equal(repeated.ok ? undefined : repeated.error.code, 'REPEATED_DIGITS');
const typed = parseNationalCode('04993a0899');
assert.ok(!typed.ok && typed.error.code === 'FORMAT' && typed.error.position === 5);
assert.equal(isValidNationalCode('1234567890'), false);

// Legal-entity national ID (شناسه ملی) of an organization.
assert.deepEqual(parseLegalNationalId('103-8028-4790'), { ok: true, value: '10380284790' });

// Mobile: any format in, E.164 out, with the operator as a hint; landlines are refused.
const mobile = parseMobile('+98 (912) 345-6789');
assert.deepEqual(mobile, { ok: true, value: { e164: '+989123456789', national: '09123456789', operator: 'MCI' } });
const landline = parseMobile('021-88776655');
assert.equal(landline.ok ? undefined : landline.error.code, 'NOT_MOBILE');

// Postal code: no checksum, but Iran Post's digit rules.
assert.deepEqual(parsePostalCode('۱۳۴۵۱-۶۷۸۹۱'), { ok: true, value: '1345167891' });

// Sheba (IBAN) and bank cards: the bank at issue time and the bank today are kept apart.
const sheba = parseSheba('IR82 0540 1026 8002 0817 9090 02');
if (!sheba.ok) throw new Error(sheba.error.message);
assert.equal(sheba.value.account?.formatted, '002-00817909-002'); // Parsian account number
const card = parseCardNumber('6362-1412-3456-7890');
if (!card.ok) throw new Error(card.error.message);
const banks = [card.value.issuer?.nameFa, card.value.currentBank?.nameFa];
assert.deepEqual(banks, ['بانک آینده', 'بانک ملی ایران']); // Ayandeh merged into Melli in 2025
const luhn = parseCardNumber('6219861034529008');
assert.equal(luhn.ok ? undefined : luhn.error.code, 'CHECKSUM');

// zod schemas for forms: Persian messages by default, English on request.
const message = nationalCodeSchema().safeParse('1234567890').error?.issues[0]?.message;
assert.equal(message, 'کد ملی معتبر نیست (رقم کنترل نادرست است)');
assert.equal(nationalCodeSchema({ locale: 'en' }).parse('68415941'), '0068415941');
assert.equal(mobileSchema().parse('۰۹۱۲ ۳۴۵ ۶۷۸۹'), '+989123456789');

console.log(`mobile: ${mobile.ok ? `${mobile.value.e164} (${mobile.value.operator})` : ''}`);
console.log(`sheba ${sheba.value.sheba}: bank ${sheba.value.issuer?.id}, account ${sheba.value.account?.formatted}`);
console.log(`card issued by ${banks[0]}, served today by ${banks[1]}`);
console.log(`form message for a mistyped national code: ${message}`);
