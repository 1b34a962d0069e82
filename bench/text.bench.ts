// Text module: normalization (search key) vs persian-tools, number to words vs persian-tools, and SMS
// segment counting vs a naive length formula. Every task processes the same 10k-item corpus per call.
import { autoConvertDigitsToEN, normalizeText, numberToWords, toPersianChars } from '@persian-tools/persian-tools';
import { normalizePersian, numberToPersianWords, smsSegments } from '../src/text/index.js';
import { compare, type SuiteResult } from './harness.js';

const N = 10_000;

// Pieces of real-looking CRM text: Arabic-typed letters, three digit systems, ZWNJ, diacritics,
// tatweel, invisible junk, odd spaces, Latin and emoji.
const PIECES = [
  'علي',
  'كريمى',
  'محمدرضا',
  'می‌روم',
  'خانه‌ها',
  'مُحَمَّد',
  'کـــتاب',
  'مسئول',
  'آقای',
  'أحمد',
  'مدرسة',
  '۰۹۱۲۱۲۳۴۵۶۷',
  '٤٥٦٧',
  '1403/05/12',
  'Order #A-77',
  'Tehran',
  '\u200B',
  '\u200F',
  '\u00A0',
  '\t',
  '\r\n',
  '😀',
  '،',
  '؟',
];

export default async function textBench(): Promise<SuiteResult[]> {
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const corpus = Array.from({ length: N }, () => {
    const words = Array.from({ length: 3 + (next() % 12) }, () => PIECES[next() % PIECES.length] ?? '');
    return words.join(' ');
  });
  const numbers = Array.from({ length: N }, () => (next() % 1_000_000) * 1_000_000 + (next() % 1_000_000));
  const messages = corpus.map((s, i) => (i % 3 === 0 ? s.replace(/[^\x20-\x7e]/g, 'x') : s).repeat(1 + (i % 4)));

  const normalize = await compare({
    module: 'text',
    title: 'normalize 10k mixed Persian/Arabic strings to a search key',
    subject: 'moshtari normalizePersian (search)',
    time: 300,
    iterations: 5,
    tasks: {
      'moshtari normalizePersian (search)': () => corpus.map((s) => normalizePersian(s, { mode: 'search' })),
      'moshtari normalizePersian (display)': () => corpus.map((s) => normalizePersian(s)),
      'persian-tools toPersianChars + autoConvertDigitsToEN': () =>
        corpus.map((s) => autoConvertDigitsToEN(toPersianChars(s))),
      'persian-tools normalizeText': () => corpus.map((s) => normalizeText(s)),
    },
  });

  const words = await compare({
    module: 'text',
    title: 'write 10k integers below 10^12 in Persian words',
    subject: 'moshtari numberToPersianWords',
    time: 300,
    iterations: 5,
    tasks: {
      'moshtari numberToPersianWords': () => numbers.map((n) => numberToPersianWords(n)),
      'persian-tools numberToWords': () => numbers.map((n) => numberToWords(n)),
    },
  });

  const sms = await compare({
    module: 'text',
    title: 'count SMS segments of 10k messages (1/3 GSM-7, 2/3 UCS-2)',
    subject: 'moshtari smsSegments',
    time: 300,
    iterations: 5,
    tasks: {
      'moshtari smsSegments': () => messages.map((m) => smsSegments(m)),
      'naive length formula (no escapes, pairs split)': () =>
        messages.map((m) => {
          const gsm = /^[\x20-\x7e\n\r]*$/.test(m);
          const single = gsm ? 160 : 70;
          return m.length <= single ? 1 : Math.ceil(m.length / (gsm ? 153 : 67));
        }),
    },
  });
  return [normalize, words, sms];
}
