/** Errors of /admin: RFC 9457 problem details. */
import { problemDialect, problemStatusByCode } from '../shared/problem-details.ts';

export const adminDialect = problemDialect('admin', problemStatusByCode);
