// Module-private: the character-level part of normalizePersian, one pass over UTF-16 code units
// (twice as fast as the equivalent chain of regex replacements on mixed Persian/Arabic text).

/**
 * Removes tatweel, Arabic diacritics and invisible junk, and folds Arabic letter variants to Persian.
 * Both modes: ي ى → ی, ك → ک, ة → ه. Search mode also: آ أ إ ٱ → ا, ؤ → و, ئ → ی, ۀ ۂ ہ ە → ه and
 * hamza marks U+0654/U+0655 removed. Returns `s` itself when nothing changes.
 */
export function foldArabicLetters(s: string, search: boolean): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x00ad) continue;
    const mapped = foldCode(code, search);
    if (mapped === code) continue;
    out += s.slice(start, i);
    if (mapped >= 0) out += String.fromCharCode(mapped);
    start = i + 1;
  }
  return start === 0 ? s : out + s.slice(start);
}

const REMOVE = -1;

/** The replacement code unit for `code`, `REMOVE` to drop it, or `code` itself to keep it. */
function foldCode(code: number, search: boolean): number {
  if (code >= 0x0610 && code <= 0x06ed) return foldArabic(code, search);
  switch (code) {
    case 0x00ad: // soft hyphen
    case 0x200b: // zero-width space
    case 0x200d: // zero-width joiner
    case 0x200e: // left-to-right mark
    case 0x200f: // right-to-left mark
    case 0xfeff: // byte order mark / zero-width no-break space
      return REMOVE;
    default:
      // bidi embeddings and overrides, word joiner and invisible operators, bidi isolates
      if (
        (code >= 0x202a && code <= 0x202e) ||
        (code >= 0x2060 && code <= 0x2064) ||
        (code >= 0x2066 && code <= 0x2069)
      )
        return REMOVE;
      return code;
  }
}

function foldArabic(code: number, search: boolean): number {
  switch (code) {
    case 0x061c: // Arabic letter mark
    case 0x0640: // tatweel
    case 0x0670: // superscript alef
      return REMOVE;
    case 0x0629: // ة
      return 0x0647;
    case 0x0643: // ك
      return 0x06a9;
    case 0x0649: // ى
    case 0x064a: // ي
      return 0x06cc;
    case 0x0654: // hamza above (ezafe «خانهٔ» in display mode)
    case 0x0655: // hamza below
      return search ? REMOVE : code;
  }
  // honorifics and small marks U+0610–U+061A, harakat U+064B–U+0653 and U+0656–U+065F
  if (code <= 0x061a || (code >= 0x064b && code <= 0x065f)) return REMOVE;
  // Quranic annotation marks, except the letters/symbols U+06DD, U+06DE, U+06E5, U+06E6, U+06E9
  if (code >= 0x06d6) {
    return code === 0x06dd || code === 0x06de || code === 0x06e5 || code === 0x06e6 || code === 0x06e9 ? code : REMOVE;
  }
  return search ? foldSearch(code) : code;
}

function foldSearch(code: number): number {
  switch (code) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
      return 0x0627;
    case 0x0624: // ؤ
      return 0x0648;
    case 0x0626: // ئ
      return 0x06cc;
    case 0x06c0: // ۀ
    case 0x06c1: // ہ
    case 0x06c2: // ۂ
    case 0x06d5: // ە
      return 0x0647;
    default:
      return code;
  }
}
