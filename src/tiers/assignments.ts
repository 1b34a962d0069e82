import { type JalaliDate, jalaliToEpochDay } from '../calendar/index.js';
import { MoshtariError } from '../core/index.js';
import type { CompiledLadder } from './compile.js';
import type { TierMember } from './member.js';

/** Internal: an assignment with epoch days (`end` exclusive, `Infinity` for none). */
export type PreparedAssignment = { readonly tier: number; readonly from: number; readonly end: number };

function fail(code: string, path: string, message: string): never {
  throw new MoshtariError(code, `${path}: ${message}`, { path });
}

/** Internal: the epoch day of a Jalali date argument, or INVALID_ARGUMENT naming `path`. */
export function dayOfDate(date: unknown, path: string): number {
  if (date === null || typeof date !== 'object')
    fail('INVALID_ARGUMENT', path, 'expected a Jalali date { year, month, day }');
  try {
    return jalaliToEpochDay(date as JalaliDate);
  } catch (error) {
    throw new MoshtariError('INVALID_ARGUMENT', `${path}: ${(error as Error).message}`, { path, cause: error });
  }
}

/** Internal: a member's assignments with epoch days, sorted by start. */
export function prepareAssignments(c: CompiledLadder, member: TierMember): PreparedAssignment[] {
  const list = member.assignments ?? [];
  if (!Array.isArray(list)) fail('INVALID_MEMBER', 'member.assignments', 'expected an array');
  return list
    .map((a, i): PreparedAssignment => {
      const path = `member.assignments[${i}]`;
      const tier = c.ids.get(a?.tierId);
      if (tier === undefined)
        fail('UNKNOWN_TIER', `${path}.tierId`, `the ladder has no tier ${JSON.stringify(a?.tierId)}`);
      const from = dayOfDate(a.from, `${path}.from`);
      const end = a.through === undefined ? Number.POSITIVE_INFINITY : dayOfDate(a.through, `${path}.through`) + 1;
      if (end <= from) fail('INVALID_ARGUMENT', `${path}.through`, 'is before from');
      return { tier, from, end };
    })
    .sort((a, b) => a.from - b.from || a.tier - b.tier || a.end - b.end);
}
