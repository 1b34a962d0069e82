import { err, ok, type Result } from '../core/index.js';
import { fail } from './checks.js';
import { compareDates, earliest, mergeComplaints, mergeLifecycle, mergeTimeline } from './mergeHistory.js';
import { type MergeLog, mergeObject, type UnchosenValue, unite } from './mergeValues.js';
import type { Customer } from './types.js';
import type { CustomerId } from './typesContact.js';

/**
 * Options of {@link mergeCustomers}.
 *
 * @example
 * ```ts
 * // take the birth date and the whole profile's income band from the duplicate c-9
 * const policy: MergePolicy = { choose: { birthDate: 'c-9' as CustomerId, 'profile.monthlyIncome': 'c-9' as CustomerId } };
 * ```
 * @category Customer
 */
export interface MergePolicy {
  /**
   * Per field path (`'birthDate'`, `'profile.householdSize'`, `'lifecycle'`, `'createdAt'`), the
   * record whose value wins. Other fields: the primary's value, else the first duplicate's that has one.
   */
  readonly choose?: Readonly<Record<string, CustomerId>>;
}

/**
 * The merged record and where every value came from.
 *
 * @example
 * ```ts
 * // { customer: { id: 'c-1', …, mergedIds: ['c-9'] }, mergedIds: ['c-9'],
 * //   sources: { name: 'c-1', birthDate: 'c-9', … }, unchosen: [{ path: 'gender', value: 'male', from: 'c-9' }] }
 * ```
 * @category Customer
 */
export type CustomerMerge<TCustomer> = {
  /** The surviving record: the primary's id, values merged. */
  readonly customer: TCustomer;
  /** Ids merged into it (the duplicates and what they had absorbed): redirect them to the primary. */
  readonly mergedIds: readonly CustomerId[];
  /** For every chosen value, the id of the record it came from, by dotted path. */
  readonly sources: Readonly<Record<string, CustomerId>>;
  /** Every value that was not chosen, with its path and record: nothing is lost. */
  readonly unchosen: readonly UnchosenValue[];
};

/**
 * Why {@link mergeCustomers} refused: a person (حقیقی) and an organization (حقوقی) cannot be merged.
 *
 * @example
 * ```ts
 * // { code: 'KIND_MISMATCH', ids: ['c-1', 'c-2'], message: 'c-2 is an organization, c-1 a person' }
 * ```
 * @category Customer
 */
export type MergeCustomersError = {
  /** Always `'KIND_MISMATCH'`. */
  readonly code: 'KIND_MISMATCH';
  /** The primary's id and the first id of the other kind. */
  readonly ids: readonly CustomerId[];
  /** An English sentence. */
  readonly message: string;
};

const SPECIAL: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'id',
  'kind',
  'lifecycle',
  'timeline',
  'mergedIds',
  'createdAt',
  'relationship',
]);

/**
 * Merges duplicates into a primary record (crm.md §3): for each field the primary's value wins,
 * else the first duplicate's that has one (or the record `policy.choose` names), with provenance in
 * `sources`. Lists are united without repeats: mobiles, phones, emails, addresses, consents, tags,
 * contact persons, survey answers. The lifecycle takes the furthest stage (by `lifecycleStageRank`)
 * and keeps every history entry; timelines are concatenated and re-parented to the primary (with
 * `mergedFrom`); `createdAt` and `customerSince` are the earliest; complaint counts add up. No value is
 * lost: whatever was not chosen is in `unchosen`. Inputs are not modified.
 *
 * @param primary - the surviving record
 * @param duplicates - records merged into it, in order of preference
 * @param policy - `choose`: per-field winners
 * @returns the merge, or `KIND_MISMATCH` for a person merged with an organization
 * @throws {MoshtariError} DUPLICATE_ID when an id appears twice; UNKNOWN_CUSTOMER when `policy.choose`
 *   names a record not being merged
 * @example
 * ```ts
 * const r = mergeCustomers(a, [b]);
 * if (r.ok) {
 *   r.value.customer.contact?.mobiles; // a's mobiles, then b's new ones
 *   r.value.unchosen;                  // b's values that differed from a's
 * }
 * ```
 * @category Customer
 */
export function mergeCustomers<TCustomer extends Customer<unknown>>(
  primary: TCustomer,
  duplicates: readonly TCustomer[],
  policy: MergePolicy = {},
): Result<CustomerMerge<TCustomer>, MergeCustomersError> {
  const records: readonly TCustomer[] = [primary, ...duplicates];
  const ids = new Set<string>();
  records.forEach((r, i) => {
    if (ids.has(r.id)) fail('DUPLICATE_ID', `duplicates[${i - 1}].id: ${r.id} is merged twice`, `duplicates[${i - 1}]`);
    ids.add(r.id);
  });
  for (const [path, id] of Object.entries(policy.choose ?? {})) {
    if (!ids.has(id))
      fail('UNKNOWN_CUSTOMER', `policy.choose.${path}: ${id} is not being merged`, `policy.choose.${path}`);
  }
  const other = records.find((r) => r.kind !== primary.kind);
  if (other !== undefined) {
    const message = `${other.id} is ${other.kind === 'person' ? 'a person' : 'an organization'}, ${primary.id} ${primary.kind === 'person' ? 'a person' : 'an organization'}`;
    return err({ code: 'KIND_MISMATCH', ids: [primary.id, other.id], message });
  }
  const log: MergeLog = { sources: {}, unchosen: [], choose: policy.choose ?? {} };
  const merged: Record<string, unknown> = {
    id: primary.id,
    kind: primary.kind,
    ...mergeObject(
      '',
      records.map((r) => ({ id: r.id, value: r as unknown as Readonly<Record<string, unknown>> })),
      log,
      SPECIAL,
    ),
  };
  const relationship = mergeObject(
    'relationship',
    records.map((r) => ({ id: r.id, value: { ...r.relationship, customerSince: undefined, complaints: undefined } })),
    log,
  );
  const customerSince = earliest(
    'relationship.customerSince',
    records,
    (r) => r.relationship?.customerSince,
    compareDates,
    log,
  );
  const complaints = mergeComplaints(records, log);
  if (customerSince !== undefined) relationship['customerSince'] = customerSince;
  if (complaints !== undefined) relationship['complaints'] = complaints;
  if (Object.keys(relationship).length > 0) merged['relationship'] = relationship;
  const lifecycle = mergeLifecycle(records, log);
  if (lifecycle !== undefined) merged['lifecycle'] = lifecycle;
  const timeline = mergeTimeline(records);
  if (timeline !== undefined) merged['timeline'] = timeline;
  const createdAt = earliest(
    'createdAt',
    records,
    (r) => r.createdAt,
    (a, b) => a - b,
    log,
  );
  if (createdAt !== undefined) merged['createdAt'] = createdAt;
  const mergedIds = unite([primary.mergedIds ?? [], ...duplicates.map((d) => [d.id, ...(d.mergedIds ?? [])])]).filter(
    (id) => id !== primary.id,
  ) as CustomerId[];
  if (mergedIds.length > 0) merged['mergedIds'] = mergedIds;
  return ok({
    customer: merged as unknown as TCustomer,
    mergedIds: mergedIds.filter((id) => !(primary.mergedIds ?? []).includes(id)),
    sources: log.sources,
    unchosen: log.unchosen,
  });
}
