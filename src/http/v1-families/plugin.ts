import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../dependencies.ts';
import { useDialectErrors } from '../shared/dialect.ts';
import { v1FamiliesDialect } from './errors.ts';
import { v1FamilyRoutes } from './routes.ts';

/** Routes are registered by direct calls (not nested plugins), so the 405 answers see them all. */
export async function v1FamiliesPlugin(app: FastifyInstance, deps: AppDependencies): Promise<void> {
  useDialectErrors(app, v1FamiliesDialect);
  v1FamilyRoutes(app, deps);
}
