import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // Two at once on two cores: most files wait on processes, browsers and databases, so two overlap
    // well (see docs/performance.md, "Suite time").
    maxWorkers: 2,
    // Pages and processes answer slower while another file runs beside them: a condition polled
    // for gets this long before it fails.
    expect: { poll: { timeout: 10_000 } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['test/support/global-setup.ts'],
  },
});
