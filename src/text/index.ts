/**
 * Persian text: normalization for display and search, Persian/Latin digits, numbers in Persian
 * words and SMS segment counting.
 * @module text
 */
export { toLatinDigits, toPersianDigits } from './convertDigits.js';
export type { TextErrorCode } from './errors.js';
export type { NormalizePersianOptions } from './normalizePersian.js';
export { normalizePersian } from './normalizePersian.js';
export type { NumberToPersianWordsOptions } from './numberToPersianWords.js';
export { numberToPersianWords } from './numberToPersianWords.js';
export type { SmsEncoding, SmsSegments, SmsSegmentsOptions } from './smsSegments.js';
export { smsSegments } from './smsSegments.js';
