/** The one refusal of a bank statement file: `statement_invalid`, with where and why. */
import { SaldoError } from '../core/errors.ts';

/** `where` names the element (`Stmt[0]/Ntry[3]/Amt`) or the line (`line 17`). */
export function statementInvalid(where: string, problem: string): SaldoError {
  return new SaldoError('statement_invalid', { detail: where === '' ? problem : `${where}: ${problem}` });
}
