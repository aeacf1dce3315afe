// Proves what a LookupBatch promises its callers: the keys asked for in one turn of the event loop
// are read together, once each, per group; each caller gets its own key's row (or nothing); a
// failed read fails only the callers of its keys; a turn asking for more keys than one statement
// takes is read in several.
import { expect, it } from 'vitest';
import { LOOKUP_BATCH_MAX, LookupBatch } from '../../src/storage/lookup-batch.ts';

function recordingBatch(fail: (group: string) => boolean = () => false) {
  const reads: Array<{ group: string; keys: number[] }> = [];
  const batch = new LookupBatch<string, number, string>(async (group, keys) => {
    reads.push({ group, keys: [...keys] });
    if (fail(group)) throw new Error(`${group} is down`);
    // Even keys exist; odd ones are not found.
    return keys.map((key) => (key % 2 === 0 ? `${group}:${key}` : undefined));
  });
  return { batch, reads };
}

it('reads the keys of one turn together, once each, per group', async () => {
  const { batch, reads } = recordingBatch();
  const answers = await Promise.all([
    batch.load('a', 2),
    batch.load('a', 4),
    batch.load('b', 2),
    batch.load('a', 2),
    batch.load('a', 3),
  ]);
  expect(answers).toEqual(['a:2', 'a:4', 'b:2', 'a:2', undefined]);
  expect(reads).toEqual([
    { group: 'a', keys: [2, 4, 3] },
    { group: 'b', keys: [2] },
  ]);
});

it('reads a key asked in a later turn with a statement of its own', async () => {
  const { batch, reads } = recordingBatch();
  expect(await batch.load('a', 2)).toBe('a:2');
  expect(await batch.load('a', 2)).toBe('a:2');
  expect(reads).toHaveLength(2);
});

it('fails only the callers whose read failed', async () => {
  const { batch } = recordingBatch((group) => group === 'down');
  const [up, down, again] = await Promise.allSettled([
    batch.load('up', 2),
    batch.load('down', 2),
    batch.load('down', 4),
  ]);
  expect(up).toEqual({ status: 'fulfilled', value: 'up:2' });
  expect(down).toMatchObject({ status: 'rejected', reason: { message: 'down is down' } });
  expect(again).toMatchObject({ status: 'rejected', reason: { message: 'down is down' } });
});

it('splits a turn of more keys than one statement takes', async () => {
  const { batch, reads } = recordingBatch();
  const keys = Array.from({ length: LOOKUP_BATCH_MAX * 2 + 1 }, (_, i) => i * 2);
  const answers = await Promise.all(keys.map((key) => batch.load('a', key)));
  expect(answers).toEqual(keys.map((key) => `a:${key}`));
  expect(reads.map((read) => read.keys.length)).toEqual([LOOKUP_BATCH_MAX, LOOKUP_BATCH_MAX, 1]);
  expect(reads.flatMap((read) => read.keys)).toEqual(keys);
});

it('takes groups and keys as values: equal objects and bigints are the same group and key', async () => {
  const reads: Array<{ group: { organizationId: string }; keys: Array<{ number: bigint }> }> = [];
  const batch = new LookupBatch<{ organizationId: string }, { number: bigint }, string>(async (group, keys) => {
    reads.push({ group, keys: [...keys] });
    return keys.map((key) => `${group.organizationId}:${key.number}`);
  });
  const answers = await Promise.all([
    batch.load({ organizationId: 'a' }, { number: 1n }),
    batch.load({ organizationId: 'a' }, { number: 1n }),
    batch.load({ organizationId: 'a' }, { number: 2n }),
    batch.load({ organizationId: 'b' }, { number: 1n }),
  ]);
  expect(answers).toEqual(['a:1', 'a:1', 'a:2', 'b:1']);
  expect(reads).toEqual([
    { group: { organizationId: 'a' }, keys: [{ number: 1n }, { number: 2n }] },
    { group: { organizationId: 'b' }, keys: [{ number: 1n }] },
  ]);
});

it('keeps apart keys whose texts only look alike once joined', async () => {
  const reads: unknown[][] = [];
  const batch = new LookupBatch<string, unknown, string>(async (_group, keys) => {
    reads.push([...keys]);
    return keys.map((key) => JSON.stringify(key, (_name, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)));
  });
  const keys: unknown[] = [
    { a: 'x;', b: 'y' },
    { a: 'x', b: ';y' },
    ['a', 'b'],
    ['a;b'],
    '1',
    1n,
    1,
    { nested: { deeper: 1n } },
    { nested: { deeper: 1n } },
  ];
  const answers = await Promise.all(keys.map((key) => batch.load('g', key)));
  expect(answers).toEqual([
    '{"a":"x;","b":"y"}',
    '{"a":"x","b":";y"}',
    '["a","b"]',
    '["a;b"]',
    '"1"',
    '"1n"',
    '1',
    '{"nested":{"deeper":"1n"}}',
    '{"nested":{"deeper":"1n"}}',
  ]);
  // Eight different keys, the nested one asked twice and read once.
  expect(reads).toEqual([keys.slice(0, 8)]);
});
