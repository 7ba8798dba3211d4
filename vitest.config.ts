import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

/**
 * Two projects: `unit` runs the pure modules of src/lib in Node;
 * `component` runs Solid islands in jsdom with Solid's browser build
 * (under Astro's Vite config Solid resolves its server build, where
 * client-only APIs throw).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // Real `astro build` runs with edited data files: slow, so apart from the unit tests.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        plugins: [solid()],
        resolve: { conditions: ['browser', 'development'] },
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          // Benchmarks (tests/unit/*.bench.ts) run once, in the unit project.
          benchmark: { include: ['tests/component/**/*.bench.tsx'] },
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
