/** Domain → v4 accounts JSON (seed 002): ids and numbers as strings, amounts as major-unit numbers. */
import type { AccountOverview, CustomerRef } from '../../core/customer-overview/customer-overview.ts';
import { toMajorUnits } from '../../core/money.ts';

export function accountView(customer: CustomerRef, account: AccountOverview) {
  const major = (amountMinor: bigint) => toMajorUnits(amountMinor, account.currency);
  return {
    available: major(account.creditLimitMinor + account.balanceMinor),
    balance: major(account.balanceMinor),
    creditLimit: major(account.creditLimitMinor),
    currency: account.currency,
    customerId: customer.number.toString(),
    id: String(account.id),
    ...(account.name === null ? {} : { name: account.name }),
    number: account.number,
    ...(account.parentId === null ? {} : { parentId: String(account.parentId) }),
    ...(account.paymentReference === null
      ? {}
      : { paymentReference: { number: account.paymentReference.number, type: account.paymentReference.type } }),
    status: account.status,
    ...(account.template === null ? {} : { template: account.template }),
  };
}
