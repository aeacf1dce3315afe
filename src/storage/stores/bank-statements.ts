import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  BankLine,
  BankLineChange,
  BankLineFilter,
  BankLineMatch,
  BankLineStatus,
  BankStatement,
  BankStatementStore,
  MatchAccount,
  NewBankLine,
  NewBankStatement,
} from '../../core/bank-statements/bank-statement.ts';
import type { BankLineDirection, StatementFileFormat } from '../../core/bank-statements/statement-file.ts';
import type { StorageAdapter } from '../adapter.ts';
import { joinedAccountPublicId, matchAccountColumns, toMatchAccount } from './accounts.ts';
import { rowLimit } from '../literals.ts';
import type { BankLinesTable, BankStatementsTable, Database } from '../schema.ts';

type LineRow = Selectable<BankLinesTable> & {
  statement_public_id: string;
  account_uuid: string | null;
  entry_public_id: string | null;
};

const nullableBig = (value: bigint | number | null): bigint | null => (value === null ? null : BigInt(value));
const nullableNumber = (value: bigint | number | null): number | null => (value === null ? null : Number(value));

const toStatement = (row: Selectable<BankStatementsTable>): BankStatement => ({
  id: Number(row.id),
  publicId: row.public_id,
  organizationId: row.organization_id,
  format: row.format as StatementFileFormat,
  bankStatementId: row.bank_statement_id,
  accountIban: row.account_iban,
  currency: row.currency,
  bankCreatedAt: row.bank_created_at,
  openingBalanceMinor: nullableBig(row.opening_balance_minor),
  closingBalanceMinor: nullableBig(row.closing_balance_minor),
  importPublicId: row.import_public_id,
  positionInFile: Number(row.position_in_file),
  counts: {
    lines: Number(row.lines_count),
    matched: Number(row.matched_count),
    unmatched: Number(row.unmatched_count),
    returned: Number(row.returned_count),
    ignored: Number(row.ignored_count),
    known: Number(row.known_count),
  },
  importedAt: row.imported_at,
});

const toLine = (row: LineRow): BankLine => ({
  id: Number(row.id),
  publicId: row.public_id,
  organizationId: row.organization_id,
  statementId: Number(row.statement_id),
  statementPublicId: row.statement_public_id,
  position: Number(row.position),
  identity: row.identity,
  bankReference: row.bank_reference,
  bookingDate: row.booking_date,
  valueDate: row.value_date,
  amountMinor: BigInt(row.amount_minor),
  currency: row.currency,
  direction: row.direction as BankLineDirection,
  reversal: Number(row.reversal) === 1,
  reference: row.reference,
  remittanceInfo: row.remittance_info,
  debtorName: row.debtor_name,
  debtorIban: row.debtor_iban,
  endToEndId: row.end_to_end_id,
  returnReasonCode: row.return_reason_code,
  bankTransactionCode: row.bank_transaction_code,
  status: row.status as BankLineStatus,
  match: row.match as BankLineMatch | null,
  reason: row.reason,
  accountId: nullableNumber(row.account_id),
  accountPublicId: row.account_uuid,
  entryId: nullableNumber(row.entry_id),
  entryPublicId: row.entry_public_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const LINE_INSERT_SLICE = 2000;

const LINE_COLUMNS = [
  ['public_id', 'text'],
  ['organization_id', 'text'],
  ['statement_id', 'bigint'],
  // Named apart from the row set's own `position` (its ordinality).
  ['place', 'integer'],
  ['identity', 'text'],
  ['bank_reference', 'text'],
  ['booking_date', 'text'],
  ['value_date', 'text'],
  ['amount_minor', 'bigint'],
  ['currency', 'text'],
  ['direction', 'text'],
  ['reversal', 'integer'],
  ['reference', 'text'],
  ['remittance_info', 'text'],
  ['debtor_name', 'text'],
  ['debtor_iban', 'text'],
  ['end_to_end_id', 'text'],
  ['return_reason_code', 'text'],
  ['bank_transaction_code', 'text'],
  ['status', 'text'],
  ['match', 'text'],
  ['reason', 'text'],
  ['account_id', 'bigint'],
  ['entry_id', 'bigint'],
  ['created_at', 'text'],
  ['updated_at', 'text'],
] as const;

export class KyselyBankStatementStore implements BankStatementStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: StorageAdapter,
  ) {}

  async findStatement(
    organizationId: string,
    accountIban: string,
    bankStatementId: string,
  ): Promise<BankStatement | undefined> {
    const row = await this.db
      .selectFrom('bank_statements')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('account_iban', '=', accountIban)
      .where('bank_statement_id', '=', bankStatementId)
      .executeTakeFirst();
    return row && toStatement(row);
  }

  async findStatementByPublicId(organizationId: string, publicId: string): Promise<BankStatement | undefined> {
    const row = await this.db
      .selectFrom('bank_statements')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('public_id', '=', publicId)
      .executeTakeFirst();
    return row && toStatement(row);
  }

  async listStatementsOfImport(organizationId: string, importPublicId: string): Promise<BankStatement[]> {
    const rows = await this.db
      .selectFrom('bank_statements')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('import_public_id', '=', importPublicId)
      .orderBy('position_in_file')
      .execute();
    return rows.map(toStatement);
  }

  async listStatements(
    organizationId: string,
    options: { limit: number; beforeId?: number | undefined },
  ): Promise<BankStatement[]> {
    let query = this.db.selectFrom('bank_statements').selectAll().where('organization_id', '=', organizationId);
    if (options.beforeId !== undefined) query = query.where('id', '<', BigInt(options.beforeId));
    const rows = await query.orderBy('id', 'desc').limit(rowLimit(options.limit)).execute();
    return rows.map(toStatement);
  }

  async insertStatement(statement: NewBankStatement): Promise<number> {
    const row = await this.db
      .insertInto('bank_statements')
      .values({
        public_id: statement.publicId,
        organization_id: statement.organizationId,
        format: statement.format,
        bank_statement_id: statement.bankStatementId,
        account_iban: statement.accountIban,
        currency: statement.currency,
        bank_created_at: statement.bankCreatedAt,
        opening_balance_minor: statement.openingBalanceMinor,
        closing_balance_minor: statement.closingBalanceMinor,
        import_public_id: statement.importPublicId,
        position_in_file: statement.positionInFile,
        lines_count: statement.counts.lines,
        matched_count: statement.counts.matched,
        unmatched_count: statement.counts.unmatched,
        returned_count: statement.counts.returned,
        ignored_count: statement.counts.ignored,
        known_count: statement.counts.known,
        imported_at: statement.importedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  }

  async knownIdentities(organizationId: string, identities: string[]): Promise<Set<string>> {
    if (identities.length === 0) return new Set();
    const { rows } = await sql<{ identity: string }>`select identity from bank_lines
      where organization_id = ${organizationId} and ${this.adapter.isOneOf(sql.ref('identity'), identities, 'text')}`.execute(
      this.db,
    );
    return new Set(rows.map((row) => row.identity));
  }

  async insertLines(lines: NewBankLine[]): Promise<void> {
    if (lines.length === 0) return;
    const rows = lines.map((line) => ({
      public_id: line.publicId,
      organization_id: line.organizationId,
      statement_id: line.statementId,
      place: line.position,
      identity: line.identity,
      bank_reference: line.bankReference,
      booking_date: line.bookingDate,
      value_date: line.valueDate,
      amount_minor: line.amountMinor,
      currency: line.currency,
      direction: line.direction,
      reversal: line.reversal ? 1 : 0,
      reference: line.reference,
      remittance_info: line.remittanceInfo,
      debtor_name: line.debtorName,
      debtor_iban: line.debtorIban,
      end_to_end_id: line.endToEndId,
      return_reason_code: line.returnReasonCode,
      bank_transaction_code: line.bankTransactionCode,
      status: line.status,
      match: line.match,
      reason: line.reason,
      account_id: line.accountId,
      entry_id: line.entryId,
      created_at: line.createdAt,
      updated_at: line.updatedAt,
    }));
    const selected = LINE_COLUMNS.map(([name]) => name).join(', ');
    const names = selected.replace('place', 'position');
    // In slices: a 100,000-line file as one JSON parameter would be tens of megabytes in one string.
    for (let start = 0; start < rows.length; start += LINE_INSERT_SLICE) {
      const slice = rows.slice(start, start + LINE_INSERT_SLICE);
      await sql`insert into bank_lines (${sql.raw(names)})
        select ${sql.raw(selected)} from ${this.adapter.rows(slice, LINE_COLUMNS, { longTexts: true })} order by v.position`.execute(
        this.db,
      );
    }
  }

  private selectLines() {
    return this.db
      .selectFrom('bank_lines')
      .innerJoin('bank_statements', 'bank_statements.id', 'bank_lines.statement_id')
      .leftJoin('accounts', 'accounts.id', 'bank_lines.account_id')
      .leftJoin('entries', 'entries.id', 'bank_lines.entry_id')
      .selectAll('bank_lines')
      .select([
        'bank_statements.public_id as statement_public_id',
        joinedAccountPublicId,
        'entries.public_id as entry_public_id',
      ]);
  }

  async findLineByPublicId(
    organizationId: string,
    publicId: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<BankLine | undefined> {
    let query = this.selectLines()
      .where('bank_lines.organization_id', '=', organizationId)
      .where('bank_lines.public_id', '=', publicId);
    if (options.forUpdate) query = this.adapter.lock(query, { of: 'bank_lines' });
    const row = await query.executeTakeFirst();
    return row && toLine(row as LineRow);
  }

  async listLines(
    organizationId: string,
    filter: BankLineFilter,
    options: { limit: number; afterId?: number | undefined },
  ): Promise<BankLine[]> {
    let query = this.selectLines().where('bank_lines.organization_id', '=', organizationId);
    if (filter.status !== undefined) query = query.where('bank_lines.status', '=', filter.status);
    if (filter.statementId !== undefined)
      query = query.where('bank_lines.statement_id', '=', BigInt(filter.statementId));
    if (options.afterId !== undefined) query = query.where('bank_lines.id', '>', BigInt(options.afterId));
    const rows = await query.orderBy('bank_lines.id').limit(rowLimit(options.limit)).execute();
    return rows.map((row) => toLine(row as LineRow));
  }

  async updateLine(organizationId: string, id: number, change: BankLineChange, at: string): Promise<void> {
    await this.db
      .updateTable('bank_lines')
      .set({
        status: change.status,
        match: change.match,
        reason: change.reason,
        account_id: change.accountId,
        entry_id: change.entryId,
        updated_at: at,
      })
      .where('organization_id', '=', organizationId)
      .where('id', '=', BigInt(id))
      .execute();
  }

  async matchedLinesOfEntries(organizationId: string, entryIds: number[]): Promise<BankLine[]> {
    if (entryIds.length === 0) return [];
    const rows = await this.selectLines()
      .where('bank_lines.organization_id', '=', organizationId)
      .where('bank_lines.status', '=', 'MATCHED')
      .where(() => this.adapter.isOneOf(sql.ref('bank_lines.entry_id'), entryIds, 'bigint'))
      .orderBy('bank_lines.id')
      .execute();
    return rows.map((row) => toLine(row as LineRow));
  }

  async findMatchedCreditByEndToEndId(organizationId: string, endToEndId: string): Promise<BankLine | undefined> {
    const row = await this.selectLines()
      .where('bank_lines.organization_id', '=', organizationId)
      .where('bank_lines.end_to_end_id', '=', endToEndId)
      .where('bank_lines.status', '=', 'MATCHED')
      .where('bank_lines.direction', '=', 'CREDIT')
      .orderBy('bank_lines.id', 'desc')
      .executeTakeFirst();
    return row && toLine(row as LineRow);
  }

  async matchedCreditsByEndToEndIds(organizationId: string, endToEndIds: string[]): Promise<Map<string, BankLine>> {
    const latest = new Map<string, BankLine>();
    if (endToEndIds.length === 0) return latest;
    const rows = await this.selectLines()
      .where('bank_lines.organization_id', '=', organizationId)
      .where(() => this.adapter.isOneOf(sql.ref('bank_lines.end_to_end_id'), [...new Set(endToEndIds)], 'text'))
      .where('bank_lines.status', '=', 'MATCHED')
      .where('bank_lines.direction', '=', 'CREDIT')
      .orderBy('bank_lines.id', 'desc')
      .execute();
    for (const row of rows) {
      const line = toLine(row as LineRow);
      if (line.endToEndId !== null && !latest.has(line.endToEndId)) latest.set(line.endToEndId, line);
    }
    return latest;
  }

  private selectAccounts(organizationId: string) {
    return this.db.selectFrom('accounts').select(matchAccountColumns).where('organization_id', '=', organizationId);
  }

  async accountsByPaymentReferences(organizationId: string, references: string[]): Promise<MatchAccount[]> {
    if (references.length === 0) return [];
    const rows = await this.selectAccounts(organizationId)
      .where(() => this.adapter.isOneOf(sql.ref('payment_reference_number'), references, 'text'))
      .execute();
    return rows.map(toMatchAccount);
  }

  async accountsByDirectDebitIbans(
    organizationId: string,
    ibans: string[],
  ): Promise<Array<MatchAccount & { iban: string }>> {
    if (ibans.length === 0) return [];
    // The details are stored as the JSON the payment method checked ({"iban":"<electronic format>"}).
    const details = ibans.map((iban) => JSON.stringify({ iban }));
    const rows = await this.selectAccounts(organizationId)
      .select('payment_method_details')
      .where('payment_method_type', '=', 'DIRECT_DEBIT')
      .where(() => this.adapter.isOneOf(sql.ref('payment_method_details'), details, 'text'))
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      ...toMatchAccount(row),
      iban: (JSON.parse(row.payment_method_details!) as { iban: string }).iban,
    }));
  }

  async accountsByPublicIds(organizationId: string, publicIds: string[]): Promise<MatchAccount[]> {
    if (publicIds.length === 0) return [];
    const rows = await this.selectAccounts(organizationId)
      .where(() => this.adapter.isOneOf(sql.ref('uuid'), [...new Set(publicIds)], 'text'))
      .execute();
    return rows.map(toMatchAccount);
  }

  async findAccountByPublicId(organizationId: string, publicId: string): Promise<MatchAccount | undefined> {
    const row = await this.selectAccounts(organizationId).where('uuid', '=', publicId).executeTakeFirst();
    return row && toMatchAccount(row);
  }
}
