import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { setAuthBridge } from '@/api/http';
import { mockApi, noContentResponse } from '@/test/api-mock';
import { memberFixture, ORGANISATION_ID, organisationFixture, OTHER_ORGANISATION_ID } from '@/test/fixtures/accounts';
import { jsonResponse, mountWithApp } from '@/test/helpers';
import OrganisationEditPage from './OrganisationEditPage.vue';

const path = `/organisations/${ORGANISATION_ID}/edit`;

describe('OrganisationEditPage', () => {
  afterEach(() => {
    setAuthBridge(undefined);
  });

  it('fills the form with the profile and saves the changes', async () => {
    const api = mockApi({
      [`GET /api/organisations/${ORGANISATION_ID}`]: organisationFixture(),
      [`PATCH /api/organisations/${ORGANISATION_ID}`]: (call) =>
        jsonResponse({ ...organisationFixture(), ...(call.body as object) }),
    });
    const { wrapper, missingKeys } = await mountWithApp(OrganisationEditPage, {
      path,
      props: { id: ORGANISATION_ID },
      user: memberFixture(),
    });
    await flushPromises();

    expect((wrapper.get('#organisation-name').element as HTMLInputElement).value).toBe('La Strada Example');
    expect((wrapper.get('#organisation-description-text-1').element as HTMLTextAreaElement).value).toContain(
      'Hébergement',
    );
    expect(wrapper.findAll('.multiselect__chosen').at(0)?.text()).toContain('Belgium');

    await wrapper.get('#organisation-name').setValue('La Strada Example Europe');
    await wrapper.get('#organisation-website').setValue('');
    await wrapper.get('form.edit__form').trigger('submit');
    await flushPromises();

    const body = api.callsTo(`PATCH /api/organisations/${ORGANISATION_ID}`)[0]?.body as Record<string, unknown>;
    expect(body.name).toBe('La Strada Example Europe');
    expect(body.website).toBeNull();
    expect(body.description).toEqual(organisationFixture().description);
    expect(wrapper.text()).toContain('The profile has been saved.');
    expect(missingKeys).toEqual([]);
  });

  it('checks the logo before uploading it as the raw image', async () => {
    const api = mockApi({
      [`GET /api/organisations/${ORGANISATION_ID}`]: organisationFixture(),
      [`PUT /api/organisations/${ORGANISATION_ID}/logo`]: noContentResponse(),
    });
    const { wrapper } = await mountWithApp(OrganisationEditPage, {
      path,
      props: { id: ORGANISATION_ID },
      user: memberFixture(),
    });
    await flushPromises();
    const input = wrapper.get('#logo-file');

    const big = new File([new Uint8Array(300 * 1024)], 'big.png', { type: 'image/png' });
    Object.defineProperty(input.element, 'files', { value: [big], configurable: true });
    await input.trigger('change');
    await flushPromises();
    expect(wrapper.get('#logo-error').text()).toContain('larger than 256 KB');

    const gif = new File([new Uint8Array(10)], 'logo.gif', { type: 'image/gif' });
    Object.defineProperty(input.element, 'files', { value: [gif], configurable: true });
    await input.trigger('change');
    await flushPromises();
    expect(wrapper.get('#logo-error').text()).toContain('PNG, JPEG or WebP');

    const png = new File([new Uint8Array([137, 80, 78, 71])], 'logo.png', { type: 'image/png' });
    Object.defineProperty(input.element, 'files', { value: [png], configurable: true });
    await input.trigger('change');
    await flushPromises();
    const upload = wrapper.findAll('button').find((b) => b.text() === 'Upload the logo');
    await upload!.trigger('click');
    await flushPromises();

    const call = api.callsTo(`PUT /api/organisations/${ORGANISATION_ID}/logo`)[0];
    expect(call?.body).toBe(png);
    expect(call?.headers['Content-Type']).toBe('image/png');
    expect(wrapper.text()).toContain('The logo has been updated.');
  });

  it('tells a member of another organisation that they cannot edit it', async () => {
    mockApi({ [`GET /api/organisations/${ORGANISATION_ID}`]: organisationFixture() });
    const { wrapper } = await mountWithApp(OrganisationEditPage, {
      path,
      props: { id: ORGANISATION_ID },
      user: memberFixture({ organisation: { id: OTHER_ORGANISATION_ID, name: 'Other' } }),
    });
    await flushPromises();

    expect(wrapper.get('[role="alert"]').text()).toContain('Only the members of this organisation');
    expect(wrapper.find('form').exists()).toBe(false);
  });
});
