/** Errors of the native API and the 003 accounts dialect: RFC 9457 problem details. */
import { problemDialect, problemStatusByCode } from '../shared/problem-details.ts';

export const orgApiDialect = problemDialect('org-api', problemStatusByCode);
