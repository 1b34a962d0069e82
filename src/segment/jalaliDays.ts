import {
  epochDayToJalali,
  fromJalali,
  isJalaliLeapYear,
  jalaliMonthLength,
  jalaliToEpochDay,
  toJalali,
} from '../calendar/index.js';

/** First and last Jalali years the calendar module supports. */
const FIRST_YEAR = 1178;
const LAST_YEAR = 3000;

let cachedBounds: readonly [number, number] | undefined;
let cachedNowruz: readonly number[] | undefined;

/** Internal: `[first, end)` epoch days of the supported Jalali range (1178/1/1 … 3000/12/last). */
export function jalaliDayBounds(): readonly [number, number] {
  cachedBounds ??= [
    jalaliToEpochDay({ year: FIRST_YEAR, month: 1, day: 1 }),
    jalaliToEpochDay({ year: LAST_YEAR, month: 12, day: jalaliMonthLength(LAST_YEAR, 12) }) + 1,
  ];
  return cachedBounds;
}

/**
 * Internal: epoch days of 1 Farvardin for Jalali years 1178…3000, i.e. for Gregorian years
 * 1799…3621 (Nowruz of year y falls in March of y + 621). Used by the SQL back-end.
 */
export function nowruzDays(): { readonly firstGregorianYear: number; readonly days: readonly number[] } {
  if (cachedNowruz === undefined) {
    const days: number[] = [];
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) days.push(jalaliToEpochDay({ year, month: 1, day: 1 }));
    cachedNowruz = days;
  }
  return { firstGregorianYear: FIRST_YEAR + 621, days: cachedNowruz };
}

/** Internal: month × 100 + day of the Jalali date of an epoch day, or NaN outside 1178–3000 AP. */
export function jalaliCodeOfDay(epochDay: number): number {
  const [first, end] = jalaliDayBounds();
  if (!(epochDay >= first && epochDay < end)) return Number.NaN;
  const j = epochDayToJalali(epochDay);
  return j.month * 100 + j.day;
}

/** Internal: the civil epoch day of an instant in a zone. */
export function civilDayOf(ms: number, timeZone: string): number {
  return jalaliToEpochDay(toJalali(ms, { timeZone }));
}

/** Internal: the first instant (epoch ms) of a civil epoch day in a zone. */
export function startOfCivilDay(epochDay: number, timeZone: string): number {
  return fromJalali(epochDayToJalali(epochDay), { timeZone }).getTime();
}

/**
 * Internal: the month-day codes (month × 100 + day) of the days `today … today + days`, where a
 * 30 Esfand birthday counts on 29 Esfand of a common year (the calendar's default `'esfand29'`).
 */
export function birthdayCodes(today: number, days: number): number[] {
  const codes = new Set<number>();
  for (let e = today; e <= today + days; e++) {
    const j = epochDayToJalali(e);
    codes.add(j.month * 100 + j.day);
    if (j.month === 12 && j.day === 29 && !isJalaliLeapYear(j.year)) codes.add(1230);
  }
  return [...codes].sort((a, b) => a - b);
}

/**
 * Internal: a per-predicate memo of {@link jalaliCodeOfDay} (record values repeat a lot: birth
 * dates, purchase days), bounded so a long run cannot grow it without limit.
 */
export function jalaliCodeMemo(): (epochDay: number) => number {
  let memo = new Map<number, number>();
  return (epochDay) => {
    let code = memo.get(epochDay);
    if (code === undefined) {
      code = jalaliCodeOfDay(epochDay);
      if (memo.size >= 100_000) memo = new Map();
      memo.set(epochDay, code);
    }
    return code;
  };
}
