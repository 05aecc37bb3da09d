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

export { STATUS_LABEL, CHANNEL_LABEL, DECISION_LABEL, EVALUATION_LABEL } from '../../labels';
