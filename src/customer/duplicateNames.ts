// Names for findDuplicates: normalised once per distinct text, numbered, with phonetic initials.
import { phoneticKey, searchTokens } from './searchText.js';
import type { Customer } from './types.js';

// Words that do not tell organizations apart («شرکت … سهامی خاص»).
const ORGANIZATION_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'شرکت',
  'سهامی',
  'خاص',
  'عام',
  'مسیولیت',
  'مسئولیت',
  'محدود',
  'با',
  'تعاونی',
  'موسسه',
  'موسسهی',
  'گروه',
  'co',
  'ltd',
  'inc',
  'company',
]);

/** The phonetic first letter of a normalised word as a 10-bit code (0 when empty). */
function initial(word: string): number {
  return (phoneticKey(word.slice(0, 2)).charCodeAt(0) || 0) & 0x3ff;
}

/** A normalised name part and its initial. */
export type Normalised = { readonly text: string; readonly initial: number };
const NONE: Normalised = { text: '', initial: 0 };

/**
 * Normalises names for comparison, once per distinct text (names repeat a lot), and numbers the
 * distinct parts so callers can keep per-record ids in typed arrays. `compute` leaves its result in
 * `first`, `last` and `initials` (no allocation per record).
 */
export class NameKeys {
  private readonly cache: Map<string, number> = new Map();
  /** Distinct normalised parts; id 0 is the empty part. */
  readonly parts: Normalised[] = [NONE];
  /** Part id of the last customer's first name (an organization's whole name). */
  first = 0;
  /** Part id of its family name. */
  last = 0;
  /** Its first-name and last-name initials as a 20-bit code (0: no name). */
  initials = 0;

  private intern(text: string | undefined, organization: boolean): number {
    if (text === undefined) return 0;
    let id = this.cache.get(text);
    if (id === undefined) {
      let words = searchTokens(text);
      if (organization) words = words.filter((w) => !ORGANIZATION_WORDS.has(w));
      const joined = words.join(' ');
      id = joined === '' ? 0 : this.parts.push({ text: joined, initial: initial(joined) }) - 1;
      this.cache.set(text, id);
    }
    return id;
  }

  /** Computes `first`, `last` and `initials` of `customer`. */
  compute(customer: Customer<unknown>): void {
    if (customer.kind === 'person') {
      this.first = this.intern(customer.name.first, false);
      this.last = this.intern(customer.name.last, false);
    } else {
      this.first = this.intern(customer.name, true);
      this.last = 0;
    }
    this.initials = this.initialsOf(this.first, this.last);
  }

  /** The 20-bit initials code of two part ids. */
  initialsOf(first: number, last: number): number {
    return ((this.parts[first] as Normalised).initial << 10) | (this.parts[last] as Normalised).initial;
  }

  /** The normalised text of a part id. */
  text(part: number): string {
    return (this.parts[part] as Normalised).text;
  }

  /** The comparable name made of two part ids ('' when both are empty). */
  join(first: number, last: number): string {
    const a = (this.parts[first] as Normalised).text;
    const b = (this.parts[last] as Normalised).text;
    return a === '' ? b : b === '' ? a : `${a} ${b}`;
  }
}
