/**
 * What personal data looks like inside free text, in the ways people write it: mobile numbers with or without
 * +86 / 0086, grouped by spaces, dashes or dots, in full-width digits; fixed-line numbers with an area code
 * (0477-7654321, (0477) 765 4321); 18-character resident ID numbers; e-mail addresses. One set of patterns for
 * the public masking (mask.ts) and the log guard (core/log/logger.ts).
 */
const D = '[0-9０-９]';
const SEP = '[ \\u00a0\\u3000\\-－.·]?';
const NOT_DIGIT_BEFORE = '(?<![0-9０-９])';
const NOT_DIGIT_AFTER = '(?![0-9０-９])';

export const ID_CARD = new RegExp(`${NOT_DIGIT_BEFORE}[1-9１-９]${D}{16}[0-9０-９Xx]${NOT_DIGIT_AFTER}`, 'g');
export const MOBILE = new RegExp(`${NOT_DIGIT_BEFORE}(?:(?:[+＋]|00|００)?(?:86|８６)${SEP})?[1１][3-9３-９](?:${SEP}${D}){9}${NOT_DIGIT_AFTER}`, 'g');
export const FIXED_LINE = new RegExp(`${NOT_DIGIT_BEFORE}(?:[(（][0０]${D}{2,3}[)）]|[0０]${D}{2,3})${SEP}${D}{3,4}${SEP}${D}{3,4}${NOT_DIGIT_AFTER}`, 'g');
export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/** The ASCII digits of a match (full-width ones folded). */
export function digitsOf(s: string): string {
  return [...s].map((ch) => (ch >= '０' && ch <= '９' ? String(ch.charCodeAt(0) - 0xff10) : ch)).filter((ch) => ch >= '0' && ch <= '9').join('');
}

/** A mobile match without its country code. */
export function mobileDigits(match: string): string {
  return digitsOf(match).slice(-11);
}
