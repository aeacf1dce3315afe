/** Who is acting: resolved once at the edge (HTTP auth) and passed to every command. */
export interface Actor {
  organizationId: string;
  /** The API key's id; null for the root key and for system jobs (dunning runs by schedule). */
  keyId: string | null;
  /** The operator signed in to the console (opr_…); null for API keys, the root key and system jobs. */
  operatorId?: string | null | undefined;
  /** The end user a dialect names (v4 `auditUser`), recorded in the audit trail. */
  auditUser?: string | undefined;
  traceId: string;
}
