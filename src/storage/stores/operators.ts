/** Operators and their sessions: the one row → domain mapping of each. */
import type { Kysely, Selectable } from 'kysely';
import { SaldoError } from '../../core/errors.ts';
import type {
  OperatorPage,
  OperatorRole,
  OperatorSession,
  OperatorStore,
  StoredOperator,
} from '../../core/operators/operator.ts';
import { isUniqueViolation } from '../driver-errors.ts';
import { rowLimit } from '../literals.ts';
import type { Database, OperatorSessionsTable, OperatorsTable } from '../schema.ts';
import type { StorageAdapter } from '../adapter.ts';

function toOperator(row: Selectable<OperatorsTable>): StoredOperator {
  return {
    id: row.id,
    organizationId: row.organization_id,
    email: row.email,
    role: row.role as OperatorRole,
    disabled: Number(row.disabled) === 1,
    mustChangePassword: Number(row.must_change_password) === 1,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    passwordHash: row.password_hash,
  };
}

function toSession(row: Selectable<OperatorSessionsTable>): OperatorSession {
  return {
    tokenHash: row.token_hash,
    organizationId: row.organization_id,
    operatorId: row.operator_id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
}

export class KyselyOperatorStore implements OperatorStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: StorageAdapter,
  ) {}

  async insert(operator: StoredOperator): Promise<void> {
    try {
      await this.db
        .insertInto('operators')
        .values({
          id: operator.id,
          organization_id: operator.organizationId,
          email: operator.email,
          role: operator.role,
          password_hash: operator.passwordHash,
          disabled: operator.disabled ? 1 : 0,
          must_change_password: operator.mustChangePassword ? 1 : 0,
          version: operator.version,
          created_at: operator.createdAt,
          updated_at: operator.updatedAt,
        })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error))
        throw new SaldoError('operator_email_taken', { pointer: 'body.email', cause: error });
      throw error;
    }
  }

  async findById(organizationId: string, id: string): Promise<StoredOperator | undefined> {
    const row = await this.db
      .selectFrom('operators')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toOperator(row);
  }

  async findByEmail(organizationId: string, email: string): Promise<StoredOperator | undefined> {
    const row = await this.db
      .selectFrom('operators')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('email', '=', email)
      .executeTakeFirst();
    return row && toOperator(row);
  }

  async findByEmailAnywhere(
    email: string,
    limit: number,
  ): Promise<Array<{ operator: StoredOperator; organizationSlug: string }>> {
    const rows = await this.db
      .selectFrom('operators')
      .innerJoin('organizations', 'organizations.id', 'operators.organization_id')
      .selectAll('operators')
      .select('organizations.slug as organization_slug')
      .where('operators.email', '=', email)
      .orderBy('operators.created_at')
      .orderBy('operators.id')
      .limit(rowLimit(limit))
      .execute();
    return rows.map(({ organization_slug, ...row }) => ({
      operator: toOperator(row),
      organizationSlug: organization_slug,
    }));
  }

  async list(
    organizationId: string,
    options: { limit: number; afterEmail?: string | undefined },
  ): Promise<OperatorPage> {
    let query = this.db.selectFrom('operators').selectAll().where('organization_id', '=', organizationId);
    if (options.afterEmail !== undefined) query = query.where('email', '>', options.afterEmail);
    const rows = await query
      .orderBy('email')
      .limit(rowLimit(options.limit + 1))
      .execute();
    const data = rows.slice(0, options.limit).map((row) => {
      const { passwordHash: _passwordHash, ...operator } = toOperator(row);
      return operator;
    });
    return { data, nextAfterEmail: rows.length > options.limit ? data[data.length - 1]!.email : null };
  }

  async update(operator: StoredOperator, expectedVersion: number): Promise<boolean> {
    const result = await this.db
      .updateTable('operators')
      .set({
        role: operator.role,
        disabled: operator.disabled ? 1 : 0,
        must_change_password: operator.mustChangePassword ? 1 : 0,
        password_hash: operator.passwordHash,
        version: operator.version,
        updated_at: operator.updatedAt,
      })
      .where('organization_id', '=', operator.organizationId)
      .where('id', '=', operator.id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async countEnabledAdmins(organizationId: string): Promise<number> {
    // Two admins demoting each other at once must not both succeed: on PostgreSQL the admins' rows
    // stay locked until commit (SQLite has one writer anyway).
    let query = this.db
      .selectFrom('operators')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('role', '=', 'admin')
      .where('disabled', '=', 0);
    query = this.adapter.lock(query);
    return (await query.execute()).length;
  }

  async insertSession(session: OperatorSession): Promise<void> {
    await this.db
      .insertInto('operator_sessions')
      .values({
        token_hash: session.tokenHash,
        organization_id: session.organizationId,
        operator_id: session.operatorId,
        created_at: session.createdAt,
        last_seen_at: session.lastSeenAt,
        expires_at: session.expiresAt,
      })
      .execute();
  }

  async findSession(tokenHash: string): Promise<{ session: OperatorSession; operator: StoredOperator } | undefined> {
    const row = await this.db
      .selectFrom('operator_sessions')
      .innerJoin('operators', (join) =>
        join
          .onRef('operators.id', '=', 'operator_sessions.operator_id')
          .onRef('operators.organization_id', '=', 'operator_sessions.organization_id'),
      )
      .selectAll('operators')
      .select([
        'operator_sessions.token_hash',
        'operator_sessions.operator_id',
        'operator_sessions.created_at as session_created_at',
        'operator_sessions.last_seen_at',
        'operator_sessions.expires_at',
      ])
      .where('operator_sessions.token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (!row) return undefined;
    const { token_hash, operator_id, session_created_at, last_seen_at, expires_at, ...operator } = row;
    return {
      session: toSession({
        token_hash,
        organization_id: operator.organization_id,
        operator_id,
        created_at: session_created_at,
        last_seen_at,
        expires_at,
      }),
      operator: toOperator(operator),
    };
  }

  async touchSession(tokenHash: string, lastSeenAt: string): Promise<void> {
    await this.db
      .updateTable('operator_sessions')
      .set({ last_seen_at: lastSeenAt })
      .where('token_hash', '=', tokenHash)
      .execute();
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('operator_sessions').where('token_hash', '=', tokenHash).execute();
  }

  async deleteSessionsOf(organizationId: string, operatorId: string): Promise<number> {
    const result = await this.db
      .deleteFrom('operator_sessions')
      .where('organization_id', '=', organizationId)
      .where('operator_id', '=', operatorId)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async pruneSessionsOf(
    organizationId: string,
    operatorId: string,
    options: { idleSince: string; now: string; keep: number },
  ): Promise<void> {
    await this.db
      .deleteFrom('operator_sessions')
      .where('organization_id', '=', organizationId)
      .where('operator_id', '=', operatorId)
      .where((eb) => eb.or([eb('last_seen_at', '<=', options.idleSince), eb('expires_at', '<=', options.now)]))
      .execute();
    const live = await this.db
      .selectFrom('operator_sessions')
      .select('token_hash')
      .where('organization_id', '=', organizationId)
      .where('operator_id', '=', operatorId)
      .orderBy('created_at', 'desc')
      .orderBy('token_hash')
      .execute();
    const surplus = live.slice(options.keep).map((row) => row.token_hash);
    if (surplus.length > 0) await this.db.deleteFrom('operator_sessions').where('token_hash', 'in', surplus).execute();
  }
}
