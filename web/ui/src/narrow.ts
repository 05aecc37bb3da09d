/** True on a phone-sized window (below 600 px): forms put their labels above the fields there. */
import { onBeforeUnmount, ref } from 'vue';

export function useNarrow() {
  const query = window.matchMedia('(max-width: 600px)');
  const narrow = ref(query.matches);
  const update = () => { narrow.value = query.matches; };
  query.addEventListener('change', update);
  onBeforeUnmount(() => query.removeEventListener('change', update));
  return narrow;
}
