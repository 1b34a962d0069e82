import { epochDayFromGregorian, isoDateOfEpochDay } from '../internal/gregorianDays.js';
import { toLatinDigits } from '../text/index.js';

/** Internal: days since 1970-01-01 of a proleptic Gregorian date (no validation). */
export const daysFromCivil: (year: number, month: number, day: number) => number = epochDayFromGregorian;

/** Internal: the ISO `YYYY-MM-DD` of an epoch day (years 1–9999). */
export const isoOfEpochDay: (epochDay: number) => string = isoDateOfEpochDay;

const DAY_MS = 86_400_000;
const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;
/** The largest |epoch ms| a `Date` holds. */
const MAX_MS = 8.64e15;

/** Internal: a short JSON rendering of a user value for messages (never the whole input). */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Internal: a finite number, or a numeric string (Persian and Arabic-Indic digits allowed); else undefined. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const text = toLatinDigits(value.trim());
  if (!NUMERIC.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Internal: list elements as react-querybuilder sends them: an array as is, a string split on
 * commas not escaped as `\,`, each trimmed, blank ones dropped (RQB's `toArray`), a number as one
 * element. Undefined for anything else. `limit` caps the work on hostile strings.
 */
export function toList(value: unknown, limit: number): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value === 'number') return [value];
  if (typeof value !== 'string') return undefined;
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && value[i + 1] === ',') {
      current += ',';
      i++;
    } else if (c === ',') {
      if (current.trim() !== '') out.push(current.trim());
      if (out.length > limit) return out;
      current = '';
    } else current += c;
  }
  if (current.trim() !== '') out.push(current.trim());
  return out;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
}

/**
 * Internal: the epoch day of an ISO `YYYY-MM-DD` string (years 0001–9999, a real calendar day),
 * or NaN. Hot path of date conditions: no regex, no allocation.
 */
export function isoDay(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return Number.NaN;
  const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const month = digit(s, 5) * 10 + digit(s, 6);
  const day = digit(s, 8) * 10 + digit(s, 9);
  if (!(year >= 1 && month >= 1 && month <= 12 && day >= 1)) return Number.NaN;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const length = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= length ? daysFromCivil(year, month, day) : Number.NaN;
}

/** Internal: epoch ms of a record's instant value (a number, or a `Date`; NaN for anything else). */
export function instantOf(value: unknown): number {
  if (typeof value === 'number') return value;
  return value instanceof Date ? value.getTime() : Number.NaN;
}

/**
 * Internal: an instant operand of a rule: epoch ms (number or numeric string) or an ISO date-time
 * with `Z` or an offset → epoch ms; a bare ISO date → the same string (start of that day in the
 * compile-time zone). Undefined when invalid.
 */
export function toInstantOperand(value: unknown): number | string | undefined {
  if (typeof value === 'string' && !Number.isNaN(isoDay(value.trim()))) return value.trim();
  const n = toNumber(value);
  if (n !== undefined) return Number.isInteger(n) && Math.abs(n) <= MAX_MS ? n : undefined;
  if (typeof value !== 'string') return undefined;
  const m = DATE_TIME.exec(value.trim());
  if (m === null || Number.isNaN(isoDay(`${m[1]}-${m[2]}-${m[3]}`))) return undefined;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return undefined;
  const ms = Date.parse(value.trim());
  return Number.isFinite(ms) ? ms : undefined;
}

/** Internal: milliseconds in a day. */
export const MS_PER_DAY: number = DAY_MS;
