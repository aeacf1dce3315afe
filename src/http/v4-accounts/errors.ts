/** Errors of the v4 accounts dialect: seed 002 shows no error body, so RFC 9457 problem details. */
import { problemDialect, problemStatusByCode } from '../shared/problem-details.ts';

export const v4AccountsDialect = problemDialect('v4-accounts', problemStatusByCode);
