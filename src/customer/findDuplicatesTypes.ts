import type { DuplicateBlock, DuplicateExactField } from './duplicateFields.js';
import type { CustomerId } from './typesContact.js';

/**
 * Rules of {@link findDuplicates}; every field optional.
 *
 * @example
 * ```ts
 * const rules: DuplicateRules = { exact: ['nationalCode', 'mobile'], nameThreshold: 0.92, maxBlockSize: 30 };
 * ```
 * @category Customer
 */
export interface DuplicateRules {
  /** Identifier fields whose equality marks duplicates; default all six. */
  readonly exact?: readonly DuplicateExactField[];
  /**
   * Blocks inside which names are compared; default all but `nameCity` (namesakes in one city are common,
   * so that block is opt-in). `[]` turns fuzzy names off.
   */
  readonly blocks?: readonly DuplicateBlock[];
  /** Jaro-Winkler similarity of normalised names (0–1) from which a pair in a block matches; default 0.9. */
  readonly nameThreshold?: number;
  /**
   * A block with more records than this (a shared office phone, a very common name in one city) is
   * not compared all-pairs but by sorted neighbourhood: records sorted by name, each compared with its
   * next `window` neighbours, and only similar names match. Default 50 (Odoo ignores keys matching ≥ 21).
   */
  readonly maxBlockSize?: number;
  /** Neighbours compared in oversized blocks; default 8. */
  readonly window?: number;
  /** Leave out pairs scoring below this; default 0. */
  readonly minScore?: number;
}

/**
 * Why two records matched: an equal identifier, or similar names inside a block.
 *
 * @example
 * ```ts
 * const r: DuplicateReason = { kind: 'exact', field: 'mobile', value: '+989121234567', score: 0.98 };
 * ```
 * @category Customer
 */
export type DuplicateReason =
  | {
      /** An identifier is equal. */
      readonly kind: 'exact';
      /** Which identifier. */
      readonly field: DuplicateExactField;
      /** Its value. */
      readonly value: string;
      /** Strength: 1 for national code, legal ID and economic code; 0.6 + 0.4 × name similarity for contact points. */
      readonly score: number;
    }
  | {
      /** Names are similar inside a block. */
      readonly kind: 'similarName';
      /** The block both records are in. */
      readonly block: DuplicateBlock;
      /** The block key (e.g. the shared last 7 digits). */
      readonly key: string;
      /** Strength: the name similarity × the block's weight (mobileSuffix 0.95, birthDate and emailLocal 0.9, postalCode 0.85, nameCity 0.75). */
      readonly score: number;
    };

/**
 * A pair of likely duplicates, `a` before `b` in the input.
 *
 * @example
 * ```ts
 * // { a: 'c-1', b: 'c-9', score: 1, nameSimilarity: 0.96, reasons: [{ kind: 'exact', field: 'nationalCode', … }] }
 * ```
 * @category Customer
 */
export type DuplicatePair = {
  /** The earlier record's id. */
  readonly a: CustomerId;
  /** The later record's id. */
  readonly b: CustomerId;
  /** How strongly they match, 0–1: the strongest reason. */
  readonly score: number;
  /** Jaro-Winkler similarity of the normalised names. */
  readonly nameSimilarity: number;
  /** Every reason found. */
  readonly reasons: readonly DuplicateReason[];
};

/**
 * The result of {@link findDuplicates}.
 *
 * @example
 * ```ts
 * // { pairs: [...], groups: [['c-1', 'c-9']], oversizedBlocks: 0, comparisons: 1520 }
 * ```
 * @category Customer
 */
export type DuplicateReport = {
  /** Pairs, strongest first. */
  readonly pairs: readonly DuplicatePair[];
  /** Connected groups of records (each a candidate merge), in input order. */
  readonly groups: readonly (readonly CustomerId[])[];
  /** Blocks compared by sorted neighbourhood because they exceeded `maxBlockSize`. */
  readonly oversizedBlocks: number;
  /** Name comparisons made (a measure of the work done). */
  readonly comparisons: number;
};
