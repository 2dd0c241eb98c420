import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { screenshot } from '../fixtures/screenshots';

const NAV_PAGES = [
  { link: 'Directory', path: '/directory' },
  { link: 'Announcements', path: '/announcements' },
  { link: 'Actions', path: '/actions' },
];

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

test.describe('The platform shell', () => {
  test('home page presents the platform and the Strategy’s five priorities from the server', async ({ page }) => {
    await page.goto('/');

    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page).toHaveTitle(/THB Platform/);
    const priorities = page.getByRole('region', { name: 'The EU Strategy’s five priorities' });
    await expect(priorities.getByText('Identifying, protecting and assisting victims of trafficking')).toBeVisible();
    await expect(priorities.getByText('Increased prosecution of traffickers')).toBeVisible();
    await expect(page.getByText('Live', { exact: true })).toBeVisible();
    await expectNoA11yViolations(page, 'on the home page');
    await screenshot(page, 'home-1280');
  });

  test('every section in the navigation has a real page', async ({ page }) => {
    await page.goto('/');

    for (const { link, path } of NAV_PAGES) {
      await mainNav(page).getByRole('link', { name: link, exact: true }).click();

      await expect(page).toHaveURL(path);
      await expect(mainNav(page).getByRole('link', { name: link, exact: true })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(`^${link}`));
      await expectNoA11yViolations(page, `on ${path}`);
    }
    await screenshot(page, 'coming-soon-1280');
  });

  test('accessibility statement and privacy notice are reachable from the footer', async ({ page }) => {
    await page.goto('/');
    const footer = page.getByRole('contentinfo');

    await footer.getByRole('link', { name: 'Accessibility statement' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeVisible();
    await expect(page.getByText(/WCAG 2\.1/).first()).toBeVisible();
    await expectNoA11yViolations(page, 'on the accessibility statement');
    await screenshot(page, 'accessibility-1280');

    await footer.getByRole('link', { name: 'Privacy notice' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Privacy notice' })).toBeVisible();
    await expectNoA11yViolations(page, 'on the privacy notice');
    await screenshot(page, 'privacy-1280');
  });

  test('the language switcher translates the shell and remembers the choice', async ({ page }) => {
    await page.goto('/');

    await page.getByLabel('Language').selectOption('fr');

    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(
      page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'Annuaire' }),
    ).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByLabel('Langue')).toHaveValue('fr');
    await expectNoA11yViolations(page, 'on the French home page');
    await screenshot(page, 'home-fr-1280');
  });

  test('the skip link takes keyboard users straight to the main content', async ({ page }) => {
    await page.goto('/');
    // The app mounts once the router is ready; a Tab pressed before that has nothing to focus.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page.locator('main')).toBeFocused();
  });

  test('an unknown address shows a helpful not-found page', async ({ page }) => {
    await page.goto('/no/such/page');

    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
    await expectNoA11yViolations(page, 'on the not-found page');
  });

  test('members-only pages send visitors to sign in, and back afterwards', async ({ page }) => {
    await page.goto('/');
    await expect(mainNav(page).getByRole('link', { name: 'Partners', exact: true })).toHaveCount(0);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();

    await page.goto('/partners');

    await expect(page).toHaveURL('/sign-in?redirect=/partners');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expectNoA11yViolations(page, 'on the sign-in page');
  });

  test('the API documentation is served', async ({ page }) => {
    await page.goto('/api/docs');

    await expect(page.getByText('THB Platform API').first()).toBeVisible();
  });
});

test.describe('On a 375 px wide phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the navigation folds into a menu and nothing overflows', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('Identifying, protecting and assisting victims of trafficking')).toBeVisible();

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoA11yViolations(page, 'on the home page at 375 px');
    await screenshot(page, 'home-375');

    const menu = mainNav(page).getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(mainNav(page).getByRole('link', { name: 'Directory' })).toBeVisible();
    await expectNoA11yViolations(page, 'with the menu open at 375 px');
    await screenshot(page, 'menu-375', { fullPage: false });

    await mainNav(page).getByRole('link', { name: 'Directory', exact: true }).click();
    await expect(page).toHaveURL('/directory');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });
});
