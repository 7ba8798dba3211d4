#!/usr/bin/env node
/**
 * Runs before the end-to-end tests: makes sure a system Chromium is there.
 * On a Debian machine without one, as root, installs Debian's `chromium`
 * package (and says so); otherwise stops with a one-line instruction.
 * Never downloads a browser build of its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browser-path.mjs';

let browser = findBrowser();
if (browser) {
  console.log(`e2e: using the browser at ${browser}`);
  process.exit(0);
}

const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isDebian && isRoot) {
  console.log("e2e: no Chromium found; installing Debian's chromium package (apt-get install chromium)...");
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.error('e2e: installing chromium with apt-get failed; install it by hand: apt-get install chromium');
    process.exit(1);
  }
  browser = findBrowser();
  if (browser) {
    console.log(`e2e: installed; using the browser at ${browser}`);
    process.exit(0);
  }
}
console.error(
  'e2e: no Chromium or Chrome found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its executable.',
);
process.exit(1);
