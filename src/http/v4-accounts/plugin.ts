import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../dependencies.ts';
import { useDialectErrors } from '../shared/dialect.ts';
import { v4AccountsDialect } from './errors.ts';
import { v4AccountRoutes } from './routes.ts';

/** Routes are registered by direct calls (not nested plugins), so the 405 answers see them all. */
export async function v4AccountsPlugin(app: FastifyInstance, deps: AppDependencies): Promise<void> {
  useDialectErrors(app, v4AccountsDialect);
  v4AccountRoutes(app, deps);
}
