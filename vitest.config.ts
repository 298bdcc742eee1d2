import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (everything in-process or with the bundled CLI, `npm test`) and
 * `delivery` (the tests that drive real clients: Node 18 and 24 binaries, pre-commit, packer,
 * the SARIF Multitool; `npm run test:delivery`). `npm run check` runs both.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['test/setup/remove-temp-dirs.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/delivery/**', 'test/fuzz/**'] } },
      { extends: true, test: { name: 'fuzz', include: ['test/fuzz/**/*.test.ts'] } },
      { extends: true, test: { name: 'delivery', include: ['test/delivery/**/*.test.ts'] } },
    ],
  },
});
