import { type Browser, expect, type Page, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, newVisitorPage, runId, signIn } from '../fixtures/accounts';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { screenshot } from '../fixtures/screenshots';

/**
 * Two demo members chat in real time in the channel of priority E: a message, a reply in its thread, a reaction,
 * an edit; then one goes offline, both write, and once back every message shows exactly once on both sides.
 * (Signs the two demo members in; the sessions and password-reset journeys, which change them, sign in afresh.)
 */
const CHANNEL = /Increased knowledge of and effective response/;
/** Reconnecting after the network comes back waits for Socket.IO's backoff (up to 15 s). */
const RECONNECT_TIMEOUT = 30_000;

async function openChannel(browser: Browser, email: string): Promise<Page> {
  const page = await newVisitorPage(browser);
  await page.goto('/sign-in?redirect=/channels');
  await signIn(page, { email, password: DEMO_PASSWORD });
  await expect(page).toHaveURL('/channels');
  await page.getByRole('navigation', { name: 'Channels' }).getByRole('link', { name: CHANNEL }).click();
  await expect(page.getByRole('heading', { level: 2, name: CHANNEL })).toBeVisible();
  await expect(page.getByRole('log', { name: /^Messages in/ })).toBeVisible();
  return page;
}

function log(page: Page) {
  return page.getByRole('log', { name: /^Messages in/ });
}

function message(page: Page, text: string) {
  return log(page).getByRole('article').filter({ hasText: text });
}

async function send(page: Page, text: string): Promise<void> {
  const composer = page.getByRole('textbox', { name: /^Message to/ });
  await composer.fill(text);
  await composer.press('Enter');
  await expect(composer).toHaveValue('');
}

test('two members chat live: message, thread reply, reaction, edit, and catch-up after going offline', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const id = runId();
  const hello = `Hello from Gent (${id})`;
  const reply = `Answer from Lyon (${id})`;

  const sofie = await openChannel(browser, DEMO.member.email);
  const camille = await openChannel(browser, DEMO.memberFr.email);
  await expectNoA11yViolations(sofie, 'on the channels page');

  // A message arrives at the other member while she is looking, once.
  await send(sofie, hello);
  await expect(message(sofie, hello)).toHaveCount(1);
  await expect(message(camille, hello)).toHaveCount(1);
  await expect(message(sofie, hello)).not.toContainText('Sending…');

  // Camille replies in the thread; Sofie sees the reply count and the reply.
  await message(camille, hello).getByRole('button', { name: 'Reply in the thread' }).click();
  const camilleThread = camille.getByRole('complementary', { name: 'Thread' });
  await expect(camilleThread).toBeVisible();
  const replyBox = camilleThread.getByRole('textbox', { name: 'Reply in the thread' });
  await replyBox.fill(reply);
  await replyBox.press('Enter');
  await expect(camilleThread.getByRole('article').filter({ hasText: reply })).toHaveCount(1);
  await expect(message(sofie, hello).getByRole('button', { name: '1 reply' })).toBeVisible();
  await message(sofie, hello).getByRole('button', { name: '1 reply' }).click();
  const sofieThread = sofie.getByRole('complementary', { name: 'Thread' });
  await expect(sofieThread.getByRole('article').filter({ hasText: reply })).toHaveCount(1);
  await expect(sofie).toHaveURL(/\?thread=/);
  await expectNoA11yViolations(sofie, 'with a thread open');
  await screenshot(sofie, 'channels-thread-1280', { fullPage: false });
  await sofie.keyboard.press('Escape');
  await expect(sofieThread).toHaveCount(0);

  // A reaction, chosen with the emoji picker.
  await message(sofie, hello).getByRole('button', { name: 'Add a reaction' }).click();
  await sofie.getByRole('dialog', { name: 'Choose an emoji' }).getByRole('button', { name: 'React with 👍' }).click();
  await expect(message(sofie, hello).getByRole('button', { name: '👍: 1 person, including you' })).toBeVisible();
  await expect(message(camille, hello).getByRole('button', { name: '👍: 1 person' })).toBeVisible();

  // An edit, from the message's menu, with the keyboard.
  const edited = `${hello}, edited`;
  await message(sofie, hello).getByRole('button', { name: 'More actions' }).click();
  await sofie.getByRole('menuitem', { name: 'Edit' }).click();
  const editor = sofie.getByRole('textbox', { name: 'Edit your message' });
  await editor.fill(edited);
  await editor.press('Enter');
  await expect(message(camille, edited)).toHaveCount(1);
  await expect(
    message(camille, edited).getByRole('button', { name: 'Edited: show the earlier versions' }),
  ).toBeVisible();

  // Camille goes offline; both write meanwhile.
  const whileAway = `Written while Camille is offline (${id})`;
  const fromOffline = `Written by Camille offline (${id})`;
  await camille.context().setOffline(true);
  await expect(camille.getByText('You are offline.')).toBeVisible({ timeout: RECONNECT_TIMEOUT });
  await screenshot(camille, 'channels-offline-1280', { fullPage: false });
  await send(sofie, whileAway);
  await expect(message(sofie, whileAway)).toHaveCount(1);
  await send(camille, fromOffline);
  await expect(camille.locator('[data-client-id]').filter({ hasText: fromOffline })).toContainText('Sending…');

  // Back online: what she missed is fetched, what she wrote is sent; each exactly once, on both sides.
  await camille.context().setOffline(false);
  await expect(message(camille, whileAway)).toHaveCount(1, { timeout: RECONNECT_TIMEOUT });
  await expect(message(camille, fromOffline)).toHaveCount(1, { timeout: RECONNECT_TIMEOUT });
  await expect(camille.locator('[data-client-id]')).toHaveCount(0);
  await expect(message(sofie, fromOffline)).toHaveCount(1);
  await expect(message(sofie, whileAway)).toHaveCount(1);
  await expect(message(sofie, edited)).toHaveCount(1);

  // Markup in a message stays text, and only web links become links (checked in a real browser: DOMPurify).
  const unsafe = `<img src=x onerror="window.__xss=1"> [click](javascript:window.__xss=2) ${id}`;
  await send(sofie, unsafe);
  const shown = message(camille, id).filter({ hasText: 'click' });
  await expect(shown).toHaveCount(1);
  await expect(shown).toContainText('<img src=x onerror="window.__xss=1">');
  await expect(shown.locator('img')).toHaveCount(0);
  await expect(shown.locator('a[href^="javascript"]')).toHaveCount(0);
  expect(await camille.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  await screenshot(sofie, 'channels-1280', { fullPage: false });
  await sofie.context().close();
  await camille.context().close();
});
