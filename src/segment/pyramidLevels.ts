/**
 * One level of a customer pyramid, top first: `share` is the fraction of customers (or of total
 * value, with `by: 'value'`) the level takes; shares sum to 1.
 *
 * @example
 * ```ts
 * const top: PyramidLevel = { name: 'platinum', labelFa: 'پلاتینی', share: 0.05 };
 * ```
 * @category Segment
 */
export type PyramidLevel = {
  /** Level name, returned per customer. */
  readonly name: string;
  /** Persian label for reports. */
  readonly labelFa?: string;
  /** Fraction in (0, 1]; the levels' shares sum to 1. */
  readonly share: number;
};

/**
 * The project's five-metal scale (platinum, gold, silver, bronze, tin; پلاتینی، طلایی، نقره‌ای،
 * برنزی، قلعی) with the cut-offs proposed in segmentation.md §7: top 5 %, next 15 %, 30 %, 30 %,
 * bottom 20 %. A loyalty-industry convention, not an academic standard.
 *
 * @example
 * ```ts
 * METAL_PYRAMID_LEVELS.map((l) => l.name); // ['platinum', 'gold', 'silver', 'bronze', 'tin']
 * ```
 * @category Segment
 */
export const METAL_PYRAMID_LEVELS: readonly PyramidLevel[] = [
  { name: 'platinum', labelFa: 'پلاتینی', share: 0.05 },
  { name: 'gold', labelFa: 'طلایی', share: 0.15 },
  { name: 'silver', labelFa: 'نقره‌ای', share: 0.3 },
  { name: 'bronze', labelFa: 'برنزی', share: 0.3 },
  { name: 'tin', labelFa: 'قلعی', share: 0.2 },
];

/**
 * Zeithaml, Rust & Lemon's (2001) customer pyramid: platinum, gold, iron, lead (the metal, سرب).
 * The paper defines the tiers by profitability, not by percentages; the 20/30/30/20 cut-offs here
 * come from secondary sources and are configuration.
 *
 * @example
 * ```ts
 * ZEITHAML_PYRAMID_LEVELS.map((l) => l.name); // ['platinum', 'gold', 'iron', 'lead']
 * ```
 * @category Segment
 */
export const ZEITHAML_PYRAMID_LEVELS: readonly PyramidLevel[] = [
  { name: 'platinum', labelFa: 'پلاتینی', share: 0.2 },
  { name: 'gold', labelFa: 'طلایی', share: 0.3 },
  { name: 'iron', labelFa: 'آهنی', share: 0.3 },
  { name: 'lead', labelFa: 'سربی', share: 0.2 },
];
