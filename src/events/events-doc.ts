/**
 * docs/events.md, written from the catalogue: every event type, when it happens, and its `data`
 * field by field. `npm run docs:events` writes it; a test fails while the file differs, so a type
 * added to the catalogue cannot miss its documentation.
 */
import type { TSchema } from 'typebox';
import { EVENT_CATALOGUE, EVENT_TYPES } from './catalogue.ts';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  description?: string;
}

/** A short type of a schema: `string (uuid)`, `integer or null`, `object`, `one of A, B`. */
function typeOf(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' or ');
  if (schema.allOf) return 'object';
  if (schema.enum) return `one of ${schema.enum.map((value) => `\`${String(value)}\``).join(', ')}`;
  if (schema.const !== undefined) return `\`${String(schema.const)}\``;
  if (schema.type === 'array') return `array of ${schema.items ? typeOf(schema.items) : 'values'}`;
  const base = Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any');
  return schema.format ? `${base} (${schema.format})` : base;
}

/** The fields of an object schema (its `allOf` parts merged), nested objects one level down. */
function fieldsOf(schema: JsonSchema, prefix = ''): Array<[string, string, string]> {
  const parts = schema.allOf ?? [schema];
  const rows: Array<[string, string, string]> = [];
  for (const part of parts) {
    for (const [name, field] of Object.entries(part.properties ?? {})) {
      const description = (
        field.description ??
        field.anyOf?.find((option) => option.description)?.description ??
        ''
      ).replace(/\n/g, ' ');
      rows.push([`${prefix}${name}`, typeOf(field), description]);
      const nested =
        field.anyOf?.find((option) => option.type === 'object') ?? (field.type === 'object' ? field : undefined);
      if (nested && prefix === '' && Object.keys(nested.properties ?? {}).length <= 16)
        rows.push(...fieldsOf(nested, `${prefix}${name}.`));
    }
  }
  return rows;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function renderEventsDoc(): string {
  const lines = [
    '# Events',
    '',
    '<!-- Written by `npm run docs:events` from src/events/catalogue.ts; a test fails while it differs. -->',
    '',
    'Every change Saldo commits records its events in the same database transaction; nothing is',
    'recorded for what rolls back. An event is',
    '`{id: "evt_…", type, created_at, organization_id: "co_…", data}`. `evt_` ids sort in commit order',
    "within an organization (they carry the organization's event sequence, taken under its ledger row),",
    'so a reader following `after` never misses one. The same JSON is served by the feed',
    '(`GET /orgs/{org_id}/events`, scope `EVENTS_READ`), posted to webhook endpoints',
    '([webhooks.md](webhooks.md)) and published to NATS JetStream with `EVENTS_NATS_URL`.',
    '',
    "Events are kept at least 30 days (the organization's `event_retention_days`, in",
    '`PUT /orgs/{org_id}/settings`); the daily job prunes older ones, never one a pending webhook',
    'delivery, a fan-out or the event stream still needs. `data` shows its object as the native API',
    'shows it at the moment the change committed: amounts are integers in minor units, int64 numbers',
    'strings of digits.',
    '',
    '| type | when |',
    '|---|---|',
    ...EVENT_TYPES.map(
      (type) =>
        `| [\`${type}\`](#${type.replace(/[._]/g, '')}) | ${cell(EVENT_CATALOGUE[type].description.split('. ')[0]!.replace(/\.$/, ''))} |`,
    ),
    '',
  ];
  for (const type of EVENT_TYPES) {
    const entry = EVENT_CATALOGUE[type];
    lines.push(`## ${type}`, '', entry.description, '', '| field of `data` | type | meaning |', '|---|---|---|');
    for (const [name, kind, description] of fieldsOf(entry.data as TSchema as JsonSchema))
      lines.push(`| \`${name}\` | ${cell(kind)} | ${cell(description)} |`);
    lines.push('');
  }
  return lines.join('\n');
}
