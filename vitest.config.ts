import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // Two at once on two cores: most files wait on processes, browsers and databases, so two overlap
    // well (see docs/performance.md, "Suite time").
    maxWorkers: 2,
    // A worker keeps Saldo's modules loaded from one file to the next instead of importing them
    // afresh for each: about 1 s of imports per file saved (a quarter of the suite's time, see
    // docs/performance.md, "Suite time"). Files share no state but what they open and close.
    isolate: false,
    // …so a spy a test leaves behind is undone before the next test, in this file or the next.
    restoreMocks: true,
    // Pages and processes answer slower while another file runs beside them: a condition polled
    // for gets this long before it fails.
    expect: { poll: { timeout: 10_000 } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['test/support/global-setup.ts'],
  },
});
