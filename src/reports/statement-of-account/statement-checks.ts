/**
 * What a statement's input must hold before a document is made of it. The ledger fills the
 * input; a failure here is a bug in the caller (a sign turned the wrong way, a balance that does
 * not add up), never an answer for a client, so each is an assertion.
 */
import { isCalendarDate } from '../../core/clock.ts';
import { assert } from '../../core/errors.ts';
import { isCurrency } from '../../core/money.ts';
import {
  BILLING_ADDRESS_LINES_MAX,
  STATEMENT_ENTRIES_MAX,
  STATEMENT_OPEN_ITEMS_MAX,
  type StatementOfAccountInput,
} from './statement-input.ts';

export function assertStatementInput(input: StatementOfAccountInput): void {
  assert(isCurrency(input.account.currency), `statement currency ${input.account.currency} is an ISO 4217 code`);
  assert(
    isCalendarDate(input.period.from) && isCalendarDate(input.period.to),
    'the statement period is two calendar dates',
  );
  assert(input.period.from <= input.period.to, 'the statement period does not end before it starts');
  assert(
    input.customer.billingAddress.length <= BILLING_ADDRESS_LINES_MAX,
    `a billing address has at most ${BILLING_ADDRESS_LINES_MAX} lines`,
  );
  assert(input.entries.length <= STATEMENT_ENTRIES_MAX, `a statement lists at most ${STATEMENT_ENTRIES_MAX} entries`);
  assert(
    input.openItems.length <= STATEMENT_OPEN_ITEMS_MAX,
    `a statement lists at most ${STATEMENT_OPEN_ITEMS_MAX} open items`,
  );
  assert(!Number.isNaN(input.generatedAt.getTime()), 'the generation instant is a date');
  // The running balance is the ledger's; it must be the opening balance plus the amounts so far.
  let balance = input.openingBalanceMinor;
  for (const entry of input.entries) {
    assert(isCalendarDate(entry.date), `entry ${entry.id}: its date is a calendar date`);
    assert(
      entry.date >= input.period.from && entry.date <= input.period.to,
      `entry ${entry.id}: booked within the period`,
    );
    balance += entry.amountMinor;
    assert(
      entry.runningBalanceMinor === balance,
      `entry ${entry.id}: running balance ${entry.runningBalanceMinor} is ${balance}`,
    );
  }
  assert(input.closingBalanceMinor === balance, `closing balance ${input.closingBalanceMinor} is ${balance}`);
  for (const item of input.openItems) {
    assert(isCalendarDate(item.dueDate), 'an open item has a due date');
    assert(item.openMinor > 0n, 'an open item has an open amount');
  }
}
