// Proves docs/events.md is the catalogue's: every event type has its section with when it happens
// and its data's fields, and the file is what `npm run docs:events` writes (so a type added to the
// catalogue without regenerating the doc fails here).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { EVENT_CATALOGUE, EVENT_TYPES } from '../../src/events/catalogue.ts';
import { renderEventsDoc } from '../../src/events/events-doc.ts';

const doc = readFileSync(new URL('../../docs/events.md', import.meta.url), 'utf8');

it('documents every event type with its description and data fields', () => {
  for (const type of EVENT_TYPES) {
    expect(doc, type).toContain(`\n## ${type}\n\n${EVENT_CATALOGUE[type].description}\n`);
  }
  expect(doc).toContain('| `days_past_due` | integer or null |');
});

it('is exactly what npm run docs:events writes', () => {
  expect(doc).toBe(renderEventsDoc());
});
