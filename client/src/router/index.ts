import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import { routes } from './routes';

export { routes };

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  return createRouter({
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
}
