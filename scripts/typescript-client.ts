/**
 * Regenerates the typed TypeScript client's schema (clients/typescript/src/schema.ts) from
 * Saldo's OpenAPI document, built in-process: the app is assembled on an in-memory database and
 * @fastify/swagger asked for the document — no server, no network. `npm run client:generate`
 * writes it; a test fails when the committed file differs from what this makes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { systemClock } from '../src/core/clock.ts';
import { buildApp } from '../src/http/app.ts';
import { openStore } from '../src/storage/kysely-store.ts';

export const CLIENT_SCHEMA_PATH = fileURLToPath(new URL('../clients/typescript/src/schema.ts', import.meta.url));

const HEADER = [
  "// Generated from Saldo's OpenAPI document by `npm run client:generate` (scripts/typescript-client.ts).",
  '// Do not edit by hand: a test fails when this file is not what the document makes.',
  '',
].join('\n');

/** The OpenAPI document the app publishes at /openapi.json. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const store = await openStore({ url: 'sqlite::memory:' });
  const app = await buildApp({
    store,
    clock: systemClock,
    rootKey: undefined,
    rateLimitPerMinute: 0,
    redisUrl: undefined,
    bodyLimitBytes: 1_048_576,
    logger: false,
  });
  try {
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await store.close();
  }
}

/** The schema file's text for the current document. */
export async function generatedClientSchema(): Promise<string> {
  const document = await openApiDocument();
  const nodes = await openapiTS(document as never, { alphabetize: true });
  return HEADER + astToString(nodes);
}

export function committedClientSchema(): string {
  return readFileSync(CLIENT_SCHEMA_PATH, 'utf8');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(CLIENT_SCHEMA_PATH, await generatedClientSchema());
  process.stdout.write(`wrote ${CLIENT_SCHEMA_PATH}\n`);
}
