import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../dependencies.ts';
import { useDialectErrors } from '../shared/dialect.ts';
import { useDeprecationHeaders } from './deprecation.ts';
import { v1CustomersDialect } from './errors.ts';
import { v1CustomerRoutes } from './routes.ts';

/** Routes are registered by direct calls (not nested plugins), so the 405 answers see them all. */
export async function v1CustomersPlugin(app: FastifyInstance, deps: AppDependencies): Promise<void> {
  useDialectErrors(app, v1CustomersDialect);
  useDeprecationHeaders(app, deps.store);
  v1CustomerRoutes(app, deps);
}
