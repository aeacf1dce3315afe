/** Domain → v1 customers JSON (seeds 000, 001): camelCase, amounts as major-unit numbers. */
import type { CustomerBalances, UpcomingSlice } from '../../core/customer-overview/queries.ts';
import { toMajorUnits } from '../../core/money.ts';

const money = (amountMinor: bigint, currency: string) => ({ amount: toMajorUnits(amountMinor, currency), currency });

export function balancesView({ account, dunningLevelName }: CustomerBalances) {
  return {
    accountBalance: money(account.balanceMinor, account.currency),
    consumptionCredit: money(account.unallocatedMinor, account.currency),
    ...(dunningLevelName === null ? {} : { dunningLevel: dunningLevelName }),
    inDebtCollection: account.inDebtCollection,
  };
}

export function upcomingView(slice: UpcomingSlice, requestOffset: string) {
  const { currency } = slice.account;
  const last = slice.entries[slice.entries.length - 1];
  return {
    result: slice.entries.map((entry) => ({
      id: entry.id,
      dueDate: entry.dueDate,
      ...(entry.description === null ? {} : { description: entry.description }),
      amount: money(entry.amountMinor, currency),
      openAmount: money(entry.openMinor, currency),
      installmentPlan: entry.installmentPlanId !== null,
    })),
    hasNext: slice.hasNext,
    offset: last ? String(last.id) : requestOffset,
  };
}
