/** The aging report as CSV: one row per account, a header row, amounts in minor units. */
import { AGING_BUCKETS, type AgingAccountRow } from '../core/reports/aging.ts';
import { writeCsv } from './csv.ts';

export const AGING_CSV_HEADER = [
  'account_id',
  'customer_number',
  'customer_name',
  'currency',
  ...AGING_BUCKETS,
  'total',
] as const;

export function agingCsv(rows: readonly AgingAccountRow[]): string {
  return writeCsv(
    AGING_CSV_HEADER,
    rows.map((row) => [
      row.account_id,
      row.customer_number,
      row.customer_name,
      row.currency,
      ...AGING_BUCKETS.map((bucket) => row[bucket]),
      row.total,
    ]),
  );
}
