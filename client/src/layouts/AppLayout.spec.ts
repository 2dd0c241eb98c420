import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import App from '@/App.vue';
import { strategyFixture } from '@/test/fixtures/strategy';
import { jsonResponse, mountWithApp } from '@/test/helpers';

describe('AppLayout', () => {
  beforeEach(() => {
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) =>
        Promise.resolve(
          url === '/api/health'
            ? jsonResponse({ status: 'ok', db: { status: 'up', driver: 'pglite' }, version: '0.1.0', uptimeS: 5 })
            : jsonResponse(strategyFixture()),
        ),
      ),
    );
  });

  async function mountApp(path = '/', locale: 'en' | 'fr' | 'de' = 'en') {
    const mounted = await mountWithApp(App, { path, locale });
    await flushPromises();
    return mounted;
  }

  it('has landmarks, a skip link first, and one h1', async () => {
    const { wrapper } = await mountApp();

    const focusable = wrapper.findAll('a, button, select');
    expect(focusable[0]?.text()).toBe('Skip to main content');
    expect(focusable[0]?.attributes('href')).toBe('#main-content');
    expect(wrapper.find('header').exists()).toBe(true);
    expect(wrapper.find('nav[aria-label="Main"]').exists()).toBe(true);
    expect(wrapper.get('main').attributes('id')).toBe('main-content');
    expect(wrapper.find('footer').exists()).toBe(true);
    expect(wrapper.findAll('h1')).toHaveLength(1);
  });

  it('moves focus to main when the skip link is used', async () => {
    const { wrapper } = await mountApp();

    await wrapper.get('.skip-link').trigger('click');

    expect(document.activeElement?.id).toBe('main-content');
  });

  it('marks the current page in the navigation and titles the document', async () => {
    const { wrapper, router } = await mountApp('/announcements');

    const current = wrapper.findAll('nav[aria-label="Main"] a[aria-current="page"]');
    expect(current.map((a) => a.text())).toEqual(['Announcements']);
    expect(document.title).toBe('Announcements · THB Platform');

    await router.push('/privacy');
    await flushPromises();

    expect(wrapper.findAll('nav[aria-label="Main"] a[aria-current="page"]')).toHaveLength(0);
    expect(document.title).toBe('Privacy notice · THB Platform');
  });

  it('moves focus to the new page heading after navigation', async () => {
    const { wrapper, router } = await mountApp('/');

    await router.push('/directory');
    await flushPromises();

    expect(document.activeElement?.tagName).toBe('H1');
    expect(document.activeElement?.textContent).toBe('Directory');
    expect(wrapper.get('h1').attributes('tabindex')).toBe('-1');
  });

  it('collapses the navigation behind a menu button', async () => {
    const { wrapper, router } = await mountApp('/');
    const toggle = wrapper.get('button[aria-controls="site-nav-list"]');
    expect(toggle.attributes('aria-expanded')).toBe('false');

    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect(wrapper.get('#site-nav-list').classes()).toContain('site-nav__list--open');

    await router.push('/partners');
    await flushPromises();
    expect(toggle.attributes('aria-expanded')).toBe('false');
  });

  it('shows the server version and the legal links in the footer', async () => {
    const { wrapper } = await mountApp('/');

    const footer = wrapper.get('footer');
    expect(footer.text()).toContain('Version 0.1.0');
    expect(footer.get('a[href="/accessibility"]').text()).toBe('Accessibility statement');
    expect(footer.get('a[href="/privacy"]').text()).toBe('Privacy notice');
    expect(footer.get('a[href="/api/docs"]').text()).toBe('API documentation');
  });

  it('shows a not-found page for unknown addresses', async () => {
    const { wrapper } = await mountApp('/no/such/page');

    expect(wrapper.get('h1').text()).toBe('Page not found');
    expect(document.title).toBe('Page not found · THB Platform');
  });

  it.each([
    '/',
    '/directory',
    '/partners',
    '/channels',
    '/announcements',
    '/actions',
    '/accessibility',
    '/privacy',
    '/x',
  ])('renders %s in every language with one h1 and no missing message', async (path) => {
    for (const locale of ['en', 'fr', 'de'] as const) {
      const { wrapper, missingKeys } = await mountApp(path, locale);
      expect(wrapper.findAll('h1'), `${path} ${locale}`).toHaveLength(1);
      expect(missingKeys, `${path} ${locale}`).toEqual([]);
      wrapper.unmount();
    }
  });
});
