import type { JalaliDate } from '../../calendar/index.js';
import { normalizeMobile, parseNationalCode } from '../../iran/index.js';
import { createCsvDateParser } from './csvDate.js';
import type { CsvColumnSpec } from './csvHeader.js';
import { type CsvCellIssue, checkReadStoreCsvOptions, readCsvTable } from './csvTable.js';
import { cleanCsvText, cleanCsvValue, quoteCsvValue } from './csvText.js';
import type { ReadStoreCsvOptions, ReadStoreCsvResult } from './csvTypes.js';
import type { StoreCustomer } from './types.js';

const COLUMNS: readonly CsvColumnSpec[] = [
  { name: 'id', aliases: ['customer_id', 'customer'], required: true },
  { name: 'first_name', aliases: ['given_name'], required: true },
  { name: 'last_name', aliases: ['family_name', 'surname'], required: true },
  { name: 'gender', aliases: ['sex'], required: false },
  { name: 'national_code', aliases: ['national_id', 'code_melli'], required: false },
  { name: 'mobile', aliases: ['phone', 'mobile_number', 'cell'], required: false },
  { name: 'city', required: false },
  { name: 'birth_date', aliases: ['birthday', 'date_of_birth', 'dob'], required: false },
  { name: 'joined_at', aliases: ['joined', 'join_date', 'signup_date', 'registered_at'], required: false },
];

const GENDERS: Readonly<Record<string, 'female' | 'male'>> = {
  female: 'female',
  f: 'female',
  زن: 'female',
  male: 'male',
  m: 'male',
  مرد: 'male',
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Reads a customers CSV. Columns (case-insensitive; `_`, `-`, spaces ignored): `id` (or
 * `customer_id`), `first_name`, `last_name`, and optional `gender` (`female`/`male`/`f`/`m`/`زن`/`مرد`),
 * `national_code` (must pass the check digit), `mobile` (normalized to E.164 `+989…`), `city`,
 * `birth_date` (a Jalali or Gregorian date, kept as Jalali) and `joined_at` (an instant); other
 * columns are ignored. Empty optional cells are absent. Duplicate ids are problems.
 *
 * @param text - the whole file
 * @param options - `strict`, `timeZone` (default `'Asia/Tehran'`)
 * @returns rows, problems and the number of data rows
 * @throws {MoshtariError} INVALID_ARGUMENT for bad options; INVALID_TIME_ZONE for an unknown zone
 * @example
 * ```ts
 * const r = readCustomersCsv('id,first_name,last_name,mobile\nC1,سارا,رضایی,۰۹۱۲ ۱۲۳ ۴۵۶۷\n');
 * r.rows[0]; // { id: 'C1', firstName: 'سارا', lastName: 'رضایی', mobile: '+989121234567' }
 * ```
 * @category CLI
 */
export function readCustomersCsv(text: string, options: ReadStoreCsvOptions = {}): ReadStoreCsvResult<StoreCustomer> {
  checkReadStoreCsvOptions(options);
  const dates = createCsvDateParser(options.timeZone ?? 'Asia/Tehran');
  return readCsvTable<StoreCustomer>(
    text,
    {
      file: 'customers',
      columns: COLUMNS,
      idColumn: 'id',
      prepare: ({ index, label }) => {
        const at = (name: string): number => index[name] as number;
        const col = (name: string): string => label[name] as string;
        return (fields, _line, issues: CsvCellIssue[]) => {
          const value = (name: string): string => (at(name) < 0 ? '' : cleanCsvValue(fields[at(name)] ?? ''));
          const textOf = (name: string): string => (at(name) < 0 ? '' : cleanCsvText(fields[at(name)] ?? ''));
          const id = value('id');
          if (id === '') issues.push({ column: col('id'), message: 'required value is empty' });
          const row: Mutable<StoreCustomer> = { id, firstName: textOf('first_name'), lastName: textOf('last_name') };
          const gender = textOf('gender');
          if (gender !== '') {
            const g = GENDERS[gender.toLowerCase()];
            if (g === undefined) {
              issues.push({
                column: col('gender'),
                message: `expected female, male, f, m, زن or مرد, got ${quoteCsvValue(gender)}`,
              });
            } else row.gender = g;
          }
          const code = value('national_code');
          if (code !== '') {
            const r = parseNationalCode(code);
            if (r.ok) row.nationalCode = r.value;
            else
              issues.push({ column: col('national_code'), message: `${r.error.message}, got ${quoteCsvValue(code)}` });
          }
          const mobile = value('mobile');
          if (mobile !== '') {
            const r = normalizeMobile(mobile);
            if (r.ok) row.mobile = r.value;
            else issues.push({ column: col('mobile'), message: `${r.error.message}, got ${quoteCsvValue(mobile)}` });
          }
          const city = textOf('city');
          if (city !== '') row.city = city;
          const birth = value('birth_date');
          if (birth !== '') {
            const d: JalaliDate | string = dates.date(birth);
            if (typeof d === 'string') issues.push({ column: col('birth_date'), message: d });
            else row.birthDate = d;
          }
          const joined = value('joined_at');
          if (joined !== '') {
            const t = dates.instant(joined);
            if (typeof t === 'string') issues.push({ column: col('joined_at'), message: t });
            else row.joinedAt = t;
          }
          return issues.length > 0 ? undefined : row;
        };
      },
    },
    options.strict === true,
  );
}
