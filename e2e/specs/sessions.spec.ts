import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, newVisitorPage, openAccountMenu, signIn } from '../fixtures/accounts';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { screenshot } from '../fixtures/screenshots';

// This journey ends every session of the account; other journeys (announcements, channels) may have left
// sessions of this demo member open, so it counts the two it opens, not all of them.
const credentials = { email: DEMO.memberFr.email, password: DEMO_PASSWORD };

test.describe('Sessions', () => {
  test('signing out everywhere ends the session in the other browser too', async ({ browser }) => {
    const laptop = await newVisitorPage(browser);
    const phone = await newVisitorPage(browser);
    for (const page of [laptop, phone]) {
      await page.goto('/sign-in');
      await signIn(page, credentials);
      await expect(page).toHaveURL('/');
    }

    const menu = await openAccountMenu(laptop);
    await menu.getByRole('link', { name: 'My account' }).click();
    await expect(laptop).toHaveURL('/account');
    const sessions = laptop.getByRole('region', { name: 'Where you are signed in' });
    await expect(sessions.getByRole('listitem').filter({ hasText: 'This device' })).toHaveCount(1);
    const listed = await sessions.getByRole('listitem').count();
    expect(listed).toBeGreaterThanOrEqual(2);
    // Every session but this device's can be ended on its own.
    await expect(sessions.getByRole('button', { name: /^End session/ })).toHaveCount(listed - 1);
    await expectNoA11yViolations(laptop, 'on My account with two sessions');
    await screenshot(laptop, 'account-sessions-1280');

    let question = '';
    laptop.once('dialog', (dialog) => {
      question = dialog.message();
      void dialog.accept();
    });
    await sessions.getByRole('button', { name: 'Sign out everywhere' }).click();

    expect(question).toBe('Sign out on every device, including this one?');
    await expect(laptop).toHaveURL('/sign-in?notice=signed-out-everywhere');
    await expect(
      laptop.getByRole('status').filter({ hasText: 'You have been signed out on every device.' }),
    ).toBeVisible();
    await expect(laptop.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expectNoA11yViolations(laptop, 'after signing out everywhere');

    // The phone still shows the member signed in, until its next step on a members-only page.
    await phone.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partners', exact: true }).click();
    await expect(phone).toHaveURL(/\/sign-in\?/);
    await expect(phone.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(phone.getByRole('status').filter({ hasText: 'Your session has ended.' })).toBeVisible();
    await expect(phone.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();

    // A fresh load of a members-only page does not bring the session back either.
    await laptop.goto('/account');
    await expect(laptop).toHaveURL('/sign-in?redirect=/account');

    await laptop.context().close();
    await phone.context().close();
  });
});
