/**
 * Starts Saldo. With `OTEL_EXPORTER_OTLP_ENDPOINT` set, tracing starts first — before Fastify and
 * the database drivers are loaded, so that its instrumentations see them — and its packages are
 * imported only then: without the variable not one OpenTelemetry module is loaded.
 */
async function start(): Promise<void> {
  const endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT || process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  let tracing: { endpoint: string; stop(): Promise<void> } | undefined;
  if (endpoint) {
    const { startTracing } = await import('../observability/tracing.ts');
    tracing = { endpoint, ...startTracing() };
  }
  const { main, reportStartFailure } = await import('./serve.ts');
  await main(tracing).catch(reportStartFailure);
}

start().catch((error: unknown) => {
  process.stderr.write(`saldo: cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
