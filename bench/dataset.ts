/**
 * The benchmark's dataset, derived from a seed: customers, their accounts, booking entries,
 * payments, families of three and scheduled payments, and one large account with many future
 * entries for deep paging. Dates are offsets in days from the day of the run, because Saldo's
 * reads ("upcoming", "next scheduled payment") are relative to today; everything else is the
 * same on every run with the same seed. Each customer is planned from its own generator, so a
 * loader can stream customers one by one at any scale.
 */
import { Random } from './random.ts';
import type { Scale } from './options.ts';

export interface ScaleShape {
  customers: number;
  /** Booking entries in all (charges, credits and payments), the large account's included. */
  entries: number;
  /** Future charges of the one large account (customer 0). */
  largeAccountEntries: number;
  /** Families of three members each, made of customers 1, 2, 3, then 4, 5, 6, … */
  families: number;
}

export const SHAPES: Record<Scale, ScaleShape> = {
  tiny: { customers: 40, entries: 300, largeAccountEntries: 100, families: 4 },
  small: { customers: 1_000, entries: 10_000, largeAccountEntries: 2_000, families: 100 },
  medium: { customers: 100_000, entries: 1_000_000, largeAccountEntries: 2_000, families: 10_000 },
  large: { customers: 1_000_000, entries: 10_000_000, largeAccountEntries: 2_000, families: 100_000 },
};

export const FAMILY_SIZE = 3;
export const CURRENCY = 'EUR';
/** A valid IBAN (the standard example) for every direct-debit account. */
export const BENCH_IBAN = 'DE89370400440532013000';
export const CUSTOMER_NUMBER_BASE = 100_000n;

export interface PlannedEntry {
  type: 'CHARGE' | 'CREDIT';
  amountMinor: number;
  dueOffsetDays: number;
  description: string;
}

export interface PlannedAccount {
  paymentMethod: 'DIRECT_DEBIT' | 'CREDIT_CARD';
  entries: PlannedEntry[];
  /** Payments posted after the entries; each settles several of the oldest open charges. */
  paymentsMinor: number[];
  scheduledPayments: Array<{ amountMinor: number; dateOffsetDays: number }>;
}

export interface PlannedCustomer {
  index: number;
  number: bigint;
  name: string;
  accounts: PlannedAccount[];
  /** Index of the family this customer belongs to, if any. */
  family: number | undefined;
}

function regularEntriesPerAccount(shape: ScaleShape): number {
  const accounts = shape.customers * (1 + SECOND_ACCOUNT_SHARE);
  const paymentsPerAccount = PAYMENT_SHARE;
  return Math.max(1, (shape.entries - shape.largeAccountEntries) / accounts - paymentsPerAccount);
}

const SECOND_ACCOUNT_SHARE = 0.05;
const PAYMENT_SHARE = 0.3;
const SCHEDULED_PAYMENT_SHARE = 0.1;
const CREDIT_NOTE_SHARE = 0.1;

function customerRandom(seed: number, index: number): Random {
  return new Random((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
}

function planEntries(random: Random, count: number): PlannedEntry[] {
  const entries: PlannedEntry[] = [];
  for (let i = 0; i < count; i++) {
    const credit = random.chance(CREDIT_NOTE_SHARE);
    entries.push({
      type: credit ? 'CREDIT' : 'CHARGE',
      amountMinor: credit ? random.integer(100, 1_500) : random.integer(500, 20_000),
      // A quarter past due, the rest due within the coming year.
      dueOffsetDays: random.integer(-120, 330),
      description: credit ? 'Credit note' : `Invoice ${i + 1}`,
    });
  }
  return entries;
}

/** Payments that settle the two to four oldest charges (by due date), as a billing system would. */
function planPayments(random: Random, entries: PlannedEntry[]): number[] {
  if (!random.chance(PAYMENT_SHARE)) return [];
  const charges = entries.filter((e) => e.type === 'CHARGE').sort((a, b) => a.dueOffsetDays - b.dueOffsetDays);
  if (charges.length < 2) return [];
  const settled = charges.slice(0, random.integer(2, Math.min(4, charges.length)));
  return [settled.reduce((sum, e) => sum + e.amountMinor, 0)];
}

export function planCustomer(seed: number, shape: ScaleShape, index: number): PlannedCustomer {
  const random = customerRandom(seed, index);
  const familyMembers = shape.families * FAMILY_SIZE;
  const family = index >= 1 && index <= familyMembers ? Math.floor((index - 1) / FAMILY_SIZE) : undefined;
  const perAccount = regularEntriesPerAccount(shape);
  const accountCount = index % 20 === 7 ? 2 : 1;
  const accounts: PlannedAccount[] = [];
  for (let a = 0; a < accountCount; a++) {
    let entries: PlannedEntry[];
    if (index === 0 && a === 0) {
      // The large account: many charges, all due within the coming year, for deep paging.
      entries = Array.from({ length: shape.largeAccountEntries }, (_, i) => ({
        type: 'CHARGE' as const,
        amountMinor: random.integer(500, 5_000),
        dueOffsetDays: random.integer(0, 360),
        description: `Instalment ${i + 1}`,
      }));
    } else {
      const count = Math.max(1, Math.round(perAccount * (0.5 + random.next())));
      entries = planEntries(random, count);
    }
    const paymentsMinor = index === 0 && a === 0 ? [] : planPayments(random, entries);
    const scheduledPayments =
      family !== undefined || random.chance(SCHEDULED_PAYMENT_SHARE)
        ? [{ amountMinor: random.integer(1_000, 10_000), dateOffsetDays: random.integer(1, 60) }]
        : [];
    accounts.push({
      paymentMethod: a === 0 ? 'DIRECT_DEBIT' : 'CREDIT_CARD',
      entries,
      paymentsMinor,
      scheduledPayments,
    });
  }
  return { index, number: CUSTOMER_NUMBER_BASE + BigInt(index), name: `Bench customer ${index}`, accounts, family };
}

export function* planCustomers(seed: number, shape: ScaleShape): Generator<PlannedCustomer> {
  for (let index = 0; index < shape.customers; index++) yield planCustomer(seed, shape, index);
}

/** A token id for a credit-card account, derived from its position (a UUID v4 shape). */
export function cardToken(customerIndex: number, accountIndex: number): string {
  const hex = (customerIndex * 8 + accountIndex).toString(16).padStart(12, '0').slice(-12);
  return `5a1d0b00-0000-4000-8000-${hex}`;
}

export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
