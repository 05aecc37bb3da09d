/** Dates in Beijing time and the action log's codes in words. */
import { TASK_NAMES } from './task-names';
import { i18n } from './i18n';
import { localized } from './locales/localized';
import { ACTION_EN } from './locales/codes-en';
import { ACTION_ZH } from './locales/codes-zh';
import { actorKind, type ActorKind } from '../../../core/people/actor-kind';

const fmt = (opts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', ...opts });
const dayFmt = fmt({ year: 'numeric', month: '2-digit', day: '2-digit' });
const timeFmt = fmt({ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });

export const day = (v: string | Date | null) => (v ? dayFmt.format(new Date(v)).replace(/\//g, '-') : '');
export const time = (v: string | Date | null) => (v ? timeFmt.format(new Date(v)).replace(/\//g, '-') : '');

const ACTIONS = localized(ACTION_ZH, ACTION_EN);

export function actionLabel(action: string): string {
  if (ACTIONS[action]) return ACTIONS[action];
  if (action.startsWith('task.')) return i18n.global.t('common.completedTask', { task: TASK_NAMES[action.slice(5)] ?? action.slice(5) });
  return action;
}

/** A list in the language's own way: 甲、乙 / A, B. */
export const joinList = (xs: string[]) => xs.join(i18n.global.t('common.listSep'));
/** An aside in the language's brackets: （甲） / (A). */
export const aside = (s: string | number) => i18n.global.t('common.aside', { s: String(s) });

/**
 * Who did a step: the server's words for a person (name and department, as written), the UI's own words for the
 * actors that are not people (core/people/actor-kind.ts: system, enterprise, Open311 client).
 */
export function actorLabel(actor: string, name?: string | null): string {
  const kind = actorKind(actor);
  return kind ? i18n.global.t(ACTOR_KEY[kind]) : name ?? actor;
}
const ACTOR_KEY: Record<ActorKind, string> = { system: 'common.actorSystem', enterprise: 'common.actorEnterprise', open311: 'common.actorOpen311' };
