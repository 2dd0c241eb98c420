import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/** Where `npm run dev -w server` listens; the dev and preview servers forward API and socket traffic there. */
const API_ORIGIN = 'http://localhost:3000';

const fromHere = (relative: string): string => decodeURIComponent(new URL(relative, import.meta.url).pathname);

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: {
      // The shared package's dist is CommonJS for the Node server; the client compiles its TypeScript source.
      '@thb/shared': fromHere('../shared/src/index.ts'),
      '@': fromHere('./src'),
    },
  },
  define: {
    // vue-i18n feature flags: Composition API only, messages compiled at runtime without eval (CSP-safe).
    __VUE_I18N_FULL_INSTALL__: 'true',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'false',
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: API_ORIGIN, changeOrigin: false },
      '/socket.io': { target: API_ORIGIN, ws: true, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
});
