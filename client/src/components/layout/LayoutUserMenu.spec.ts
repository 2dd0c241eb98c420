import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { setAuthBridge } from '@/api/http';
import { useAuthStore } from '@/stores/auth';
import { mockApi, noContentResponse } from '@/test/api-mock';
import { coordinatorFixture, memberFixture } from '@/test/fixtures/accounts';
import { mountWithApp } from '@/test/helpers';
import LayoutHeader from './LayoutHeader.vue';

describe('header account links', () => {
  afterEach(() => {
    setAuthBridge(undefined);
  });

  it('offers Sign in and Apply to visitors, and hides members-only navigation', async () => {
    const { wrapper, missingKeys } = await mountWithApp(LayoutHeader);

    expect(wrapper.get('a[href="/sign-in"]').text()).toBe('Sign in');
    expect(wrapper.get('a[href="/apply"]').text()).toBe('Apply');
    expect(wrapper.find('nav a[href="/partners"]').exists()).toBe(false);
    expect(wrapper.find('nav a[href="/directory"]').exists()).toBe(true);
    expect(missingKeys).toEqual([]);
  });

  it('shows a member their name in a menu with My account and Sign out, and the Partners page', async () => {
    const { wrapper } = await mountWithApp(LayoutHeader, { user: memberFixture() });

    expect(wrapper.find('a[href="/sign-in"]').exists()).toBe(false);
    expect(wrapper.find('nav a[href="/partners"]').exists()).toBe(true);
    const toggle = wrapper.get('button[aria-controls="user-menu-list"]');
    expect(toggle.text()).toContain('Ana Martins');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect(wrapper.get('#user-menu-list').isVisible()).toBe(false);

    await toggle.trigger('click');

    expect(toggle.attributes('aria-expanded')).toBe('true');
    const menu = wrapper.get('#user-menu-list');
    expect(menu.isVisible()).toBe(true);
    expect(menu.findAll('a').map((a) => a.attributes('href'))).toEqual(['/account']);
    expect(menu.get('button').text()).toBe('Sign out');

    await wrapper.get('.user-menu').trigger('keydown', { key: 'Escape' });
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle.element);
  });

  it('lists the Coordinator’s pages for the Coordinator', async () => {
    const { wrapper } = await mountWithApp(LayoutHeader, { user: coordinatorFixture() });

    await wrapper.get('button[aria-controls="user-menu-list"]').trigger('click');

    expect(
      wrapper
        .get('#user-menu-list')
        .findAll('a')
        .map((a) => a.text()),
    ).toEqual(['My account', 'Membership applications', 'Users', 'Audit log']);
  });

  it('signs out and goes home', async () => {
    const api = mockApi({ 'POST /api/auth/logout': noContentResponse() });
    const { wrapper, router, pinia } = await mountWithApp(LayoutHeader, { user: memberFixture(), path: '/account' });

    await wrapper.get('button[aria-controls="user-menu-list"]').trigger('click');
    await wrapper.get('#user-menu-list button').trigger('click');
    await flushPromises();

    expect(api.callsTo('POST /api/auth/logout')).toHaveLength(1);
    expect(useAuthStore(pinia).isSignedIn).toBe(false);
    expect(router.currentRoute.value.path).toBe('/');
    expect(wrapper.find('a[href="/sign-in"]').exists()).toBe(true);
  });
});
