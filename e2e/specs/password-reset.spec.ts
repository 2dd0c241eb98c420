import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, newVisitorPage, openAccountMenu, runId, signIn, signInForm } from '../fixtures/accounts';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { linkFromNewestMail } from '../fixtures/mail';
import { screenshot } from '../fixtures/screenshots';

// The only journey that uses this demo member; it sets the demo password back at the end, so the journeys
// stay independent of their order.
const member = DEMO.member;

test.describe('Password reset', () => {
  test('a member who forgot the password chooses a new one with the emailed link', async ({ browser }) => {
    test.setTimeout(90_000);
    const newPassword = `seven copper kettles ${runId()}`;
    const page = await newVisitorPage(browser);
    let since = new Date();

    await test.step('ask for a link on /forgot-password', async () => {
      await page.goto('/sign-in');
      await page.getByRole('main').getByRole('link', { name: 'Forgotten your password?' }).click();
      await expect(page).toHaveURL('/forgot-password');
      await expect(page.getByRole('heading', { level: 1, name: 'Forgotten password' })).toBeVisible();
      await expectNoA11yViolations(page, 'on /forgot-password');
      await screenshot(page, 'forgot-password-1280');

      await page.getByRole('main').getByLabel('Email address').fill(member.email);
      since = new Date();
      await page.getByRole('button', { name: 'Send the link' }).click();

      await expect(page.getByText('Check your inbox')).toBeVisible();
      await expect(page.getByText(`If an account uses ${member.email}, we have sent it a link`)).toBeVisible();
      await expectNoA11yViolations(page, 'with the reset link sent');
    });

    const link = await linkFromNewestMail(member.email, '/reset-password', { since });
    expect(link).toMatch(/^\/reset-password\?token=[^&\s]+$/);

    await test.step('set a new password with the link from the mail', async () => {
      await page.goto(link);
      await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
      await expectNoA11yViolations(page, 'on /reset-password');
      await screenshot(page, 'reset-password-1280');

      await page.getByLabel('New password').fill(newPassword);
      await page.getByRole('button', { name: 'Set the new password' }).click();

      await expect(page).toHaveURL('/sign-in?notice=password-reset');
      await expect(
        page.getByRole('status').filter({ hasText: 'Your new password is set. Sign in with it now.' }),
      ).toBeVisible();
    });

    await test.step('the old password no longer works', async () => {
      const form = signInForm(page);
      await form.email.fill(member.email);
      await form.password.fill(DEMO_PASSWORD);
      await form.submit.click();

      const alert = page.getByRole('main').getByRole('alert');
      await expect(alert).toContainText('You could not be signed in.');
      await expect(alert).toContainText('The email address or password is not correct.');
      await expect(form.password).toHaveValue('');
      await expectNoA11yViolations(page, 'with a failed sign-in');
      await screenshot(page, 'sign-in-failed-1280');
    });

    await test.step('the link works only once', async () => {
      const other = await newVisitorPage(browser);
      await other.goto(link);
      await other.getByLabel('New password').fill(`${newPassword} again`);
      await other.getByRole('button', { name: 'Set the new password' }).click();
      await expect(other.getByRole('alert')).toContainText('This link no longer works');
      await expectNoA11yViolations(other, 'with a used reset link');
      await other.context().close();
    });

    await test.step('the new password works', async () => {
      await signIn(page, { email: member.email, password: newPassword });
      await expect(page).toHaveURL('/');
    });

    await test.step('the member sets the demo password back on My account', async () => {
      const menu = await openAccountMenu(page);
      await menu.getByRole('link', { name: 'My account' }).click();
      const password = page.getByRole('region', { name: 'Password' });
      await password.getByLabel('Current password').fill(newPassword);
      await password.getByLabel('New password').fill(DEMO_PASSWORD);
      await password.getByRole('button', { name: 'Change password' }).click();
      await expect(password.getByText('Your password has been changed. Your other sessions have ended.')).toBeVisible();
    });
    await page.context().close();
  });
});
