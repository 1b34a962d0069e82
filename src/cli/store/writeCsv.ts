import type { JalaliDate } from '../../calendar/index.js';
import type { Store } from './types.js';

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** A CSV field, quoted (with doubled quotes) when it holds a comma, quote, line break or edge spaces. */
function field(value: string | undefined): string {
  if (value === undefined) return '';
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const iso = (ms: number | undefined): string => (ms === undefined ? '' : new Date(ms).toISOString());
const two = (n: number): string => (n < 10 ? `0${n}` : String(n));
const jalali = (d: JalaliDate | undefined): string =>
  d === undefined ? '' : `${d.year}/${two(d.month)}/${two(d.day)}`;

/** The CSV files of a store (canonical headers, one per kind of data the store has). */
export type StoreCsvFiles = {
  /** `id,customer_id,date,amount,points_redeemed,channel`. */
  readonly transactions: string;
  /** `id,first_name,last_name,gender,national_code,mobile,city,birth_date,joined_at`. */
  readonly customers: string;
  /** `customer_id,date,score`, when the store has surveys. */
  readonly surveys?: string;
  /** `id,customer_id,priority,opened_at,first_response_at,resolved_at`, when the store has tickets. */
  readonly tickets?: string;
};

/**
 * Writes a store as CSV files the readers accept: canonical headers, amounts in Rial, instants in
 * ISO 8601 UTC (`2025-03-21T06:30:00.000Z`), birth dates as Jalali `YYYY/MM/DD`, fields quoted only
 * when needed (commas, quotes, line breaks), LF line ends. Reading the files back gives the same store.
 *
 * @param store - the store
 * @returns the file texts (surveys and tickets only when the store has them)
 * @example
 * ```ts
 * const files = writeStoreCsv(generateSampleStore({ customers: 100 }));
 * files.transactions.split('\n')[0]; // 'id,customer_id,date,amount,points_redeemed,channel'
 * ```
 * @category CLI
 */
export function writeStoreCsv(store: Store): StoreCsvFiles {
  const tx: string[] = ['id,customer_id,date,amount,points_redeemed,channel'];
  for (const t of store.transactions) {
    tx.push(
      `${field(t.id)},${field(t.customerId)},${iso(t.at)},${t.amount},${t.pointsRedeemed ?? ''},${field(t.channel)}`,
    );
  }
  const cu: string[] = ['id,first_name,last_name,gender,national_code,mobile,city,birth_date,joined_at'];
  for (const c of store.customers) {
    cu.push(
      [
        field(c.id),
        field(c.firstName),
        field(c.lastName),
        c.gender ?? '',
        field(c.nationalCode),
        field(c.mobile),
        field(c.city),
        jalali(c.birthDate),
        iso(c.joinedAt),
      ].join(','),
    );
  }
  const files: StoreCsvFiles = { transactions: `${tx.join('\n')}\n`, customers: `${cu.join('\n')}\n` };
  const surveys =
    store.surveys === undefined
      ? undefined
      : ['customer_id,date,score', ...store.surveys.map((s) => `${field(s.customerId)},${iso(s.at)},${s.score}`)];
  const tickets =
    store.tickets === undefined
      ? undefined
      : [
          'id,customer_id,priority,opened_at,first_response_at,resolved_at',
          ...store.tickets.map(
            (k) =>
              `${field(k.id)},${field(k.customerId)},${k.priority},${iso(k.openedAt)},${iso(k.firstResponseAt)},${iso(k.resolvedAt)}`,
          ),
        ];
  return {
    ...files,
    ...(surveys === undefined ? {} : { surveys: `${surveys.join('\n')}\n` }),
    ...(tickets === undefined ? {} : { tickets: `${tickets.join('\n')}\n` }),
  };
}
