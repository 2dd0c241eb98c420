import { ErrorCode } from '@thb/shared';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { setAuthBridge } from '@/api/http';
import { mockApi, problem } from '@/test/api-mock';
import {
  coordinatorFixture,
  memberFixture,
  ORGANISATION_ID,
  organisationFixture,
  OTHER_ORGANISATION_ID,
} from '@/test/fixtures/accounts';
import { mountWithApp } from '@/test/helpers';
import PartnerProfilePage from './PartnerProfilePage.vue';

describe('PartnerProfilePage', () => {
  afterEach(() => {
    setAuthBridge(undefined);
  });

  it('shows the whole profile and the published contact details', async () => {
    mockApi({ [`GET /api/organisations/${ORGANISATION_ID}`]: organisationFixture() });
    const { wrapper, missingKeys } = await mountWithApp(PartnerProfilePage, {
      path: `/partners/${ORGANISATION_ID}`,
      props: { id: ORGANISATION_ID },
      user: memberFixture({ organisation: { id: OTHER_ORGANISATION_ID, name: 'Other' } }),
    });
    await flushPromises();

    expect(wrapper.get('h1').text()).toBe('La Strada Example');
    expect(wrapper.text()).toContain('Non-governmental organisation');
    expect(wrapper.get('p[lang="fr"]').text()).toContain('Hébergement');
    expect(wrapper.text()).toContain('Belgium, Netherlands');
    expect(wrapper.text()).toContain('Shelter and safe accommodation');
    expect(wrapper.text()).toContain('Priority A');
    expect(wrapper.text()).toContain('English, French, Dutch');
    expect(wrapper.text()).toContain('Partners for safe return to Romania.');
    expect(wrapper.text()).toContain('3 people');
    const contact = wrapper.get('aside');
    expect(contact.find('a[href="mailto:contact@lastrada.example.org"]').exists()).toBe(true);
    expect(contact.find('a[href="tel:+3222991111"]').exists()).toBe(true);
    // Not their organisation: no edit link.
    expect(wrapper.find(`a[href="/organisations/${ORGANISATION_ID}/edit"]`).exists()).toBe(false);
    expect(missingKeys).toEqual([]);
  });

  it.each([
    ['a member of the organisation', memberFixture()],
    ['the Coordinator', coordinatorFixture()],
  ])('offers "Edit profile" to %s', async (_who, user) => {
    mockApi({ [`GET /api/organisations/${ORGANISATION_ID}`]: organisationFixture() });
    const { wrapper } = await mountWithApp(PartnerProfilePage, {
      path: `/partners/${ORGANISATION_ID}`,
      props: { id: ORGANISATION_ID },
      user,
    });
    await flushPromises();

    expect(wrapper.get(`a[href="/organisations/${ORGANISATION_ID}/edit"]`).text()).toBe('Edit profile');
  });

  it('offers to write to the people of the organisation, not to oneself', async () => {
    const me = memberFixture({ organisation: { id: OTHER_ORGANISATION_ID, name: 'Other' } });
    mockApi({
      [`GET /api/organisations/${ORGANISATION_ID}`]: organisationFixture(),
      [`GET /api/organisations/${ORGANISATION_ID}/people`]: {
        items: [
          { id: '3e1d8c52-8d4f-4b7a-9c1e-2f3a4b5c6d7e', displayName: 'Jonas <b>Weber</b>' },
          { id: me.id, displayName: me.displayName },
        ],
      },
    });
    const { wrapper } = await mountWithApp(PartnerProfilePage, {
      path: `/partners/${ORGANISATION_ID}`,
      props: { id: ORGANISATION_ID },
      user: me,
    });
    await flushPromises();

    const buttons = wrapper.get('aside').findAll('button');
    expect(buttons.map((b) => b.text())).toEqual(['Send Jonas <b>Weber</b> a message']);
  });

  it('says when the organisation does not exist', async () => {
    mockApi({ [`GET /api/organisations/${ORGANISATION_ID}`]: problem(ErrorCode.NotFound, 404) });
    const { wrapper } = await mountWithApp(PartnerProfilePage, {
      path: `/partners/${ORGANISATION_ID}`,
      props: { id: ORGANISATION_ID },
      user: memberFixture(),
    });
    await flushPromises();

    expect(wrapper.findAll('h1')).toHaveLength(1);
    expect(wrapper.get('[role="alert"]').text()).toContain('This organisation could not be found.');
  });
});
