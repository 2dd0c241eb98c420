import { expect, type Page, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, newVisitorPage, runId, signIn } from '../fixtures/accounts';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { screenshot } from '../fixtures/screenshots';

/** The figures of one priority in the chart's table: completed, ongoing, delayed, planned, total. */
async function figures(page: Page, priority: string): Promise<number[]> {
  const table = page.getByRole('table', { name: 'Number of actions of each priority, by status' });
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${priority}\\.`) }) });
  return (await row.getByRole('cell').allTextContents()).map(Number);
}

/**
 * The Progress page: a visitor reads the chart and filters the actions (the filters are in the address); the
 * Coordinator records a state of play that moves an action from planned to ongoing, and the chart follows.
 */
test('visitor reads and filters the progress; the Coordinator’s state of play changes the status and the chart', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const note = `Expert meeting on demand reduction held with the Business Coalition (${runId()}).`;

  // A visitor: the chart, the totals, the actions of every priority.
  const visitor = await newVisitorPage(browser);
  await visitor.goto('/actions');
  await expect(visitor.getByRole('heading', { level: 1, name: 'Progress of the Strategy' })).toBeVisible();
  await expect(visitor.getByRole('heading', { name: 'Actions by status, per priority' })).toBeVisible();
  await expect(visitor.getByTestId('actions-chart').locator('.chart__row')).toHaveCount(5);
  await expect(visitor.getByRole('status').filter({ hasText: 'Actions shown: 42' })).toBeVisible();
  const before = await figures(visitor, 'B');
  expect(before.at(-1)).toBe(5);
  await expectNoA11yViolations(visitor, 'on the Progress page');
  await screenshot(visitor, 'actions-visitor-1280');

  // Priority B's own address, then only its planned actions.
  await visitor.getByLabel('Priority', { exact: true }).selectOption('B');
  await expect(visitor).toHaveURL(/\/actions\?priority=B$/);
  await expect(visitor.getByRole('heading', { level: 2, name: /Priority B/ })).toBeVisible();
  await expect(visitor.getByRole('heading', { level: 2, name: /Priority A/ })).toHaveCount(0);
  await visitor.getByLabel('Status', { exact: true }).selectOption('planned');
  await expect(visitor).toHaveURL(/priority=B&status=planned/);
  await expect(visitor.getByRole('status').filter({ hasText: 'Actions shown: 1' })).toBeVisible();
  const action = visitor.getByRole('article').filter({ hasText: 'Models and guidelines on the reduction of demand' });
  await action.getByRole('button', { name: /Details/ }).click();
  await expect(action.getByText('Nothing has been recorded yet.')).toBeVisible();
  await expect(action.getByText('As written in the plan: COM/European Business Coalition')).toBeVisible();
  await expectNoA11yViolations(visitor, 'on a filtered list with an action opened');
  await screenshot(visitor, 'actions-visitor-filtered-1280');

  // The CSV export has the same filtered actions.
  const csvLink = visitor.getByRole('link', { name: 'Download as CSV' });
  await expect(csvLink).toHaveAttribute('href', '/api/strategies/eu-2012-2016/actions.csv?priority=B&status=planned');
  const csv = await visitor.request.get((await csvLink.getAttribute('href'))!);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect((await csv.text()).trim().split('\n')).toHaveLength(2);

  // The Coordinator records a state of play with a new status.
  const coordinator = await newVisitorPage(browser);
  await coordinator.goto('/sign-in');
  await signIn(coordinator, {
    email: DEMO.coordinator.email,
    password: DEMO_PASSWORD,
    totpSecret: DEMO.coordinator.totpSecret,
  });
  await coordinator.goto('/actions?priority=B');
  const item = coordinator.getByRole('article').filter({ hasText: 'Models and guidelines on the reduction of demand' });
  await item.getByRole('button', { name: /Details/ }).click();
  const form = item.locator('form').filter({ has: coordinator.getByRole('heading', { name: 'Add a state of play' }) });
  await expect(form.getByLabel('Status from this date')).toBeVisible();
  await expectNoA11yViolations(coordinator, 'with the Coordinator’s forms open');
  await form.getByLabel('Status from this date').selectOption('ongoing');
  await form.getByLabel('State of play', { exact: true }).fill(note);
  await form.getByRole('button', { name: 'Add the entry' }).click();

  await expect(form.getByText('State of play added.')).toBeVisible();
  await expect(item.getByTestId('state-of-play')).toContainText(note);
  await expect(item.locator('.item__side .status')).toHaveText('Ongoing');
  // The chart moved one action of B from planned to ongoing.
  await expect
    .poll(() => figures(coordinator, 'B'))
    .toEqual([before[0], before[1]! + 1, before[2], before[3]! - 1, before[4]]);
  await screenshot(coordinator, 'actions-coordinator-1280');

  // The visitor sees it after a reload: B has no planned action left.
  await visitor.reload();
  await expect(visitor.getByRole('status').filter({ hasText: 'Actions shown: 0' })).toBeVisible();
  await expect(visitor.getByText('No action matches these filters.')).toBeVisible();
  await expectNoA11yViolations(visitor, 'on an empty filtered list');
});

test('the Progress page on a phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/actions?status=delayed');
  await expect(page.getByRole('heading', { level: 1, name: 'Progress of the Strategy' })).toBeVisible();
  await expect(page.getByTestId('actions-chart')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoA11yViolations(page, 'on a phone');
  await screenshot(page, 'actions-delayed-390');
});
