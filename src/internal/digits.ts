// Digit mapping shared by text, iran and money. Persian (U+06F0–U+06F9) and Arabic-Indic
// (U+0660–U+0669) digits both map to ASCII; see ../shared/reference/iran-data.md §8.

const PERSIAN_ZERO = 0x06f0;
const ARABIC_ZERO = 0x0660;
const NON_LATIN_DIGIT = /[\u06F0-\u06F9\u0660-\u0669]/g;

/** Replaces Persian and Arabic-Indic digits with ASCII digits; everything else is kept. */
export function latinDigits(text: string): string {
  return text.replace(NON_LATIN_DIGIT, (d) => {
    const code = d.charCodeAt(0);
    return String.fromCharCode(48 + code - (code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_ZERO));
  });
}

/** Replaces ASCII and Arabic-Indic digits with Persian digits; everything else is kept. */
export function persianDigits(text: string): string {
  return text.replace(/[0-9\u0660-\u0669]/g, (d) => {
    const code = d.charCodeAt(0);
    return String.fromCharCode(PERSIAN_ZERO + code - (code >= ARABIC_ZERO ? ARABIC_ZERO : 48));
  });
}
