/**
 * A code → label table that answers in the UI's current language. The Chinese table is the one the server's
 * pages and exports use; the English one must name every code of it. Reading a label inside a template or a
 * computed tracks the locale, so switching language re-renders it.
 */
import { i18n } from '../i18n.js';

export function localized(zh: Record<string, string>, en: Record<string, string>): Record<string, string> {
  const pick = (key: string | symbol): string | undefined => {
    if (typeof key !== 'string') return undefined;
    const table = (i18n.global.locale.value === 'en' ? en : zh) as Record<string, string>;
    return table[key] ?? (zh as Record<string, string>)[key];
  };
  return new Proxy(zh, {
    get: (_t, key) => pick(key),
    getOwnPropertyDescriptor: (t, key) => (Object.prototype.hasOwnProperty.call(t, key) ? { value: pick(key), enumerable: true, configurable: true, writable: false } : undefined),
  });
}

/** A text the server words in Chinese, in English when the UI speaks English and the key has an English name. */
export function spoken(zhText: string, en: Record<string, string>, key: string | null | undefined): string {
  return i18n.global.locale.value === 'en' && key && en[key] ? en[key] : zhText;
}
