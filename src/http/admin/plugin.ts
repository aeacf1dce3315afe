import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../dependencies.ts';
import { useDialectErrors } from '../shared/dialect.ts';
import { adminDialect } from './errors.ts';
import { adminRoutes } from './routes.ts';

export async function adminPlugin(app: FastifyInstance, deps: AppDependencies): Promise<void> {
  useDialectErrors(app, adminDialect);
  adminRoutes(app, deps);
}
