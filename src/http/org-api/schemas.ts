/** Schemas the native API routes share. */
import { Type } from 'typebox';

export const OrgParams = Type.Object({ org_id: Type.String({ maxLength: 64, description: 'organization name' }) });

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 100;

/** Cursor paging: `limit` bounded, `cursor` opaque (the `next_cursor` of the previous page). */
export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: PAGE_LIMIT_MAX, default: PAGE_LIMIT_DEFAULT })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
};

export const orgSecurity: Array<Record<string, string[]>> = [{ ApiKey: [] }, { Bearer: [] }];
