/** zh-CN first, English second; the choice is kept in the browser. */
import { createI18n } from 'vue-i18n';
import zh from './locales/zh-CN';
import en from './locales/en';

const saved = typeof localStorage !== 'undefined' ? localStorage.getItem('qq.locale') : null;

export const i18n = createI18n({
  legacy: false,
  locale: saved === 'en' ? 'en' : 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zh, en },
});

export function setLocale(l: 'zh-CN' | 'en') {
  i18n.global.locale.value = l;
  localStorage.setItem('qq.locale', l);
  document.documentElement.lang = l;
}
