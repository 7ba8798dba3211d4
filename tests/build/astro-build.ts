/**
 * Runs a real `astro build` into `outDir` with extra environment variables.
 * Vitest puts its own variables in the environment (NODE_ENV=test, BASE_URL=/,
 * MODE, VITEST...), which would leak into the child build; they are removed so
 * the build is the one `npm run build` makes.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export const ROOT = new URL('../..', import.meta.url).pathname;
const LEAKED = /^(VITEST.*|VITE_.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST)$/;

/** Resolves with the build's output, or rejects with an error whose `stdout`/`stderr` hold it. */
export async function astroBuild(outDir: string, env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !LEAKED.test(key)));
  return promisify(execFile)('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...clean, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
}
