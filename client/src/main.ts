import './styles/main.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { z } from 'zod';
import App from './App.vue';
import { createAppI18n, detectLocale } from './i18n';
import { createAppRouter } from './router';
import { useAnnouncementsStore } from './stores/announcements';
import { useAuthStore } from './stores/auth';
import { useConnectionStore } from './stores/connection';
import { useLocaleStore } from './stores/locale';
import { useNotificationsStore } from './stores/notifications';

// zod compiles object parsers with `new Function` unless told not to; the CSP (no 'unsafe-eval') forbids it.
z.config({ jitless: true });

const app = createApp(App);
const pinia = createPinia();
const i18n = createAppI18n(detectLocale());
const router = createAppRouter(undefined, pinia);

app.use(pinia);
app.use(i18n);
app.use(router);

// Sets <html lang> before the first paint of translated text.
useLocaleStore(pinia);
// A session of a previous visit comes back through the refresh cookie; the socket then connects as that user.
void useAuthStore(pinia)
  .restore()
  .finally(() => {
    useConnectionStore(pinia).start();
    // The banner of unread announcements and the bell's count follow the socket from the first page on.
    useAnnouncementsStore(pinia).start();
    useNotificationsStore(pinia).start();
  });

void router.isReady().then(() => {
  app.mount('#app');
});
