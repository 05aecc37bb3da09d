/** Masks personal data for public pages and public exports: 张*, 张*明 → 张**, 13812341234 → 138****1234. */
export function maskName(name: string | null | undefined): string {
  if (!name) return '';
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
}

export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  const digits = phone.replace(/\s|-/g, '');
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length >= 7) return `${digits.slice(0, 2)}****${digits.slice(-2)}`;
  return '****';
}

/** Masks mobile numbers and names written inside free text (a reply may quote a contact). */
export function maskText(text: string | null | undefined): string {
  if (!text) return '';
  return text.replace(/(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g, '$1****$2').replace(/(?<!\d)(0\d{2,3}-?)\d{4}(\d{3,4})(?!\d)/g, '$1****$2');
}
