/**
 * OpenTelemetry tracing, imported by server.ts only when OTEL_EXPORTER_OTLP_ENDPOINT is set, and
 * before Fastify or a database driver is loaded. A span per request (the http instrumentation,
 * named after the route pattern once Fastify knows it), a span per database statement (the pg
 * instrumentation; for SQLite, Saldo's own around each statement), exported in batches over
 * OTLP/HTTP as JSON. The request span's trace id is the request's trace id: the `X-Trace-Id`
 * header, the logs' `reqId`, error bodies' `traceId`.
 *
 * The exporter and the batch processor read the standard variables: OTEL_EXPORTER_OTLP_ENDPOINT
 * (spans go to its /v1/traces), OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, OTEL_EXPORTER_OTLP_HEADERS,
 * OTEL_BSP_SCHEDULE_DELAY and the like; OTEL_SERVICE_NAME names the service (default `saldo`).
 */
import { createRequire } from 'node:module';
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { useRequestTracing } from '../http/shared/trace.ts';
import { useStatementSpans } from '../storage/statement-spans.ts';

const TRACER_NAME = 'saldo';
/** SQL text on a span is cut here: a batch's statement can be long, and spans travel in bulk. */
const STATEMENT_TEXT_MAX = 2000;

export interface Tracing {
  /** Ends the spans' export: flushes what is buffered. */
  stop(): Promise<void>;
}

export function startTracing(): Tracing {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': process.env.OTEL_SERVICE_NAME || 'saldo' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // The async-hooks context manager and the W3C traceparent propagator.
  provider.register();
  const unregister = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      // Only the server side: webhook attempts are Saldo's own traffic, not requests it serves.
      new HttpInstrumentation({ disableOutgoingRequestInstrumentation: true }),
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  // Saldo is ESM, and the instrumentations patch modules as they are first required: requiring
  // both here (before anything imports them) patches the prototypes that every later import shares.
  const require = createRequire(import.meta.url);
  require('node:http');
  require('pg');

  const tracer = provider.getTracer(TRACER_NAME);
  useRequestTracing({
    traceId: () => trace.getActiveSpan()?.spanContext().traceId,
    routed(method, route) {
      const span = trace.getActiveSpan();
      if (span === undefined || route === undefined) return;
      span.updateName(`${method} ${route}`);
      span.setAttribute('http.route', route);
    },
  });
  useStatementSpans((sql, operation, run) => {
    // A statement outside any request (migrations, the dispatcher's polls) starts no trace, and
    // one in a request the sampler left out (OTEL_TRACES_SAMPLER) records nothing.
    const parent = trace.getSpan(context.active());
    if (parent === undefined || !parent.isRecording()) return run();
    return tracer.startActiveSpan(
      `sqlite.${operation}`,
      // The attribute names of the database semantic conventions, as the pg instrumentation writes them.
      {
        kind: SpanKind.CLIENT,
        attributes: {
          'db.system.name': 'sqlite',
          'db.operation.name': operation,
          'db.query.text': sql.slice(0, STATEMENT_TEXT_MAX),
        },
      },
      (span) => {
        try {
          return run();
        } catch (error) {
          span.setStatus({
            code: SpanStatusCode.ERROR,
            message: error instanceof Error ? error.message : String(error),
          });
          throw error;
        } finally {
          span.end();
        }
      },
    );
  });
  return {
    async stop() {
      useRequestTracing(undefined);
      useStatementSpans(undefined);
      unregister();
      await provider.shutdown();
    },
  };
}
