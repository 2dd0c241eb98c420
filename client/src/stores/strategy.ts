import { type Strategy } from '@thb/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { EU_STRATEGY_2012_2016, fetchStrategy } from '@/api/endpoints';

export type LoadStatus = 'idle' | 'loading' | 'success' | 'error';

export const useStrategyStore = defineStore('strategy', () => {
  const strategy = ref<Strategy | undefined>();
  const status = ref<LoadStatus>('idle');
  const error = ref<unknown>();

  const priorities = computed(() => strategy.value?.priorities ?? []);
  const actionCount = computed(() => priorities.value.reduce((n, p) => n + p.actions.length, 0));
  const isEmpty = computed(() => status.value === 'success' && priorities.value.length === 0);

  let pending: Promise<void> | undefined;

  /** Loads the Strategy once; `force` reloads it (the Retry button). Concurrent calls share one request. */
  function load(options: { force?: boolean } = {}): Promise<void> {
    if (pending) {
      return pending;
    }
    if (status.value === 'success' && !options.force) {
      return Promise.resolve();
    }
    status.value = 'loading';
    error.value = undefined;
    pending = fetchStrategy(EU_STRATEGY_2012_2016)
      .then((result) => {
        strategy.value = result;
        status.value = 'success';
      })
      .catch((err: unknown) => {
        error.value = err;
        status.value = 'error';
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  }

  return { strategy, status, error, priorities, actionCount, isEmpty, load };
});
