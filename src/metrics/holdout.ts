import { fail } from './check.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16_777_619;
const TWO_32 = 4_294_967_296;

/** Internal: 32-bit FNV-1a over the UTF-8 bytes of `text` (lone surrogates as U+FFFD, like TextEncoder). */
export function fnv1a32(text: string): number {
  let h = FNV_OFFSET;
  const byte = (b: number): void => {
    h = Math.imul(h ^ b, FNV_PRIME);
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else c = 0xfffd;
    }
    if (c < 0x80) byte(c);
    else if (c < 0x800) {
      byte(0xc0 | (c >> 6));
      byte(0x80 | (c & 63));
    } else if (c < 0x10000) {
      byte(0xe0 | (c >> 12));
      byte(0x80 | ((c >> 6) & 63));
      byte(0x80 | (c & 63));
    } else {
      byte(0xf0 | (c >> 18));
      byte(0x80 | ((c >> 12) & 63));
      byte(0x80 | ((c >> 6) & 63));
      byte(0x80 | (c & 63));
    }
  }
  return h >>> 0;
}

/** Internal: MurmurHash3's 32-bit finalizer, so every input bit moves the high bits of the hash. */
function fmix32(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function id(value: string | number, path: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return fail('INVALID_ARGUMENT', path, `expected a string or finite number, got ${String(value)}`);
}

/**
 * A customer's stable position in [0, 1) for one campaign: FNV-1a (32-bit) over the UTF-8 bytes of
 * `` `${campaignId}:${customerId}` ``, then MurmurHash3's fmix32 finalizer, divided by 2³². The same
 * pair always gives the same number, on any machine and in any language that repeats the two steps;
 * different campaigns shuffle customers independently. Use it for splits beyond two groups.
 *
 * @param customerId - the customer (a number is used as `String(n)`)
 * @param campaignId - the campaign
 * @returns a number in [0, 1), uniform over customers
 * @throws {MoshtariError} INVALID_ARGUMENT for an id that is neither a string nor a finite number
 * @example
 * ```ts
 * holdoutBucket('c-1042', 'nowruz-1404'); // same value on every call
 * ```
 * @category Metrics
 */
export function holdoutBucket(customerId: string | number, campaignId: string | number): number {
  const key = `${id(campaignId, 'campaignId')}:${id(customerId, 'customerId')}`;
  return fmix32(fnv1a32(key)) / TWO_32;
}

/**
 * Assigns a customer to a campaign's hold-out (control) group or to treatment, deterministically:
 * hold-out exactly when {@link holdoutBucket} < `fraction`. Assign before sending, keep the
 * hold-out out of every channel of the campaign, and compare all assigned customers
 * (intent-to-treat; crm.md §5). Raising `fraction` only moves customers into the hold-out.
 *
 * @param customerId - the customer
 * @param campaignId - the campaign
 * @param fraction - the share of customers to hold out, 0…1 (e.g. 0.1)
 * @returns `'holdout'` or `'treatment'`
 * @throws {MoshtariError} INVALID_OPTION for a fraction outside 0…1; INVALID_ARGUMENT for a bad id
 * @example
 * ```ts
 * assignHoldout('c-1042', 'nowruz-1404', 0.1); // 'treatment' (and always will be)
 * ```
 * @category Metrics
 */
export function assignHoldout(
  customerId: string | number,
  campaignId: string | number,
  fraction: number,
): 'holdout' | 'treatment' {
  if (typeof fraction !== 'number' || !(fraction >= 0 && fraction <= 1)) {
    fail('INVALID_OPTION', 'fraction', `expected a number 0–1, got ${String(fraction)}`);
  }
  return holdoutBucket(customerId, campaignId) < fraction ? 'holdout' : 'treatment';
}
