/** A server-paged list: page number, total, loading state, and reload-from-page-1 when a filter changes. */
import { ref, type Ref } from 'vue';
import { ElMessage } from 'element-plus';

export function usePaged<T>(fetchPage: (page: number) => Promise<{ rows: T[]; total: number }>) {
  const rows = ref([]) as Ref<T[]>;
  const total = ref(0);
  const page = ref(1);
  const loading = ref(false);
  async function load() {
    loading.value = true;
    try {
      const r = await fetchPage(page.value);
      rows.value = r.rows;
      total.value = r.total;
    } catch (e) {
      ElMessage.error((e as Error).message);
    } finally {
      loading.value = false;
    }
  }
  function reload() {
    page.value = 1;
    return load();
  }
  return { rows, total, page, loading, load, reload };
}
