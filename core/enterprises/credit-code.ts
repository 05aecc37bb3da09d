/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and the capital letters without I, O, Z, S, V; the last
 * is a check character computed from the other 17 (weights 3^i mod 31). A code that fails the check was mistyped.
 */
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters, or null if they contain a character the standard excludes. */
export function creditCodeCheck(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHARS.indexOf(first17[i] ?? '');
    if (v < 0) return null;
    sum += v * WEIGHTS[i];
  }
  return CHARS[(31 - (sum % 31)) % 31];
}

/** Whether `code` is a well-formed credit code with the right check character (upper case expected). */
export function isCreditCode(code: string): boolean {
  return /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code) && creditCodeCheck(code.slice(0, 17)) === code[17];
}
