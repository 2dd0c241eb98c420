import { ErrorCode } from '@thb/shared';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { setAuthBridge } from '@/api/http';
import { mockApi, problem } from '@/test/api-mock';
import { coordinatorFixture, memberFixture } from '@/test/fixtures/accounts';
import { SUGGESTION_ID, suggestionFixture } from '@/test/fixtures/directory';
import { mountWithApp } from '@/test/helpers';
import DirectorySuggestionsPage from './DirectorySuggestionsPage.vue';

const DECIDE = `POST /api/directory/suggestions/${SUGGESTION_ID}/decision`;

describe('DirectorySuggestionsPage', () => {
  afterEach(() => {
    setAuthBridge(undefined);
  });

  it('shows each pending suggestion with its change field by field, and accepts it with a note', async () => {
    const api = mockApi({
      'GET /api/directory/suggestions': { total: 1, items: [suggestionFixture()] },
      [DECIDE]: suggestionFixture({
        status: 'accepted',
        reviewedBy: 'Ana Martins',
        reviewedAt: '2026-03-03T10:00:00.000Z',
      }),
    });
    const { wrapper, missingKeys } = await mountWithApp(DirectorySuggestionsPage, {
      path: '/directory/suggestions',
      user: memberFixture(),
    });
    await flushPromises();

    expect(api.calls[0]!.query.get('status')).toBe('pending');
    const item = wrapper.get('.review__item');
    expect(item.get('h2').text()).toBe('Casa Rifugio Example');
    expect(item.text()).toContain('Suggested by visitor@example.org');
    expect(item.text()).toContain('The shelter now also takes men.');
    const rows = item.findAll('table.diff tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()));
    expect(rows).toEqual([
      ['Groups served', 'WomenWomen with children', 'WomenWomen with childrenMen'],
      ['Website', 'https://casarifugio.example.org', 'https://new.casarifugio.example.org'],
    ]);

    await item.get('textarea').setValue('Checked by phone.');
    await item
      .findAll('button')
      .find((b) => b.text() === 'Accept')!
      .trigger('click');
    await flushPromises();

    expect(api.callsTo(DECIDE)[0]!.body).toEqual({ decision: 'accept', note: 'Checked by phone.' });
    expect(wrapper.find('.review__item').exists()).toBe(false);
    expect(wrapper.get('.notice--success').text()).toContain(
      'The suggestion has been accepted and the service updated.',
    );
    expect(missingKeys).toEqual([]);
  });

  it('lists decided suggestions by status, with who reviewed them', async () => {
    const api = mockApi({
      'GET /api/directory/suggestions': {
        total: 1,
        items: [
          suggestionFixture({
            status: 'rejected',
            reviewedBy: 'Pat Coordinator',
            reviewedAt: '2026-03-03T10:00:00.000Z',
            reviewNote: 'Not confirmed.',
          }),
        ],
      },
    });
    const { wrapper } = await mountWithApp(DirectorySuggestionsPage, {
      path: '/directory/suggestions?status=rejected',
      user: coordinatorFixture(),
    });
    await flushPromises();

    expect(api.calls[0]!.query.get('status')).toBe('rejected');
    expect(wrapper.get('.tabs__tab[aria-current="page"]').text()).toBe('Rejected');
    expect(wrapper.text()).toContain('Reviewed by Pat Coordinator');
    expect(wrapper.text()).toContain('Not confirmed.');
    expect(wrapper.findAll('button').some((b) => b.text() === 'Accept')).toBe(false);
  });

  it('says when the queue is empty, and when a decision fails', async () => {
    mockApi({ 'GET /api/directory/suggestions': { total: 0, items: [] } });
    const empty = await mountWithApp(DirectorySuggestionsPage, {
      path: '/directory/suggestions',
      user: memberFixture(),
    });
    await flushPromises();
    expect(empty.wrapper.text()).toContain('No suggestions with the status “Waiting”.');
    empty.wrapper.unmount();

    mockApi({
      'GET /api/directory/suggestions': { total: 1, items: [suggestionFixture()] },
      [DECIDE]: problem(ErrorCode.Conflict, 409),
    });
    const { wrapper } = await mountWithApp(DirectorySuggestionsPage, {
      path: '/directory/suggestions',
      user: memberFixture(),
    });
    await flushPromises();
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Reject')!
      .trigger('click');
    await flushPromises();

    expect(wrapper.get('[role="alert"]').text()).toContain('The decision could not be recorded.');
    expect(wrapper.find('.review__item').exists()).toBe(true);
  });
});
