/**
 * The once-only statement scenario: 100 accounts with RF payment references, then one generated
 * camt.053 of 10,000 credit lines quoting them, POSTed to /orgs/{org}/bank-statements and timed
 * (parsed, matched and booked). The targets: 5,000 lines a second on SQLite, 2,000 on
 * PostgreSQL, the server's RSS under 300 MB.
 */
import { type HttpClient, inPool, isSuccess, routeMissing } from './http.ts';
import type { Preparation } from './scenarios.ts';
import type { SeededData } from './seed-http.ts';
import { generateCamt053 } from './statement-generator.ts';

export const STATEMENT_LINES = 10_000;
const REFERENCED_ACCOUNTS = 100;
const SETUP_CONCURRENCY = 8;

async function referencedAccounts(saldo: HttpClient, org: string): Promise<string[] | Preparation> {
  const references: string[] = [];
  const failures: string[] = [];
  await inPool(
    Array.from({ length: REFERENCED_ACCOUNTS }, (_, index) => index),
    SETUP_CONCURRENCY,
    async (index) => {
      const customer = await saldo.call('POST', `${org}/customers`, { name: `Statement payer ${index}` });
      if (!isSuccess(customer)) return void failures.push(`POST customers answered ${customer.status}`);
      const uuid = (customer.json as { id: string }).id;
      const account = await saldo.call('POST', `${org}/customers/${uuid}/accounts`, {
        modality: 'POSTPAID',
        currency: 'EUR',
        payment_method: { type: 'CREDIT_CARD', details: { token_id: '6f1c2b9e-3f4a-4d5b-8c7d-9e0f1a2b3c4d' } },
        payment_reference: { type: 'RF' },
      });
      if (!isSuccess(account))
        return void failures.push(`POST accounts answered ${account.status}: ${account.text.slice(0, 200)}`);
      const read = await saldo.call('GET', `${org}/accounts/${(account.json as { account_id: string }).account_id}`);
      const reference = (read.json as { payment_reference?: { number?: string } | null }).payment_reference?.number;
      if (reference) references.push(reference);
    },
  );
  if (failures.length > 0) return { available: false, reason: failures[0]!, failed: true };
  return references;
}

/** Sets up the accounts, generates the file, and times its import. */
export async function runStatementImport(
  saldo: HttpClient,
  seeded: SeededData,
): Promise<{ elapsedMs: number; note: string } | Preparation> {
  const org = `/orgs/${seeded.organizationSlug}`;
  const references = await referencedAccounts(saldo, org);
  if (!Array.isArray(references)) return references;
  const file = generateCamt053({
    lines: STATEMENT_LINES,
    iban: 'FI2112345600000785',
    statementId: `BENCH-${Date.now()}`,
    currency: 'EUR',
    references,
    seed: 1,
  });
  const started = performance.now();
  const response = await fetch(`${saldo.baseUrl}${org}/bank-statements`, {
    method: 'POST',
    headers: { 'x-api-key': saldo.key, 'content-type': 'application/xml' },
    body: file,
    signal: AbortSignal.timeout(290_000),
  });
  const text = await response.text();
  const elapsedMs = performance.now() - started;
  const answer = { status: response.status, text, json: undefined };
  if (!isSuccess(answer)) {
    if (routeMissing(answer))
      return { available: false, reason: 'POST /orgs/{org}/bank-statements is not served', failed: false };
    return {
      available: false,
      reason: `POST bank-statements answered ${response.status}: ${text.slice(0, 300)}`,
      failed: true,
    };
  }
  const counts = JSON.parse(text) as { lines: number; matched: number; unmatched: number };
  const perSecond = Math.round((counts.lines / elapsedMs) * 1000);
  return {
    elapsedMs,
    note: `${counts.lines} lines (${(Buffer.byteLength(file) / 1e6).toFixed(1)} MB): ${counts.matched} matched, ${counts.unmatched} unmatched; ${perSecond} lines/s`,
  };
}
