import type { Scope } from '../scopes.ts';
import type { OrganizationSettings } from './settings.ts';

export interface Organization {
  id: string; // co_…
  slug: string;
  name: string;
  timeZone: string;
  createdAt: string;
}

export interface ApiKey {
  id: string;
  organizationId: string;
  name: string;
  scopes: Scope[];
  createdAt: string;
  revokedAt: string | null;
}

export interface StoredApiKey extends ApiKey {
  /** SHA-256 of the secret part, hex. The key itself is never stored. */
  secretHash: string;
}

export interface OrganizationStore {
  insert(organization: Organization): Promise<void>;
  findById(id: string): Promise<Organization | undefined>;
  /**
   * The organization as this process last read it, for authenticating a request: up to 30 s old
   * when another process changed its time zone; a change made through this process's store shows
   * at once.
   */
  recentOrganization(id: string): Promise<Organization | undefined>;
  /** What `recentOrganization` would answer without reading: undefined when this process holds nothing fresh. */
  heldOrganization(id: string): Organization | undefined;
  findBySlug(slug: string): Promise<Organization | undefined>;
  list(): Promise<Organization[]>;
  /** With forUpdate the organization's row stays locked until commit (read-modify-write of the settings). */
  settings(id: string, options?: { forUpdate?: boolean }): Promise<OrganizationSettings>;
  /**
   * The settings as this process last read them, for what is only shown (the v1 Sunset header,
   * a dunning level's name): up to 30 s old when another process changed them;
   * a change made through this process's store shows at once.
   */
  recentSettings(id: string): Promise<OrganizationSettings>;
  /** What `recentSettings` would answer without reading: undefined when this process holds nothing fresh. */
  heldSettings(id: string): OrganizationSettings | undefined;
  updateSettings(id: string, settings: OrganizationSettings): Promise<void>;
  updateTimeZone(id: string, timeZone: string): Promise<void>;
  /** Takes the next ledger sequence number, holding the organization's row until commit. */
  nextEntrySequence(id: string): Promise<bigint>;
}

export interface ApiKeyStore {
  insert(key: StoredApiKey): Promise<void>;
  /** Looks a key up by id alone: authentication learns the organization from it. */
  findById(id: string): Promise<StoredApiKey | undefined>;
  /**
   * The key as this process last read it, for authenticating a request: a revocation made through
   * this process's store shows at once, one made through another process within 5 s.
   */
  recentById(id: string): Promise<StoredApiKey | undefined>;
  /** What `recentById` would answer without reading: undefined when this process holds nothing fresh. */
  heldById(id: string): StoredApiKey | undefined;
  list(organizationId: string): Promise<ApiKey[]>;
  revoke(organizationId: string, id: string, at: string): Promise<boolean>;
}
