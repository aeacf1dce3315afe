// Proves `saldo operator create` as a real process on both databases: it makes an operator who can
// sign in, reading the password from --password or from standard input, and answers a wrong role
// with exit code 2 and a too-short password with exit code 1, one line each.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { DEFAULT_SESSION_POLICY, signIn } from '../../src/core/operators/sessions.ts';
import { openStore } from '../../src/storage/kysely-store.ts';
import { createSharedDatabaseUrl, describeEachDatabase } from '../support/databases.ts';
import { CLI, TSX, childEnv, collect, saldoCliInProcess } from '../operations/processes.ts';

vi.setConfig({ testTimeout: 90_000 });

describeEachDatabase('saldo operator', (kind) => {
  let databaseUrl: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const database = await createSharedDatabaseUrl(kind);
    databaseUrl = database.url;
    cleanup = database.drop;
    const created = await saldoCliInProcess(['organization', 'create', '--slug', 'acme', '--name', 'Acme'], {
      DATABASE_URL: databaseUrl,
    });
    expect(created.code).toBe(0);
  });
  afterAll(async () => cleanup?.());

  async function canSignIn(email: string, password: string): Promise<string | undefined> {
    const store = await openStore({ url: databaseUrl });
    try {
      const signedIn = await signIn(store, new ManualClock(), DEFAULT_SESSION_POLICY, {
        email,
        password,
        traceId: 'test',
      });
      return signedIn.operator.role;
    } catch {
      return undefined;
    } finally {
      await store.close();
    }
  }

  it('creates an operator with --password who can sign in', async () => {
    const answer = await saldoCliInProcess(
      [
        'operator',
        'create',
        '--org',
        'acme',
        '--email',
        'Ann@Acme.Example',
        '--role',
        'admin',
        '--password',
        'correct horse battery staple',
      ],
      { DATABASE_URL: databaseUrl },
    );
    expect(answer.stderr).toBe('');
    expect(answer.code).toBe(0);
    expect(answer.stdout).toMatch(
      /^Created operator opr_[0-9A-Z]{26} \(ann@acme\.example, admin\) of acme; sign in at \/console\.\n$/,
    );
    expect(await canSignIn('ann@acme.example', 'correct horse battery staple')).toBe('admin');
  });

  it('reads the password from standard input when --password is not given', async () => {
    const child = spawn(
      TSX,
      [CLI, 'operator', 'create', '--org', 'acme', '--email', 'carl@acme.example', '--role', 'clerk'],
      {
        env: childEnv({ DATABASE_URL: databaseUrl }),
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    child.stdin!.end('a password from standard input\n');
    const answer = await collect(child);
    expect(answer.code).toBe(0);
    expect(await canSignIn('carl@acme.example', 'a password from standard input')).toBe('clerk');
  });

  it('refuses a wrong role (exit 2) and a short password (exit 1) in one line', async () => {
    const role = await saldoCliInProcess(
      [
        'operator',
        'create',
        '--org',
        'acme',
        '--email',
        'x@acme.example',
        '--role',
        'owner',
        '--password',
        'long enough password',
      ],
      { DATABASE_URL: databaseUrl },
    );
    expect(role.code).toBe(2);
    expect(role.stderr).toBe("saldo: --role must be one of viewer, clerk, admin, got 'owner'\n");
    const short = await saldoCliInProcess(
      ['operator', 'create', '--org', 'acme', '--email', 'x@acme.example', '--role', 'viewer', '--password', 'short'],
      { DATABASE_URL: databaseUrl },
    );
    expect(short.code).toBe(1);
    expect(short.stderr).toBe('saldo: A password has at least 12 characters. (password_too_short)\n');
  });
});
