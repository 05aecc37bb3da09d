/**
 * Masks personal data for public pages and public exports: 张三 → 张*, 13812341234 → 138****1234, and the same
 * inside free text (a problem or a reply may quote a contact), whatever way the number is written.
 */
import { EMAIL, FIXED_LINE, ID_CARD, MOBILE, digitsOf, mobileDigits } from './personal-data.js';

export function maskName(name: string | null | undefined): string {
  if (!name) return '';
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
}

export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  const digits = digitsOf(phone);
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length >= 7) return `${digits.slice(0, 2)}****${digits.slice(-2)}`;
  return '****';
}

function maskFixedLine(match: string): string {
  const area = /^[(（]/.test(match) ? digitsOf(match.slice(0, match.search(/[)）]/))) : digitsOf(match.match(/^[0０][0-9０-９]{2,3}/)![0]);
  const local = digitsOf(match).slice(area.length);
  return `${area}-****${local.slice(4)}`;
}

export function maskText(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .replace(EMAIL, (m) => `${m[0]}***@${m.slice(m.indexOf('@') + 1)}`)
    .replace(ID_CARD, (m) => `${digitsOf(m).slice(0, 4)}**********${m.slice(-4)}`)
    .replace(MOBILE, (m) => maskPhone(mobileDigits(m)))
    .replace(FIXED_LINE, maskFixedLine);
}
