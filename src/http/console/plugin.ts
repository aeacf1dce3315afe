/**
 * /console: the back-office console's pages and its session API, in problem details. Everything
 * else the console does goes through the native API under /orgs/{org_id} with the session cookie.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../dependencies.ts';
import { useDialectErrors } from '../shared/dialect.ts';
import { problemDialect } from '../shared/problem-details.ts';
import { CONSOLE_BUILD_DIRECTORY } from './build.ts';
import { sessionRoutes } from './session-routes.ts';
import { type AttemptCounter, MemoryAttemptCounter, RedisAttemptCounter } from './sign-in-limit.ts';
import { registerConsolePages } from './static.ts';
import { DEFAULT_RATE_LIMIT_NAMESPACE } from '../shared/rate-limit.ts';

export const consoleDialect = problemDialect('console');

export async function consolePlugin(app: FastifyInstance, deps: AppDependencies): Promise<void> {
  useDialectErrors(app, consoleDialect);
  const attempts: AttemptCounter = deps.redisUrl
    ? new RedisAttemptCounter(deps.redisUrl, deps.rateLimitNamespace ?? DEFAULT_RATE_LIMIT_NAMESPACE, app.log)
    : new MemoryAttemptCounter();
  app.addHook('onClose', async () => attempts.close());
  sessionRoutes(app, deps, attempts);
  await registerConsolePages(app, deps.consoleDirectory ?? CONSOLE_BUILD_DIRECTORY);
}
