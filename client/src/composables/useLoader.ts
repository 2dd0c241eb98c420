import { computed, onBeforeUnmount, ref, shallowRef } from 'vue';

export type LoaderStatus = 'idle' | 'loading' | 'success' | 'error';

/**
 * Loading state of one piece of page data: the data, the status, the error, and `load()`, which aborts the
 * previous request so a slow answer never overwrites a newer one. Aborted on unmount.
 */
export function useLoader<T>(fetcher: (signal: AbortSignal) => Promise<T>) {
  const data = shallowRef<T | undefined>();
  const status = ref<LoaderStatus>('idle');
  const error = shallowRef<unknown>();
  const isLoading = computed(() => status.value === 'loading' || status.value === 'idle');
  let controller: AbortController | undefined;

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    status.value = 'loading';
    error.value = undefined;
    try {
      const result = await fetcher(current.signal);
      if (current.signal.aborted) {
        return;
      }
      data.value = result;
      status.value = 'success';
    } catch (err) {
      if (current.signal.aborted) {
        return;
      }
      error.value = err;
      status.value = 'error';
    }
  }

  onBeforeUnmount(() => {
    controller?.abort();
  });

  return { data, status, error, isLoading, load };
}
