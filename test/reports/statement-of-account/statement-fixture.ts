/** Statements to render in tests: a short one with names outside Latin-1, and long ones. */
import type {
  StatementEntry,
  StatementOfAccountInput,
} from '../../../src/reports/statement-of-account/statement-input.ts';

/** Entries from raw amounts: ids, dates within the period and running balances that add up. */
export function entriesFrom(
  openingBalanceMinor: bigint,
  rows: ReadonlyArray<{ date: string; kind: string; description: string | null; amountMinor: bigint }>,
): { entries: StatementEntry[]; closingBalanceMinor: bigint } {
  let balance = openingBalanceMinor;
  const entries = rows.map((row, index) => {
    balance += row.amountMinor;
    return { ...row, id: `trn_01JQ8W3K2M${String(index).padStart(16, '0')}`, runningBalanceMinor: balance };
  });
  return { entries, closingBalanceMinor: balance };
}

export function shortStatement(locale: string | undefined): StatementOfAccountInput {
  const { entries, closingBalanceMinor } = entriesFrom(1_234_567n, [
    { date: '2024-03-04', kind: 'CHARGE', description: 'Electricity, February 2024', amountMinor: 8_990n },
    { date: '2024-03-11', kind: 'PAYMENT', description: null, amountMinor: -1_000_000n },
    { date: '2024-03-18', kind: 'FEE', description: 'Dunning fee: First reminder', amountMinor: 500n },
    { date: '2024-03-29', kind: 'INTEREST', description: 'Interest through 29 March 2024', amountMinor: 1_234n },
  ]);
  return {
    organization: { name: 'Ærøskøbing Energi A/S', locale, timeZone: 'Europe/Helsinki' },
    customer: {
      name: 'Łukasz Żółć',
      number: 'C-1001',
      billingAddress: ['ul. Świętokrzyska 12/4', '00-916 Warszawa', 'Poland'],
    },
    account: { number: 'ACC-2024-0042', name: 'Electricity, Świętokrzyska 12', currency: 'EUR' },
    paymentReference: 'RF18539007547034',
    period: { from: '2024-03-01', to: '2024-03-31' },
    openingBalanceMinor: 1_234_567n,
    entries,
    closingBalanceMinor,
    // What the closing balance is made of: the payment settled most of January's charge.
    openItems: [
      { dueDate: '2024-02-15', description: 'Electricity, January 2024', openMinor: 234_567n },
      { dueDate: '2024-03-29', description: 'Dunning fee: First reminder', openMinor: 500n },
      { dueDate: '2024-03-29', description: 'Interest through 29 March 2024', openMinor: 1_234n },
      { dueDate: '2024-04-15', description: 'Electricity, February 2024', openMinor: 8_990n },
    ],
    // 23:30 UTC on 31 March is 1 April in Helsinki: the statement is dated in the organization's zone.
    generatedAt: new Date('2024-03-31T22:30:00Z'),
  };
}

/** `count` entries through 2024 (charges and payments by turns), for a statement of many pages. */
export function longStatement(count: number, locale = 'en'): StatementOfAccountInput {
  const rows = Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor((index * 365) / count) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const charge = index % 2 === 0;
    return {
      date: day,
      kind: charge ? 'CHARGE' : 'PAYMENT',
      description: charge ? `Subscription, period ${index / 2 + 1}` : null,
      amountMinor: charge ? 2_500n + BigInt(index) : -2_000n,
    };
  });
  const { entries, closingBalanceMinor } = entriesFrom(0n, rows);
  return {
    ...shortStatement(locale),
    period: { from: '2024-01-01', to: '2024-12-31' },
    openingBalanceMinor: 0n,
    entries,
    closingBalanceMinor,
    openItems: [{ dueDate: '2025-01-15', description: 'Subscription, December 2024', openMinor: closingBalanceMinor }],
    generatedAt: new Date('2025-01-02T08:00:00Z'),
  };
}
