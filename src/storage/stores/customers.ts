/** Customers with their categories and external references: the one row → domain mapping. */
import { rowLimit } from '../literals.ts';
import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  Customer,
  CustomerListOptions,
  CustomerPage,
  CustomerStore,
  ExternalReference,
} from '../../core/customers/customer.ts';
import { SaldoError } from '../../core/errors.ts';
import { isUniqueViolation } from '../driver-errors.ts';
import type { CustomersTable, Database } from '../schema.ts';
import { lockCounter } from './accounts.ts';
import type { StorageAdapter } from '../adapter.ts';

type CustomerRow = Selectable<CustomersTable>;

export function toCustomer(row: CustomerRow, categories: string[], externalReferences: ExternalReference[]): Customer {
  return {
    publicId: row.id,
    organizationId: row.organization_id,
    number: BigInt(row.number),
    name: row.name,
    email: row.email,
    categories,
    externalReferences,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class KyselyCustomerStore implements CustomerStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: StorageAdapter,
  ) {}

  async insert(customer: Customer): Promise<void> {
    try {
      await this.db
        .insertInto('customers')
        .values({
          id: customer.publicId,
          organization_id: customer.organizationId,
          number: customer.number,
          name: customer.name,
          email: customer.email,
          version: customer.version,
          created_at: customer.createdAt,
          updated_at: customer.updatedAt,
        })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error))
        throw new SaldoError('customer_number_taken', { pointer: 'body.number', cause: error });
      throw error;
    }
    await this.writeLabels(customer);
  }

  private async writeLabels(customer: Customer): Promise<void> {
    if (customer.categories.length > 0) {
      await this.db
        .insertInto('customer_categories')
        .values(
          customer.categories.map((category) => ({
            organization_id: customer.organizationId,
            customer_id: customer.publicId,
            category,
          })),
        )
        .execute();
    }
    if (customer.externalReferences.length > 0) {
      try {
        await this.db
          .insertInto('customer_external_references')
          .values(
            customer.externalReferences.map((reference) => ({
              organization_id: customer.organizationId,
              customer_id: customer.publicId,
              source: reference.source,
              external_id: reference.externalId,
            })),
          )
          .execute();
      } catch (error) {
        if (isUniqueViolation(error))
          throw new SaldoError('external_reference_taken', { pointer: 'body.external_references', cause: error });
        throw error;
      }
    }
  }

  async findByPublicId(
    organizationId: string,
    id: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<Customer | undefined> {
    let query = this.db
      .selectFrom('customers')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('id', '=', id);
    if (options.forUpdate) query = this.adapter.lock(query);
    const row = await query.executeTakeFirst();
    return row && (await this.withLabels([row]))[0];
  }

  async findByNumber(organizationId: string, number: bigint): Promise<Customer | undefined> {
    const row = await this.db
      .selectFrom('customers')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('number', '=', number)
      .executeTakeFirst();
    return row && (await this.withLabels([row]))[0];
  }

  async findByExternalReference(organizationId: string, reference: ExternalReference): Promise<Customer | undefined> {
    const row = await this.db
      .selectFrom('customer_external_references')
      .select('customer_id')
      .where('organization_id', '=', organizationId)
      .where('source', '=', reference.source)
      .where('external_id', '=', reference.externalId)
      .executeTakeFirst();
    return row && this.findByPublicId(organizationId, row.customer_id);
  }

  async list(organizationId: string, options: CustomerListOptions): Promise<CustomerPage> {
    let query = this.db
      .selectFrom('customers')
      .selectAll('customers')
      .where('customers.organization_id', '=', organizationId);
    if (options.afterNumber !== undefined) query = query.where('customers.number', '>', options.afterNumber);
    if (options.category !== undefined) {
      const category = options.category;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('customer_categories')
            .select('customer_categories.customer_id')
            .whereRef('customer_categories.customer_id', '=', 'customers.id')
            .where('customer_categories.category', '=', category),
        ),
      );
    }
    if (options.externalSource !== undefined || options.externalId !== undefined) {
      const { externalSource, externalId } = options;
      query = query.where((eb) => {
        let references = eb
          .selectFrom('customer_external_references')
          .select('customer_external_references.customer_id')
          .whereRef('customer_external_references.customer_id', '=', 'customers.id');
        if (externalSource !== undefined)
          references = references.where('customer_external_references.source', '=', externalSource);
        if (externalId !== undefined)
          references = references.where('customer_external_references.external_id', '=', externalId);
        return eb.exists(references);
      });
    }
    if (options.search !== undefined) {
      const search = options.search;
      // Part of the name, the start of the email; lower() folds ASCII letters on SQLite, all on PostgreSQL.
      const escaped = search.text.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`);
      query = query.where((eb) =>
        eb.or([
          ...(search.number === undefined ? [] : [eb('customers.number', '=', search.number)]),
          sql<boolean>`lower(customers.name) like ${`%${escaped}%`} escape '\\'`,
          sql<boolean>`lower(customers.email) like ${`${escaped}%`} escape '\\'`,
          eb.exists(
            eb
              .selectFrom('accounts')
              .select('accounts.id')
              .where('accounts.organization_id', '=', organizationId)
              .whereRef('accounts.customer_id', '=', 'customers.id')
              .where((inner) =>
                inner.or([
                  inner('accounts.number', '=', search.text),
                  inner('accounts.payment_reference_number', '=', search.paymentReference),
                ]),
              ),
          ),
        ]),
      );
    }
    const rows = await query
      .orderBy('customers.number')
      .limit(rowLimit(options.limit + 1))
      .execute();
    const data = await this.withLabels(rows.slice(0, options.limit));
    return { data, nextAfterNumber: rows.length > options.limit ? data[data.length - 1]!.number : null };
  }

  async update(customer: Customer, expectedVersion: number): Promise<boolean> {
    const result = await this.db
      .updateTable('customers')
      .set({ name: customer.name, email: customer.email, version: customer.version, updated_at: customer.updatedAt })
      .where('organization_id', '=', customer.organizationId)
      .where('id', '=', customer.publicId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await this.db
      .deleteFrom('customer_categories')
      .where('organization_id', '=', customer.organizationId)
      .where('customer_id', '=', customer.publicId)
      .execute();
    await this.db
      .deleteFrom('customer_external_references')
      .where('organization_id', '=', customer.organizationId)
      .where('customer_id', '=', customer.publicId)
      .execute();
    await this.writeLabels(customer);
    return true;
  }

  async nextNumber(organizationId: string): Promise<bigint> {
    await lockCounter(this.db, organizationId, 'customer_number');
    const row = await this.db
      .selectFrom('customers')
      .select((eb) => eb.fn.max('number').as('highest'))
      .where('organization_id', '=', organizationId)
      .executeTakeFirst();
    const highest = row?.highest;
    return highest === null || highest === undefined ? 1n : BigInt(highest) + 1n;
  }

  private async withLabels(rows: CustomerRow[]): Promise<Customer[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const categories = await this.db
      .selectFrom('customer_categories')
      .select(['customer_id', 'category'])
      .where('customer_id', 'in', ids)
      .execute();
    const references = await this.db
      .selectFrom('customer_external_references')
      .select(['customer_id', 'source', 'external_id'])
      .where('customer_id', 'in', ids)
      .execute();
    return rows.map((row) =>
      toCustomer(
        row,
        categories
          .filter((c) => c.customer_id === row.id)
          .map((c) => c.category)
          .sort(),
        references
          .filter((r) => r.customer_id === row.id)
          .map((r) => ({ source: r.source, externalId: r.external_id }))
          .sort((a, b) => (a.source + '\u0000' + a.externalId < b.source + '\u0000' + b.externalId ? -1 : 1)),
      ),
    );
  }
}
