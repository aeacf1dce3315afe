// Writes docs/events.md from the event catalogue (npm run docs:events).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderEventsDoc } from '../src/events/events-doc.ts';

const target = fileURLToPath(new URL('../docs/events.md', import.meta.url));
writeFileSync(target, renderEventsDoc());
process.stdout.write(`saldo: wrote ${target}\n`);
