/** The user tasks of the models, by task definition key (the engine gives each task's own name too). */
import { localized } from './locales/localized';
import { TASK_EN } from './locales/codes-en';
import { TASK_ZH } from './locales/codes-zh';

export const TASK_NAMES = localized(TASK_ZH, TASK_EN);
