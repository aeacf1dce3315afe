import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../dependencies.ts';
import { useDialectErrors } from '../shared/dialect.ts';
import { accountTemplateRoutes } from './account-templates.ts';
import { accountRoutes } from './accounts.ts';
import { auditEventRoutes } from './audit-events.ts';
import { customerRoutes } from './customers.ts';
import { batchRoutes } from './batches.ts';
import { eventRoutes } from './events.ts';
import { webhookRoutes } from './webhooks.ts';
import { entryRoutes } from './entries.ts';
import { orgApiDialect } from './errors.ts';
import { settingsRoutes } from './settings.ts';
import { familyRoutes } from './families.ts';
import { scheduledPaymentRoutes } from './scheduled-payments.ts';
import { paymentRoutes } from './payments.ts';
import { writeOffRoutes } from './write-offs.ts';
import { reportRoutes } from './reports.ts';
import { collectionRoutes } from './collections.ts';
import { dunningRoutes } from './dunning.ts';
import { installmentRoutes } from './installments.ts';
import { operatorRoutes } from './operators.ts';
import { lifecycleRoutes } from './lifecycle.ts';
import { scheduledPaymentResultRoutes } from './scheduled-payment-results.ts';

/** Routes are registered by direct calls (not nested plugins), so the 405 answers see them all. */
export async function orgApiPlugin(app: FastifyInstance, deps: AppDependencies): Promise<void> {
  useDialectErrors(app, orgApiDialect);
  auditEventRoutes(app, deps);
  customerRoutes(app, deps);
  accountRoutes(app, deps);
  accountTemplateRoutes(app, deps);
  settingsRoutes(app, deps);
  familyRoutes(app, deps);
  scheduledPaymentRoutes(app, deps);
  entryRoutes(app, deps);
  paymentRoutes(app, deps);
  writeOffRoutes(app, deps);
  reportRoutes(app, deps);
  batchRoutes(app, deps);
  eventRoutes(app, deps);
  webhookRoutes(app, deps);
  dunningRoutes(app, deps);
  lifecycleRoutes(app, deps);
  collectionRoutes(app, deps);
  installmentRoutes(app, deps);
  scheduledPaymentResultRoutes(app, deps);
  operatorRoutes(app, deps);
}
