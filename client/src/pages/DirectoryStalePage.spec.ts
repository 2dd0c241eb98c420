import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { setAuthBridge } from '@/api/http';
import { mockApi } from '@/test/api-mock';
import { coordinatorFixture, ORGANISATION_ID } from '@/test/fixtures/accounts';
import { SERVICE_ID } from '@/test/fixtures/directory';
import { mountWithApp } from '@/test/helpers';
import DirectoryStalePage from './DirectoryStalePage.vue';

describe('DirectoryStalePage', () => {
  afterEach(() => {
    setAuthBridge(undefined);
  });

  it('lists the records not verified for 12 months, with links to them', async () => {
    const api = mockApi({
      'GET /api/directory/stale': {
        total: 1,
        items: [
          {
            id: SERVICE_ID,
            name: 'Casa Rifugio Example',
            organisation: { id: ORGANISATION_ID, name: 'La Strada Example', type: 'ngo', website: null },
            country: 'IT',
            assuredDate: null,
            lastModified: '2024-05-01T10:00:00.000Z',
          },
        ],
      },
    });
    const { wrapper, missingKeys } = await mountWithApp(DirectoryStalePage, {
      path: '/directory/stale',
      user: coordinatorFixture(),
    });
    await flushPromises();

    expect(api.calls[0]!.query.get('page')).toBe('1');
    const cells = wrapper.findAll('tbody tr th, tbody tr td').map((c) => c.text());
    expect(cells.slice(0, 4)).toEqual(['Casa Rifugio Example', 'La Strada Example', 'Italy', 'Never']);
    expect(wrapper.get('tbody a').attributes('href')).toBe(`/directory/services/${SERVICE_ID}`);
    expect(missingKeys).toEqual([]);
  });

  it('says when every record is up to date', async () => {
    mockApi({ 'GET /api/directory/stale': { total: 0, items: [] } });
    const { wrapper } = await mountWithApp(DirectoryStalePage, {
      path: '/directory/stale',
      user: coordinatorFixture(),
    });
    await flushPromises();

    expect(wrapper.text()).toContain('Every record has been verified in the last 12 months.');
  });
});
