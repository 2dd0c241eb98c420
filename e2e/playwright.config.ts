import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

/**
 * The server writes its mail as .eml files into this folder (no SMTP_URL), where the journeys read the links.
 * Playwright loads this file again in each worker: the folder chosen first is handed on through the environment,
 * so the server and every worker agree on it.
 */
const mailDir = (process.env.E2E_MAIL_DIR ??= path.join(
  os.tmpdir(),
  `thb-e2e-mail-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`,
));
mkdirSync(mailDir, { recursive: true });

/**
 * Playwright cannot download browsers on our machines: it drives the system Chromium (Debian's `chromium`
 * package). Elsewhere set CHROMIUM_PATH, or run `npx playwright install chromium` and leave it unset.
 */
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;

export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The built platform as `npm start` serves it, on a throw-away in-memory database with the demo data.
    command: 'node ../server/dist/main.js',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      PGLITE_DIR: ':memory:',
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      PUBLIC_URL: baseURL,
      DEMO_DATA: 'true',
      MAIL_DIR: mailDir,
      SMTP_URL: '',
      // Every journey signs in from 127.0.0.1: the per-address sign-in limit (10 a minute) would refuse them.
      SIGN_IN_RATE_LIMIT_PER_MIN: '1000',
    },
  },
});
