import { type DOMWrapper, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAuthBridge } from '@/api/http';
import { mockApi } from '@/test/api-mock';
import { memberFixture, ORGANISATION_ID } from '@/test/fixtures/accounts';
import { SERVICE_ID, serviceDetailFixture } from '@/test/fixtures/directory';
import { jsonResponse, mountWithApp } from '@/test/helpers';
import DirectoryServiceEditPage from './DirectoryServiceEditPage.vue';

function checkbox(wrapper: { findAll(selector: string): DOMWrapper<Element>[] }, label: string) {
  return wrapper
    .findAll('label.checkbox')
    .find((l) => l.text() === label)!
    .get('input');
}

describe('DirectoryServiceEditPage', () => {
  afterEach(() => {
    setAuthBridge(undefined);
  });

  it('lists what is missing, then adds a service for the member’s organisation', async () => {
    const created = serviceDetailFixture({ canEdit: true });
    const api = mockApi({ 'POST /api/directory/services': () => jsonResponse(created, { status: 201 }) });
    const { wrapper, router, missingKeys } = await mountWithApp(DirectoryServiceEditPage, {
      path: '/directory/services/new',
      user: memberFixture(),
    });
    await flushPromises();

    expect(wrapper.get('h1').text()).toBe('Add a service');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const summary = wrapper.get('.error-summary').text();
    expect(summary).toContain('Name the service in at least one language.');
    expect(summary).toContain('Choose at least one service offered.');
    expect(summary).toContain('Choose at least one language.');
    expect(api.callsTo('POST /api/directory/services')).toHaveLength(0);

    await wrapper.get('#service-text-0-name').setValue('Night shelter Example');
    await wrapper.get('#service-text-0-description').setValue('Beds for the night.');
    await checkbox(wrapper, 'Shelter and safe accommodation').setValue(true);
    await checkbox(wrapper, 'Women').setValue(true);
    await wrapper.get('#service-languages-filter').setValue('Portuguese');
    await checkbox(wrapper, 'Portuguese').setValue(true);
    await wrapper.get('#service-location-city').setValue('Lisbon');
    await wrapper.get('#service-location-country').setValue('PT');
    await wrapper.get('#service-location-timeZone').setValue('Europe/Lisbon');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Add a phone number')!
      .trigger('click');
    await wrapper.get('#service-phones-0-number').setValue('+351 21 123 4567');
    await wrapper.get('#service-visibility-location').setValue('restricted');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const body = api.callsTo('POST /api/directory/services')[0]!.body as Record<string, unknown>;
    expect(body).toMatchObject({
      organisationId: ORGANISATION_ID,
      name: { en: 'Night shelter Example' },
      description: { en: 'Beds for the night.' },
      serviceTypes: ['shelter'],
      groupsServed: ['women'],
      languages: ['pt'],
      capacity: null,
      location: { city: 'Lisbon', country: 'PT', timeZone: 'Europe/Lisbon', latitude: null, longitude: null },
      phones: [{ number: '+351211234567', type: 'voice', extension: null, description: null, languages: [] }],
      visibility: { location: 'restricted' },
    });
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('directory-service'), { timeout: 10_000 });
    expect(missingKeys).toEqual([]);
  });

  it('edits a service, keeping its opening exceptions, and says it was saved', async () => {
    const exception = {
      byday: null,
      opensAt: null,
      closesAt: null,
      validFrom: '2026-12-24',
      validTo: '2026-12-26',
      closed: true,
      description: 'Christmas',
    };
    const detail = serviceDetailFixture({
      canEdit: true,
      hidden: [],
      schedules: [...serviceDetailFixture().schedules, exception],
    });
    const api = mockApi({
      [`GET /api/directory/services/${SERVICE_ID}`]: detail,
      [`PUT /api/directory/services/${SERVICE_ID}`]: detail,
    });
    const { wrapper } = await mountWithApp(DirectoryServiceEditPage, {
      path: `/directory/services/${SERVICE_ID}/edit`,
      props: { id: SERVICE_ID },
      user: memberFixture(),
    });
    await flushPromises();

    expect((wrapper.get('#service-text-0-name').element as HTMLInputElement).value).toBe('Casa Rifugio Example');
    expect((wrapper.get('#service-text-1-name').element as HTMLInputElement).value).toBe('Casa Rifugio Esempio');
    expect((wrapper.get('#service-visibility-location').element as HTMLSelectElement).value).toBe('restricted');

    await wrapper.get('#service-schedules-0-closes').setValue('18:00');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const body = api.callsTo(`PUT /api/directory/services/${SERVICE_ID}`)[0]!.body as { schedules: unknown[] };
    expect(body.schedules).toHaveLength(4);
    expect(body.schedules[0]).toMatchObject({ byday: 'MO', opensAt: '09:00', closesAt: '18:00' });
    expect(body.schedules[3]).toEqual(exception);
    expect(wrapper.get('.notice--success').text()).toContain('The service has been saved.');
  });

  it('tells people who may not edit the service so', async () => {
    mockApi({ [`GET /api/directory/services/${SERVICE_ID}`]: serviceDetailFixture({ canEdit: false }) });
    const { wrapper } = await mountWithApp(DirectoryServiceEditPage, {
      path: `/directory/services/${SERVICE_ID}/edit`,
      props: { id: SERVICE_ID },
      user: memberFixture(),
    });
    await flushPromises();

    expect(wrapper.get('[role="alert"]').text()).toContain('Only the members of the organisation');
    expect(wrapper.find('form').exists()).toBe(false);
  });
});
