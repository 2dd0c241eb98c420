import { expect, type Page, test } from '@playwright/test';
import {
  DEMO,
  DEMO_PASSWORD,
  newVisitorPage,
  openAccountMenu,
  runId,
  signIn,
  signInForm,
  signOut,
} from '../fixtures/accounts';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { mailTo } from '../fixtures/mail';
import { screenshot } from '../fixtures/screenshots';
import { freshTotpCode } from '../fixtures/totp';

/** The organisation and contact person that apply in this run; unique, so reruns never collide. */
function newApplicant() {
  const id = runId();
  return {
    organisation: `Journey Shelter ${id}`,
    organisationEmail: `office-${id}@journey.example.org`,
    name: 'Ana Journey',
    email: `ana-${id}@journey.example.org`,
    password: `five quiet lanterns ${id}`,
  };
}
type Applicant = ReturnType<typeof newApplicant>;

async function apply(page: Page, applicant: Applicant): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('main').getByRole('link', { name: 'Apply for membership' }).click();
  await expect(page).toHaveURL('/apply');
  await expect(page.getByRole('heading', { level: 1, name: 'Apply for membership' })).toBeVisible();
  await expectNoA11yViolations(page, 'on the empty application form');

  const organisation = page.getByRole('region', { name: 'Your organisation' });
  await organisation.getByLabel('Name of the organisation').fill(applicant.organisation);
  await organisation.getByLabel('Type of organisation').selectOption({ label: 'Non-governmental organisation' });
  const countries = organisation.getByRole('group', { name: 'Countries where you work' });
  await countries.getByLabel('Filter the countries').fill('Belg');
  await countries.getByRole('checkbox', { name: 'Belgium' }).check();
  await organisation
    .getByLabel('Description in English')
    .fill('Shelter and legal counselling for people who have escaped trafficking, in Brussels and Antwerp.');
  await organisation.getByRole('checkbox', { name: /Priority A/ }).check();
  await organisation.getByRole('checkbox', { name: 'Shelter and safe accommodation' }).check();
  const languages = organisation.getByRole('group', { name: 'Working languages' });
  await languages.getByLabel('Filter the languages').fill('Engl');
  await languages.getByRole('checkbox', { name: 'English', exact: true }).check();
  await organisation.getByLabel('Contact email address of the organisation').fill(applicant.organisationEmail);

  const contact = page.getByRole('region', { name: 'Contact person' });
  await contact.getByLabel('Full name').fill(applicant.name);
  await contact.getByLabel('Professional email address').fill(applicant.email);
  await contact.getByLabel('Job title').fill('Director');
  await contact.getByLabel('Choose a password').fill(applicant.password);

  const application = page.getByRole('region', { name: 'Your application' });
  await application
    .getByLabel('Why do you wish to join?')
    .fill('We shelter victims of trafficking and look for partners in their countries of origin.');
  await application.getByRole('checkbox', { name: /I have read the privacy notice/ }).check();
  await expectNoA11yViolations(page, 'on the filled-in application form');
  await screenshot(page, 'apply-1280');

  await page.getByRole('button', { name: 'Send the application' }).click();

  await expect(
    page.getByRole('heading', { level: 2, name: 'Thank you, your application has been sent' }),
  ).toBeVisible();
  await expect(page.getByText(`We have sent a confirmation to ${applicant.email}.`)).toBeVisible();
  await expectNoA11yViolations(page, 'on the application confirmation');
  await screenshot(page, 'apply-done-1280');
  await expect.poll(async () => (await mailTo(applicant.email)).length, { message: 'confirmation mail' }).toBe(1);
}

async function approveAsCoordinator(page: Page, applicant: Applicant): Promise<void> {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await signIn(page, {
    email: DEMO.coordinator.email,
    password: DEMO_PASSWORD,
    totpSecret: DEMO.coordinator.totpSecret,
  });

  const menu = await openAccountMenu(page);
  await menu.getByRole('link', { name: 'Membership applications' }).click();
  await expect(page).toHaveURL('/admin/applications');
  await expect(page.getByRole('heading', { level: 1, name: 'Membership applications' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Pending' })).toHaveAttribute('aria-current', 'page');
  // The demo data's application waits in the queue too.
  await expect(page.getByRole('link', { name: 'Centrul Speranța' })).toBeVisible();
  await expectNoA11yViolations(page, 'on the applications queue');
  await screenshot(page, 'admin-applications-1280');

  await page.getByRole('link', { name: applicant.organisation }).click();
  await expect(page.getByRole('heading', { level: 1, name: applicant.organisation })).toBeVisible();
  const contact = page.getByRole('region', { name: 'Contact person' });
  await expect(contact.getByRole('link', { name: applicant.email })).toBeVisible();
  await expect(contact.getByText(applicant.name)).toBeVisible();
  await expectNoA11yViolations(page, 'on an application');
  await screenshot(page, 'admin-application-1280');

  const decision = page.getByRole('complementary', { name: 'Decision' });
  await decision.getByRole('radio', { name: 'Approve: the organisation becomes a member' }).check();
  await decision.getByRole('button', { name: 'Send the decision' }).click();

  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'The application has been approved. The contact person can now sign in.' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'View the member organisation' })).toBeVisible();
  await expectNoA11yViolations(page, 'on an approved application');
  await signOut(page);
}

/** Returns the authenticator secret the applicant "added to their app". */
async function enrolTwoFactor(page: Page): Promise<string> {
  const menu = await openAccountMenu(page);
  await menu.getByRole('link', { name: 'My account' }).click();
  await expect(page).toHaveURL('/account');
  await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
  const twoFactor = page.getByRole('region', { name: 'Two-factor authentication' });
  await expect(twoFactor.getByText('Two-factor authentication is off.')).toBeVisible();
  await expectNoA11yViolations(page, 'on My account');
  await screenshot(page, 'account-1280');

  await twoFactor.getByRole('button', { name: 'Set up two-factor authentication' }).click();
  await expect(twoFactor.getByRole('heading', { level: 3, name: 'Connect your authenticator app' })).toBeFocused();
  await expect(twoFactor.getByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeVisible();
  await expect(twoFactor.getByText('Key to type if you cannot scan the code')).toBeVisible();
  const secret = ((await twoFactor.getByRole('code').textContent()) ?? '').replace(/\s+/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectNoA11yViolations(page, 'during two-factor enrolment');
  await screenshot(page, 'account-two-factor-1280');

  await twoFactor.getByLabel('6-digit code').fill(await freshTotpCode(secret));
  await twoFactor.getByRole('button', { name: 'Confirm' }).click();

  await expect(twoFactor.getByRole('status').filter({ hasText: 'Two-factor authentication is now on.' })).toBeVisible();
  await expect(twoFactor.getByRole('heading', { level: 3, name: 'Your recovery codes' })).toBeFocused();
  const codes = twoFactor.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  await expect(codes.first()).toHaveText(/^[a-z0-9]{5}-[a-z0-9]{5}$/);
  await expectNoA11yViolations(page, 'with the recovery codes shown');
  await screenshot(page, 'account-recovery-codes-1280');

  await twoFactor.getByRole('button', { name: 'I have saved my codes' }).click();
  await expect(twoFactor.getByText('Two-factor authentication is on.')).toBeVisible();
  return secret;
}

async function findPartner(page: Page, applicant: Applicant): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partners', exact: true }).click();
  await expect(page).toHaveURL('/partners');
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  const results = page.getByRole('region', { name: 'Results' });
  // The count is announced once the search has finished (the loading indicator is a status too).
  const count = results.getByRole('status').filter({ hasText: /organisations? found$/ });
  await expect(count).toHaveText(/^\d+ organisations found$/);

  await page.getByRole('search').getByLabel('Search organisations').fill('shelter');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/partners\?q=shelter/);
  await page
    .getByRole('complementary', { name: 'Filters' })
    .getByRole('group', { name: 'Country' })
    .getByRole('checkbox', { name: /^Belgium/ })
    .check();
  await expect(page).toHaveURL(/country=BE/);
  const card = results.getByRole('article', { name: 'Harbour Shelter Network' });
  await expect(card).toBeVisible();
  // The member's own organisation, approved a moment ago, shelters in Belgium too.
  await expect(results.getByRole('article', { name: applicant.organisation })).toBeVisible();
  await expect(count).toHaveText(/^\d+ organisations found$/);
  // Casa Aurora shelters too, but in Italy.
  await expect(results.getByRole('article', { name: 'Casa Aurora' })).toHaveCount(0);
  await expectNoA11yViolations(page, 'on the partner search');
  await screenshot(page, 'partners-1280');

  await page.setViewportSize({ width: 375, height: 812 });
  await expect(card).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'horizontal overflow at 375 px').toBeLessThanOrEqual(0);
  await expectNoA11yViolations(page, 'on the partner search at 375 px');
  await screenshot(page, 'partners-375');
  await page.setViewportSize({ width: 1280, height: 720 });

  await card.getByRole('link', { name: 'Harbour Shelter Network' }).click();
  await expect(page).toHaveURL(/\/partners\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour Shelter Network' })).toBeVisible();
  const contact = page.getByRole('complementary', { name: 'Contact' });
  await expect(contact.getByRole('link', { name: 'contact@harbour-shelter.example.org' })).toHaveAttribute(
    'href',
    'mailto:contact@harbour-shelter.example.org',
  );
  await expect(contact.getByRole('link', { name: '+3225550101' })).toHaveAttribute('href', 'tel:+3225550101');
  await expect(contact.getByRole('link', { name: 'harbour-shelter.example.org (opens in a new tab)' })).toHaveAttribute(
    'href',
    'https://harbour-shelter.example.org',
  );
  // Sofie Janssens, a demo member, works there.
  await expect(
    page
      .getByRole('region', { name: 'Work and reach' })
      .getByRole('definition')
      .filter({ hasText: /^1 person$/ }),
  ).toBeVisible();
  await expectNoA11yViolations(page, 'on a partner profile');
  await screenshot(page, 'partner-1280');
}

test.describe('Accounts and membership', () => {
  test('an organisation applies, the Coordinator approves it, and its contact person secures the account and finds partners', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const applicant = newApplicant();

    await test.step('a visitor applies for membership', async () => {
      const visitor = await newVisitorPage(browser);
      await apply(visitor, applicant);
      await visitor.context().close();
    });

    await test.step('the applicant cannot sign in before the application is approved', async () => {
      const page = await newVisitorPage(browser);
      await page.goto('/sign-in');
      const form = signInForm(page);
      await form.email.fill(applicant.email);
      await form.password.fill(applicant.password);
      await form.submit.click();
      await expect(page.getByRole('alert')).toContainText('The email address or password is not correct.');
      await page.context().close();
    });

    await test.step('the Coordinator signs in with a second factor and approves the application', async () => {
      const coordinator = await newVisitorPage(browser);
      await approveAsCoordinator(coordinator, applicant);
      await coordinator.context().close();
    });

    const page = await newVisitorPage(browser);
    let secret = '';
    await test.step('the new member signs in with the password chosen when applying', async () => {
      await page.goto('/sign-in');
      await expectNoA11yViolations(page, 'on the sign-in page');
      await screenshot(page, 'sign-in-1280');
      await signIn(page, { email: applicant.email, password: applicant.password });
      await expect(page).toHaveURL('/');
    });

    await test.step('the member sets up two-factor authentication on My account', async () => {
      secret = await enrolTwoFactor(page);
      await signOut(page);
    });

    await test.step('the member signs in again, now with a code from the authenticator', async () => {
      await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
      await signIn(page, { email: applicant.email, password: applicant.password, totpSecret: secret });
      await expect(page).toHaveURL('/');
    });

    await test.step('the member finds a partner organisation and its contact details', async () => {
      await findPartner(page, applicant);
    });
    await page.context().close();
  });
});
