/**
 * form-js (1.x) writes its validation messages in English and has no translation hook for them; the pages show
 * them in Chinese by rewriting each message as it appears.
 */
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
  };
  const observer = new MutationObserver(fix);
  observer.observe(host, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
