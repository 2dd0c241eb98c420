import { type Browser, expect, type Page, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, newVisitorPage, runId, signIn } from '../fixtures/accounts';
import { expectNoA11yViolations } from '../fixtures/a11y';

/**
 * The Coordinator publishes an announcement; two members, each on another page, see the banner arrive live; one
 * marks it as read, and the Coordinator's reach view (refreshed while open) counts that read.
 */
async function signedIn(browser: Browser, credentials: Parameters<typeof signIn>[1], path: string): Promise<Page> {
  const page = await newVisitorPage(browser);
  await page.goto(`/sign-in?redirect=${encodeURIComponent(path)}`);
  await signIn(page, credentials);
  await expect(page).toHaveURL(path);
  return page;
}

const banner = (page: Page) => page.getByRole('region', { name: 'Unread announcements' });

test('the Coordinator publishes, two members see the banner live, one reads it, the reach view counts it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const title = `Platform meeting on 18 October (${runId()})`;

  const sofie = await signedIn(browser, { email: DEMO.member.email, password: DEMO_PASSWORD }, '/privacy');
  const camille = await signedIn(browser, { email: DEMO.memberFr.email, password: DEMO_PASSWORD }, '/directory');
  const coordinator = await signedIn(
    browser,
    { email: DEMO.coordinator.email, password: DEMO_PASSWORD, totpSecret: DEMO.coordinator.totpSecret },
    '/announcements/new',
  );

  const form = coordinator.getByRole('main');
  await form.getByLabel('Title').fill(title);
  await form.getByRole('textbox', { name: 'Text' }).fill('Join us in **Brussels**.');
  await form.getByLabel('Priority of the Strategy').selectOption('A');
  await form.getByLabel('Event place').fill('Brussels');
  await form.getByLabel('Public: also shown to visitors and in the feed').check();
  await expectNoA11yViolations(coordinator, 'on the compose form');
  await form.getByRole('button', { name: 'Publish now' }).click();
  await expect(coordinator).toHaveURL(/\/announcements\/[0-9a-f-]{36}$/);
  await expect(coordinator.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // Both members see it arrive without reloading.
  await expect(banner(sofie)).toContainText(title);
  await expect(banner(camille)).toContainText(title);

  const reach = coordinator.getByRole('region', { name: 'Reach' });
  await expect(coordinator.getByTestId('reach-read')).toHaveText('0');

  await banner(sofie).getByRole('button', { name: 'Mark as read' }).click();
  await expect(banner(sofie)).toBeHidden();
  await expect(banner(camille)).toContainText(title);

  // The reach view is refreshed while open: the read shows up without a reload.
  await expect(coordinator.getByTestId('reach-read')).toHaveText('1', { timeout: 15_000 });
  await expect(reach).toBeVisible();

  await camille.goto('/announcements');
  await expect(camille.getByRole('main').getByRole('link', { name: title })).toBeVisible();
  await expectNoA11yViolations(camille, 'on the announcements page');
  await camille.goto('/');
  await expect(camille.getByRole('heading', { name: 'Latest announcements' })).toBeVisible();
  await expectNoA11yViolations(camille, 'on the members’ home page');

  const visitor = await newVisitorPage(browser);
  await visitor.goto('/');
  await expect(visitor.getByRole('main').getByRole('link', { name: title })).toBeVisible();
  await expectNoA11yViolations(visitor, 'on the visitors’ home page');
});
