import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../dependencies.ts';
import { useDialectErrors } from '../shared/dialect.ts';
import { v1CustomersDialect } from './errors.ts';

/** Routes are registered by direct calls (not nested plugins), so the 405 answers see them all. */
export async function v1CustomersPlugin(app: FastifyInstance, _deps: AppDependencies): Promise<void> {
  useDialectErrors(app, v1CustomersDialect);
}
