// Proves the mechanism that lets a newcomer's `npm test` pass without PostgreSQL, Redis, NATS,
// Chromium or pdftotext while CI cannot: a missing binary path or an unanswered port is found
// missing; a missing requirement writes a capitals line naming the suites that did not run, or,
// under CI=true, throws; and end to end, the browser suite with CHROMIUM_PATH at nothing passes
// by skipping and says so, and fails under CI=true.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { REPOSITORY, collect } from '../operations/processes.ts';
import { available, chromiumPath, executableOn, judge, reachable, recordAvailability } from './availability.ts';

describe('looking for what the suites need', () => {
  it('finds an executable by path or on the PATH, and not a missing one', () => {
    expect(executableOn(process.execPath)).toBe(process.execPath);
    expect(executableOn('node', `/no/such/folder:${process.execPath.replace(/\/node$/, '')}`)).toBe(process.execPath);
    expect(executableOn('/no/such/chromium')).toBeUndefined();
    expect(executableOn('pdftotext', '/no/such/folder')).toBeUndefined();
    // A file that is there but not executable is not a browser.
    expect(executableOn(new URL('availability.ts', import.meta.url).pathname)).toBeUndefined();
  });

  it('reads CHROMIUM_PATH for the browser', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chromium/chrome' })).toBe('/opt/chromium/chrome');
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
  });

  it('finds a listening port reachable and a closed one not', async () => {
    const server = createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      expect(await reachable(`redis://127.0.0.1:${port}`)).toBe(true);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(await reachable(`nats://127.0.0.1:${port}`, 500)).toBe(false);
  });
});

describe('judging what was found', () => {
  it('says in capitals which suites did not run, outside CI', () => {
    const lines: string[] = [];
    const found = judge(
      { chromium: 'no executable at /no/such/chromium', pdftotext: 'not on the PATH', redis: undefined },
      { CI: 'false' },
      (line) => lines.push(line),
    );
    expect(found).toEqual({ chromium: false, pdftotext: false, redis: true });
    expect(lines.join('')).toContain(
      '*** CHROMIUM NOT AVAILABLE (no executable at /no/such/chromium): THE BROWSER TESTS (THE CONSOLE, THE /DOCS PAGE) DID NOT RUN. ***',
    );
    expect(lines.join('')).toContain(
      '*** PDFTOTEXT (POPPLER-UTILS) NOT AVAILABLE (not on the PATH): THE STATEMENT PDF TESTS DID NOT RUN. ***',
    );
    expect(lines.join('')).not.toContain('REDIS');
  });

  it('fails under CI=true, naming everything missing', () => {
    const lines: string[] = [];
    expect(() =>
      judge(
        { redis: 'nothing answers at redis://127.0.0.1:1', nats: undefined, chromium: 'no executable at /x' },
        { CI: 'true' },
        (line) => lines.push(line),
      ),
    ).toThrow(
      'Redis is required under CI=true but is not available: nothing answers at redis://127.0.0.1:1; Chromium is required under CI=true but is not available: no executable at /x',
    );
    expect(lines).toEqual([]);
  });

  it('passes what was found, silently, CI or not', () => {
    const lines: string[] = [];
    expect(judge({ nats: undefined, postgres: undefined }, { CI: 'true' }, (line) => lines.push(line))).toEqual({
      nats: true,
      postgres: true,
    });
    expect(lines).toEqual([]);
  });

  it('hands what it found to the test files', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(available('chromium', env)).toBe(true);
    recordAvailability('chromium', false, env);
    expect(available('chromium', env)).toBe(false);
    recordAvailability('chromium', true, env);
    expect(available('chromium', env)).toBe(true);
  });
});

describe('a run without Chromium', () => {
  // The /docs page suite in a vitest of its own, with the browser nowhere to be found.
  const runBrowserSuite = (ci: string) =>
    collect(
      spawn(
        process.execPath,
        [`${REPOSITORY}node_modules/vitest/vitest.mjs`, 'run', 'test/browser/docs-page.test.ts'],
        {
          cwd: REPOSITORY,
          env: { ...process.env, CHROMIUM_PATH: '/no/such/chromium', CI: ci, SALDO_TEST_CHROMIUM: '' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      ),
    );

  it('passes, skipping the browser suite and saying so in capitals', { timeout: 120_000 }, async () => {
    const run = await runBrowserSuite('');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stderr).toContain(
      '*** CHROMIUM NOT AVAILABLE (no executable at /no/such/chromium (set CHROMIUM_PATH)): THE BROWSER TESTS (THE CONSOLE, THE /DOCS PAGE) DID NOT RUN. ***',
    );
    expect(run.stdout).toMatch(/skipped/);
  });

  it('fails under CI=true', { timeout: 120_000 }, async () => {
    const run = await runBrowserSuite('true');
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('Chromium is required under CI=true but is not available');
  });
});
