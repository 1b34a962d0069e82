declare const brand: unique symbol;

/**
 * A phantom brand: `Brand<string, 'NationalCode'>` is a string that went through the validator
 * that brands it. Zero runtime cost; values get brands only from a parser, a zod schema or a named
 * constructor.
 *
 * @example
 * ```ts
 * type CustomerId = Brand<string, 'CustomerId'>;
 * ```
 * @category Core
 */
export type Brand<T, TBrand extends string> = T & {
  /** Compile-time only: the brand's name. No such property exists at run time. */
  readonly [brand]: TBrand;
};
