/**
 * The native API's JSON answers as types, taken from the views the routes answer with
 * (src/http/org-api/views), so a test that reads a field the answer does not have fails to
 * compile. Pass one to `saldo.request<T>` to type an answer's body; add the view a test needs.
 */
import type { Static } from 'typebox';
import type { AccountView } from '../../src/http/org-api/views/account.ts';
import type { CustomerView } from '../../src/http/org-api/views/customer.ts';

export type CustomerJson = Static<typeof CustomerView>;
export type AccountJson = Static<typeof AccountView>;
