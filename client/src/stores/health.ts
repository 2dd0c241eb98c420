import { type HealthResponse } from '@thb/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { fetchHealth } from '@/api/endpoints';

/** The server's health report, used for the version shown in the footer. Failures are silent by design. */
export const useHealthStore = defineStore('health', () => {
  const health = ref<HealthResponse | undefined>();
  const version = computed(() => health.value?.version);
  let requested = false;

  async function load(): Promise<void> {
    if (requested) {
      return;
    }
    requested = true;
    try {
      health.value = await fetchHealth();
    } catch {
      // The footer simply shows no version; the pages that need the API report errors themselves.
      requested = false;
    }
  }

  return { health, version, load };
});
