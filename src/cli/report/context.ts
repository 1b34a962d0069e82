import type { Store } from '../store/types.js';
import type { StoreIndex } from './group.js';

/** What every report section reads. */
export type ReportContext = {
  readonly store: Store;
  readonly index: StoreIndex;
  /** The report instant (epoch ms) and its Tehran civil day. */
  readonly asOf: number;
  readonly asOfDay: number;
  readonly timeZone: string;
};

/** A fraction rounded to 4 places (0 when the denominator is 0). */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}

/** A customer's display name. */
export function customerName(c: { readonly firstName: string; readonly lastName: string }): string {
  return `${c.firstName} ${c.lastName}`.trim();
}
