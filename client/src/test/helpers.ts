import { type CurrentUser, type Locale } from '@thb/shared';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { type Component } from 'vue';
import { createMemoryHistory } from 'vue-router';
import { createAppI18n } from '@/i18n';
import { createAppRouter } from '@/router';
import { useAuthStore } from '@/stores/auth';

export interface MountOptions {
  locale?: Locale;
  props?: Record<string, unknown>;
  path?: string;
  /** Signs this user in (with a dummy token) before the first navigation. */
  user?: CurrentUser;
}

/** Mounts a component with the app's real plugins (Pinia, vue-i18n, router on memory history). */
export async function mountWithApp(component: Component, options: MountOptions = {}) {
  const missingKeys: string[] = [];
  const pinia = createPinia();
  setActivePinia(pinia);
  if (options.user) {
    useAuthStore(pinia).applyGrant({
      status: 'signed_in',
      accessToken: 'test-access-token',
      expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
      user: options.user,
    });
  } else {
    // No session to restore: the guard does not ask the server.
    useAuthStore(pinia).restored = true;
  }
  const i18n = createAppI18n(options.locale ?? 'en', {
    onMissingKey: (locale, key) => missingKeys.push(`${locale}:${key}`),
  });
  const router = createAppRouter(createMemoryHistory(), pinia);
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

/** Submits the form that contains `selector`, as pressing Enter in it would. */
export async function submitFormOf(wrapper: { get(selector: string): { element: Element } }, selector: string) {
  wrapper.get(selector).element.closest('form')?.requestSubmit();
  await flushPromises();
}
