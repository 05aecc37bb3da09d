/** Lists the pages share: departments (code → name), fetched once. */
import { ref } from 'vue';
import { api } from './api';

const names = ref<Record<string, string>>({});
let loaded = false;

export function departmentNames() {
  if (!loaded) {
    loaded = true;
    api<{ code: string; name: string }[]>('GET', '/api/departments')
      .then((ds) => (names.value = Object.fromEntries(ds.map((d) => [d.code, d.name]))))
      .catch(() => (loaded = false));
  }
  return names;
}

import * as zh from '../../labels';
import { localized } from './locales/localized';
import { CHANNEL_EN, DAY_KIND_EN, DAY_SOURCE_EN, DECISION_EN, EVALUATION_EN, EXTENSION_EN, IMPORT_STATUS_EN, MEETING_KIND_EN, MEETING_STATUS_EN, NOTICE_EN, STATUS_EN } from './locales/codes-en';
import { DAY_KIND_ZH, DAY_SOURCE_ZH, EXTENSION_ZH, IMPORT_STATUS_ZH, MEETING_KIND_ZH, MEETING_STATUS_ZH, NOTICE_ZH } from './locales/codes-zh';

/** The server's code names, in the UI's language. */
export const STATUS_LABEL = localized(zh.STATUS_LABEL, STATUS_EN);
export const CHANNEL_LABEL = localized(zh.CHANNEL_LABEL, CHANNEL_EN);
export const DECISION_LABEL = localized(zh.DECISION_LABEL, DECISION_EN);
export const EVALUATION_LABEL = localized(zh.EVALUATION_LABEL, EVALUATION_EN);
export const EXTENSION_LABEL = localized(EXTENSION_ZH, EXTENSION_EN);
export const MEETING_KIND_LABEL = localized(MEETING_KIND_ZH, MEETING_KIND_EN);
export const MEETING_STATUS_LABEL = localized(MEETING_STATUS_ZH, MEETING_STATUS_EN);
export const NOTICE_LABEL = localized(NOTICE_ZH, NOTICE_EN);
export const IMPORT_STATUS_LABEL = localized(IMPORT_STATUS_ZH, IMPORT_STATUS_EN);
export const DAY_KIND_LABEL = localized(DAY_KIND_ZH, DAY_KIND_EN);
export const DAY_SOURCE_LABEL = localized(DAY_SOURCE_ZH, DAY_SOURCE_EN);
