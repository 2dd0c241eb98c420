import { type Locale } from '@thb/shared';
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { type Component } from 'vue';
import { createMemoryHistory } from 'vue-router';
import { createAppI18n } from '@/i18n';
import { createAppRouter } from '@/router';

export interface MountOptions {
  locale?: Locale;
  props?: Record<string, unknown>;
  path?: string;
}

/** Mounts a component with the app's real plugins (Pinia, vue-i18n, router on memory history). */
export async function mountWithApp(component: Component, options: MountOptions = {}) {
  const missingKeys: string[] = [];
  const pinia = createPinia();
  const i18n = createAppI18n(options.locale ?? 'en', {
    onMissingKey: (locale, key) => missingKeys.push(`${locale}:${key}`),
  });
  const router = createAppRouter(createMemoryHistory());
  await router.push(options.path ?? '/');
  await router.isReady();
  const wrapper = mount(component, {
    props: options.props ?? {},
    global: { plugins: [pinia, i18n, router] },
    attachTo: document.body,
  });
  return { wrapper, pinia, i18n, router, missingKeys };
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
}

export function problemResponse(problem: { status: number } & Record<string, unknown>, headers = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** A promise with its resolve function exposed, to hold a request in flight. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
