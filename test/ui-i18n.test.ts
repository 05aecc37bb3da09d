/**
 * The UI's two languages: every message key exists in zh-CN and in English, and every key a page asks for by
 * name (`t('…')`) exists in both — a key added in one language only, or a typo, fails here.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import zh from '../web/ui/src/locales/zh-CN.js';
import en from '../web/ui/src/locales/en.js';
import * as serverLabels from '../web/labels.js';
import * as codesEn from '../web/ui/src/locales/codes-en.js';
import * as codesZh from '../web/ui/src/locales/codes-zh.js';
import { EXTENSION_STATUS } from '../db/entities/item-records.js';
import { MEETING_STATUS } from '../db/entities/meeting.js';
import { IMPORT_STATUS } from '../db/entities/imports.js';
import { LADDER_LABEL } from '../core/supervision/ladder.js';
import { RECIPIENT_LABEL } from '../web/usecases/ladder-rules.js';
import { NOTICE } from '../core/contract.js';
import { PLACEHOLDERS } from '../core/notify/notice-templates.js';
import { IMPORT_FIELDS } from '../web/imports/mapping.js';
import { FORM_EN, formInEnglish } from '../web/ui/src/locales/forms-en.js';
import { MEETING_KINDS } from '../core/meetings/rules.js';
import { PUBLIC_STEPS } from '../core/items/public-timeline.js';

type Messages = { [k: string]: string | Messages };
const keys = (m: Messages, prefix = ''): string[] => Object.entries(m).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));

const values = (m: Messages, prefix = ''): [string, string][] => Object.entries(m).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : values(v, `${prefix}${k}.`)));
const CHINESE = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/;
/** Comments may say anything; `//` only where it starts a comment (not in `http://`). */
const withoutComments = (src: string) => src.replace(/<!--[\s\S]*?-->/g, '').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[\s;{}(),])\/\/.*$/gm, '$1');
/**
 * Files whose Chinese is not the UI's own text: the messages themselves, the Chinese translations of the bpmn.io
 * libraries (`*-zh.ts`, shown in zh-CN only), and the reader of pasted Chinese holiday notices.
 */
const CHINESE_ALLOWED = [/[\\/]locales[\\/]/, /-zh\.ts$/, /calendar-notice\.ts$/];
/** English messages that are Chinese on purpose: the language switch names the other language in its own words. */
const ENGLISH_MAY_BE_CHINESE = ['app.language'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.(vue|ts)$/.test(f) ? [p] : [];
  });
}

describe('the UI’s messages', () => {
  it('has the same keys in zh-CN and English', () => {
    const zhKeys = keys(zh).sort();
    const enKeys = keys(en).sort();
    expect({ onlyInChinese: zhKeys.filter((k) => !enKeys.includes(k)), onlyInEnglish: enKeys.filter((k) => !zhKeys.includes(k)) }).toEqual({ onlyInChinese: [], onlyInEnglish: [] });
  });

  it('has every key a page asks for, in both languages', () => {
    const known = new Set(keys(zh));
    const asked = sources(join('web', 'ui', 'src')).flatMap((p) => [...readFileSync(p, 'utf8').matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'\)/g)].map((m) => ({ p, key: m[1] })));
    expect(asked.length).toBeGreaterThan(50);
    expect(asked.filter((a) => !known.has(a.key)).map((a) => `${a.p}: ${a.key}`)).toEqual([]);
  });

  it('leaves no Chinese text in a page or component: every word comes from the messages', () => {
    const spelled = sources(join('web', 'ui', 'src'))
      .filter((p) => !CHINESE_ALLOWED.some((re) => re.test(p)))
      .flatMap((p) => withoutComments(readFileSync(p, 'utf8')).split('\n').filter((line) => CHINESE.test(line)).map((line) => `${p}: ${line.trim()}`));
    expect(spelled).toEqual([]);
  });

  it('has English messages in English', () => {
    const chinese = values(en as Messages).filter(([k, v]) => CHINESE.test(v) && !ENGLISH_MAY_BE_CHINESE.includes(k)).map(([k, v]) => `${k}: ${v}`);
    expect(chinese).toEqual([]);
  });

  it('names every code of the server’s and the UI’s tables in English', () => {
    const missing = (name: string, zhTable: Record<string, string>, enTable: Record<string, string>) =>
      Object.keys(zhTable).filter((k) => !(k in enTable) || (zhTable[k] !== '' && !enTable[k])).map((k) => `${name}.${k}`);
    expect([
      ...missing('status', serverLabels.STATUS_LABEL, codesEn.STATUS_EN),
      ...missing('channel', serverLabels.CHANNEL_LABEL, codesEn.CHANNEL_EN),
      ...missing('decision', serverLabels.DECISION_LABEL, codesEn.DECISION_EN),
      ...missing('evaluation', serverLabels.EVALUATION_LABEL, codesEn.EVALUATION_EN),
      ...missing('task', codesZh.TASK_ZH, codesEn.TASK_EN),
      ...missing('action', codesZh.ACTION_ZH, codesEn.ACTION_EN),
      ...missing('meeting kind', Object.fromEntries(MEETING_KINDS.map((k) => [k, codesZh.MEETING_KIND_ZH[k] ?? ''])), codesEn.MEETING_KIND_EN),
      ...missing('meeting status', Object.fromEntries(MEETING_STATUS.map((k) => [k, codesZh.MEETING_STATUS_ZH[k] ?? ''])), codesEn.MEETING_STATUS_EN),
      ...missing('public step', Object.fromEntries(Object.values(PUBLIC_STEPS).map((s) => [s.key, s.label])), codesEn.PUBLIC_STEP_EN),
      ...missing('extension', Object.fromEntries(EXTENSION_STATUS.map((s) => [s, codesZh.EXTENSION_ZH[s] ?? ''])), codesEn.EXTENSION_EN),
      ...missing('ladder step', LADDER_LABEL, codesEn.LADDER_EN),
      ...missing('ladder recipient', RECIPIENT_LABEL, codesEn.RECIPIENT_EN),
      ...missing('notice', Object.fromEntries(NOTICE.map((n) => [n, codesZh.NOTICE_ZH[n] ?? ''])), codesEn.NOTICE_EN),
      ...missing('placeholder', PLACEHOLDERS, codesEn.PLACEHOLDER_EN),
      ...missing('import field', Object.fromEntries(Object.entries(IMPORT_FIELDS).map(([k, f]) => [k, f.label])), codesEn.IMPORT_FIELD_EN),
      ...missing('import status', Object.fromEntries(IMPORT_STATUS.map((s) => [s, codesZh.IMPORT_STATUS_ZH[s] ?? ''])), codesEn.IMPORT_STATUS_EN),
      ...missing('day kind', codesZh.DAY_KIND_ZH, codesEn.DAY_KIND_EN),
      ...missing('day source', codesZh.DAY_SOURCE_ZH, codesEn.DAY_SOURCE_EN),
    ]).toEqual([]);
  });

  it('has every text of the shipped task forms in English', () => {
    // given every form deployed with the models
    const dir = join(process.cwd(), 'bpmn', 'forms');
    const texts = (c: unknown): string[] => (typeof c === 'string' ? [c] : Array.isArray(c) ? c.flatMap(texts) : c && typeof c === 'object' ? Object.values(c).flatMap(texts) : []);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.form'))) {
      const schema = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      // when it is shown in English
      const english = formInEnglish(schema) as { components: unknown };
      // then no Chinese is left in it, and the English is English
      expect({ file, chinese: texts(english.components).filter((t) => CHINESE.test(t)) }).toEqual({ file, chinese: [] });
    }
    expect(Object.entries(FORM_EN).filter(([, v]) => CHINESE.test(v))).toEqual([]);
  });
});
