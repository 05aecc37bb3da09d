/**
 * The UI's two languages: every message key exists in zh-CN and in English, and every key a page asks for by
 * name (`t('…')`) exists in both — a key added in one language only, or a typo, fails here.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import zh from '../web/ui/src/locales/zh-CN.js';
import en from '../web/ui/src/locales/en.js';

type Messages = { [k: string]: string | Messages };
const keys = (m: Messages, prefix = ''): string[] => Object.entries(m).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.(vue|ts)$/.test(f) ? [p] : [];
  });
}

describe('the UI’s messages', () => {
  it('has the same keys in zh-CN and English', () => {
    const zhKeys = keys(zh as Messages).sort();
    const enKeys = keys(en as Messages).sort();
    expect({ onlyInChinese: zhKeys.filter((k) => !enKeys.includes(k)), onlyInEnglish: enKeys.filter((k) => !zhKeys.includes(k)) }).toEqual({ onlyInChinese: [], onlyInEnglish: [] });
  });

  it('has every key a page asks for, in both languages', () => {
    const known = new Set(keys(zh as Messages));
    const asked = sources(join('web', 'ui', 'src')).flatMap((p) => [...readFileSync(p, 'utf8').matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'\)/g)].map((m) => ({ p, key: m[1] })));
    expect(asked.length).toBeGreaterThan(50);
    expect(asked.filter((a) => !known.has(a.key)).map((a) => `${a.p}: ${a.key}`)).toEqual([]);
  });
});
