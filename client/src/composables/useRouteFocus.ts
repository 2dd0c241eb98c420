import { nextTick, type Ref, watch } from 'vue';
import { useRoute } from 'vue-router';

function focusWithoutScroll(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
  }
  element.focus({ preventScroll: true });
}

/**
 * After a client-side navigation, moves focus to the new page's h1 (or the main region), as a full page load
 * would, so screen-reader users hear where they are and keyboard users start from the top of the content.
 * An in-page link (#hash) moves focus to its target instead. The first load keeps the browser's default.
 */
export function useRouteFocus(main: Readonly<Ref<HTMLElement | null>>): void {
  const route = useRoute();

  watch(
    () => route.path,
    async () => {
      await nextTick();
      const region = main.value;
      if (!region || route.hash) {
        return;
      }
      focusWithoutScroll(region.querySelector<HTMLElement>('h1') ?? region);
    },
  );

  watch(
    () => route.hash,
    async (hash) => {
      if (!hash) {
        return;
      }
      await nextTick();
      const target = document.getElementById(decodeURIComponent(hash.slice(1)));
      if (target) {
        focusWithoutScroll(target);
      }
    },
  );
}
