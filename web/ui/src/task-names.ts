/** The user tasks of the models, by task definition key (the engine gives each task's own name too). */
import { i18n } from './i18n';
import { localized } from './locales/localized';
import { TASK_EN } from './locales/codes-en';
import { TASK_ZH } from './locales/codes-zh';

export const TASK_NAMES = localized(TASK_ZH, TASK_EN);

/**
 * A task's title: in Chinese the name the model gives it (a designer may have renamed it), in English the
 * English name of its kind.
 */
export function taskTitle(key: string | null | undefined, name: string): string {
  return i18n.global.locale.value === 'en' && key && TASK_EN[key] ? TASK_EN[key] : name;
}
