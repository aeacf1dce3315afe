/**
 * Summarises a V8 CPU profile (from `npm run bench -- --profile`): where Saldo's process spent its
 * time, by self time per function and per package / source folder, and by inclusive time (the
 * function and what it called). Idle samples are left out of the shares, so they add up to the
 * busy time. `--last S` keeps only the last S seconds before the profile ended: the Saldo process
 * is measured last, so that window holds the scenario's run without the seeding before it.
 * Run: `npx tsx bench/profile-summary.ts FILE.cpuprofile [top] [--last S]`.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function area(url: string): string {
  if (!url) return '(native / garbage collection)';
  const packaged = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packaged) return packaged[1]!;
  const source = /\/(src|bench)\/(.+)\/[^/]+$/.exec(url);
  if (source) return `${source[1]}/${source[2]}`;
  if (url.startsWith('node:')) return 'node core';
  return url;
}

const argv = process.argv.slice(2);
const lastIndex = argv.indexOf('--last');
const lastSeconds = lastIndex >= 0 ? Number(argv[lastIndex + 1]) : undefined;
const [path, topArgument] = argv.filter((_, i) => lastIndex < 0 || (i !== lastIndex && i !== lastIndex + 1));
if (!path || (lastSeconds !== undefined && !(lastSeconds > 0))) {
  process.stderr.write('usage: npx tsx bench/profile-summary.ts FILE.cpuprofile [top] [--last S]\n');
  process.exit(2);
}
const top = Number(topArgument ?? 25);
const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

const nameOf = (node: ProfileNode) => {
  const frame = node.callFrame;
  const file = frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(src|bench)\//, '$1/');
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
};

// Sample times: the deltas accumulate from the profile's start.
const from = lastSeconds === undefined ? -Infinity : profile.endTime - lastSeconds * 1e6;
const selfMicros = new Map<number, number>();
let at = profile.startTime;
let idle = 0;
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  at += delta;
  if (at < from) return;
  if (byId.get(id)!.callFrame.functionName === '(idle)') idle += delta;
  else selfMicros.set(id, (selfMicros.get(id) ?? 0) + delta);
});
const busy = [...selfMicros.values()].reduce((a, b) => a + b, 0);

const byFunction = new Map<string, number>();
const byArea = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const node = byId.get(id)!;
  byFunction.set(nameOf(node), (byFunction.get(nameOf(node)) ?? 0) + micros);
  byArea.set(area(node.callFrame.url), (byArea.get(area(node.callFrame.url)) ?? 0) + micros);
  // Each function on the sample's stack once, however deep it recursed.
  const onStack = new Set<string>();
  for (let cursor: number | undefined = id; cursor !== undefined; cursor = parentOf.get(cursor))
    onStack.add(nameOf(byId.get(cursor)!));
  for (const name of onStack) inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
}
process.stdout.write(
  `Busy ${(busy / 1e6).toFixed(2)} s, idle ${(idle / 1e6).toFixed(2)} s` +
    (lastSeconds === undefined ? ' (whole profile)\n' : ` (last ${lastSeconds} s)\n`),
);
const show = (title: string, entries: Map<string, number>) => {
  process.stdout.write(`\n${title} (share of busy time)\n`);
  for (const [name, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(`${((100 * micros) / busy).toFixed(1).padStart(5)} %  ${name}\n`);
  }
};
show('Self time by area', byArea);
show('Self time by function', byFunction);
show('Inclusive time by function', inclusive);
