import type { Kysely, Selectable } from 'kysely';
import type { Entry } from '../../core/entries/entry.ts';
import type {
  InstallmentPlan,
  InstallmentPlanOriginal,
  InstallmentStore,
} from '../../core/installments/installment-plan.ts';
import type { Database, InstallmentPlansTable } from '../schema.ts';
import { toEntry } from './entries.ts';

interface StoredOriginal {
  entry_id: number;
  entry_public_id: string;
  moved_minor: string;
}

const toPlan = (row: Selectable<InstallmentPlansTable>): InstallmentPlan => ({
  id: Number(row.id),
  publicId: row.public_id,
  organizationId: row.organization_id,
  accountId: Number(row.account_id),
  status: row.status as InstallmentPlan['status'],
  installmentCount: Number(row.installment_count),
  firstDueDate: row.first_due_date,
  intervalMonths: Number(row.interval_months),
  totalMinor: BigInt(row.total_minor),
  originals: (JSON.parse(row.originals) as StoredOriginal[]).map((o): InstallmentPlanOriginal => ({
    entryId: o.entry_id,
    entryPublicId: o.entry_public_id,
    movedMinor: BigInt(o.moved_minor),
  })),
  createdAt: row.created_at,
  cancelledAt: row.cancelled_at,
});

export class KyselyInstallmentStore implements InstallmentStore {
  constructor(private readonly db: Kysely<Database>) {}

  async insertPlan(plan: Omit<InstallmentPlan, 'id'>): Promise<number> {
    const originals: StoredOriginal[] = plan.originals.map((o) => ({
      entry_id: o.entryId,
      entry_public_id: o.entryPublicId,
      moved_minor: o.movedMinor.toString(),
    }));
    const row = await this.db
      .insertInto('installment_plans')
      .values({
        public_id: plan.publicId,
        organization_id: plan.organizationId,
        account_id: BigInt(plan.accountId),
        status: plan.status,
        installment_count: plan.installmentCount,
        first_due_date: plan.firstDueDate,
        interval_months: plan.intervalMonths,
        total_minor: plan.totalMinor,
        originals: JSON.stringify(originals),
        created_at: plan.createdAt,
        cancelled_at: plan.cancelledAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  }

  async findPlan(organizationId: string, publicId: string): Promise<InstallmentPlan | undefined> {
    const row = await this.db
      .selectFrom('installment_plans')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('public_id', '=', publicId)
      .executeTakeFirst();
    return row && toPlan(row);
  }

  async listPlans(organizationId: string, accountId: number): Promise<InstallmentPlan[]> {
    const rows = await this.db
      .selectFrom('installment_plans')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('account_id', '=', BigInt(accountId))
      .orderBy('id')
      .execute();
    return rows.map(toPlan);
  }

  async cancelPlan(organizationId: string, id: number, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('installment_plans')
      .set({ status: 'CANCELLED', cancelled_at: at })
      .where('organization_id', '=', organizationId)
      .where('id', '=', BigInt(id))
      .where('status', '=', 'ACTIVE')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async markOriginals(organizationId: string, entryIds: number[], planId: number | null): Promise<void> {
    if (entryIds.length === 0) return;
    await this.db
      .updateTable('entries')
      .set({ installment_plan_id: planId === null ? null : BigInt(planId) })
      .where('organization_id', '=', organizationId)
      .where(
        'id',
        'in',
        entryIds.map((id) => BigInt(id)),
      )
      .execute();
  }

  async installmentsOf(organizationId: string, planId: number): Promise<Entry[]> {
    const rows = await this.db
      .selectFrom('entries')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('installment_of_plan_id', '=', BigInt(planId))
      .orderBy('due_date')
      .orderBy('id')
      .execute();
    return rows.map(toEntry);
  }
}
