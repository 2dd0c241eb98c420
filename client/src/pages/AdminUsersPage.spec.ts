import { type ManagedUser } from '@thb/shared';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAuthBridge } from '@/api/http';
import { mockApi, noContentResponse } from '@/test/api-mock';
import { coordinatorFixture, ORGANISATION_ID } from '@/test/fixtures/accounts';
import { jsonResponse, mountWithApp } from '@/test/helpers';
import AdminUsersPage from './AdminUsersPage.vue';

const ANA: ManagedUser = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  email: 'ana.martins@lastrada.example.org',
  displayName: 'Ana Martins',
  role: 'member',
  status: 'active',
  organisation: { id: ORGANISATION_ID, name: 'La Strada Example' },
  twoFactorEnabled: true,
  createdAt: '2026-01-15T09:00:00.000Z',
  lastSignInAt: null,
};

describe('AdminUsersPage', () => {
  afterEach(() => {
    setAuthBridge(undefined);
  });

  it('lists users, filters them, changes a role and disables an account', async () => {
    window.confirm = vi.fn(() => true);
    const me = coordinatorFixture();
    const api = mockApi({
      'GET /api/users': { items: [ANA] },
      [`PATCH /api/users/${ANA.id}`]: (call) => jsonResponse({ ...ANA, ...(call.body as object) }),
      [`POST /api/users/${ANA.id}/reset-two-factor`]: noContentResponse(),
    });
    const { wrapper, missingKeys } = await mountWithApp(AdminUsersPage, { path: '/admin/users', user: me });
    await flushPromises();

    expect(wrapper.get('.users__count').text()).toBe('1 user');
    expect(wrapper.get('.users__item').text()).toContain('ana.martins@lastrada.example.org');
    expect(wrapper.get('.users__item').text()).toContain('Never');

    await wrapper.get('#users-role').setValue('member');
    await flushPromises();
    expect(api.calls.at(-1)?.query.get('role')).toBe('member');

    await wrapper.get(`#role-${ANA.id}`).setValue('moderator');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Change role')!
      .trigger('click');
    await flushPromises();
    expect(api.callsTo(`PATCH /api/users/${ANA.id}`)[0]?.body).toEqual({ role: 'moderator' });
    expect(wrapper.get('.users__outcome').text()).toBe('Ana Martins is now Moderator.');

    await wrapper
      .findAll('button')
      .find((b) => b.text().startsWith('Disable'))!
      .trigger('click');
    await flushPromises();
    expect(window.confirm).toHaveBeenCalled();
    expect(api.callsTo(`PATCH /api/users/${ANA.id}`)[1]?.body).toEqual({ status: 'disabled' });
    expect(wrapper.get('.users__item').text()).toContain('Disabled');

    await wrapper
      .findAll('button')
      .find((b) => b.text().startsWith('Reset two-factor'))!
      .trigger('click');
    await flushPromises();
    expect(api.callsTo(`POST /api/users/${ANA.id}/reset-two-factor`)).toHaveLength(1);
    expect(missingKeys).toEqual([]);
  });

  it('does not offer actions on the Coordinator’s own account', async () => {
    const me = coordinatorFixture();
    mockApi({
      'GET /api/users': {
        items: [{ ...ANA, id: me.id, displayName: me.displayName, role: 'coordinator', organisation: null }],
      },
    });
    const { wrapper } = await mountWithApp(AdminUsersPage, { path: '/admin/users', user: me });
    await flushPromises();

    expect(wrapper.get('.users__item').text()).toContain('This is your own account');
    expect(wrapper.find('.users__actions').exists()).toBe(false);
  });
});
