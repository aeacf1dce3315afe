/**
 * The four matching rules for credit lines, tried in order; the first rule that finds an account
 * decides. A rule that finds two or more accounts leaves the line UNMATCHED with the candidates
 * named (the later rules are not tried: a person should look), and so does a line in another
 * currency than its account's.
 *
 * Lookups are set-based: one query per rule for a whole file (rule 3 and 4 only for the lines the
 * first two left), so a 10,000-line statement costs a handful of queries, not 10,000.
 */
import type { ScheduledPayment } from '../scheduled-payments/scheduled-payment.ts';
import { normalizeReferenceNumber } from '../payment-references/payment-reference.ts';
import type { Store } from '../store.ts';
import type { BankLineMatch, MatchAccount } from './bank-statement.ts';
import { findRemittanceReferences } from './remittance-references.ts';
import type { ParsedBankLine } from './statement-file.ts';

export type MatchDecision =
  | { matched: true; account: MatchAccount; match: BankLineMatch; scheduledPayment: ScheduledPayment | null }
  | { matched: false; reason: string };

const SCHEDULED_PAYMENT_ID = /^spm_[0-9A-HJKMNP-TV-Z]{26}$/;

type RuleResult =
  | { found: 'none' }
  | { found: 'one'; account: MatchAccount; scheduledPayment?: ScheduledPayment }
  | { found: 'many'; reason: string };

const none: RuleResult = { found: 'none' };

function candidates(accounts: MatchAccount[]): string {
  return accounts.map((account) => account.publicId).join(', ');
}

/** One account, several (ambiguous), or none, from the accounts a rule found. */
function decide(accounts: MatchAccount[], what: string): RuleResult {
  const distinct = [...new Map(accounts.map((account) => [account.id, account])).values()];
  if (distinct.length === 0) return none;
  if (distinct.length === 1) return { found: 'one', account: distinct[0]! };
  return { found: 'many', reason: `Ambiguous: ${what} matches ${distinct.length} accounts (${candidates(distinct)}).` };
}

/** Decides each credit line (the same order as given). Lines in `lines` must all be credits. */
export async function matchCreditLines(
  tx: Store,
  organizationId: string,
  lines: readonly ParsedBankLine[],
): Promise<MatchDecision[]> {
  const results: Array<RuleResult | undefined> = new Array(lines.length);
  const rules: BankLineMatch[] = new Array(lines.length);
  const settle = (index: number, rule: BankLineMatch, result: RuleResult) => {
    if (result.found === 'none') return;
    results[index] = result;
    rules[index] = rule;
  };
  const open = () => lines.map((_line, index) => index).filter((index) => results[index] === undefined);

  // Rule 1: the structured creditor reference is an account's payment reference.
  const structured = lines.map((line) => (line.reference === null ? null : normalizeReferenceNumber(line.reference)));
  const byReference = await accountsByReference(
    tx,
    organizationId,
    structured.filter((reference): reference is string => reference !== null),
  );
  for (const index of open()) {
    const reference = structured[index];
    if (reference) settle(index, 'REFERENCE', decide(byReference.get(reference) ?? [], `the reference ${reference}`));
  }

  // Rule 2: references with a valid check digit in the remittance text.
  const written = new Map<number, string[]>();
  for (const index of open()) {
    const text = lines[index]!.remittanceInfo;
    if (text !== null) written.set(index, findRemittanceReferences(text));
  }
  const byWritten = await accountsByReference(tx, organizationId, [...written.values()].flat());
  for (const [index, references] of written) {
    const found = references.flatMap((reference) => byWritten.get(reference) ?? []);
    settle(index, 'REMITTANCE_TEXT', decide(found, `the remittance text (${references.join(', ')})`));
  }

  // Rule 3: the end-to-end id is a DUE scheduled payment (a direct debit Saldo asked for).
  // The file's scheduled payments and their accounts are read once, not line by line.
  const quoting = new Map<number, string>();
  for (const index of open()) {
    const endToEndId = lines[index]!.endToEndId;
    if (endToEndId !== null && SCHEDULED_PAYMENT_ID.test(endToEndId)) quoting.set(index, endToEndId);
  }
  const scheduled = new Map<string, ScheduledPayment>();
  for (const payment of await tx.scheduledPayments.findByPublicIds(organizationId, [...quoting.values()], {
    forUpdate: true,
  }))
    scheduled.set(payment.publicId, payment);
  const due = [...scheduled.values()].filter((payment) => payment.status === 'DUE');
  const accountsByPublicId = new Map<string, MatchAccount>();
  for (const account of await tx.bankStatements.accountsByPublicIds(
    organizationId,
    due.map((payment) => payment.accountPublicId),
  ))
    accountsByPublicId.set(account.publicId, account);
  const collected = new Set<number>();
  for (const [index, endToEndId] of quoting) {
    const payment = scheduled.get(endToEndId);
    // A scheduled payment is collected once, even if a file reports it twice.
    if (!payment || payment.status !== 'DUE' || collected.has(payment.id)) continue;
    const account = accountsByPublicId.get(payment.accountPublicId);
    if (!account) continue;
    collected.add(payment.id);
    settle(index, 'END_TO_END_ID', { found: 'one', account, scheduledPayment: payment });
  }

  // Rule 4: the debtor IBAN pays an account by direct debit, and the amount is what it owes.
  const debtorIbans = new Map<number, string>();
  for (const index of open()) {
    const debtorIban = lines[index]!.debtorIban;
    if (debtorIban !== null) debtorIbans.set(index, normalizeReferenceNumber(debtorIban));
  }
  const byIban = new Map<string, MatchAccount[]>();
  for (const account of await tx.bankStatements.accountsByDirectDebitIbans(organizationId, [
    ...new Set(debtorIbans.values()),
  ])) {
    byIban.set(account.iban, [...(byIban.get(account.iban) ?? []), account]);
  }
  for (const [index, iban] of debtorIbans) {
    const owing = (byIban.get(iban) ?? []).filter((account) => account.openMinor === lines[index]!.amountMinor);
    settle(index, 'IBAN_AND_AMOUNT', decide(owing, `the debtor IBAN ${iban} with the amount owed`));
  }

  return lines.map((line, index): MatchDecision => {
    const result = results[index];
    if (result === undefined || result.found === 'none')
      return { matched: false, reason: 'No rule found an account for this line.' };
    if (result.found === 'many') return { matched: false, reason: result.reason };
    if (result.account.currency !== line.currency) {
      return {
        matched: false,
        reason: `Currency: the line is in ${line.currency}, the account ${result.account.publicId} keeps ${result.account.currency}.`,
      };
    }
    return {
      matched: true,
      account: result.account,
      match: rules[index]!,
      scheduledPayment: result.scheduledPayment ?? null,
    };
  });
}

async function accountsByReference(
  tx: Store,
  organizationId: string,
  references: string[],
): Promise<Map<string, MatchAccount[]>> {
  const distinct = [...new Set(references)];
  const accounts = await tx.bankStatements.accountsByPaymentReferences(organizationId, distinct);
  const byReference = new Map<string, MatchAccount[]>();
  for (const account of accounts) {
    if (account.paymentReference === null) continue;
    byReference.set(account.paymentReference, [...(byReference.get(account.paymentReference) ?? []), account]);
  }
  return byReference;
}
