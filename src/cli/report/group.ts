// Transactions grouped by customer, each customer's purchases in time order, with Tehran civil days:
// the one pass every report section reads from.

import { createCivilDayOf } from '../../calendar/index.js';
import type { Store, StoreCustomer } from '../store/types.js';

/** The store indexed for the report. */
export type StoreIndex = {
  /** Every customer: the customer file's, then ids seen only in transactions. */
  readonly customers: readonly StoreCustomer[];
  /** `first[c]…first[c + 1]` are the positions in `order` of customer c's transactions. */
  readonly first: Int32Array;
  /** Transaction indices grouped by customer, each group by time (then input order). */
  readonly order: Int32Array;
  /** Customer index of every transaction. */
  readonly customerOf: Int32Array;
  /** Tehran civil epoch day of every transaction. */
  readonly day: Int32Array;
  /** Customer index by id. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** Total spend of every customer (Rial). */
  readonly spend: readonly bigint[];
};

/** Groups a store's transactions by customer (linear, apart from sorting each customer's few purchases). */
export function indexStore(store: Store, timeZone: string): StoreIndex {
  const customers: StoreCustomer[] = [...store.customers];
  const indexOf = new Map<string, number>();
  customers.forEach((c, i) => {
    indexOf.set(c.id, i);
  });
  const txs = store.transactions;
  const n = txs.length;
  const customerOf = new Int32Array(n);
  const day = new Int32Array(n);
  const dayOf = createCivilDayOf(timeZone);
  for (let i = 0; i < n; i++) {
    const t = txs[i] as Store['transactions'][number];
    let c = indexOf.get(t.customerId);
    if (c === undefined) {
      c = customers.length;
      customers.push({ id: t.customerId, firstName: '', lastName: '' });
      indexOf.set(t.customerId, c);
    }
    customerOf[i] = c;
    day[i] = dayOf(t.at);
  }
  const first = new Int32Array(customers.length + 1);
  for (let i = 0; i < n; i++) {
    const slot = (customerOf[i] as number) + 1;
    first[slot] = (first[slot] as number) + 1;
  }
  for (let c = 0; c < customers.length; c++) first[c + 1] = (first[c + 1] as number) + (first[c] as number);
  const fill = first.slice(0, customers.length);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = customerOf[i] as number;
    order[fill[c] as number] = i;
    fill[c] = (fill[c] as number) + 1;
  }
  for (let c = 0; c < customers.length; c++) {
    const from = first[c] as number;
    const to = first[c + 1] as number;
    if (to - from < 2) continue;
    let sorted = true;
    for (let k = from + 1; k < to && sorted; k++)
      if ((txs[order[k] as number]?.at as number) < (txs[order[k - 1] as number]?.at as number)) sorted = false;
    if (sorted) continue;
    const part = Array.from(order.subarray(from, to)).sort(
      (a, b) => (txs[a]?.at as number) - (txs[b]?.at as number) || a - b,
    );
    order.set(part, from);
  }
  const spend = new Array<bigint>(customers.length).fill(0n);
  for (let i = 0; i < n; i++) {
    const c = customerOf[i] as number;
    spend[c] = (spend[c] as bigint) + BigInt((txs[i] as Store['transactions'][number]).amount);
  }
  return { customers, first, order, customerOf, day, indexOf, spend };
}
