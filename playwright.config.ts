import { defineConfig, devices } from '@playwright/test';
import { findBrowser } from './tests/e2e/browser-path.mjs';

// E2E_PORT lets several checkouts run their tests side by side.
const PORT = Number(process.env.E2E_PORT) || 4329;
const executablePath = findBrowser();
/**
 * E2E_VIEWPORT=390x844 runs every test on a phone-sized screen (the default is Playwright's
 * desktop 1280 × 720). The accessibility spec checks every page at 390 × 844 and 1280 × 900 anyway.
 */
const viewport = /^(\d+)x(\d+)$/.exec(process.env.E2E_VIEWPORT ?? '');

/**
 * End-to-end tests run against the production build (`npm run build` first),
 * served by `astro preview`, in the system Chromium (never a downloaded one).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // A trace costs a sixth of the suite's time (content and glossary specs: 133 s with, 109 s without);
    // E2E_TRACE=1 records one for each failing test, to open with `npx playwright show-trace`.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        ...(viewport ? { viewport: { width: Number(viewport[1]), height: Number(viewport[2]) } } : {}),
        launchOptions: {
          executablePath,
          // Chromium's own background services would reach for the network; keep it quiet.
          args: [
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic',
            '--no-first-run',
            '--disable-gpu',
            // Every request to another origin goes to a proxy that does not exist, so it fails: nothing
            // leaves the machine, IP addresses included. The site itself (localhost) is reached directly.
            // The fixture still records such a request and fails the test (tests/e2e/fixtures.ts).
            '--proxy-server=http://127.0.0.1:9',
            '--proxy-bypass-list=localhost;127.0.0.1',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `astro preview --port ${PORT} --host 127.0.0.1`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // `astro preview` detaches itself when it thinks an agent runs it; keep it in the foreground.
    env: { ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
