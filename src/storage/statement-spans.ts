/**
 * A span around each SQLite statement while tracing runs. PostgreSQL's statements get theirs from
 * the pg instrumentation; better-sqlite3 runs synchronously inside Saldo's process, so Saldo wraps
 * the statements it prepares. Set before the database opens (src/observability/tracing.ts);
 * unset, statements are not wrapped at all.
 */
export type StatementSpan = <T>(sql: string, operation: string, run: () => T) => T;

let statementSpan: StatementSpan | undefined;

export function useStatementSpans(span: StatementSpan | undefined): void {
  statementSpan = span;
}

export function currentStatementSpan(): StatementSpan | undefined {
  return statementSpan;
}
