import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { mockApi, validationProblem } from '@/test/api-mock';
import { jsonResponse, mountWithApp } from '@/test/helpers';
import ApplyPage from './ApplyPage.vue';

type Mounted = Awaited<ReturnType<typeof mountWithApp>>['wrapper'];

async function fillValidApplication(wrapper: Mounted): Promise<void> {
  await wrapper.get('#apply-organisation-name').setValue('Safe Harbour Example');
  await wrapper.get('#apply-organisation-type').setValue('ngo');
  await wrapper.get('#apply-organisation-countries-filter').setValue('belg');
  await wrapper.get('#apply-organisation-countries-options input[value="BE"]').setValue(true);
  await wrapper.get('#apply-organisation-description-text-0').setValue('We run two shelters in Brussels.');
  await wrapper.get('#apply-organisation-expertise').setValue('labour exploitation');
  await wrapper.get('#apply-organisation-expertise').trigger('keydown', { key: 'Enter' });
  await wrapper.get('input[type="checkbox"][value="A"]').setValue(true);
  await wrapper.get('input[type="checkbox"][value="shelter"]').setValue(true);
  await wrapper.get('#apply-organisation-languages-filter').setValue('french');
  await wrapper.get('#apply-organisation-languages-options input[value="fr"]').setValue(true);
  await wrapper.get('#apply-organisation-contactEmail').setValue('contact@safeharbour.example.org');
  await wrapper.get('#apply-organisation-contactPhone').setValue('+32 2 299 11 11');
  await wrapper.get('#apply-contact-displayName').setValue('Jan Novak');
  await wrapper.get('#apply-contact-email').setValue('jan@safeharbour.example.org');
  await wrapper.get('#apply-contact-password').setValue('a long enough passphrase');
  await wrapper.get('#apply-motivation').setValue('We want to share practice with other shelters across Europe.');
  await wrapper.get('#apply-privacyConsent').setValue(true);
}

describe('ApplyPage', () => {
  it('lists what to fix in a summary that takes focus and links to each field', async () => {
    const api = mockApi({});
    const { wrapper, missingKeys } = await mountWithApp(ApplyPage, { path: '/apply' });

    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(api.calls).toHaveLength(0);
    const summary = wrapper.get('#apply-summary');
    expect(document.activeElement).toBe(summary.element);
    const links = summary.findAll('a').map((a) => [a.attributes('href'), a.text()]);
    expect(links).toContainEqual([
      '#apply-organisation-name',
      'Enter the name of the organisation (at least 2 characters).',
    ]);
    expect(links).toContainEqual(['#apply-organisation-countries', 'Choose at least one country.']);
    expect(links).toContainEqual(['#apply-contact-password', 'Fill in this field.']);
    expect(links).toContainEqual(['#apply-contact-email', 'Fill in this field.']);
    expect(links).toContainEqual(['#apply-privacyConsent', 'Accept the privacy notice to continue.']);
    expect(wrapper.get('#apply-organisation-countries').attributes('aria-describedby')).toContain(
      'apply-organisation-countries-error',
    );
    expect(missingKeys).toEqual([]);
  });

  it('offers countries and languages by their names in the interface language', async () => {
    mockApi({});
    const { wrapper } = await mountWithApp(ApplyPage, { path: '/apply', locale: 'de' });

    const countries = wrapper.get('#apply-organisation-countries-options');
    expect(countries.get('input[value="BE"]').element.parentElement?.textContent).toContain('Belgien');
    const languages = wrapper.get('#apply-organisation-languages-options');
    expect(languages.get('input[value="fr"]').element.parentElement?.textContent).toContain('Französisch');
  });

  it('sends a valid application and confirms it', async () => {
    const api = mockApi({
      'POST /api/membership/applications': jsonResponse(
        { id: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d', status: 'pending' },
        { status: 201 },
      ),
    });
    const { wrapper } = await mountWithApp(ApplyPage, { path: '/apply' });

    await fillValidApplication(wrapper);
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const body = api.callsTo('POST /api/membership/applications')[0]?.body;
    expect(body).toEqual({
      organisation: {
        name: 'Safe Harbour Example',
        type: 'ngo',
        countries: ['BE'],
        website: null,
        description: { en: 'We run two shelters in Brussels.' },
        expertise: ['labour exploitation'],
        priorities: ['A'],
        services: ['shelter'],
        languages: ['fr'],
        seekingPartners: null,
        contactEmail: 'contact@safeharbour.example.org',
        contactPhone: '+3222991111',
      },
      contact: {
        displayName: 'Jan Novak',
        email: 'jan@safeharbour.example.org',
        jobTitle: null,
        password: 'a long enough passphrase',
      },
      motivation: 'We want to share practice with other shelters across Europe.',
      privacyConsent: true,
    });
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.text()).toContain('Thank you, your application has been sent');
    expect(wrapper.text()).toContain('jan@safeharbour.example.org');
  });

  it('shows the server’s field errors next to the fields they name', async () => {
    mockApi({
      'POST /api/membership/applications': validationProblem([
        { field: 'body.contact.password', message: 'is one of the most common passwords', code: 'common_password' },
        { field: 'body.contact.email', message: 'is already used by an account', code: 'email_taken' },
      ]),
    });
    const { wrapper } = await mountWithApp(ApplyPage, { path: '/apply' });

    await fillValidApplication(wrapper);
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('#apply-contact-password-error').text()).toContain('one of the most common passwords');
    expect(wrapper.get('#apply-contact-email-error').text()).toContain('An account already uses this email address.');
    expect(wrapper.get('#apply-contact-email').attributes('aria-invalid')).toBe('true');
  });

  it('adds and removes descriptions in other languages', async () => {
    mockApi({});
    const { wrapper } = await mountWithApp(ApplyPage, { path: '/apply' });

    await wrapper.get('#apply-organisation-description-add').trigger('click');
    expect(wrapper.findAll('textarea[id^="apply-organisation-description-text-"]')).toHaveLength(2);
    expect(document.activeElement?.id).toBe('apply-organisation-description-language-1');

    const remove = wrapper.findAll('.description-row__remove');
    expect(remove).toHaveLength(2);
    await remove[1]!.trigger('click');
    expect(wrapper.findAll('textarea[id^="apply-organisation-description-text-"]')).toHaveLength(1);
  });
});
