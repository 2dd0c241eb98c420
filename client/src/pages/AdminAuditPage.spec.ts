import { type AuditEntry } from '@thb/shared';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { setAuthBridge } from '@/api/http';
import { mockApi } from '@/test/api-mock';
import { coordinatorFixture } from '@/test/fixtures/accounts';
import { mountWithApp } from '@/test/helpers';
import AdminAuditPage from './AdminAuditPage.vue';

function entry(id: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id,
    at: '2026-03-01T08:00:00.000Z',
    action: 'auth.login',
    outcome: 'success',
    actorId: null,
    actorEmail: 'ana.martins@lastrada.example.org',
    targetType: null,
    targetId: null,
    ipAddress: '192.0.2.10',
    details: {},
    ...overrides,
  };
}

describe('AdminAuditPage', () => {
  afterEach(() => {
    setAuthBridge(undefined);
  });

  it('shows the newest events, filters them and loads more with the keyset cursor', async () => {
    const api = mockApi({
      'GET /api/audit': (call) =>
        Response.json(
          call.query.get('before') === '41'
            ? { items: [entry(40)], nextBefore: null }
            : {
                items: [entry(42, { outcome: 'failure', details: { reason: 'wrong password' } }), entry(41)],
                nextBefore: 41,
              },
        ),
    });
    const { wrapper, missingKeys } = await mountWithApp(AdminAuditPage, {
      path: '/admin/audit',
      user: coordinatorFixture(),
    });
    await flushPromises();

    expect(wrapper.findAll('tbody tr')).toHaveLength(2);
    expect(wrapper.get('tbody tr').text()).toContain('Failure');
    expect(wrapper.get('tbody tr details').text()).toContain('wrong password');
    expect(wrapper.get('.audit__status').text()).toBe('2 events shown');

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Load more')!
      .trigger('click');
    await flushPromises();
    expect(wrapper.findAll('tbody tr')).toHaveLength(3);
    expect(wrapper.findAll('button').some((b) => b.text() === 'Load more')).toBe(false);

    await wrapper.get('#audit-action').setValue('auth.');
    await wrapper.get('#audit-outcome').setValue('failure');
    await wrapper.get('#audit-since').setValue('2026-03-01');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const last = api.calls.at(-1)!;
    expect(last.query.get('action')).toBe('auth.');
    expect(last.query.get('outcome')).toBe('failure');
    expect(last.query.get('since')).toBe(new Date('2026-03-01T00:00:00.000').toISOString());
    expect(last.query.get('before')).toBeNull();
    expect(missingKeys).toEqual([]);
  });

  it('says when nothing matches', async () => {
    mockApi({ 'GET /api/audit': { items: [], nextBefore: null } });
    const { wrapper } = await mountWithApp(AdminAuditPage, { path: '/admin/audit', user: coordinatorFixture() });
    await flushPromises();

    expect(wrapper.text()).toContain('No events match these filters.');
  });
});
