/**
 * form-js (1.x) writes its validation messages and a few controls in English and has no translation hook for
 * them; the pages show them in Chinese by rewriting each as it appears. Its date picker is flatpickr, whose
 * Chinese locale is set once for every picker.
 */
import flatpickr from 'flatpickr';
import { Mandarin } from 'flatpickr/dist/l10n/zh.js';

flatpickr.localize(Mandarin);

/** Texts of controls: the whole text of an element with no child elements (an icon beside it is kept). */
const TEXTS: Record<string, string> = { 'Add new': '添加一行', Browse: '选择文件', 'No files selected': '未选择文件' };
const PLACEHOLDERS: Record<string, string> = { Search: '搜索', 'yyyy/mm/dd': '年/月/日', 'mm/dd/yyyy': '月/日/年', 'dd/mm/yyyy': '日/月/年', 'hh:mm': '时:分' };
const ARIA: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^Increment$/, () => '增加'], [/^Decrement$/, () => '减少'], [/^Previous page$/, () => '上一页'], [/^Next page$/, () => '下一页'],
  [/^Remove list item (\d+)$/, (m) => `删除第${m[1]}行`], [/^Download (.+)$/, (m) => `下载 ${m[1]}`],
];
const RULES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^Field is required\.$/, () => '必填'],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `至少${m[1]}个字符`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `最多${m[1]}个字符`],
  [/^Field must have minimum value of (.+)\.$/, (m) => `不能小于${m[1]}`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `不能大于${m[1]}`],
  [/^Field must match pattern .*$/, () => '格式不正确'],
  [/^Field must be a valid email\.$/, () => '请填写正确的电子邮箱'],
  [/^Field must be a valid\s+international phone number.*$/, () => '请填写正确的电话号码'],
  [/^Value is not a number\.$/, () => '请填写数字'],
];

export function toChinese(message: string): string {
  for (const [re, zh] of RULES) {
    const m = message.trim().match(re);
    if (m) return zh(m);
  }
  return message;
}

/** Rewrites the form's error messages in place while the form lives; returns the stop function. */
export function translateErrors(host: HTMLElement): () => void {
  const fix = () => {
    host.querySelectorAll('.fjs-form-field-error li, .fjs-form-field-error span').forEach((el) => {
      if (el.children.length) return;
      const zh = toChinese(el.textContent ?? '');
      if (zh !== el.textContent) el.textContent = zh;
    });
    host.querySelectorAll('button, span').forEach((el) => {
      for (const node of el.childNodes) {
        const zh = node.nodeType === Node.TEXT_NODE ? TEXTS[(node.textContent ?? '').trim()] : undefined;
        if (zh) node.textContent = node.textContent!.replace(/\S.*\S|\S/, zh);
      }
    });
    host.querySelectorAll('[placeholder]').forEach((el) => {
      const zh = PLACEHOLDERS[el.getAttribute('placeholder') ?? ''];
      if (zh) el.setAttribute('placeholder', zh);
    });
    host.querySelectorAll('[aria-label]').forEach((el) => {
      const label = el.getAttribute('aria-label') ?? '';
      for (const [re, zh] of ARIA) {
        const m = label.match(re);
        if (m) el.setAttribute('aria-label', zh(m));
      }
    });
  };
  const observer = new MutationObserver(fix);
  observer.observe(host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['placeholder', 'aria-label'] });
  return () => observer.disconnect();
}
