import { MoshtariError } from '../core/index.js';
import { TEHRAN_OFFSETS, TEHRAN_TRANSITIONS } from './tehranZone.js';

/** Internal: the UTC offset (milliseconds, local − UTC) of a zone at an instant. */
export type OffsetAt = (epochMs: number) => number;

/**
 * How to read a local time that a clock change skipped (a gap) or repeated (an overlap), as in
 * Temporal: `'compatible'` (default: later instant in a gap, earlier in an overlap), `'earlier'`,
 * `'later'`, or `'reject'` (throw `NONEXISTENT_TIME` / `AMBIGUOUS_TIME`).
 * @category Calendar
 */
export type Disambiguation = 'compatible' | 'earlier' | 'later' | 'reject';

const LAST_TRANSITION_MS = (TEHRAN_TRANSITIONS[TEHRAN_TRANSITIONS.length - 1] as number) * 1000;
const TEHRAN_NOW_MS = (TEHRAN_OFFSETS[TEHRAN_OFFSETS.length - 1] as number) * 1000;
const FIXED = /^([+-])(\d{2}):?(\d{2})$/;

/** Asia/Tehran from the generated tzdata table: a binary search, or one comparison after 2022. */
export function tehranOffset(epochMs: number): number {
  if (epochMs >= LAST_TRANSITION_MS) return TEHRAN_NOW_MS;
  const s = epochMs / 1000;
  let lo = 0;
  let hi = TEHRAN_TRANSITIONS.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((TEHRAN_TRANSITIONS[mid] as number) <= s) lo = mid + 1;
    else hi = mid;
  }
  return (TEHRAN_OFFSETS[lo] as number) * 1000;
}

const utc: OffsetAt = () => 0;

// Building an Intl.DateTimeFormat costs ~100 µs, using one ~3 µs. Formatters are immutable and give the
// same answer for the same zone, so a small memo of them (filled on first use, never at import, capped)
// changes no result, only speed. Zones Intl rejects are never stored.
const FORMATS = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATS = 64;

function offsetFormat(zone: string, path: string): Intl.DateTimeFormat {
  const known = FORMATS.get(zone);
  if (known !== undefined) return known;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  } catch (cause) {
    throw new MoshtariError('INVALID_TIME_ZONE', `${path}: unknown time zone ${JSON.stringify(zone)}`, { path, cause });
  }
  if (FORMATS.size >= MAX_FORMATS) FORMATS.clear();
  FORMATS.set(zone, format);
  return format;
}

/**
 * Internal: resolves a time zone name once. `Asia/Tehran` uses the built-in table (exact, no Intl);
 * `UTC` and `±HH:MM` are fixed; any other IANA name reads the runtime's tzdata through Intl.
 */
export function offsetResolver(timeZone: string | undefined, path = 'options.timeZone'): OffsetAt {
  const zone = timeZone ?? 'Asia/Tehran';
  if (zone === 'Asia/Tehran' || zone === 'Iran') return tehranOffset;
  if (zone === 'UTC' || zone === 'Etc/UTC' || zone === 'Z' || zone === 'GMT') return utc;
  if (typeof zone !== 'string') {
    throw new MoshtariError('INVALID_TIME_ZONE', `${path}: expected a time zone name, got ${String(zone)}`, { path });
  }
  const fixed = FIXED.exec(zone);
  if (fixed !== null) {
    const minutes = Number(fixed[2]) * 60 + Number(fixed[3]);
    if (Number(fixed[3]) > 59 || minutes > 18 * 60) {
      throw new MoshtariError('INVALID_TIME_ZONE', `${path}: offset ${zone} is out of range`, { path });
    }
    const ms = (fixed[1] === '-' ? -1 : 1) * minutes * 60_000;
    return () => ms;
  }
  const format = offsetFormat(zone, path);
  return (epochMs) => {
    const name = format.formatToParts(epochMs).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /GMT([+-])(\d\d):(\d\d)(?::(\d\d))?/.exec(name);
    if (m === null) return 0;
    return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3_600_000 + Number(m[3]) * 60_000 + Number(m[4] ?? 0) * 1000);
  };
}

/**
 * Internal: the instant of a local wall-clock time (`localMs` = that time read as if it were UTC).
 * Assumes at most one offset change within a day of it, true of every real zone.
 */
export function localToInstant(localMs: number, offsetAt: OffsetAt, disambiguation: Disambiguation): number {
  const before = offsetAt(localMs - 86_400_000);
  const after = offsetAt(localMs + 86_400_000);
  const a = localMs - before;
  const b = localMs - after;
  const aOk = offsetAt(a) === before;
  const bOk = offsetAt(b) === after;
  if (aOk && bOk && a !== b) {
    // an overlap: the same wall time happened twice
    if (disambiguation === 'reject') {
      throw new MoshtariError('AMBIGUOUS_TIME', 'local time occurs twice (clocks were turned back)');
    }
    return disambiguation === 'later' ? Math.max(a, b) : Math.min(a, b);
  }
  if (aOk) return a;
  if (bOk) return b;
  // a gap: the wall time never happened; move by the size of the gap
  if (disambiguation === 'reject') {
    throw new MoshtariError('NONEXISTENT_TIME', 'local time does not exist (clocks were turned forward)');
  }
  return disambiguation === 'earlier' ? Math.min(a, b) : Math.max(a, b);
}
