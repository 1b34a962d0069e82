import type { JalaliDate } from '../calendar/index.js';
import type { Money } from '../money/index.js';
import type { CustomerId, IranProvince } from './typesContact.js';
import type { CustomerValueLabels } from './values.js';

/**
 * The code of an enumerated customer field, e.g. `CustomerValue<'education'>` is
 * `'none' | 'primary' | … | 'doctorate'`. Labels: {@link CUSTOMER_VALUE_LABELS}.
 *
 * @example
 * ```ts
 * const g: CustomerValue<'gender'> = 'female';
 * ```
 * @category Customer
 */
export type CustomerValue<TField extends keyof CustomerValueLabels> = keyof CustomerValueLabels[TField];

/**
 * A monthly amount band in Rial, as surveys ask it: `min` inclusive, `max` exclusive (absent: open-ended).
 *
 * @example
 * ```ts
 * const band: MoneyBand = { min: toman(20_000_000), max: toman(40_000_000) }; // 20–40 million toman
 * ```
 * @category Customer
 */
export type MoneyBand = {
  /** Lower bound, inclusive. */
  readonly min: Money<'IRR'>;
  /** Upper bound, exclusive; absent for "and more". */
  readonly max?: Money<'IRR'> | undefined;
};

/**
 * Where a customer lives, for segmentation: province and city plus classes of the place.
 *
 * @example
 * ```ts
 * const g: Geography = { province: 'gilan', city: 'رشت', citySize: 'large', climate: 'temperateHumid' };
 * ```
 * @category Customer
 */
export type Geography = {
  /** Province code. */
  readonly province?: IranProvince | undefined;
  /** City, normalised Persian text. */
  readonly city?: string | undefined;
  /** Region or district of the city. */
  readonly region?: string | undefined;
  /** City size class. */
  readonly citySize?: CustomerValue<'citySize'> | undefined;
  /** Population density class. */
  readonly density?: CustomerValue<'density'> | undefined;
  /** Climate zone. */
  readonly climate?: CustomerValue<'climate'> | undefined;
};

/**
 * The identification profile (demographic and psychographic variables of a customer club). The age
 * group is derived from the birth date (see {@link customerAgeGroup}); `religion` and `ethnicity` are
 * sensitive: marked so in the schema and left out by {@link exportCustomer} unless asked for.
 *
 * @example
 * ```ts
 * const p: IdentificationProfile = { householdSize: 4, unmarriedChildren: 2, socialClass: 'middle' };
 * ```
 * @category Customer
 */
export type IdentificationProfile = {
  /** Monthly household income band. */
  readonly monthlyIncome?: MoneyBand | undefined;
  /** Monthly household expense band. */
  readonly monthlyExpenses?: MoneyBand | undefined;
  /** People in the household, ≥ 1. */
  readonly householdSize?: number | undefined;
  /** Unmarried children (in or outside the household), ≥ 0. */
  readonly unmarriedChildren?: number | undefined;
  /** Where the customer lives. */
  readonly geography?: Geography | undefined;
  /** Social class. */
  readonly socialClass?: CustomerValue<'socialClass'> | undefined;
  /** Religion. Sensitive: excluded from exports unless asked for. */
  readonly religion?: CustomerValue<'religion'> | undefined;
  /** Ethnicity. Sensitive: excluded from exports unless asked for. */
  readonly ethnicity?: CustomerValue<'ethnicity'> | undefined;
};

/**
 * A dated survey answer: brand familiarity and satisfaction on 1–5, readiness to recommend on 0–10.
 *
 * @example
 * ```ts
 * const nps: SurveyAnswer = { score: 9, at: 1742500000000 };
 * ```
 * @category Customer
 */
export type SurveyAnswer = {
  /** The score on the question's scale. */
  readonly score: number;
  /** When it was given, epoch milliseconds. */
  readonly at: number;
  /** What it was about (a product, a visit), optional. */
  readonly topic?: string | undefined;
};

/**
 * A notable experience the customer had with the brand, good or bad, dated.
 *
 * @example
 * ```ts
 * const e: CustomerExperience = { kind: 'bad', at: 1742500000000, note: 'ارسال دیرهنگام' };
 * ```
 * @category Customer
 */
export type CustomerExperience = {
  /** `'good'` or `'bad'`. */
  readonly kind: 'good' | 'bad';
  /** When it happened, epoch milliseconds. */
  readonly at: number;
  /** What happened. */
  readonly note: string;
};

/**
 * A referral the customer made (word of mouth).
 *
 * @example
 * ```ts
 * const r: Referral = { at: 1742500000000, referred: 'c-2002' as CustomerId };
 * ```
 * @category Customer
 */
export type Referral = {
  /** When, epoch milliseconds. */
  readonly at: number;
  /** The customer who came through the referral, when known. */
  readonly referred?: CustomerId | undefined;
  /** A free note (a name, a phone number given). */
  readonly note?: string | undefined;
};

/**
 * The customer's relationship with the brand: tenure, acquisition, surveys, word of mouth,
 * complaints and notable experiences.
 *
 * @example
 * ```ts
 * const r: BrandRelationship = {
 *   customerSince: { year: 1399, month: 6, day: 1 },
 *   acquisition: { source: 'referral', channel: 'store' },
 *   recommendation: [{ score: 9, at: 1742500000000 }],
 *   complaints: { count: 1, lastAt: 1740000000000 },
 * };
 * ```
 * @category Customer
 */
export type BrandRelationship = {
  /** First purchase or contract date (Jalali). */
  readonly customerSince?: JalaliDate | undefined;
  /** How the customer was acquired. */
  readonly acquisition?:
    | {
        /** Where they came from. */
        readonly source?: CustomerValue<'acquisitionSource'> | undefined;
        /** Through which channel. */
        readonly channel?: CustomerValue<'acquisitionChannel'> | undefined;
        /** Campaign name or code. */
        readonly campaign?: string | undefined;
        /** The customer who referred them. */
        readonly referredBy?: CustomerId | undefined;
      }
    | undefined;
  /** Brand familiarity answers, 1–5. */
  readonly familiarity?: readonly SurveyAnswer[] | undefined;
  /** Satisfaction answers (CSAT), 1–5. */
  readonly satisfaction?: readonly SurveyAnswer[] | undefined;
  /** Readiness-to-recommend answers (NPS question), 0–10. */
  readonly recommendation?: readonly SurveyAnswer[] | undefined;
  /** Referrals given (word of mouth). */
  readonly referrals?: readonly Referral[] | undefined;
  /** Complaint count and the time of the last one (epoch milliseconds). */
  readonly complaints?:
    | {
        /** Number of complaints, ≥ 0. */
        readonly count: number;
        /** When the last complaint was made. */
        readonly lastAt?: number | undefined;
      }
    | undefined;
  /** Notable good and bad experiences. */
  readonly experiences?: readonly CustomerExperience[] | undefined;
};
