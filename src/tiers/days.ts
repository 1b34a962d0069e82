import {
  addJalaliMonths,
  addJalaliYears,
  epochDayToJalali,
  type JalaliDate,
  type JalaliPeriodUnit,
  jalaliPeriod,
  jalaliToEpochDay,
  toJalali,
} from '../calendar/index.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MAX_CACHE = 200_000;
const UNIT_KEYS: readonly JalaliPeriodUnit[] = ['year', 'half', 'season', 'month'];

function memo(map: Map<number, number>, key: number, compute: () => number): number {
  const hit = map.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (map.size >= MAX_CACHE) map.clear();
  map.set(key, value);
  return value;
}

/**
 * Internal: epoch-day arithmetic in one time zone with small caches, so a compiled evaluator can replay
 * millions of events without converting every instant from scratch. Days are integers (days since
 * 1970-01-01 of the civil date in the zone); `Infinity` stands for "never".
 */
export class DayCalc {
  /** IANA zone (or `'UTC'`, `'+03:30'`) whose civil days are meant. */
  readonly timeZone: string;
  private readonly offsets = new Map<number, number>();
  private readonly months = new Map<number, Map<number, number>>();
  private readonly periods = new Map<number, readonly [number, number]>();
  /** The last few periods returned, per unit: replays move between a handful of periods. */
  private readonly recent: (readonly [number, number])[][] = [];
  private readonly dates = new Map<number, JalaliDate>();

  private readonly cacheOffsets: boolean;

  /** `cacheOffsets`: worth it when many instants share UTC days (a compiled evaluator), not for one member. */
  constructor(timeZone: string, cacheOffsets: boolean) {
    this.timeZone = timeZone;
    this.cacheOffsets = cacheOffsets;
    toJalali(0, { timeZone }); // throws INVALID_TIME_ZONE early
  }

  private offsetAt(ms: number): number {
    const t = toJalali(ms, { timeZone: this.timeZone, withTime: true });
    const local = jalaliToEpochDay(t) * DAY_MS + t.hour * HOUR_MS + t.minute * 60_000 + t.second * 1000;
    return local + t.millisecond - ms;
  }

  /**
   * The civil day of an instant (epoch milliseconds). The zone's offset is cached per UTC day when it
   * is the same at both ends of that day (zones change offset at most once a day).
   */
  dayOf(ms: number): number {
    if (!this.cacheOffsets) return jalaliToEpochDay(toJalali(ms, { timeZone: this.timeZone }));
    const utcDay = Math.floor(ms / DAY_MS);
    let offset = this.offsets.get(utcDay);
    if (offset === undefined) {
      const a = this.offsetAt(utcDay * DAY_MS);
      offset = a === this.offsetAt(utcDay * DAY_MS + DAY_MS - 1) ? a : Number.NaN;
      if (this.offsets.size >= MAX_CACHE) this.offsets.clear();
      this.offsets.set(utcDay, offset);
    }
    if (Number.isNaN(offset)) offset = this.offsetAt(ms); // a clock change on this UTC day
    return Math.floor((ms + offset) / DAY_MS);
  }

  /** The Jalali date of a day. */
  date(day: number): JalaliDate {
    let date = this.dates.get(day);
    if (date === undefined) {
      date = epochDayToJalali(day);
      if (this.dates.size >= MAX_CACHE) this.dates.clear();
      this.dates.set(day, date);
    }
    return date;
  }

  /** A day `n` Jalali months later (the day clamped to the month's length, as `addJalaliMonths`). */
  addMonths(day: number, n: number): number {
    if (!Number.isFinite(day) || n === 0) return day;
    let map = this.months.get(n);
    if (map === undefined) {
      map = new Map();
      this.months.set(n, map);
    }
    return memo(map, day, () => jalaliToEpochDay(addJalaliMonths(epochDayToJalali(day), n)));
  }

  /** `[start, end)` of the Jalali calendar period of `unit` containing a day (the same tuple on a hit). */
  period(day: number, unit: JalaliPeriodUnit): readonly [number, number] {
    const u = UNIT_KEYS.indexOf(unit);
    let recent = this.recent[u];
    if (recent === undefined) {
      recent = [];
      this.recent[u] = recent;
    }
    for (const p of recent) if (day >= p[0] && day < p[1]) return p;
    const key = day * 8 + u;
    let found = this.periods.get(key);
    if (found === undefined) {
      const p = jalaliPeriod(epochDayToJalali(day), unit);
      found = [jalaliToEpochDay(p.start), p.end.year > 3000 ? Number.POSITIVE_INFINITY : jalaliToEpochDay(p.end)];
      if (this.periods.size >= MAX_CACHE) this.periods.clear();
      this.periods.set(key, found);
    }
    if (recent.unshift(found) > 4) recent.pop();
    return found;
  }

  /** First day after the Jalali month containing a day. */
  monthEnd(day: number): number {
    return Number.isFinite(day) ? this.period(day, 'month')[1] : day;
  }

  /** `[start, end)` of the membership year (anniversary to anniversary of `joined`) containing a day. */
  anniversaryYear(joined: JalaliDate, day: number): readonly [number, number] {
    let years = epochDayToJalali(day).year - joined.year;
    let start = jalaliToEpochDay(addJalaliYears(joined, years));
    if (start > day) start = jalaliToEpochDay(addJalaliYears(joined, --years));
    return [start, jalaliToEpochDay(addJalaliYears(joined, years + 1))];
  }
}
