// Proves the aging CSV: a header, one row per account with its buckets in minor units, and a
// customer name that could run as a formula defused.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { AgingAccumulator } from '../../src/core/reports/aging.ts';
import { AGING_CSV_HEADER, agingCsv } from '../../src/reports/aging-csv.ts';

describe('agingCsv', () => {
  it('writes one row per account under the header', () => {
    const aging = new AgingAccumulator('2025-06-30');
    aging.add({
      accountId: 'acc_1',
      customerNumber: '1001',
      customerName: 'Virtanen, Matti',
      currency: 'EUR',
      dueDate: '2025-06-30',
      openMinor: 1_000n,
    });
    aging.add({
      accountId: 'acc_1',
      customerNumber: '1001',
      customerName: 'Virtanen, Matti',
      currency: 'EUR',
      dueDate: '2025-03-01',
      openMinor: 250n,
    });
    aging.add({
      accountId: 'acc_2',
      customerNumber: '1002',
      customerName: '=cmd|calc',
      currency: 'SEK',
      dueDate: '2025-05-01',
      openMinor: 99n,
    });
    const rows = parse(agingCsv(aging.accountRows()), { record_delimiter: '\r\n' }) as string[][];
    expect(rows).toEqual([
      [...AGING_CSV_HEADER],
      ['acc_1', '1001', 'Virtanen, Matti', 'EUR', '1000', '0', '0', '0', '250', '1250'],
      ['acc_2', '1002', "'=cmd|calc", 'SEK', '0', '0', '99', '0', '0', '99'],
    ]);
    expect(AGING_CSV_HEADER).toEqual([
      'account_id',
      'customer_number',
      'customer_name',
      'currency',
      'current',
      'days_1_30',
      'days_31_60',
      'days_61_90',
      'days_over_90',
      'total',
    ]);
  });
});
