import { type Pinia } from 'pinia';
import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import { installAccessGuard } from './guards';
import { routes } from './routes';

export { routes };

/** `pinia` is the app's store: the access guard reads the session from it. */
export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL), pinia?: Pinia) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior(to, _from, savedPosition) {
      if (savedPosition) {
        return savedPosition;
      }
      if (to.hash) {
        // Leave room for the focus outline above in-page targets.
        return { el: to.hash, top: 16 };
      }
      return { top: 0 };
    },
  });
  installAccessGuard(router, pinia);
  return router;
}
