/**
 * The published OpenAPI document as test material: every operation with its parameters, body
 * schema and documented responses, a checker that an answer has a documented status and a body
 * the documented schema accepts, and a fingerprint of the database to prove a request changed
 * nothing.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { sql } from 'kysely';
import type { Answer, TestSaldo } from '../support/harness.ts';

const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: any;
}

export interface Operation {
  method: string;
  path: string;
  /** `GET /orgs/{org_id}/…`, for messages. */
  name: string;
  parameters: Parameter[];
  body: any | undefined;
  responses: Record<string, any>;
  security: Array<Record<string, unknown>> | undefined;
}

export function operationsOf(document: any): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<any>(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const operation = item[method];
      if (!operation) continue;
      operations.push({
        method: method.toUpperCase(),
        path,
        name: `${method.toUpperCase()} ${path}`,
        parameters: operation.parameters ?? [],
        body: operation.requestBody?.content?.['application/json']?.schema,
        responses: operation.responses ?? {},
        security: operation.security,
      });
    }
  }
  return operations;
}

/** Fills a path template with values by parameter name (URL-encoded). */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for path parameter ${name} of ${template}`);
    return encodeURIComponent(value);
  });
}

export interface ConformanceChecker {
  /** Undefined when the answer is documented and valid, otherwise why not. */
  problem(operation: Operation, answer: Pick<Answer, 'status' | 'headers' | 'body' | 'text'>): string | undefined;
}

export function conformanceChecker(): ConformanceChecker {
  const ajv = new Ajv({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  const compiled = new Map<string, ValidateFunction>();
  return {
    problem(operation, answer) {
      const documented = operation.responses[String(answer.status)];
      if (!documented)
        return `status ${answer.status} is not documented (${Object.keys(operation.responses).join(', ')}): ${answer.text.slice(0, 300)}`;
      if (!documented.content)
        return answer.text.length === 0
          ? undefined
          : `status ${answer.status} documents no body, got ${answer.text.slice(0, 200)}`;
      const mediaType = (answer.headers.get('content-type') ?? '').split(';')[0]!.trim();
      const schema = documented.content[mediaType]?.schema;
      if (!schema)
        return `status ${answer.status} in ${mediaType || 'no media type'} is not documented (${Object.keys(documented.content).join(', ')})`;
      const cacheKey = `${operation.name} ${answer.status} ${mediaType}`;
      let validate = compiled.get(cacheKey);
      if (!validate) {
        validate = ajv.compile(schema);
        compiled.set(cacheKey, validate);
      }
      if (!validate(answer.body))
        return `${answer.status} body does not match its schema: ${ajv.errorsText(validate.errors)} — ${answer.text.slice(0, 300)}`;
      return undefined;
    },
  };
}

/** Nothing of the code's insides or the driver reaches a caller. */
export const INSIDES =
  /\bat [^\s]+\.(ts|js):\d+|node_modules|\bselect\b.*\bfrom\b|\binsert into\b|\bupdate\b.*\bset\b|SQLITE_|sqlstate|syntax error at|violates .* constraint|TypeError|ReferenceError/i;

/** Row counts of every table and sums of every maintained figure: equal fingerprints, unchanged database. */
export async function fingerprint(saldo: TestSaldo): Promise<string> {
  const tables =
    saldo.kind === 'sqlite'
      ? (
          await sql<{
            name: string;
          }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name`.execute(
            saldo.store.db,
          )
        ).rows.map((row) => row.name)
      : (
          await sql<{
            name: string;
          }>`select table_name as name from information_schema.tables where table_schema = 'public' and table_name not like 'kysely_%' order by table_name`.execute(
            saldo.store.db,
          )
        ).rows.map((row) => row.name);
  const counts = tables.map((table) => sql`(select count(*) from ${sql.table(table)})`);
  const figures = sql`(select coalesce(sum(balance_minor), 0) || '/' || coalesce(sum(open_minor), 0) || '/' || coalesce(sum(unallocated_minor), 0) || '/' || coalesce(sum(version), 0) || '/' || count(distinct status) from accounts)`;
  const versions = sql`(select coalesce(sum(version), 0) || '/' || coalesce(sum(length(name)), 0) from customers)`;
  const organizations = sql`(select coalesce(sum(entry_sequence), 0) || '/' || coalesce(sum(length(settings)), 0) from organizations)`;
  const columns = [...counts, figures, versions, organizations].map(
    (expression, i) => sql`${expression} as ${sql.ref(`c${i}`)}`,
  );
  const row = (await sql<Record<string, unknown>>`select ${sql.join(columns)}`.execute(saldo.store.db)).rows[0]!;
  const values = columns.map((_, i) => String(row[`c${i}`]));
  return (
    tables.map((table, i) => `${table}=${values[i]}`).join(' ') + ` figures=${values.slice(tables.length).join(' ')}`
  );
}
