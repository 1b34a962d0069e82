import { MoshtariError } from '../core/index.js';
import { checkOption, describeValue } from './checkOption.js';
import type { TextErrorCode } from './errors.js';

/**
 * The SMS data coding used for a message: the GSM 7-bit default alphabet or UCS-2 (UTF-16 units).
 *
 * @example
 * ```ts
 * const encoding: SmsEncoding = smsSegments('Salam').encoding; // 'GSM-7'
 * ```
 * @category Text
 */
export type SmsEncoding = 'GSM-7' | 'UCS-2';

/**
 * Options of {@link smsSegments}.
 *
 * @example
 * ```ts
 * smsSegments('سلام\r\nخوبی؟', { lineBreaks: 'asIs', maxParts: 10 }).units; // 11
 * ```
 * @category Text
 */
export interface SmsSegmentsOptions {
  /**
   * `'lf'` (default): count every CRLF as one LF, as panels that count Enter as 2 characters should;
   * `'asIs'`: count the text exactly as given (CR and LF are one GSM-7/UCS-2 unit each).
   */
  readonly lineBreaks?: 'lf' | 'asIs';
  /** A gateway's cap on concatenated parts (many cap at 10); sets `exceedsMaxParts`. A positive integer. */
  readonly maxParts?: number;
}

/**
 * How a text is split into SMS parts (crm.md §9). Units are septets for GSM-7 and UTF-16 code units
 * for UCS-2.
 *
 * @example
 * ```ts
 * const { parts, remainingInLastPart } = smsSegments('ب'.repeat(100));
 * // parts 2 (67 + 33 units), remainingInLastPart 34
 * ```
 * @category Text
 */
export type SmsSegments = {
  /** `'GSM-7'` when every character is in the GSM 03.38 basic or extension table, else `'UCS-2'`. */
  readonly encoding: SmsEncoding;
  /** Total units: GSM-7 basic characters 1, extension characters 2; UCS-2: UTF-16 code units (emoji 2). */
  readonly units: number;
  /** Number of SMS parts billed (`partUnits.length`): 0 for empty text, 1 up to 160 (GSM-7) / 70 (UCS-2) units. */
  readonly parts: number;
  /** Capacity of one part in this layout: 160/70 for a single part (or none), 153/67 when concatenated. */
  readonly unitsPerPart: number;
  /** Units actually packed into each part, in order; sums to `units`, each at most `unitsPerPart`. */
  readonly partUnits: readonly number[];
  /** Free units in the last part (`unitsPerPart` when empty); one more unit than this adds a part. */
  readonly remainingInLastPart: number;
  /** Present only when `maxParts` was given: `true` when `parts > maxParts`. */
  readonly exceedsMaxParts?: boolean;
};

// 3GPP TS 23.038 §6.2.1 default alphabet: printable ASCII except '`', plus LF and CR, plus these
// (0x1B is the escape). The extension table (form feed ^ { } \ [ ~ ] | €) costs 2 septets.
const GSM7_NON_ASCII = '£¥èéùìòÇØøÅåΔΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà';
const CRLF = /\r\n/g;

const GSM7_SINGLE = 160;
const GSM7_MULTI = 153;
const UCS2_SINGLE = 70;
const UCS2_MULTI = 67;

/**
 * Counts SMS units and parts for a text the way gateways bill it (3GPP TS 23.038 / 23.040, crm.md §9).
 * One character outside GSM-7 (any Persian letter or digit, ZWNJ, emoji) switches the whole message
 * to UCS-2. A single part holds 160 GSM-7 / 70 UCS-2 units; longer texts are packed greedily into parts
 * of 153 / 67 units (6-octet concatenation header) without splitting a GSM escape pair or a UTF-16
 * surrogate pair, so a part may hold one unit less (`'ab' + 35 × 😀` → 66 + 6). Empty text is 0 parts.
 *
 * @param text - the message text (not normalized; call {@link normalizePersian} first if you want that)
 * @param options - line-break handling and an optional part cap
 * @returns encoding, units, parts, capacity per part, units per part and room left in the last part
 * @throws {MoshtariError} INVALID_ARGUMENT when `text` is not a string, `lineBreaks` is unknown or
 *   `maxParts` is not a positive integer
 * @example
 * ```ts
 * smsSegments('سلام'); // { encoding: 'UCS-2', units: 4, parts: 1, unitsPerPart: 70, partUnits: [4], remainingInLastPart: 66 }
 * smsSegments('x'.repeat(161)).partUnits; // [153, 8]
 * smsSegments('€'.repeat(80)).units; // 160 (one part)
 * smsSegments('ب'.repeat(135), { maxParts: 2 }).exceedsMaxParts; // true (3 parts)
 * ```
 * @category Text
 */
export function smsSegments(text: string, options?: SmsSegmentsOptions): SmsSegments {
  if (typeof text !== 'string') {
    throw new MoshtariError<TextErrorCode>('INVALID_ARGUMENT', `text: expected a string, got ${describeValue(text)}`, {
      path: 'text',
    });
  }
  const lineBreaks = checkOption(options?.lineBreaks, ['lf', 'asIs'], 'lf', 'options.lineBreaks');
  const maxParts = options?.maxParts;
  if (maxParts !== undefined && !(Number.isSafeInteger(maxParts) && maxParts >= 1)) {
    throw new MoshtariError<TextErrorCode>(
      'INVALID_ARGUMENT',
      `options.maxParts: expected a positive integer, got ${describeValue(maxParts)}`,
      { path: 'options.maxParts' },
    );
  }
  const s = lineBreaks === 'lf' ? text.replace(CRLF, '\n') : text;
  const septets = gsm7Units(s);
  const gsm = septets >= 0;
  const units = gsm ? septets : s.length;
  const single = gsm ? GSM7_SINGLE : UCS2_SINGLE;

  let unitsPerPart = single;
  let partUnits: number[];
  if (units === 0) partUnits = [];
  else if (units <= single) partUnits = [units];
  else {
    unitsPerPart = gsm ? GSM7_MULTI : UCS2_MULTI;
    partUnits = gsm ? packGsm7(s, unitsPerPart) : packUcs2(s, unitsPerPart);
  }
  const last = partUnits[partUnits.length - 1] ?? 0;
  const result: SmsSegments = {
    encoding: gsm ? 'GSM-7' : 'UCS-2',
    units,
    parts: partUnits.length,
    unitsPerPart,
    partUnits,
    remainingInLastPart: unitsPerPart - last,
  };
  return maxParts === undefined ? result : { ...result, exceedsMaxParts: partUnits.length > maxParts };
}

/** Septets of `s` in GSM-7 (basic 1, extension 2), or -1 when a character is outside both tables. */
function gsm7Units(s: string): number {
  let units = s.length;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (isGsm7Extension(code)) units++;
    else if (code < 0x80) {
      if (code === 0x60 || code === 0x7f || (code < 0x20 && code !== 0x0a && code !== 0x0d)) return -1;
    } else if (!GSM7_NON_ASCII.includes(String.fromCharCode(code))) return -1;
  }
  return units;
}

/** Greedy packing of GSM-7 text; an extension character (2 septets) never straddles two parts. */
function packGsm7(s: string, capacity: number): number[] {
  const parts: number[] = [];
  let current = 0;
  for (let i = 0; i < s.length; i++) {
    const cost = isGsm7Extension(s.charCodeAt(i)) ? 2 : 1;
    if (current + cost > capacity) {
      parts.push(current);
      current = 0;
    }
    current += cost;
  }
  parts.push(current);
  return parts;
}

function isGsm7Extension(code: number): boolean {
  switch (code) {
    case 0x0c: // form feed
    case 0x5b: // [
    case 0x5c: // \
    case 0x5d: // ]
    case 0x5e: // ^
    case 0x7b: // {
    case 0x7c: // |
    case 0x7d: // }
    case 0x7e: // ~
    case 0x20ac: // €
      return true;
    default:
      return false;
  }
}

/** Greedy packing of UTF-16 code units; a surrogate pair is never split (the part holds one unit less). */
function packUcs2(s: string, capacity: number): number[] {
  const parts: number[] = [];
  for (let start = 0; start < s.length; ) {
    let end = Math.min(start + capacity, s.length);
    if (end < s.length && isHighSurrogate(s.charCodeAt(end - 1)) && isLowSurrogate(s.charCodeAt(end))) end -= 1;
    parts.push(end - start);
    start = end;
  }
  return parts;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
