/// <reference types="vite/client" />

// For tools that read TypeScript without Vue support (typescript-eslint's type-aware rules). vue-tsc resolves
// .vue files itself and ignores this fallback; types shared by components live in .ts files for that reason.
declare module '*.vue' {
  import { type DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
