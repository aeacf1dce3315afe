/** What a batch needs of its organization and the clock: today in its time zone, and the instant. */
import type { Clock } from '../clock.ts';
import { calendarDate } from '../clock.ts';
import { assert } from '../errors.ts';
import type { Store } from '../store.ts';
import type { LedgerContext } from './ledger-pass.ts';

export async function ledgerContext(store: Store, clock: Clock, organizationId: string): Promise<LedgerContext> {
  const organization = await store.organizations.recentOrganization(organizationId);
  assert(organization, 'organization of a booking is gone');
  const now = clock.now();
  return { organizationId, today: calendarDate(now, organization.timeZone), bookedAt: now.toISOString() };
}
