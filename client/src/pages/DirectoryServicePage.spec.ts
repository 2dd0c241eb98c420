import { ErrorCode } from '@thb/shared';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { setAuthBridge } from '@/api/http';
import { mockApi, problem } from '@/test/api-mock';
import { memberFixture } from '@/test/fixtures/accounts';
import { SERVICE_ID, serviceDetailFixture } from '@/test/fixtures/directory';
import { mountWithApp } from '@/test/helpers';
import DirectoryServicePage from './DirectoryServicePage.vue';
import DirectoryServicePrintPage from './DirectoryServicePrintPage.vue';

const PATH = `/directory/services/${SERVICE_ID}`;
const ROUTE = `GET /api/directory/services/${SERVICE_ID}`;

describe('DirectoryServicePage', () => {
  afterEach(() => {
    setAuthBridge(undefined);
  });

  it('shows every detail a visitor may see, and what signing in would show', async () => {
    mockApi({ [ROUTE]: serviceDetailFixture() });
    const { wrapper, missingKeys } = await mountWithApp(DirectoryServicePage, {
      path: PATH,
      props: { id: SERVICE_ID },
    });
    await flushPromises();

    expect(wrapper.get('h1').text()).toBe('Casa Rifugio Example');
    const text = wrapper.text();
    expect(text).toContain('Provided by La Strada Example · Bologna, Italy');
    expect(text).toContain('Sample data');
    expect(text).toContain('Shelter and safe accommodation');
    expect(text).toContain('Women, Women with children');
    expect(text).toContain('Sexual exploitation, Forced labour or services');
    expect(text).toContain('Women only · From the age of 18');
    expect(text).toContain('By referral only, By phone (hotline).');
    expect(text).toContain('A referral is needed.');
    expect(text).toContain('Interpretation is available.');
    expect(text).toContain('2 of 8 places available');
    expect(text).toContain('Approximate: city only');
    expect(text).toContain('Not shown to you: Street address and exact position, Contact people.');
    expect(wrapper.get('a[href^="/sign-in"]').text()).toBe('Sign in to see the address.');
    expect(text).toContain('Ana Martins');

    // A readable week: Monday's hours, Wednesday's two spans, closed days said in words.
    const rows = wrapper.findAll('.week__table tr').map((r) => r.text().replace(/\s+/g, ' '));
    expect(rows[0]).toContain('Monday');
    expect(rows[0]).toContain('09:00–17:00');
    expect(rows[1]).toContain('Closed');
    expect(rows[2]).toContain('09:00–13:00, 14:00–18:00');
    expect(text).toContain('Local time (Europe/Rome).');

    // The action row.
    expect(wrapper.get('a[href="tel:+390511234567"]').text()).toBe('Call');
    expect(wrapper.get('a[href="mailto:info@casarifugio.example.org"]').text()).toBe('Email');
    expect(wrapper.get(`a[href="${PATH}/print"]`).text()).toBe('Print');
    expect(wrapper.get(`a[href="${PATH}/suggest"]`).text()).toBe('Suggest an edit or report a problem');
    // A city-level point gives no directions, and visitors cannot edit.
    expect(wrapper.findAll('a').some((a) => a.text().includes('Get directions'))).toBe(false);
    expect(wrapper.find(`a[href="${PATH}/edit"]`).exists()).toBe(false);
    expect(missingKeys).toEqual([]);
  });

  it('switches the description between its languages', async () => {
    mockApi({ [ROUTE]: serviceDetailFixture() });
    const { wrapper } = await mountWithApp(DirectoryServicePage, { path: PATH, props: { id: SERVICE_ID } });
    await flushPromises();

    const group = wrapper.get('[role="group"][aria-label="Language of the description"]');
    const [english, italian] = group.findAll('button');
    expect(english!.attributes('aria-pressed')).toBe('true');
    expect(wrapper.text()).toContain('Safe accommodation for women');

    await italian!.trigger('click');

    expect(italian!.attributes('aria-pressed')).toBe('true');
    expect(wrapper.get('.service-body__text[lang="it"]').text()).toContain('Accoglienza sicura');
    expect(wrapper.text()).not.toContain('Safe accommodation for women');
  });

  it('gives directions to an exact point, and lets providers edit and mark the record as verified', async () => {
    const detail = serviceDetailFixture({
      canEdit: true,
      hidden: [],
      stale: true,
      assuredDate: '2024-01-01',
      location: {
        ...serviceDetailFixture().location,
        address1: 'Via Example 1',
        postalCode: '40100',
        latitude: 44.4949,
        longitude: 11.3426,
        precision: 'exact',
      },
    });
    const api = mockApi({
      [ROUTE]: detail,
      [`POST /api/directory/services/${SERVICE_ID}/verify`]: { ...detail, stale: false, assuredDate: '2026-03-05' },
      [`GET /api/directory/services/${SERVICE_ID}/changes`]: {
        items: [
          {
            id: '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a',
            resourceId: SERVICE_ID,
            resourceType: 'service',
            lastActionDate: '2026-03-01T09:00:00.000Z',
            lastActionType: 'update',
            fieldName: 'url',
            previousValue: 'https://old.example.org',
            replacementValue: 'https://casarifugio.example.org',
            updatedBy: 'Ana Martins',
          },
        ],
      },
    });
    const { wrapper } = await mountWithApp(DirectoryServicePage, {
      path: PATH,
      props: { id: SERVICE_ID },
      user: memberFixture(),
    });
    await flushPromises();

    expect(wrapper.text()).toContain('Not verified for 12 months');
    expect(wrapper.text()).toContain('Via Example 1');
    const directions = wrapper.findAll('a').find((a) => a.text().includes('Get directions'))!;
    expect(directions.attributes('href')).toContain('openstreetmap.org/directions?route=%3B44.4949%2C11.3426');
    expect(wrapper.get('a[href="geo:44.4949,11.3426"]').text()).toBe('Open in a map app');
    expect(wrapper.get(`a[href="${PATH}/edit"]`).text()).toBe('Edit');

    const verify = wrapper.findAll('button').find((b) => b.text() === 'Mark as verified')!;
    await verify.trigger('click');
    await flushPromises();

    // The change trail is loaded when opened.
    expect(api.callsTo(`GET /api/directory/services/${SERVICE_ID}/changes`)).toHaveLength(0);
    const history = wrapper.get('details.history');
    (history.element as HTMLDetailsElement).open = true;
    await history.trigger('toggle');
    await flushPromises();
    expect(history.text()).toContain('Ana Martins · Website');
    expect(history.text()).toContain('https://old.example.org → https://casarifugio.example.org');

    expect(api.callsTo(`POST /api/directory/services/${SERVICE_ID}/verify`)).toHaveLength(1);
    expect(wrapper.get('.notice--success').text()).toContain('The record has been marked as verified today.');
    expect(wrapper.find('.notice--warning').exists()).toBe(false);
  });

  it('says when the service does not exist, and offers a retry on other errors', async () => {
    mockApi({ [ROUTE]: problem(ErrorCode.NotFound, 404) });
    const first = await mountWithApp(DirectoryServicePage, { path: PATH, props: { id: SERVICE_ID } });
    await flushPromises();
    expect(first.wrapper.get('[role="alert"]').text()).toContain('This service could not be found.');
    first.wrapper.unmount();

    mockApi({ [ROUTE]: problem(ErrorCode.Internal, 500, { requestId: 'req-9' }) });
    const second = await mountWithApp(DirectoryServicePage, { path: PATH, props: { id: SERVICE_ID } });
    await flushPromises();
    const alert = second.wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('The service could not be loaded.');
    expect(alert.text()).toContain('Reference: req-9');
    expect(alert.find('button').exists()).toBe(true);
  });
});

describe('DirectoryServicePrintPage', () => {
  it('prints every description language without the site navigation', async () => {
    mockApi({ [ROUTE]: serviceDetailFixture() });
    const { wrapper, missingKeys } = await mountWithApp(DirectoryServicePrintPage, {
      path: `${PATH}/print`,
      props: { id: SERVICE_ID },
    });
    await flushPromises();

    expect(wrapper.get('h1').text()).toBe('Casa Rifugio Example');
    expect(wrapper.text()).toContain('Safe accommodation for women');
    expect(wrapper.text()).toContain('Accoglienza sicura');
    expect(wrapper.find('[aria-label="What you can do"]').exists()).toBe(false);
    expect(wrapper.get('button').text()).toBe('Print this page');
    expect(wrapper.text()).toContain('From the THB Platform directory');
    expect(missingKeys).toEqual([]);
  });
});
