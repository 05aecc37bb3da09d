/** zh-CN first, English second; the choice is kept in the browser. */
import { computed } from 'vue';
import { createI18n } from 'vue-i18n';
import zh from './locales/zh-CN';
import en from './locales/en';

const saved = typeof localStorage !== 'undefined' ? localStorage.getItem('qq.locale') : null;

export const i18n = createI18n({
  legacy: false,
  locale: saved === 'en' ? 'en' : 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zh, en },
  // A key asked for that neither language has is a bug: said on the console, where the browser tests look.
  missingWarn: false,
  fallbackWarn: false,
  missing: (locale, key) => {
    console.error(`[i18n] missing message ${locale}:${key}`);
    return key;
  },
});

export function setLocale(l: 'zh-CN' | 'en') {
  i18n.global.locale.value = l;
  localStorage.setItem('qq.locale', l);
  document.documentElement.lang = l;
}

// The page says which language it is in from the first paint (index.html says zh-CN), for screen readers and fonts.
if (typeof document !== 'undefined') document.documentElement.lang = i18n.global.locale.value;

/** The language the switch offers, for its lang attribute: it names that language in that language. */
export const otherLang = computed(() => (i18n.global.locale.value === 'en' ? 'zh-CN' : 'en'));
