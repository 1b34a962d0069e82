// The data the `moshtari report` command works on: a club's customers, transactions and, when the
// input has them, survey answers and support tickets. Amounts are integer Rial as safe integers
// (exact: every value is checked with Number.isSafeInteger); instants are epoch milliseconds.
import type { JalaliDate } from '../../calendar/index.js';

/** One customer of the store. */
export type StoreCustomer = {
  /** Customer id, unique in the store. */
  readonly id: string;
  /** Given name (Persian in the sample). */
  readonly firstName: string;
  /** Family name. */
  readonly lastName: string;
  /** Gender, when known. */
  readonly gender?: 'female' | 'male';
  /** 10-digit national code (valid check digit), when known. */
  readonly nationalCode?: string;
  /** Mobile in E.164 (`+989121234567`), when known. */
  readonly mobile?: string;
  /** City name (Persian in the sample). */
  readonly city?: string;
  /** Jalali birth date, when known. */
  readonly birthDate?: JalaliDate;
  /** When the customer joined the club (epoch ms); defaults to the first transaction. */
  readonly joinedAt?: number;
};

/** One purchase. */
export type StoreTransaction = {
  /** Transaction id, unique in the store. */
  readonly id: string;
  /** The buyer; must be a known customer when a customer file is given. */
  readonly customerId: string;
  /** Instant of the purchase (epoch ms). */
  readonly at: number;
  /** Amount paid in Rial, a positive safe integer. */
  readonly amount: number;
  /** Club points the customer redeemed on this purchase (0 or absent: none). */
  readonly pointsRedeemed?: number;
  /** Sales channel (`store`, `online`, …), when known. */
  readonly channel?: string;
};

/** One NPS survey answer (0–10). */
export type StoreSurvey = {
  /** Who answered. */
  readonly customerId: string;
  /** When (epoch ms). */
  readonly at: number;
  /** 0–10. */
  readonly score: number;
};

/** One support ticket. */
export type StoreTicket = {
  /** Ticket id. */
  readonly id: string;
  /** The customer. */
  readonly customerId: string;
  /** Priority, as in moshtari/support. */
  readonly priority: 'low' | 'normal' | 'high' | 'urgent';
  /** Opened (epoch ms). */
  readonly openedAt: number;
  /** First response by an agent (epoch ms), when there was one. */
  readonly firstResponseAt?: number;
  /** Resolved (epoch ms), when resolved. */
  readonly resolvedAt?: number;
};

/** The parameters a synthetic store was drawn from (so a report can show the fit recovers them). */
export type StoreTruth = {
  /** BG/NBD: purchase rate λ ~ Gamma(r, alpha) per day, dropout p ~ Beta(a, b) after each purchase. */
  readonly bgNbd: { readonly r: number; readonly alpha: number; readonly a: number; readonly b: number };
  /** Gamma-Gamma: mean spend ν ~ Gamma(q, gamma), each purchase ~ Gamma(p, ν), in Rial. */
  readonly gammaGamma: { readonly p: number; readonly q: number; readonly gamma: number };
  /** The time unit of the BG/NBD parameters. */
  readonly timeUnit: 'day' | 'week';
};

/** A whole store. */
export type Store = {
  /** Customers (may be empty when only transactions were given). */
  readonly customers: readonly StoreCustomer[];
  /** Transactions, any order. */
  readonly transactions: readonly StoreTransaction[];
  /** NPS answers, when the input has them. */
  readonly surveys?: readonly StoreSurvey[];
  /** Support tickets, when the input has them. */
  readonly tickets?: readonly StoreTicket[];
  /** For a synthetic store: the parameters it was drawn from. */
  readonly truth?: StoreTruth;
  /** For a synthetic store: the "today" it was generated for (epoch ms). */
  readonly asOf?: number;
};

/** A bad input row, reported with its line number; nothing is dropped silently. */
export type RowProblem = {
  /** Which file (`transactions`, `customers`, …). */
  readonly file: string;
  /** 1-based line number in the file (the header is line 1). */
  readonly line: number;
  /** The column at fault, when one is. */
  readonly column?: string;
  /** What was wrong, in English. */
  readonly message: string;
};
