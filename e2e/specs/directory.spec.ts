import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, newVisitorPage, runId, signIn } from '../fixtures/accounts';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { screenshot } from '../fixtures/screenshots';

/**
 * The directory journey: a visitor searches, filters, opens a service and suggests an edit; the provider (the
 * demo member of Harbour Shelter Network, which owns three demo services) accepts it and the service changes.
 */
test('search → filter → open a service → suggest an edit → the provider accepts it', async ({ browser }) => {
  test.setTimeout(90_000);
  const id = runId();
  const newWebsite = `https://harbour-shelter.example.org/gent-${id}`;
  const comment = `The Gent service has its own page now (${id}).`;

  // A visitor searches the directory.
  const visitor = await newVisitorPage(browser);
  await visitor.goto('/directory');
  await expect(visitor.getByRole('heading', { level: 1, name: 'Directory' })).toBeVisible();
  await expect(visitor.getByText(/\d+ services found/)).toBeVisible();
  await expectNoA11yViolations(visitor, 'on the directory');

  await visitor.getByRole('combobox', { name: 'Search services' }).fill('Harbour Shelter Network');
  await visitor.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(visitor).toHaveURL(/q=Harbour/);
  const results = visitor.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('link', { name: /Gent/ }).first()).toBeVisible();

  // Filter by type with its facet count, and the address keeps the whole search.
  await visitor
    .getByRole('checkbox', { name: /^Psychological/ })
    .first()
    .check();
  await expect(visitor).toHaveURL(/type=psychological/);
  await expect(visitor.getByText(/^1 service found$/)).toBeVisible();
  await expectNoA11yViolations(visitor, 'on filtered results');
  await screenshot(visitor, 'directory-results-1280');

  // Open the service.
  await results.getByRole('link', { name: /Gent/ }).first().click();
  await expect(visitor).toHaveURL(/\/directory\/services\//);
  const serviceUrl = visitor.url();
  await expect(visitor.getByRole('heading', { level: 1, name: /Gent/ })).toBeVisible();
  await expect(visitor.getByText('Sample data').first()).toBeVisible();
  await expectNoA11yViolations(visitor, 'on the service page');
  await screenshot(visitor, 'directory-service-1280');

  // Suggest an edit: a new website.
  await visitor.getByRole('link', { name: 'Suggest an edit or report a problem' }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: 'Suggest an edit' })).toBeVisible();
  await visitor.getByRole('checkbox', { name: 'Website', exact: true }).check();
  await visitor.getByRole('region', { name: 'Website' }).getByRole('textbox').fill(newWebsite);
  await visitor.getByLabel('What is wrong or what has changed?').fill(comment);
  await visitor.getByLabel('Your email address').fill(`visitor-${id}@example.org`);
  await expect(visitor.getByRole('region', { name: 'Your changes' })).toContainText(newWebsite);
  await expectNoA11yViolations(visitor, 'on the suggest-an-edit form');
  await screenshot(visitor, 'directory-suggest-1280');
  await visitor.getByRole('button', { name: 'Send the suggestion' }).click();
  await expect(visitor.getByText('Thank you. Your suggestion has been sent for review.')).toBeVisible();

  // The provider reviews it and accepts.
  const provider = await newVisitorPage(browser);
  await provider.goto('/sign-in?redirect=/directory/suggestions');
  await signIn(provider, { email: DEMO.member.email, password: DEMO_PASSWORD });
  await provider.goto('/directory/suggestions');
  await expect(provider.getByRole('heading', { level: 1, name: 'Suggested edits' })).toBeVisible();
  const suggestion = provider.getByRole('article').filter({ hasText: comment });
  await expect(suggestion).toContainText(newWebsite);
  await expectNoA11yViolations(provider, 'on the review queue');
  await screenshot(provider, 'directory-review-1280');
  await suggestion.getByRole('button', { name: 'Accept' }).click();
  await expect(provider.getByText('The suggestion has been accepted and the service updated.')).toBeVisible();

  // The service now shows the new website to everyone, verified today.
  await visitor.goto(serviceUrl);
  await expect(visitor.locator(`a[href="${newWebsite}"]`).first()).toBeVisible();
  await expect(visitor.getByText('Not verified for 12 months')).toHaveCount(0);

  await visitor.context().close();
  await provider.context().close();
});

test('the contacts directory hides persons’ details from visitors', async ({ browser }) => {
  const visitor = await newVisitorPage(browser);
  await visitor.goto('/directory/contacts');
  await expect(visitor.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
  await expect(visitor.getByText(/\d+ contacts found/)).toBeVisible();
  await visitor.getByRole('searchbox', { name: 'Search contacts' }).fill('Europol');
  await visitor.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(visitor.getByRole('article').filter({ hasText: 'Europol' }).first()).toBeVisible();
  await expectNoA11yViolations(visitor, 'on the contacts directory');
  await screenshot(visitor, 'directory-contacts-1280');
  await visitor.context().close();
});
